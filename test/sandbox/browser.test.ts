/**
 * The sandbox in a browser Web Worker (real Chromium), through the browser entry and the
 * Vite plugin that bundles security-dilemma/bot: the TypeScript template plays the same
 * game as in Node, a looping bot faults the same way, and the stack, the fuel and the
 * memory stop a bot at exactly the same point — the limits do not depend on where the
 * sandbox runs (nor on the browser's language, which Emscripten would otherwise copy into
 * the instance's memory).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { playGame } from '../../src/match/play.ts';
import { botApiPlugin } from '../../src/tournament/sandbox/vite-plugin.ts';
import { launch } from '../e2e/browser.ts';
import { ROOT } from '../helpers.ts';
import { MEASURER, PROBE_SCENARIO, PROBE_SEED } from './fixtures/browser/probes.ts';
import type { BrowserReport } from './fixtures/browser/worker.ts';
import { gameOf, sandboxed, sandboxedSource } from './helpers.ts';

const PAGE = join(ROOT, 'test', 'sandbox', 'fixtures', 'browser');
const outDir = mkdtempSync(join(tmpdir(), 'sandbox-page-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The same three things the worker does, in Node. */
async function inNode(): Promise<BrowserReport> {
  const game = gameOf(PROBE_SCENARIO);
  const bot = (await sandboxed('examples/my-first-bot.ts'))();
  const played = playGame(game, { blue: bot, red: SCRIPTED_BOTS.prudent() }, { seed: PROBE_SEED });
  const loops = (await sandboxed('test/sandbox/hostile/loops-in-call.js'))();
  playGame(game, { blue: SCRIPTED_BOTS.prudent(), red: loops }, { seed: PROBE_SEED });
  const measurer = (await sandboxedSource(MEASURER, 'measurer.js', { fuelPerDecision: 20 }))();
  playGame(game, { blue: measurer, red: SCRIPTED_BOTS.dove() }, { seed: PROBE_SEED });
  return { record: JSON.stringify(played.state.record), looperFaults: loops.faults.map((f) => f.code), measures: measurer.explain?.() ?? '' };
}

describe('the sandbox in a browser worker', () => {
  it('plays the same games, with the same faults and the same limits, as in Node', { timeout: 240_000 }, async () => {
    await build({
      configFile: false,
      root: PAGE,
      base: './',
      // 'error': rolldown's plugin-timing notes are warnings, and only noise here.
      logLevel: 'error',
      plugins: [botApiPlugin()],
      worker: { format: 'es', plugins: () => [botApiPlugin()] },
      build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
    });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<script');
    const server = await preview({ configFile: false, root: PAGE, base: './', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
    const browser = await launch();
    try {
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('vite preview gave no address');
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      const report = await page.evaluate(() => (window as unknown as { sandboxReport: Promise<unknown> }).sandboxReport);
      expect(errors).toEqual([]);
      const expected = await inNode();
      expect(report).toEqual(expected);
      expect(expected.looperFaults[0]).toBe('OUT_OF_FUEL');
      // Recursion depth, loop turns and arrays before the stack, the fuel and the memory ran out.
      const [depth, count, arrays] = expected.measures.split(' ').map(Number);
      expect(depth).toBeGreaterThan(100);
      expect(count).toBeGreaterThan(10_000);
      expect(arrays).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
  });
});
