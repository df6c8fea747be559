/**
 * The class tournament page in Chromium, from roster to CSV: a roster is made, rounds are
 * paired, result files (of games the scripted bots play through the engine here, written
 * by the page's own exporter) and result codes are imported — a tampered one refused with
 * its code — a game started from its pairing hands its result over at the debrief, the
 * standings and the CSV agree, the tournament survives a reload, and a game replays on
 * the map year by year and opens its debrief.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCRIPTED_BOTS } from '../../src/bots/index.ts';
import type { Bot } from '../../src/bots/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { playGame } from '../../src/match/play.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { buildResultFile, resultFileName, resultFileText, ticketOf } from '../../src/tournament/class/index.ts';
import type { ClassTournament, Pairing, ResultFile } from '../../src/tournament/class/index.ts';
import { resultCode } from '../../src/ui/classPlay.ts';
import { launch, openPage, SCREEN_SIZES, screenshotPath } from './browser.ts';
import { clickAction, waitForScreen } from './driver.ts';

const SLOT = 'security-dilemma/class-tournament';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), 'class-tournament-'));

async function stored(page: Page): Promise<ClassTournament> {
  const text = await page.evaluate((slot) => localStorage.getItem(slot), SLOT);
  if (!text) throw new Error('no tournament in localStorage');
  return JSON.parse(text) as ClassTournament;
}

const BOT_PAIRS: [keyof typeof SCRIPTED_BOTS, keyof typeof SCRIPTED_BOTS][] = [
  ['dove', 'hawk'],
  ['mirror', 'dove'],
  ['hawk', 'random'],
];

/** A pairing's game, played by two scripted bots through the engine. */
function botGame(p: Pairing, i: number): GameState {
  const game = gameFor(p.scenarioId);
  if (!game) throw new Error(p.scenarioId);
  const [a, b] = BOT_PAIRS[i % BOT_PAIRS.length] ?? ['dove', 'hawk'];
  const make = (name: keyof typeof SCRIPTED_BOTS): Bot => SCRIPTED_BOTS[name]();
  return playGame(game, { blue: make(a), red: make(b) }, { seed: p.seed, intentMode: 'random' }).state;
}

/**
 * Plays a pairing "here": the pairing starts the game (then the player leaves it, which
 * asks first), and the finished record of its bot game comes back through the title's
 * game-file loader, which opens the debrief.
 */
async function playHere(page: Page, p: Pairing, i: number): Promise<void> {
  await page.click(`[data-action="play"][data-pairing="${p.id}"]`);
  await waitForScreen(page, 'handoff', 'blue');
  await page.click('#topbar button:has-text("Title")');
  await page.click('dialog[data-confirm="leave"] [data-action="confirm-yes"]');
  await waitForScreen(page, 'title');
  const recordPath = join(dir, `${p.id.toLowerCase()}-record.json`);
  writeFileSync(recordPath, JSON.stringify(botGame(p, i).record));
  await page.setInputFiles('#load-file', recordPath);
  await waitForScreen(page, 'debrief');
}

