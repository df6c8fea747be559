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
 *
 * The same games give each side's swing: the median distance of a game's score from the
 * par. The outcome weighs achievements by it (achievementWeights), so that a side whose
 * score swings twice as far in the same games is not judged on twice the scale.
 */
import { INTENTS, MIN_SWING, calendar, parFor } from '../engine/index.ts';
import type { Game, GameLength, Intent, ParTable, Side, SwingTable } from '../engine/index.ts';
import { peacetimeLines } from '../engine/payoff.ts';
import { playGame } from './play.ts';
import { median } from './stats.ts';
import { referenceBot } from './reference.ts';

/** The first seed of calibration games (the balance benchmark uses others). */
export const PAR_SEED = 90_000;

/** Fewer peaceful games than this in a pairing, and its par is the median of all its games. */
const MIN_PEACEFUL = 10;

/** A scenario's calibration at one length: its pars and its swings. */
export interface Calibration {
  pars: ParTable;
  swings: SwingTable;
}

export function computePars(game: Game, games: number, seed = PAR_SEED, length: GameLength = 'full'): Calibration {
  const turns = calendar(game, length).turns;
  const pars = {} as Record<Side, Record<Intent, Record<Intent, number[]>>>;
  const swings = {} as SwingTable;
  for (const side of ['blue', 'red'] as const) {
    pars[side] = { security: { security: [], revisionist: [] }, revisionist: { security: [], revisionist: [] } };
    swings[side] = { security: { security: 0, revisionist: 0 }, revisionist: { security: 0, revisionist: 0 } };
  }
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
        const totals = source.map((g) => g.reduce((a, b) => a + b, 0));
        const par = median(totals);
        const shift = (par - years.reduce((a, b) => a + b, 0)) / turns;
        const swing = Math.max(MIN_SWING, round1(median(totals.map((t) => Math.abs(t - par)))));
        return { years: years.map((y) => round2(y + shift)), swing };
      };
      const forBlue = typical('blue');
      const forRed = typical('red');
      pars.blue[blue][red] = forBlue.years;
      pars.red[red][blue] = forRed.years;
      swings.blue[blue][red] = forBlue.swing;
      swings.red[red][blue] = forRed.swing;
    }
  return { pars, swings };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The pars of a table (whole-game sums) and their swings, one line per side, for the command line. */
export function describePars({ pars, swings }: Calibration): string {
  const line = (side: Side) =>
    INTENTS.map(
      (mine: Intent) => `${mine} ${INTENTS.map((theirs: Intent) => `vs ${theirs} ${round1(parFor(pars, side, mine, theirs))} ±${swings[side][mine][theirs]}`).join(', ')}`,
    ).join('; ');
  return `blue: ${line('blue')}\n  red: ${line('red')}`;
}
