/**
 * The download budget: everything the browser fetches from opening the page until the
 * map is interactive (the first briefing of a hot-seat game) stays within 450 KB gzip,
 * and no music or sound is among it. Sizes are each file gzipped here (audio, already
 * compressed, counts as gzip leaves it), so the figure does not depend on the server.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Response } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { passHandoff, startNewGame, waitForScreen } from './driver.ts';

const BUDGET = 450 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('download budget', () => {
  test('≤ 450 KB gzip before the map is interactive, no audio among it', async () => {
    const w = await openPage(browser);
    const { page } = w;
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2014-maidan', mode: 'random', seed: 31 });
    await passHandoff(page);
    await waitForScreen(page, 'briefing', 'blue');
    // What the page had fetched when the map became interactive (checked every frame).
    const fetched = (await (
      await page.waitForFunction(() => {
        const ready = (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive;
        return ready && performance.getEntriesByType('resource').map((e) => e.name);
      })
    ).jsonValue()) as string[];
    const wanted = new Set([page.url(), ...fetched]);
    const files: { url: string; gzip: number }[] = [];
    for (const r of responses.filter((r) => wanted.has(r.url()))) {
      const body = await r.body().catch(() => undefined);
      if (!body) continue;
      files.push({ url: new URL(r.url()).pathname.split('/').pop() || 'index.html', gzip: gzipSync(body, { level: 9 }).length });
    }
    const total = files.reduce((s, f) => s + f.gzip, 0);
    console.log(`Before the map is interactive: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    for (const f of files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.url}`);
    expect(files.filter((f) => /\.(ogg|mp3)$/.test(f.url) || /howler/.test(f.url))).toEqual([]);
    expect(total).toBeLessThanOrEqual(BUDGET);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
