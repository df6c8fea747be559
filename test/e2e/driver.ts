/**
 * Plays the game through its UI only: clicks and keys on what a player sees. The test
 * hook window.__game is read for waiting (screen, side, turn), never to act.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { outcome, replay } from '../../src/engine/index.ts';
import type { GameRecord, Outcome, ScoreLine } from '../../src/engine/index.ts';
import { gameOf } from '../helpers.ts';

export interface Status {
  screen: string;
  side?: 'blue' | 'red';
  phase: string;
  turn: number;
  year: number;
  scenarioId?: string;
  mapInteractive: boolean;
  aiSide?: 'blue' | 'red';
  aiThinking?: boolean;
}

export function status(page: Page): Promise<Status> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __game?: { status(): Status } }).__game;
    if (!hook) throw new Error('window.__game is missing');
    return hook.status();
  });
}

/** Waits until the screen (and side, if given) is up. */
export async function waitForScreen(page: Page, screen: string, side?: string): Promise<Status> {
  await page.waitForFunction(
    ([screen, side]) => {
      const s = (window as unknown as { __game?: { status(): { screen: string; side?: string } } }).__game?.status();
      return !!s && s.screen === screen && (!side || s.side === side);
    },
    [screen, side] as const,
    { timeout: 15_000 },
  );
  return status(page);
}

/** Waits for the screen to change away from `from` (same name counts if the side or turn changed). */
export async function waitForChange(page: Page, from: Status): Promise<Status> {
  await page.waitForFunction(
    (before) => {
      const s = (window as unknown as { __game?: { status(): { screen: string; side?: string; turn: number } } }).__game?.status();
      return !!s && (s.screen !== before.screen || s.side !== before.side || s.turn !== before.turn);
    },
    from,
    { timeout: 15_000 },
  );
  return status(page);
}

export async function clickAction(page: Page, action: string): Promise<void> {
  await page.click(`[data-action="${action}"]`);
  // Committing a year with no orders asks first; the tests that do it mean it.
  if (action === 'commit') {
    const sure = await page.$('dialog[data-confirm="commit-empty"][open] [data-action="confirm-yes"]');
    if (sure) await sure.click();
  }
}

export interface NewGame {
  scenario: string;
  mode: 'random' | 'chosen' | 'fixed';
  intents?: { blue: 'security' | 'revisionist'; red: 'security' | 'revisionist' };
  seed: number;
  /** The scenario's full length (the default) or its lesson. */
  length?: 'full' | 'lesson';
}

/** The setup fields both kinds of game share: how intents are set, and the dice seed. */
async function fillIntentsAndSeed(page: Page, game: NewGame): Promise<void> {
  if (game.length) await page.check(`[data-length="${game.length}"]`);
  await page.check(`[data-intent-mode="${game.mode}"]`);
  if (game.mode === 'fixed' && game.intents) {
    await page.selectOption('[data-fixed-intent="blue"]', game.intents.blue);
    await page.selectOption('[data-fixed-intent="red"]', game.intents.red);
  }
  await page.click('details.advanced summary');
  await page.fill('[data-field="seed"]', String(game.seed));
}

export async function startNewGame(page: Page, game: NewGame): Promise<void> {
  await clickAction(page, 'new-game');
  await waitForScreen(page, 'setup');
  await page.check(`[data-scenario="${game.scenario}"]`);
  await fillIntentsAndSeed(page, game);
  await clickAction(page, 'start');
  await waitForScreen(page, 'handoff', 'blue');
}

export interface NewAiGame extends NewGame {
  /** The player's side; the AI plays the other. */
  play: 'blue' | 'red';
  level: 'easy' | 'normal' | 'hard';
  temperament?: { suspicion: number; boldness: number };
}

/** From the title: a game against the AI, up to the player's own briefing (no hand-off). */
export async function startAiGame(page: Page, game: NewAiGame, beforeStart?: () => Promise<void>): Promise<void> {
  await clickAction(page, 'new-ai-game');
  await waitForScreen(page, 'setupAi');
  await page.check(`[data-scenario="${game.scenario}"]`);
  await page.check(`[data-play-side="${game.play}"]`);
  await page.check(`[data-level="${game.level}"]`);
  if (game.temperament) {
    await page.fill('[data-temper="suspicion"]', String(game.temperament.suspicion));
    await page.fill('[data-temper="boldness"]', String(game.temperament.boldness));
  }
  await fillIntentsAndSeed(page, game);
  await beforeStart?.();
  await clickAction(page, 'start');
  await waitForScreen(page, 'briefing', game.play);
}

/** Passes the hand-off screen with the keyboard (the reveal button has focus). */
export async function passHandoff(page: Page): Promise<Status> {
  const before = await status(page);
  await page.keyboard.press('Enter');
  return waitForChange(page, before);
}