function resultOf(t: ClassTournament, p: Pairing, i: number): ResultFile {
  const game = gameFor(p.scenarioId);
  if (!game) throw new Error(p.scenarioId);
  const built = buildResultFile(ticketOf(t, p), game, botGame(p, i));
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

function writeResult(file: ResultFile, name = resultFileName(file)): string {
  const path = join(dir, name);
  writeFileSync(path, resultFileText(file));
  return path;
}

async function messages(page: Page): Promise<{ code: string; text: string }[]> {
  return page.$$eval('.class-messages li', (items) => items.map((li) => ({ code: (li as HTMLElement).dataset.code ?? '', text: li.textContent ?? '' })));
}

async function resultsIn(page: Page): Promise<number> {
  return page.$$eval('tr[data-state="played"]', (rows) => rows.length);
}

describe('class tournament', () => {
  test('roster → rounds → result files and codes checked by replay → standings → CSV; reload; replay', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await clickAction(page, 'class-tournament');
    await waitForScreen(page, 'classTournament');

    // The roster.
    await page.fill('#class-name', 'Period 3');
    await page.fill('#class-roster', 'Ada\nBen\nCleo, the second\nDev\n');
    for (const id of ['1991-after-the-wall', '2008-bucharest']) await page.uncheck(`input[name="class-scenario"][value="${id}"]`);
    await page.fill('#class-seed', '1234');
    await page.screenshot({ path: screenshotPath('class-setup'), fullPage: true });
    await clickAction(page, 'create-tournament');
    await page.waitForSelector('[data-action="next-round"]');

    // Round 1: result files made here by the page's exporter, one of them forged.
    await clickAction(page, 'next-round');
    await page.waitForSelector('#round-1 tr[data-pairing="R1-2"]');
    let t = await stored(page);
    expect(t.entrants.map((e) => e.name)).toEqual(['Ada', 'Ben', 'Cleo, the second', 'Dev']);
    const round1 = t.played[0]?.pairings ?? [];
    expect(round1).toHaveLength(2);
    const files = round1.map((p, i) => resultOf(t, p, i));
    const forged = JSON.parse(resultFileText(files[0] as ResultFile)) as ResultFile;
    forged.claimed.scores.blue += 10;
    await page.setInputFiles('#class-import-files', [writeResult(forged, 'forged.json'), ...files.map((f) => writeResult(f))]);
    await page.waitForFunction(() => document.querySelectorAll('.class-messages li').length === 3);
    const m1 = await messages(page);
    expect(m1.map((m) => m.code)).toEqual(['RESULT_CLAIM_MISMATCH', 'OK', 'OK']);
    expect(m1[0]?.text).toContain('forged.json');
    expect(await resultsIn(page)).toBe(2);

    // Round 2: one result as a pasted code, one through the game's own debrief.
    await clickAction(page, 'next-round');
    await page.waitForSelector('#round-2 tr[data-pairing="R2-2"]');
    t = await stored(page);
    const round2 = t.played[1]?.pairings ?? [];
    expect(round2.every((p) => p.scenarioId === '2021-red-lines')).toBe(true);
    const r21 = round2[0] as Pairing;
    const r22 = round2[1] as Pairing;
    await page.fill('#class-result-codes', await resultCode(resultOf(t, r21, 2)));
    await clickAction(page, 'import-codes');
    await page.waitForFunction(() => document.querySelector('.class-messages li')?.textContent?.includes('R2-1'));
    expect((await messages(page)).map((m) => m.code)).toEqual(['OK']);

    // R2-2 is played "here": the pairing starts the game, and its finished record comes back
    // through the title's game-file loader; the debrief then offers the result file.
    await playHere(page, r22, 0);
    expect(await page.textContent('.class-result')).toContain('R2-2');
    const [saved] = await Promise.all([page.waitForEvent('download'), clickAction(page, 'save-result')]);
    const savedPath = join(dir, saved.suggestedFilename());
    await saved.saveAs(savedPath);
    expect(saved.suggestedFilename()).toMatch(/^result-R2-2-/);
    await page.click('[data-action="copy-result-code"]');
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('[data-result-code]')?.value ?? '').startsWith('SDR1.'));
    await page.click('.debrief-screen button:has-text("Title")');
    await waitForScreen(page, 'title');
    await clickAction(page, 'class-tournament');
    await waitForScreen(page, 'classTournament');
    await page.setInputFiles('#class-import-files', savedPath);
    await page.waitForFunction(() => document.querySelector('.class-messages li')?.textContent?.includes('R2-2'));
    expect((await messages(page)).map((m) => m.code)).toEqual(['OK']);
    expect(await resultsIn(page)).toBe(4);

    // A result from another pairing's game, or a second copy, is refused or ignored.
    const moved = JSON.parse(resultFileText(files[1] as ResultFile)) as ResultFile;
    const r11 = round1[0] as Pairing;
    moved.pairingId = r11.id;
    moved.players = ticketOf(t, r11).players;
    await page.setInputFiles('#class-import-files', [writeResult(moved, 'moved.json'), writeResult(files[1] as ResultFile, 'again.json')]);
    await page.waitForFunction(() => document.querySelector('.class-messages li')?.textContent?.includes('moved.json'));
    expect((await messages(page)).map((m) => m.code)).toEqual(['RESULT_WRONG_SEED', 'OK']);

    // Standings: four players, two games each, one point per game handed out.
    const rows = await page.$$eval('table.standings tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r[2] === '2')).toBe(true);
    expect(rows.reduce((s, r) => s + Number(r[6]), 0)).toBe(4);
    expect(await page.textContent('.class-summary')).toMatch(/4 games: \d+ ended in war/);

    // CSV.
    const [csv] = await Promise.all([page.waitForEvent('download'), clickAction(page, 'standings-csv')]);
    const csvPath = join(dir, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('rank,player,games,wins,draws,losses,points,meanAchievement,mutualSecurity,wars,byes');
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes('"Cleo, the second"'))).toBe(true);
    const [gamesCsv] = await Promise.all([page.waitForEvent('download'), clickAction(page, 'games-csv')]);
    const gamesPath = join(dir, gamesCsv.suggestedFilename());
    await gamesCsv.saveAs(gamesPath);
    expect(readFileSync(gamesPath, 'utf8').trim().split('\n')).toHaveLength(5);

    await page.evaluate(() => window.scrollTo(0, 0));
    for (const { width, height } of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: screenshotPath(`class-tournament-${width}x${height}`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: screenshotPath('class-tournament-full'), fullPage: true });

    // The tournament survives a reload, its results replayed again.
    await page.reload();
    await waitForScreen(page, 'title');
    await clickAction(page, 'class-tournament');
    await waitForScreen(page, 'classTournament');
    expect(await resultsIn(page)).toBe(4);

    // Round 3 on the teacher's own machine: the debrief adds the result to the tournament here.
    await clickAction(page, 'next-round');
    await page.waitForSelector('#round-3 tr[data-pairing="R3-1"]');
    t = await stored(page);
    const r31 = t.played[2]?.pairings[0] as Pairing;
    await playHere(page, r31, 1);
    await clickAction(page, 'add-result-here');
    await page.waitForSelector('.class-result [data-code="OK"]');
    await page.click('.debrief-screen button:has-text("Title")');
    await waitForScreen(page, 'title');
    await clickAction(page, 'class-tournament');
    await waitForScreen(page, 'classTournament');
    expect(await resultsIn(page)).toBe(5);

    // The whole tournament as one file: saved, discarded, opened again.
    const [tournamentFile] = await Promise.all([page.waitForEvent('download'), clickAction(page, 'save-tournament')]);
    const tournamentPath = join(dir, tournamentFile.suggestedFilename());
    await tournamentFile.saveAs(tournamentPath);
    expect(tournamentFile.suggestedFilename()).toBe('class-tournament-period-3.json');
    await clickAction(page, 'new-tournament');
    await page.waitForSelector('[data-action="new-tournament"].danger');
    await clickAction(page, 'new-tournament');
    await page.waitForSelector('[data-action="create-tournament"]');
    await page.setInputFiles('#class-open-file', tournamentPath);
    await page.waitForSelector('[data-action="save-tournament"]');
    expect(await resultsIn(page)).toBe(5);
    expect(await page.textContent('.class-messages')).toContain('5 results, each replayed and checked');

    // Replay a game on the map, year by year, and open its debrief.
    await page.click('[data-action="replay"][data-pairing="R1-1"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.getAttribute('body', 'data-layout')).toBe('map');
    const first = await page.textContent('[data-frame-label]');
    await clickAction(page, 'replay-next');
    await clickAction(page, 'replay-next');
    expect(await page.textContent('[data-frame-label]')).not.toBe(first);
    await page.check('#replay-as-blue');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#replay-as-blue')?.checked === true);
    // One frame per year played, and the start: at least the two steps taken above (the
    // game may have ended early in a war, so not always the scenario's length).
    const sliderMax = Number(await page.getAttribute('#replay-year', 'max'));
    expect(sliderMax).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500);
    for (const { width, height } of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`class-replay-${width}x${height}`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.textContent('.replay-screen')).toContain('How Blue (');
    await page.evaluate(() => document.querySelector('.replay-screen h2:last-of-type')?.scrollIntoView());
    await page.screenshot({ path: screenshotPath('class-replay-readings') });
    await clickAction(page, 'replay-debrief');
    await page.waitForSelector('.debrief-screen .verdict');
    expect(await page.$('.debrief-screen .class-result')).toBeNull();
    await page.screenshot({ path: screenshotPath('class-replay-debrief') });
    await clickAction(page, 'back');
    await page.waitForSelector('table.standings');

    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
