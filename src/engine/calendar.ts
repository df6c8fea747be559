/**
 * A game's calendar: which year each turn plays, and with which pars. A full game plays
 * every year of its scenario; a lesson plays only the key years its scenario lists.
 * Every per-turn rule (scoring, upkeep, forgetting, calm, credibility, promises) counts
 * a lesson turn as one turn, however many years it spans; a played year also brings the
 * scheduled events of the skipped years before it (`yearsCovered`, `scheduledIn`).
 */
import type { Game } from './board.ts';
import { GAME_LENGTHS } from './types.ts';
import type { EngineError, GameLength, GameOptions, ParTable, Scenario, ScenarioEvent } from './types.ts';

export interface Calendar {
  length: GameLength;
  /** The year each turn plays (turn t is years[t − 1]). */
  years: readonly number[];
  /** How many turns the game has. */
  turns: number;
  /** The pars for these turns: one number per turn. */
  pars: ParTable;
}

const calendars = new WeakMap<Game, Partial<Record<GameLength, Calendar>>>();

/** The lengths a scenario can be played at: always full, and its lesson if it lists one. */
export function lengthsOf(scenario: Scenario): GameLength[] {
  return scenario.lesson ? ['full', 'lesson'] : ['full'];
}

/** A calendar is shared by every state of its game: frozen, so no reader can change it. */
function build(scenario: Scenario, length: GameLength): Calendar {
  if (length === 'lesson' && scenario.lesson) {
    const years = Object.freeze(scenario.lesson.years.slice());
    return Object.freeze({ length, years, turns: years.length, pars: scenario.lesson.pars });
  }
  const years = Object.freeze(Array.from({ length: scenario.turns }, (_, i) => scenario.year + i));
  return Object.freeze({ length: 'full' as const, years, turns: scenario.turns, pars: scenario.pars });
}

/**
 * The calendar of a game played at `length` (built once per game and length, then
 * shared). A lesson asked of a scenario without one is refused
 * earlier, by `checkOptions`; here it falls back to the full length.
 */
export function calendar(game: Game, length: GameLength = 'full'): Calendar {
  let cached = calendars.get(game);
  if (!cached) {
    cached = {};
    calendars.set(game, cached);
  }
  return (cached[length] ??= build(game.scenario, length));
}

/** The year turn `turn` plays. */
export function yearOfTurn(cal: Calendar, turn: number): number {
  return cal.years[Math.min(Math.max(turn, 1), cal.turns) - 1] ?? 0;
}

/**
 * The years a turn stands for: from the year after the previous played year (the
 * scenario's first year, for turn 1) to its own year. In a full game that is the one
 * year; in a lesson a turn after a gap also covers the skipped years before it.
 */
export function yearsCovered(game: Game, cal: Calendar, turn: number): { from: number; to: number } {
  const to = yearOfTurn(cal, turn);
  const from = turn <= 1 ? game.scenario.year : yearOfTurn(cal, turn - 1) + 1;
  return { from, to };
}

/**
 * Whether a scheduled event is due in a turn covering the years from…to: its window
 * (its year, or its year to `until`) meets them. Its condition is checked separately.
 */
export function scheduledIn(event: ScenarioEvent, from: number, to: number): boolean {
  if (event.year === undefined) return false;
  return event.year <= to && (event.until ?? event.year) >= from;
}

/**
 * Why the options cannot start a game of this scenario, or undefined: a length that is
 * not one, or a lesson the scenario does not have.
 */
export function checkOptions(game: Game, options: GameOptions): EngineError | undefined {
  const length = options.length;
  if (length === undefined) return undefined;
  if (!(GAME_LENGTHS as readonly unknown[]).includes(length))
    return { code: 'BAD_PARAMETER', message: `"${String(length)}" is not a game length (full or lesson).`, details: { length, allowed: GAME_LENGTHS } };
  if (length === 'lesson' && !game.scenario.lesson)
    return { code: 'NO_LESSON', message: `${game.scenario.name} has no lesson length: it is played in full.`, details: { scenarioId: game.scenario.id, length } };
  return undefined;
}
