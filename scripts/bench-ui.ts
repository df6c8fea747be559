/**
 * npm run bench:ui — builds the site, serves it, and measures in headless Chromium:
 *
 *  - bytes: JS + data (gzip) downloaded before the map is interactive (target ≤ 450 KB);
 *  - time from navigation to an interactive map (target ≤ 2.5 s), median of 3 cold loads;
 *  - frame rate on the planning screen against an empty Phaser scene, side by side in
 *    the same browser (target ≥ 80%): idle, and while the pointer keeps moving over the map.
 *
 * The game is resumed from a saved game at Blue's planning (behind its hand-off screen,
 * which the bench passes at once), so the timing covers loading, not reading.
 * Prints one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newGame, record } from '../src/engine/index.ts';
import { gameFor } from '../src/scenarios/catalog.ts';
import { SAVE_FORMAT } from '../src/ui/saves.ts';
import type { SaveFile } from '../src/ui/saves.ts';
import { launch } from '../test/e2e/browser.ts';

const VITE = 'node_modules/vite/bin/vite.js';
const SCENARIO = '2014-maidan';
const FPS_SECONDS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

function planningSave(): SaveFile {
  const game = gameFor(SCENARIO);
  if (!game) throw new Error(`no scenario ${SCENARIO}`);
  const state = newGame(game, { seed: 1, intentMode: 'random' });
  return { format: SAVE_FORMAT, engineVersion: state.engineVersion, scenarioId: SCENARIO, savedAt: '', step: { screen: 'planning', side: 'blue' }, record: record(state) };
}

/** Counts animation frames for a while (as a string: no bundler helpers inside the page). */
const COUNT_FRAMES = `new Promise((resolve) => {
  let frames = 0;
  const start = performance.now();
  function frame() {
    frames++;
    if (performance.now() - start < ${FPS_SECONDS * 1000}) requestAnimationFrame(frame);
    else resolve(frames / ((performance.now() - start) / 1000));
  }
  requestAnimationFrame(frame);
})`;

interface LoadResult {
  ms: number;
  gzipBytes: number;
  files: { url: string; gzipBytes: number }[];
}

/** One cold load to an interactive planning map. */
async function coldLoad(browser: Browser, url: string, save: SaveFile): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
      sessionStorage.setItem('security-dilemma/in-game', '1');
    },
    ['security-dilemma/save', JSON.stringify(save)] as const,
  );
  const page = await context.newPage();
  let interactive = false;
  const pending: Promise<{ url: string; gzipBytes: number } | undefined>[] = [];
  page.on('response', (response) => {
    if (interactive) return;
    const type = response.request().resourceType();
    // Code and data only: sounds (fetched by howler after the first click) are media, not counted.
    if (!['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(type) || /\.(ogg|mp3)$/.test(response.url())) return;
    pending.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzipBytes: gzipSync(body).length }), () => undefined));
  });
  await page.goto(url);
  await page.click('[data-action="reveal"]');
  await page.waitForFunction(() => (window as unknown as { __game?: { status(): { mapInteractive: boolean } } }).__game?.status().mapInteractive === true, undefined, { polling: 10 });
  interactive = true;
  const ms = await page.evaluate(() => performance.now());
  const files = (await Promise.all(pending)).filter((f) => f !== undefined);
  await context.close();
  return { ms, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0), files };
}

async function frameRates(browser: Browser, url: string, save: SaveFile): Promise<{ empty: number; planningIdle: number; planningActive: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}?bench=empty`);
  await page.waitForFunction(() => (window as unknown as { __emptyScene?: boolean }).__emptyScene === true);
  await page.waitForTimeout(500);
  const empty = (await page.evaluate(COUNT_FRAMES)) as number;

  await page.goto(url);
  await page.evaluate(([key, value]) => {
    localStorage.setItem(key, value);
    sessionStorage.setItem('security-dilemma/in-game', '1');
  }, ['security-dilemma/save', JSON.stringify(save)] as const);
  await page.reload();
  await page.click('[data-action="reveal"]');
  await page.waitForFunction(() => (window as unknown as { __game?: { status(): { mapInteractive: boolean } } }).__game?.status().mapInteractive === true);
  await page.waitForTimeout(500);
  const planningIdle = (await page.evaluate(COUNT_FRAMES)) as number;
  // Keep the map busy: the pointer sweeps across regions (hover outlines, tooltip) all the while.
  let sweeping = true;
  const sweep = (async () => {
    for (let i = 0; sweeping; i++) {
      await page.mouse.move(150 + ((i * 37) % 650), 150 + ((i * 23) % 450));
      await page.waitForTimeout(30);
    }
  })();
  const planningActive = (await page.evaluate(COUNT_FRAMES)) as number;
  sweeping = false;
  await sweep;
  await context.close();
  return { empty, planningIdle, planningActive };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  const port = await freePort();
  const server = spawn(process.execPath, [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launch();
  try {
    await waitFor(url);
    const save = planningSave();
    await coldLoad(browser, url, save); // warm the server and the disk cache, not the browser's
    const loads: LoadResult[] = [];
    for (let i = 0; i < 3; i++) loads.push(await coldLoad(browser, url, save));
    const times = loads.map((l) => l.ms).sort((a, b) => a - b);
    const fps = await frameRates(browser, url, save);
    const first = loads[0];
    const result = {
      bytesBeforeInteractive: { gzipKB: Math.round(((first?.gzipBytes ?? 0) / 1024) * 10) / 10, targetKB: 450, files: first?.files.map((f) => ({ ...f, gzipKB: Math.round((f.gzipBytes / 1024) * 10) / 10 })) },
      timeToInteractiveMap: { medianMs: Math.round(times[1] ?? 0), runsMs: times.map(Math.round), targetMs: 2500 },
      frameRate: {
        emptySceneFps: Math.round(fps.empty * 10) / 10,
        planningIdleFps: Math.round(fps.planningIdle * 10) / 10,
        planningActiveFps: Math.round(fps.planningActive * 10) / 10,
        idleRatio: Math.round((fps.planningIdle / fps.empty) * 1000) / 1000,
        activeRatio: Math.round((fps.planningActive / fps.empty) * 1000) / 1000,
        target: 0.8,
      },
    };
    console.log(JSON.stringify(result, undefined, 2));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
  }
}

await main();
