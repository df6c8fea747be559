/**
 * Pars: what a sensible player typically scores in a side's place when the peace holds.
 * For each side, its intent and the rival's intent, the reference player plays itself
 * with those intents fixed, and the par is the median score of the games that ended
 * without war — half of them end above it. Wars are left out so that war never looks
 * normal; a war's cost is charged in the score itself (and the par cut to the years
 * played), so the par must be a peacetime one. Should nearly every game of a pairing end
 * in war, the median of all its games stands in.
 */
import { INTENTS } from '../engine/index.ts';
import type { Game, Intent, ParTable, Side } from '../engine/index.ts';
import { playGame } from './play.ts';
import { referenceBot } from './reference.ts';

/** The first seed of calibration games (the balance benchmark uses others). */
export const PAR_SEED = 90_000;

/** Fewer peaceful games than this in a pairing, and its par is the median of all its games. */
const MIN_PEACEFUL = 10;

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
      const all: Record<Side, number[]> = { blue: [], red: [] };
      const peace: Record<Side, number[]> = { blue: [], red: [] };
      for (let i = 0; i < games; i++) {
        const { state } = playGame(game, { blue: referenceBot(), red: referenceBot() }, { seed: seed + i, intentMode: 'fixed', intents: { blue, red } });
        for (const side of ['blue', 'red'] as const) {
          all[side].push(state.sides[side].score);
          if (!state.war) peace[side].push(state.sides[side].score);
        }
      }
      const typical = (side: Side) => median(peace[side].length >= MIN_PEACEFUL ? peace[side] : all[side]);
      pars.blue[blue][red] = round1(typical('blue'));
      pars.red[red][blue] = round1(typical('red'));
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