/** Texts of the orders in the chosen list. */
export function chosenOrders(page: Page): Promise<string[]> {
  return page.$$eval('.chosen .order-text', (els) => els.map((e) => e.textContent ?? ''));
}

/** Clicks the first order on show in `scope` whose text matches; its text, or undefined. */
async function addShown(page: Page, match: RegExp, scope: string): Promise<string | undefined> {
  const options = page.locator(`${scope} .order-option`);
  const texts = await options.evaluateAll((els) => els.map((e) => e.querySelector('.order-text')?.textContent ?? ''));
  const index = texts.findIndex((t) => match.test(t));
  if (index < 0) return undefined;
  const before = (await chosenOrders(page)).length;
  const option = options.nth(index);
  // Treaty orders wait in a small menu in the row of orders tied to no region.
  if (!(await option.isVisible())) await page.click('[data-action="treaty-menu"]');
  await option.click();
  await page.waitForFunction((n) => document.querySelectorAll('.chosen .order-text').length > n, before);
  return texts[index];
}

/**
 * Adds the first legal order whose text matches: from the row of orders tied to no region
 * (short labels: "Assure", "Propose CFE"), else from a region's orders, picking regions
 * from the region list as a keyboard player would — those named in the pattern first.
 */
export async function addOrder(page: Page, match: RegExp): Promise<string | undefined> {
  const free = await addShown(page, match, '.plan-row');
  if (free) return free;
  const open = await page.$('.region-pop');
  if (open) {
    const here = await addShown(page, match, '.region-pop');
    if (here) return here;
  }
  const regions = await page.$$eval('#region-filter option', (els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, name: e.textContent ?? '' })).filter((r) => r.value));
  const named = regions.filter((r) => match.source.includes(r.name.split(' (')[0] ?? r.name));
  for (const region of [...named, ...regions.filter((r) => !named.includes(r))]) {
    await page.selectOption('#region-filter', region.value);
    await page.waitForSelector(`.region-pop[data-region="${region.value}"]`);
    const text = await addShown(page, match, '.region-pop');
    if (text) return text;
  }
  return undefined;
}

/** A plain strategy for a full game: a few orders a turn, matched by their text. */
export async function planTurn(page: Page, wishes: readonly RegExp[]): Promise<string[]> {
  const added: string[] = [];
  for (const wish of wishes) {
    const text = await addOrder(page, wish);
    if (text) added.push(text);
  }
  return added;
}

/** Plays from wherever the game is to the debrief, with `plan` choosing each side's orders. */
export async function playToDebrief(
  page: Page,
  plan: (side: 'blue' | 'red', turn: number) => readonly RegExp[],
  onStep?: (s: Status) => Promise<void>,
  crisis: 'deescalate' | 'hold' | 'escalate' = 'deescalate',
): Promise<void> {
  for (let guard = 0; guard < 400; guard++) {
    const s = await status(page);
    if (onStep) await onStep(s);
    switch (s.screen) {
      case 'debrief':
        return;
      case 'handoff':
        await passHandoff(page);
        continue;
      case 'briefing':
        if (await page.$('[data-intent]')) await page.check('[data-intent="security"]');
        await clickAction(page, 'finish-briefing');
        break;
      case 'summary':
        await clickAction(page, 'to-planning');
        break;
      case 'planning':
        await planTurn(page, plan(s.side ?? 'blue', s.turn));
        await clickAction(page, 'commit');
        break;
      case 'crisis':
        await page.check(`[data-crisis="${crisis}"]`);
        await clickAction(page, 'commit-crisis');
        break;
      case 'resolution':
      case 'crisisOutcome':
        await clickAction(page, 'continue');
        break;
      case 'waiting':
        // Against the AI: the screen moves on by itself once the AI has decided.
        break;
      default:
        throw new Error(`Unexpected screen "${s.screen}" during play`);
    }
    await waitForChange(page, s);
  }
  throw new Error('The game did not reach the debrief in 400 steps');
}

/**
 * On the debrief: the game as the engine finished it, from the saved game file (the
 * record replayed with the scenario), so tests can hold the screen to the engine's words.
 */
export async function finishedGame(page: Page): Promise<{ outcome: Outcome; ledgers: Record<'blue' | 'red', ScoreLine[]> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.debrief-screen button:has-text("Save game file")')]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { record: GameRecord };
  const game = gameOf(saved.record.scenarioId);
  const state = replay(game, saved.record);
  if (!state.ok) throw new Error(`The saved game does not replay: ${state.error.message}`);
  const result = outcome(game, state.value);
  if (!result.ok) throw new Error(`No outcome: ${result.error.message}`);
  return { outcome: result.value, ledgers: { blue: state.value.sides.blue.ledger, red: state.value.sides.red.ledger } };
}
