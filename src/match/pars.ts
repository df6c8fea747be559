/**
 * Pars: what a sensible player typically scores in a side's place when the peace holds,
 * year by year. For each side, its intent and the rival's intent, the reference player
 * plays itself with those intents fixed, and each year's par is the median of that
 * year's score over the games that ended without war. Wars are left out so that war
 * never looks normal; a war's cost is charged in the score itself and the par is cut to
 * the years played, so the par must be a peacetime one — and year by year, because the
 * early years of a scenario are not worth the same as the late ones. Should nearly every
 * game of a pairing end in war, the peacetime years of all its games stand in. A
 * lesson's pars are computed the same way, from games played at the lesson's length.
 */
import { INTENTS, calendar, parFor } from '../engine/index.ts';
import type { Game, GameLength, Intent, ParTable, Side } from '../engine/index.ts';
import { peacetimeLines } from '../engine/payoff.ts';
import { playGame } from './play.ts';
import { median } from './stats.ts';
import { referenceBot } from './reference.ts';

/** The first seed of calibration games (the balance benchmark uses others). */
export const PAR_SEED = 90_000;

/** Fewer peaceful games than this in a pairing, and its par is the median of all its games. */
const MIN_PEACEFUL = 10;

export function computePars(game: Game, games: number, seed = PAR_SEED, length: GameLength = 'full'): ParTable {
  const turns = calendar(game, length).turns;
  const pars = {} as Record<Side, Record<Intent, Record<Intent, number[]>>>;
  for (const side of ['blue', 'red'] as const) pars[side] = { security: { security: [], revisionist: [] }, revisionist: { security: [], revisionist: [] } };
  for (const blue of INTENTS)
    for (const red of INTENTS) {
      // Year by year, each side's score in the games that ended in peace (or all games' peacetime years).
      const all: Record<Side, number[][]> = { blue: [], red: [] };
      const peace: Record<Side, number[][]> = { blue: [], red: [] };
      for (let i = 0; i < games; i++) {
        const { state } = playGame(game, { blue: referenceBot(), red: referenceBot() }, { seed: seed + i, intentMode: 'fixed', intents: { blue, red }, ...(length === 'full' ? {} : { length }) });
        for (const side of ['blue', 'red'] as const) {
          const years = peacetimeLines(state.sides[side].ledger).map((l) => l.total);
          all[side].push(years);
          if (!state.war) peace[side].push(years);
        }
      }
      // Each year's median, shifted evenly so the whole par is the median game's score:
      // half of a sensible player's peaceful games end above it.
      const typical = (side: Side) => {
        const source = peace[side].length >= MIN_PEACEFUL ? peace[side] : all[side];
        const years = Array.from({ length: turns }, (_, year) => median(source.flatMap((g) => (year < g.length ? [g[year] ?? 0] : []))));
        const shift = (median(source.map((g) => g.reduce((a, b) => a + b, 0))) - years.reduce((a, b) => a + b, 0)) / turns;
        return years.map((y) => round2(y + shift));
      };
      pars.blue[blue][red] = typical('blue');
      pars.red[red][blue] = typical('red');
    }
  return pars;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The pars of a table (whole-game sums) as one line per side, for the command line. */
export function describePars(pars: ParTable): string {
  const line = (side: Side) =>
    INTENTS.map((mine: Intent) => `${mine} ${INTENTS.map((theirs: Intent) => `vs ${theirs} ${round1(parFor(pars, side, mine, theirs))}`).join(', ')}`).join('; ');
  return `blue: ${line('blue')}\n  red: ${line('red')}`;
}
