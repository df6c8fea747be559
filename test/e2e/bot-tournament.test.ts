/**
 * The bot tournament page, driven in Chromium: reached from the title, three built-in
 * bots and two scenarios picked, the round robin played on Web Workers with the progress
 * bar, standings, head-to-head matrix and chart shown — and the same digest, standings
 * and standings.csv as `npm run -s tournament` with the same settings. The page and its
 * worker run under their Content-Security-Policy, and the worker has no network.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_CSP, WORKER_CSP } from '../../scripts/tournament-csp.ts';
import { ROOT, runCli } from '../helpers.ts';
import { launch, openPage, SCREEN_SIZES, screenshotPath } from './browser.ts';

interface Hook {
  state: 'idle' | 'running' | 'done' | 'failed';
  summary?: { standings: { bot: string; rank?: number }[]; games: number; seed: number; digest: string };
  elapsedMs?: number;
  workers: number;
  error?: string;
}

const BOTS = ['dove', 'mirror', 'opportunist'];
// In the catalog's order, as the page lists them (the order names the games, so it is part of the digest).
const SCENARIOS = ['2008-bucharest', 'lab'];
const GAMES = 2;
const SEED = 11;

/** The tournament command's output; a failed run throws with what it printed on stderr. */
async function cli(args: readonly string[]): Promise<string> {
  const run = await runCli('src/cli/tournament.ts', args, 120_000);
  if (run.code !== 0) throw new Error(`tournament exited ${run.code}\n${run.stderr}`);
  return run.stdout;
}

function hook(page: Page): Promise<Hook> {
  return page.evaluate(() => (window as unknown as { __botTournament: Hook }).__botTournament);
}

