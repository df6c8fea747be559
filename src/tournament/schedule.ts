/**
 * The round robin's list of games, the same wherever it is computed: every pair of
 * entries meets in every cell — each on each side, in each pairing of intents, in each
 * scenario — for N games. A game's index in this list names it everywhere (rows, record
 * files, shards), so the list may be played in any order, by any number of workers or
 * machines, and gathered back the same.
 */
import { INTENTS } from '../engine/index.ts';
import type { Intent, Side } from '../engine/index.ts';

export interface TournamentSettings {
  /** Entry ids, in the order given: pairs are formed in this order. */
  entries: readonly string[];
  /** Scenario ids, in the order given. */
  scenarios: readonly string[];
  /** N: games per cell. */
  games: number;
  /** The tournament's seed S: the g-th game of every cell has seed S + g. */
  seed: number;
  /** `--time-per-move`, when given (see DecisionBudget). */
  timePerMoveMs?: number;
}

/** One game of the round robin. */
export interface ScheduledGame {
  index: number;
  scenario: string;
  /** Indices into the settings' entries. */
  blue: number;
  red: number;
  intents: Record<Side, Intent>;
  seed: number;
}

const PAIRINGS: readonly Record<Side, Intent>[] = INTENTS.flatMap((blue) => INTENTS.map((red) => ({ blue, red })));

/** Games in a whole round robin: pairs × 2 sides × 4 intent pairings × scenarios × N. */
export function gameCount(settings: TournamentSettings): number {
  const n = settings.entries.length;
  return ((n * (n - 1)) / 2) * 2 * PAIRINGS.length * settings.scenarios.length * settings.games;
}

/**
 * Every game, in order: scenario, then pair (i < j in entry order), then who is Blue,
 * then the intent pairing, then the game's number g in its cell. Every cell uses the same
 * seeds S … S + N − 1, so each pair faces the same dice: differences between entries come
 * from their play, not from luck of the draw.
 */
export function planGames(settings: TournamentSettings): ScheduledGame[] {
  const out: ScheduledGame[] = [];
  const n = settings.entries.length;
  for (const scenario of settings.scenarios)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        for (const [blue, red] of [
          [i, j],
          [j, i],
        ] as const)
          for (const intents of PAIRINGS)
            for (let g = 0; g < settings.games; g++) out.push({ index: out.length, scenario, blue, red, intents, seed: settings.seed + g });
  return out;
}

export interface Shard {
  /** 1-based, as typed: `--shard 2/4` is { k: 2, n: 4 }. */
  k: number;
  n: number;
}

/**
 * The games of the k-th of n shards: every n-th game from the (k−1)-th, so each shard
 * gets its share of every scenario and every pair — slow and fast entries alike — and
 * shards take about the same time.
 */
export function shardGames(games: readonly ScheduledGame[], shard: Shard): ScheduledGame[] {
  return games.filter((g) => g.index % shard.n === shard.k - 1);
}
