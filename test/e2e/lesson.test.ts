/**
 * Play in a lesson: few clicks a year, and nothing a player needs below the fold.
 *
 *  - One year for one side with a typical plan of three orders (two in regions, picked on
 *    the map, one tied to no region), counted in clicks from the hand-off screen to
 *    Commit, both included: at most 8. The count is printed.
 *  - At 1024×768, 1280×720 and 1920×1080, on every screen, the primary button is inside
 *    the viewport without scrolling (and not covered); on planning so are the picked
 *    region's orders; the rules dialog opens at its top with Close in view.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { legalOrders, newGame, record, submitCrisisChoice, submitOrders } from '../../src/engine/index.ts';
import type { GameState, Order } from '../../src/engine/index.ts';
import { SAVE_FORMAT } from '../../src/ui/saves.ts';
import type { SaveFile } from '../../src/ui/saves.ts';
import type { Step } from '../../src/ui/steps.ts';
import { gameOf } from '../helpers.ts';
import { launch, openPage, SCREEN_SIZES, screenshotPath } from './browser.ts';
import { clickAction, passHandoff, startNewGame, status, waitForChange, waitForScreen } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


function regionPoint(page: Page, region: string): Promise<[number, number]> {
  return page.evaluate((r) => {
    const point = (window as unknown as { __game: { regionPoint(r: string): [number, number] | undefined } }).__game.regionPoint(r);
    if (!point) throw new Error(`no point for ${r}`);
    return point;
  }, region);
}

async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive);
}

/** Where `selector` is not wholly inside the viewport, or is covered at its centre: a list of problems. */
async function outOfView(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed');
    if (!els.length) return [`${sel}: not on the page`];
    const problems: string[] = [];
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) problems.push(`${sel}: empty box`);
      else if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
        problems.push(`${sel}: at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`);
      else {
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(el === hit || el.contains(hit))) problems.push(`${sel}: covered by ${hit?.className ?? 'nothing'}`);
      }
    }
    return problems;
  }, selector);
}

/** The screen's primary button(s) are in view; names the screen on failure. */
async function primaryInView(page: Page, where: string, extra: string[] = []): Promise<void> {
  const problems = [...(await outOfView(page, '#screen button.primary')), ...(await Promise.all(extra.map((s) => outOfView(page, s)))).flat()];
  expect(problems, `${where} at ${page.viewportSize()?.width}×${page.viewportSize()?.height}`).toEqual([]);
}

/** A save at `step` for a game state made with the engine (no UI), loaded through the autosave and Continue. */
async function resumeAt(page: Page, scenario: string, state: GameState, step: Step): Promise<void> {
  const save: SaveFile = { format: SAVE_FORMAT, engineVersion: state.engineVersion, scenarioId: scenario, savedAt: '', step, record: record(state) };
  await page.evaluate((text) => localStorage.setItem('security-dilemma/save', text), JSON.stringify(save));
  await page.reload();
  // A reload mid-game resumes at once; from the title, Continue does.
  await page.waitForFunction(() => !!(window as unknown as { __game?: unknown }).__game);
  if ((await status(page)).screen === 'title') await clickAction(page, 'continue');
}

/** 2021 with both sides pushing until a crisis opens (engine only). */
function crisisState(): GameState {
  const game = gameOf('2021-red-lines');
  let state = newGame(game, { seed: 7, intentMode: 'fixed', intents: { blue: 'security', red: 'revisionist' } });
  const pushy = (o: Order) => (o.type === 'deploy' && o.posture === 'offensive') || o.type === 'exercise';
  for (let guard = 0; guard < 20 && state.phase === 'planning'; guard++) {
    for (const side of ['blue', 'red'] as const) {
      const orders: Order[] = [];
      for (let i = 0; i < 3; i++) {
        const next = legalOrders(game, state, side, orders).find(pushy);
        if (next) orders.push(next);
      }
      const done = submitOrders(game, state, side, orders);
      if (!done.ok) throw new Error(done.error.message);
      state = done.value;
    }
  }
  if (state.phase !== 'crisis') throw new Error('no crisis came up');
  return state;
}