async function pick(page: Page, kind: 'bot' | 'scenario', wanted: readonly string[]): Promise<void> {
  for (const box of await page.$$(`[data-${kind}]`)) {
    const value = await box.getAttribute(`data-${kind}`);
    if (value !== null) await box.setChecked(wanted.includes(value));
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the bot tournament page', () => {
  it('plays a round robin on workers and gives the command line’s standings, digest and CSV', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bot-page-'));
    const expected = cli(['--bots', BOTS.join(','), '--scenario', SCENARIOS.join(','), '--games', String(GAMES), '--seed', String(SEED), '--json', '--out', outDir]);

    const w = await openPage(browser, { width: 1280, height: 720 });
    const { page, errors } = w;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-action="bot-tournament"]');
    await page.screenshot({ path: screenshotPath('title-bot-tournament-1280') });
    await page.click('[data-action="bot-tournament"]');
    await page.waitForSelector('[data-fieldset="bots"]');
    expect(page.url()).toMatch(/tournament\.html$/);

    // The page's policy is in the built file, so it holds on any static host.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toBe(PAGE_CSP);

    await pick(page, 'bot', BOTS);
    await pick(page, 'scenario', SCENARIOS);
    await page.fill('[data-field="games"]', String(GAMES));
    await page.fill('[data-field="seed"]', String(SEED));
    expect(await page.textContent('[data-plan]')).toContain(`= ${3 * 2 * 4 * SCENARIOS.length * GAMES} games`);
    expect(await page.textContent('[data-command]')).toBe(
      `npm run -s tournament -- --bots ${BOTS.join(',')} --scenario ${SCENARIOS.join(',')} --games ${GAMES} --seed ${SEED}`,
    );

    await page.click('[data-action="start"]');
    await page.waitForFunction(() => (window as unknown as { __botTournament: Hook }).__botTournament.state !== 'running', undefined, { timeout: 120_000 });
    const done = await hook(page);
    expect(done.error).toBeUndefined();
    expect(done.state).toBe('done');

    const cliSummary = JSON.parse(await expected) as Hook['summary'];
    expect(done.summary).toEqual(cliSummary);
    expect(await page.textContent('[data-digest]')).toBe(cliSummary?.digest);

    // Standings in rank order, the matrix and the chart.
    const ranked = await page.$$eval('[data-table="standings"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-bot')));
    expect(ranked).toEqual(cliSummary?.standings.map((s) => s.bot));
    expect(await page.$$eval('[data-table="matrix"] tbody tr', (rows) => rows.length)).toBe(3);
    expect(await page.$$eval('[data-chart="achievements"] circle', (dots) => dots.length)).toBe(3);
    expect(await page.getAttribute('[data-progress]', 'value')).toBe(String(cliSummary?.games));

    // The core's CSV, byte for byte the command line's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="csv-standings"]')]);
    expect(download.suggestedFilename()).toBe('standings.csv');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(outDir, 'standings.csv'), 'utf8'));

    // The workers' own policy comes with their script, and they have no network left.
    expect(workers.length).toBeGreaterThan(0);
    const worker = page.workers()[0];
    if (worker) expect(await worker.evaluate(() => [typeof fetch, typeof WebSocket, typeof importScripts, typeof indexedDB].join())).toBe('undefined,undefined,undefined,undefined');
    for (const url of new Set(workers)) {
      const response = await fetch(url);
      expect(response.headers.get('content-security-policy')).toBe(WORKER_CSP);
    }

    for (const size of SCREEN_SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: screenshotPath(`bot-tournament-${size.width}`), fullPage: true });
    }
    expect(errors).toEqual([]);
    await w.context.close();
  });

  it('plays students’ files in the sandbox: the templates play cleanly, hostile ones fault with their reasons', async () => {
    const w = await openPage(browser, { width: 1280, height: 720 });
    const { page, errors } = w;
    await page.goto(new URL('tournament.html', inject('baseUrl')).href);
    await page.waitForSelector('[data-drop]');
    expect(await page.getAttribute('[data-drop]', 'data-drop')).toBe('ready');
    await pick(page, 'bot', ['prudent']);
    await pick(page, 'scenario', ['lab']);
    await page.fill('[data-field="games"]', '1');
    const hostile = ['throws-in-call.js', 'loops-in-call.js', 'probe-fetch.js'];
    await page.setInputFiles('[data-field="files"]', [
      join(ROOT, 'examples', 'my-first-bot.ts'),
      join(ROOT, 'examples', 'reciprocator.js'),
      ...hostile.map((f) => join(ROOT, 'test', 'sandbox', 'hostile', f)),
    ]);
    await page.waitForSelector('[data-file="probe-fetch"]');
    expect(await page.textContent('[data-plan]')).toContain('6 bots');
    await page.click('[data-action="start"]');
    await page.waitForFunction(() => (window as unknown as { __botTournament: Hook }).__botTournament.state !== 'running', undefined, { timeout: 170_000 });
    const done = await hook(page);
    expect(done.error).toBeUndefined();
    expect(done.state).toBe('done');
    // Not compared with the command line's digest here (the first test does that with
    // built-in bots): the point is that each file's faults come out with their reasons.
    const faults = new Map(done.summary?.standings.map((s) => [s.bot, (s as unknown as { faults: number }).faults]));
    expect(faults.get('my-first-bot')).toBe(0);
    expect(faults.get('reciprocator')).toBe(0);
    for (const bot of ['throws-in-call', 'loops-in-call', 'probe-fetch']) expect(faults.get(bot), bot).toBeGreaterThan(0);
    // Each hostile bot's faults are listed with their reasons.
    expect(await page.textContent('[data-faults="throws-in-call"]')).toContain('THREW');
    expect(await page.textContent('[data-faults="loops-in-call"]')).toContain('OUT_OF_FUEL');
    expect(await page.textContent('[data-faults="probe-fetch"]')).toContain('REACHED_OUTSIDE');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: screenshotPath('bot-tournament-students-1280'), fullPage: true });
    expect(errors).toEqual([]);
    await w.context.close();
  });
});
