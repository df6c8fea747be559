/**
 * The map reads at every size: at 1024×768, 1280×720 and 1920×1080 no two region names
 * overlap, no name sits under a unit marker, and every name and marker is on the map.
 * Checked on the crowded private map of a side's first year in two scenarios with
 * many units, and a name moved off its small region still picks that region.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, SCREEN_SIZES } from './browser.ts';
import { clickAction, passHandoff, startNewGame, waitForScreen } from './driver.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Layout {
  labels: { region: string; text: string; box: Box }[];
  markers: { region: string; text: string; box: Box }[];
  map: Box;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


function overlaps(a: Box, b: Box): boolean {
  // Touching edges are fine; half a pixel of rounding is too.
  return a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
}

function problems(layout: Layout): string[] {
  const found: string[] = [];
  const { labels, markers, map } = layout;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i] as Layout['labels'][number];
    if (a.box.x0 < map.x0 || a.box.y0 < map.y0 || a.box.x1 > map.x1 || a.box.y1 > map.y1) found.push(`"${a.text}" is off the map`);
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j] as Layout['labels'][number];
      if (overlaps(a.box, b.box)) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
    for (const m of markers) if (overlaps(a.box, m.box)) found.push(`"${a.text}" is under the marker ${m.text} of ${m.region}`);
  }
  for (let i = 0; i < markers.length; i++) {
    const a = markers[i] as Layout['markers'][number];
    if (a.box.x0 < map.x0 || a.box.y0 < map.y0 || a.box.x1 > map.x1 || a.box.y1 > map.y1) found.push(`marker ${a.text} of ${a.region} is off the map`);
    for (let j = i + 1; j < markers.length; j++) {
      const b = markers[j] as Layout['markers'][number];
      if (overlaps(a.box, b.box)) found.push(`marker ${a.text} of ${a.region} overlaps marker ${b.text} of ${b.region}`);
    }
  }
  return found;
}

/** The map's layout once the markers have settled (their pop-in animation scales them). */
async function settledLayout(page: Page): Promise<Layout> {
  await page.waitForFunction(() => (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive);
  await page.waitForTimeout(1200);
  const layout = await page.evaluate(() => (window as unknown as { __game: { mapLayout(): Layout | undefined } }).__game.mapLayout());
  if (!layout) throw new Error('The map has no layout');
  return layout;
}

/** From the title to Blue's first planning screen of a new hot-seat game. */
async function toPlanning(page: Page, scenario: string): Promise<void> {
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  await startNewGame(page, { scenario, mode: 'random', seed: 5 });
  for (const side of ['blue', 'red'] as const) {
    await passHandoff(page);
    await waitForScreen(page, 'briefing', side);
    await clickAction(page, 'finish-briefing');
  }
  await waitForScreen(page, 'handoff', 'blue');
  const s = await passHandoff(page);
  if (s.screen === 'summary') await clickAction(page, 'to-planning');
  await waitForScreen(page, 'planning', 'blue');
}

describe('map labels', () => {
  for (const size of SCREEN_SIZES) {
    test(`no two names overlap and none is under a marker at ${size.width}×${size.height}`, async () => {
      for (const scenario of ['2021-red-lines', '2014-maidan']) {
        const w = await openPage(browser, size);
        await toPlanning(w.page, scenario);
        const layout = await settledLayout(w.page);
        expect(layout.labels.length, 'every region is named').toBeGreaterThanOrEqual(30);
        expect(layout.markers.length, 'the first year has units on the map').toBeGreaterThan(10);
        expect(problems(layout), `${scenario} at ${size.width}×${size.height}`).toEqual([]);
        expect(w.errors).toEqual([]);
        if (scenario === '2021-red-lines') await w.context.close();
        else await pickByName(w);
      }
    });
  }
});

/** Moldova is small: its name picks Moldova, not Romania. */
async function pickByName(w: Awaited<ReturnType<typeof openPage>>): Promise<void> {
  const moldova = (await settledLayout(w.page)).labels.find((l) => l.region === 'moldova');
  expect(moldova).toBeDefined();
  if (moldova) {
    await w.page.mouse.click((moldova.box.x0 + moldova.box.x1) / 2, (moldova.box.y0 + moldova.box.y1) / 2);
    // The tooltip names the region under the pointer: the one a click picks.
    await w.page.waitForFunction(() => !document.querySelector('.map-tooltip')?.hasAttribute('hidden'));
    expect(await w.page.textContent('.map-tooltip strong')).toBe('Moldova');
  }
  expect(w.errors).toEqual([]);
  await w.context.close();
}
