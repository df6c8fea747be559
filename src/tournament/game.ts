/**
 * Plays one game of the round robin and reduces it to a row: who played which side with
 * which intent, the scores and achievements, the verdict, war and crises, and each side's
 * faults with their reasons. The row is what standings, CSV files and the digest are
 * made of; the game's record, kept beside it on request, lets anyone replay the game.
 */
import { outcome } from '../engine/index.ts';
import type { CrisisChoice, Game, GameRecord, Intent, Order, Side, SideView, Verdict } from '../engine/index.ts';
import type { Bot, BotContext } from '../bots/types.ts';
import { playGame } from '../match/play.ts';
import { Disqualification } from './entries.ts';
import type { Entry } from './entries.ts';
import type { ScheduledGame } from './schedule.ts';

export interface Fault {
  side: Side;
  turn: number;
  /** Why the decision became "no orders" or "hold", in the engine's or the sandbox's words. */
  message: string;
}

/** One finished game, as the standings and the files see it. */
export interface GameRow {
  /** The game's index in the round robin's schedule. */
  game: number;
  scenario: string;
  seed: number;
  /** Entry ids. */
  blue: string;
  red: string;
  blueIntent: Intent;
  redIntent: Intent;
  blueScore: number;
  redScore: number;
  blueAchievement: number;
  redAchievement: number;
  /** The engine's verdict: mutual security, a shared failure, a side that did better, or a dead heat. */
  result: Verdict;
  war: boolean;
  /** The turn the war broke out, if one did. */
  warTurn?: number;
  crises: number;
  faults: Fault[];
  /** Set when a side had to be stopped: the game, and all that entry's games, do not count. */
  disqualified?: { side: Side; reason: string };
}

export interface PlayedRow {
  row: GameRow;
  record?: GameRecord;
}

/**
 * Told when a student bot starts and ends a decision, so a watchdog outside the thread
 * can tell which bot to stop if one never returns.
 */
export interface DecisionWatch {
  begin(entry: number, side: Side, game: number): void;
  end(): void;
}

export interface PlayOptions {
  /** Keep the game's record (for `--out`). */
  keepRecord?: boolean;
  /** Passed to every bot as ctx.budgetMs: the nominal time per move, never a clock. */
  budgetMs?: number;
  watch?: DecisionWatch;
}

/**
 * A bot as the tournament runs it: a disqualified side answers "no orders" / "hold" for
 * the rest of the game without being asked again, and a watched one reports each decision.
 */
function refereed(bot: Bot, side: Side, entry: number, scheduled: ScheduledGame, verdict: { disqualified?: GameRow['disqualified'] }, watch?: DecisionWatch): Bot {
  const decide = <T>(fallback: T, choose: () => T): T => {
    if (verdict.disqualified) return fallback;
    watch?.begin(entry, side, scheduled.index);
    try {
      return choose();
    } catch (e) {
      if (e instanceof Disqualification) {
        verdict.disqualified = { side, reason: e.message };
        return fallback;
      }
      throw e;
    } finally {
      watch?.end();
    }
  };
  const refereedBot: Bot = {
    name: bot.name,
    chooseOrders: (view: SideView, ctx: BotContext): Order[] => decide<Order[]>([], () => bot.chooseOrders(view, ctx)),
    chooseCrisis: (view: SideView, ctx: BotContext): CrisisChoice => decide<CrisisChoice>('hold', () => bot.chooseCrisis(view, ctx)),
  };
  return refereedBot;
}

/** Plays a scheduled game between entries; a bot's faults are counted, never fatal. */
export function playScheduled(game: Game, scheduled: ScheduledGame, entries: readonly Entry[], options: PlayOptions = {}): PlayedRow {
  const blueEntry = entries[scheduled.blue];
  const redEntry = entries[scheduled.red];
  if (!blueEntry || !redEntry) throw new Error(`tournament: game ${scheduled.index} names entries ${scheduled.blue} and ${scheduled.red} of ${entries.length}`);
  const verdict: { disqualified?: GameRow['disqualified'] } = {};
  const bot = (entry: Entry, side: Side, index: number): Bot => {
    let made: Bot;
    try {
      made = entry.make();
    } catch (e) {
      // A bot that cannot even be made is disqualified: it could not play any game.
      verdict.disqualified = { side, reason: `could not be made: ${e instanceof Error ? e.message : String(e)}` };
      return { name: entry.id, chooseOrders: () => [], chooseCrisis: () => 'hold' };
    }
    // Built-in bots are trusted and unwatched: wrapping them would only cost time.
    return entry.kind === 'builtin' ? made : refereed(made, side, index, scheduled, verdict, options.watch);
  };
  const bots = { blue: bot(blueEntry, 'blue', scheduled.blue), red: bot(redEntry, 'red', scheduled.red) };
  const { state, faults } = playGame(game, bots, { seed: scheduled.seed, intentMode: 'fixed', intents: scheduled.intents }, options.budgetMs);
  const result = outcome(game, state);
  if (!result.ok) throw new Error(`tournament: game ${scheduled.index} did not finish (scenario ${scheduled.scenario}, seed ${scheduled.seed}): ${result.error.message}`);
  const o = result.value;
  const row: GameRow = {
    game: scheduled.index,
    scenario: scheduled.scenario,
    seed: scheduled.seed,
    blue: blueEntry.id,
    red: redEntry.id,
    blueIntent: o.sides.blue.intent,
    redIntent: o.sides.red.intent,
    blueScore: o.sides.blue.score,
    redScore: o.sides.red.score,
    blueAchievement: o.sides.blue.achievement,
    redAchievement: o.sides.red.achievement,
    result: o.verdict,
    war: o.war,
    ...(state.war ? { warTurn: state.war.turn } : {}),
    crises: state.crisisHistory.length,
    faults: faults.map((f) => ({ side: f.side, turn: f.turn, message: f.message })),
    ...(verdict.disqualified ? { disqualified: verdict.disqualified } : {}),
  };
  return options.keepRecord ? { row, record: state.record } : { row };
}