/** A quiet game played to its end (engine only). */
function finishedState(): GameState {
  const game = gameOf('2014-maidan');
  let state = newGame(game, { seed: 3, intentMode: 'fixed', intents: { blue: 'security', red: 'security' } });
  for (let guard = 0; guard < 60 && state.phase !== 'over'; guard++) {
    for (const side of ['blue', 'red'] as const) {
      const done = state.phase === 'crisis' ? submitCrisisChoice(game, state, side, 'deescalate') : submitOrders(game, state, side, []);
      if (!done.ok) throw new Error(done.error.message);
      state = done.value;
    }
  }
  if (state.phase !== 'over') throw new Error('the game did not end');
  return state;
}

/** Clicks, counted: DOM clicks and clicks on the map. */
class Clicks {
  count = 0;
  constructor(private readonly page: Page) {}
  async on(selector: string): Promise<void> {
    this.count++;
    await this.page.click(selector);
  }
  async onRegion(region: string): Promise<void> {
    this.count++;
    const [x, y] = await regionPoint(this.page, region);
    await this.page.mouse.click(x, y);
    await this.page.waitForSelector(`.region-pop[data-region="${region}"]`);
  }
  /** The first order in the open region box whose words match. */
  async onOrder(match: RegExp): Promise<void> {
    const before = await this.page.$$eval('.chosen .order-text', (els) => els.length);
    const options = this.page.locator('.region-pop .order-option, .plan-row .order-option');
    const texts = await options.evaluateAll((els) => els.map((e) => e.querySelector('.order-text')?.textContent ?? ''));
    const index = texts.findIndex((t) => match.test(t));
    expect(index, `no order matching ${match} among ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);
    this.count++;
    await options.nth(index).click();
    await this.page.waitForFunction((n) => document.querySelectorAll('.chosen .order-text').length > n, before);
  }
}

/** From Blue's hand-off to Blue's commit: two regional orders picked on the map, one tied to no region. */
async function playBlueYear(page: Page): Promise<number> {
  const clicks = new Clicks(page);
  await clicks.on('[data-action="reveal"]');
  let s = await waitForChange(page, { screen: 'handoff', side: 'blue', phase: '', turn: 0, year: 0, mapInteractive: false });
  if (s.screen === 'summary') {
    await clicks.on('[data-action="to-planning"]');
    s = await waitForScreen(page, 'planning', 'blue');
  }
  expect(s.screen).toBe('planning');
  await mapReady(page);
  await clicks.onRegion('poland');
  await clicks.onOrder(/^Deploy defensive troops in Poland$/);
  await clicks.onRegion('romania');
  await clicks.onOrder(/^Deploy defensive troops in Romania$/);
  await clicks.onOrder(/^Assure$/);
  expect(await page.$$eval('.chosen .order-text', (els) => els.map((e) => e.textContent))).toEqual([
    'Deploy defensive troops in Poland',
    'Deploy defensive troops in Romania',
    'Give a public assurance',
  ]);
  await clicks.on('[data-action="commit"]');
  await waitForScreen(page, 'handoff', 'red');
  return clicks.count;
}

describe('play in a lesson', () => {
  test('a year of three orders (one tied to no region) takes at most 8 clicks from the hand-off to Commit', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2014-maidan', mode: 'fixed', intents: { blue: 'security', red: 'security' }, seed: 12 });
    for (const side of ['blue', 'red'] as const) {
      await passHandoff(page);
      await clickAction(page, 'finish-briefing');
      await waitForScreen(page, 'handoff', side === 'blue' ? 'red' : 'blue');
    }
    const first = await playBlueYear(page);
    // Red commits nothing; on to Blue's second year, which opens with last year's summary.
    await passHandoff(page);
    if ((await status(page)).screen === 'summary') await clickAction(page, 'to-planning');
    await waitForScreen(page, 'planning', 'red');
    await clickAction(page, 'commit');
    await waitForScreen(page, 'resolution');
    await clickAction(page, 'continue');
    await waitForScreen(page, 'handoff', 'blue');
    const second = await playBlueYear(page);
    console.log(`Clicks from the hand-off to Commit, three orders: year 1 ${first}, year 2 (with the summary) ${second}`);
    expect(first).toBeLessThanOrEqual(8);
    expect(second).toBeLessThanOrEqual(8);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  for (const size of SCREEN_SIZES) {
    test(`at ${size.width}×${size.height} every screen's primary button is in view, and on planning the picked region's orders`, async () => {
      const w = await openPage(browser, size);
      const { page } = w;
      const shot = (name: string) => page.screenshot({ path: screenshotPath(`lesson-${name}-${size.width}`) });
      await page.goto(inject('baseUrl'));
      await waitForScreen(page, 'title');
      await primaryInView(page, 'title');
      await clickAction(page, 'new-game');
      await waitForScreen(page, 'setup');
      await primaryInView(page, 'hot-seat setup');
      await clickAction(page, 'back');
      await clickAction(page, 'new-ai-game');
      await waitForScreen(page, 'setupAi');
      await primaryInView(page, 'AI setup');
      await shot('setup-ai');
      await clickAction(page, 'back');
      await waitForScreen(page, 'title');
      for (const name of ['How to play', 'Settings']) {
        await page.click(`#screen button:has-text("${name}")`);
        await page.waitForFunction(() => (window as unknown as { __game: { status(): { screen: string } } }).__game.status().screen !== 'title');
        await primaryInView(page, name);
        await page.click('#screen button.primary:has-text("Back")');
        await waitForScreen(page, 'title');
      }

      await startNewGame(page, { scenario: '2014-maidan', mode: 'fixed', intents: { blue: 'security', red: 'revisionist' }, seed: 5 });
      for (const side of ['blue', 'red'] as const) {
        await primaryInView(page, `${side} hand-off`);
        await passHandoff(page);
        await waitForScreen(page, 'briefing', side);
        await primaryInView(page, `${side} briefing`);
        await clickAction(page, 'finish-briefing');
        await waitForScreen(page, 'handoff', side === 'blue' ? 'red' : 'blue');
      }
      for (const side of ['blue', 'red'] as const) {
        if ((await passHandoff(page)).screen === 'summary') {
          await primaryInView(page, `${side} summary`);
          await clickAction(page, 'to-planning');
        }
        await waitForScreen(page, 'planning', side);
        await mapReady(page);
        await primaryInView(page, `${side} planning`, ['.chosen h2', '.plan-row']);
        const region = side === 'blue' ? 'poland' : 'belarus';
        const [x, y] = await regionPoint(page, region);
        await page.mouse.click(x, y);
        await page.waitForSelector(`.region-pop[data-region="${region}"]`);
        await primaryInView(page, `${side} planning, ${region} picked`, [
          '.region-pop',
          '.region-pop .order-group:first-of-type li:first-child .order-option',
          '.chosen h2',
        ]);
        // The box sits beside the region: its label stays free to see and to click again.
        const label = await page.evaluate(([px, py]) => !!document.elementFromPoint(px, py)?.closest('#map-host'), [x, y] as const);
        expect(label, `${region}'s label is covered by its own orders`).toBe(true);
        await shot(`planning-picked-${side}`);
        await clickAction(page, 'commit');
      }
      await waitForScreen(page, 'resolution');
      await primaryInView(page, 'resolution');
      await shot('resolution');
      await clickAction(page, 'continue');
      await waitForScreen(page, 'handoff', 'blue');
      const next = await passHandoff(page);
      expect(['summary', 'crisis']).toContain(next.screen);
      await primaryInView(page, next.screen);

      // The rules dialog opens at its top, with Close in view.
      await page.click('#topbar button:has-text("Help")');
      await page.waitForSelector('dialog.help-dialog[open]');
      expect(await outOfView(page, '[data-action="close-help"]')).toEqual([]);
      expect(await page.$eval('.help-body', (el) => el.scrollTop)).toBe(0);
      expect(await page.$eval('dialog.help-dialog', (el) => el.scrollTop)).toBe(0);
      await page.keyboard.press('Escape');

      // A crisis, and its outcome.
      await resumeAt(page, '2021-red-lines', crisisState(), { screen: 'handoff', side: 'blue', next: 'crisis' });
      for (const side of ['blue', 'red'] as const) {
        await waitForScreen(page, 'handoff', side);
        await passHandoff(page);
        await waitForScreen(page, 'crisis', side);
        await primaryInView(page, `${side} crisis`);
        if (side === 'blue') await shot('crisis');
        await page.check('[data-crisis="hold"]');
        await clickAction(page, 'commit-crisis');
      }
      await waitForScreen(page, 'crisisOutcome');
      await primaryInView(page, 'crisis outcome');

      // The debrief.
      await resumeAt(page, '2014-maidan', finishedState(), { screen: 'debrief' });
      await waitForScreen(page, 'debrief');
      await primaryInView(page, 'debrief');
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});
