/**
 * Pars: what a sensible player typically scores in a side's place. For each side, its
 * intent and the rival's intent, the reference player plays itself with those intents
 * fixed, and the par is the median score — half of such games end above it. A median,
 * not a mean, so the rare war does not drag the par down and make war look normal.
 */
import { INTENTS } from '../engine/index.ts';
import type { Game, Intent, ParTable, Side } from '../engine/index.ts';
import { playGame } from './play.ts';
import { referenceBot } from './reference.ts';

/** The first seed of calibration games (the balance benchmark uses others). */
export const PAR_SEED = 90_000;

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function computePars(game: Game, games: number, seed = PAR_SEED): ParTable {
  const pars = {} as ParTable;
  for (const side of ['blue', 'red'] as const) pars[side] = { security: { security: 0, revisionist: 0 }, revisionist: { security: 0, revisionist: 0 } };
  for (const blue of INTENTS)
    for (const red of INTENTS) {
      const scores: Record<Side, number[]> = { blue: [], red: [] };
      for (let i = 0; i < games; i++) {
        const { state } = playGame(game, { blue: referenceBot(), red: referenceBot() }, { seed: seed + i, intentMode: 'fixed', intents: { blue, red } });
        scores.blue.push(state.sides.blue.score);
        scores.red.push(state.sides.red.score);
      }
      pars.blue[blue][red] = round1(median(scores.blue));
      pars.red[red][blue] = round1(median(scores.red));
    }
  return pars;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The pars of a table as one line per side, for the command line. */
export function describePars(pars: ParTable): string {
  const line = (side: Side) =>
    INTENTS.map((mine: Intent) => `${mine} ${INTENTS.map((theirs: Intent) => `vs ${theirs} ${pars[side][mine][theirs]}`).join(', ')}`).join('; ');
  return `blue: ${line('blue')}\n  red: ${line('red')}`;
}
