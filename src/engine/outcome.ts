/**
 * How a finished game ended. Each side's score is set against its par — what a sensible
 * player typically scores in its place (same side and intent, against the same kind of
 * rival), year by year, over the years played — and the difference, weighed so that both
 * sides are judged on the same footing (`achievementWeights`), is its achievement.
 * No war and both sides at or above par is mutual security, a success the two sides
 * share; otherwise the side with the higher achievement did better.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import { calendar, yearOfTurn } from './calendar.ts';
import { SIDE_NAMES } from './describe.ts';
import { yearsPlayed } from './payoff.ts';
import { refuse } from './result.ts';
import { DEAD_HEAT, MIN_SWING } from './rules.ts';
import { SIDES } from './types.ts';
import type { GameState, Intent, ParTable, Result, Side, SwingTable } from './types.ts';

export interface SideOutcome {
  intent: Intent;
  score: number;
  /** The par for the years played: the whole par, or after a war the share for the years before it. */
  par: number;
  /** The years the par counts (the scenario's length unless a war cut the game short). */
  parYears: number;
  /**
   * How much each point above or below par counts (see `achievementWeights`): 1 when both
   * sides' scores usually swing as far, more for the side whose score swings less.
   */
  weight: number;
  /** (Score − par) × weight: above zero, better than a sensible player usually does in this place. */
  achievement: number;
}

/** The verdict in one word: a shared success, one side doing better, or a dead heat. */
export type Verdict = 'mutualSecurity' | 'blue' | 'red' | 'draw';

export interface Outcome {
  /**
   * The side with the higher achievement; a draw under mutual security (a shared
   * success) or when the two are within DEAD_HEAT points.
   */
  winner: Side | 'draw';
  verdict: Verdict;
  mutualSecurity: boolean;
  war: boolean;
  sides: Record<Side, SideOutcome>;
  /** The verdict in plain words, for the debrief and the simulator. */
  summary: string;
}

/**
 * The par of a side with this intent that faced a rival of `rivalIntent`: the sum of its
 * typical years, the first `years` of them (default: all).
 */
export function parFor(pars: ParTable, side: Side, intent: Intent, rivalIntent: Intent, years?: number): number {
  const yearly = pars[side][intent][rivalIntent];
  let sum = 0;
  for (let i = 0; i < Math.min(years ?? yearly.length, yearly.length); i++) sum += yearly[i] ?? 0;
  return sum;
}

/**
 * How much a point above or below par counts for each side, given both intents. In some
 * pairings one side's score swings much further than the other's in the same games (in
 * 2014 Blue's perimeter is larger, so a tense game costs Blue almost twice what it costs
 * Red): compared point for point, the side that swings less would win nearly every game
 * that goes badly for both. So each side's points are weighed by the geometric mean of
 * the two swings over its own swing: a typical good or bad game counts the same for both,
 * and the two weights multiply to 1, so achievements stay in points. Without swings in
 * the scenario, both weights are 1.
 */
export function achievementWeights(swings: SwingTable | undefined, blueIntent: Intent, redIntent: Intent): Record<Side, number> {
  if (!swings) return { blue: 1, red: 1 };
  const blue = Math.max(MIN_SWING, swings.blue[blueIntent][redIntent]);
  const red = Math.max(MIN_SWING, swings.red[redIntent][blueIntent]);
  const common = Math.sqrt(blue * red);
  return { blue: common / blue, red: common / red };
}

/** The result of a finished game. */
export function outcome(game: Game, state: GameState): Result<Outcome> {
  if (state.phase !== 'over') return refuse('NOT_OVER', 'The game is not over yet.', { phase: state.phase, turn: state.turn });
  const sides = {} as Record<Side, SideOutcome>;
  const cal = calendar(game, state.length);
  const weights = achievementWeights(cal.swings, state.sides.blue.intent, state.sides.red.intent);
  for (const side of SIDES) {
    const me = state.sides[side];
    // A war cuts the par to the years played; its cost is already in the score.
    const parYears = state.war ? yearsPlayed(me.ledger) : cal.turns;
    const par = parFor(cal.pars, side, me.intent, state.sides[rivalOf(side)].intent, parYears);
    sides[side] = { intent: me.intent, score: me.score, par, parYears, weight: weights[side], achievement: (me.score - par) * weights[side] };
  }
  const war = state.war !== undefined;
  const mutualSecurity = !war && sides.blue.achievement >= 0 && sides.red.achievement >= 0;
  // Mutual security is a success both share: neither side beat the other.
  const diff = sides.blue.achievement - sides.red.achievement;
  const winner = mutualSecurity || Math.abs(diff) < DEAD_HEAT ? 'draw' : diff > 0 ? 'blue' : 'red';
  const verdict: Verdict = mutualSecurity ? 'mutualSecurity' : winner;
  const summary = summarise(game, state, verdict, sides);
  return { ok: true, value: { winner, verdict, war, mutualSecurity, sides, summary } };
}

function points(x: number): string {
  const r = Math.round(Math.abs(x) * 10) / 10;
  return `${r.toFixed(1)} point${r === 1 ? '' : 's'} ${x >= 0 ? 'above' : 'below'} par`;
}

function summarise(game: Game, state: GameState, verdict: Verdict, sides: Record<Side, SideOutcome>): string {
  const standing = `Blue ended ${points(sides.blue.achievement)}, Red ${points(sides.red.achievement)}.`;
  const war = state.war;
  const warLine = war
    ? `War broke out over ${game.regionNames[game.regionIndex.get(war.region) ?? -1] ?? war.region} in ${yearOfTurn(calendar(game, state.length), war.turn)}. It cost both sides dearly, with a toll for every year it cut off — most for the side that had done more to raise tension. `
    : '';
  switch (verdict) {
    case 'mutualSecurity':
      return `Mutual security: no war, and both sides did at least as well as a sensible player in their place — a success they share. ${standing}`;
    case 'draw':
      return `${warLine}A dead heat: both sides did about as well against their pars (within ${DEAD_HEAT} points). ${standing}`;
    default: {
      const bothBelow = sides.blue.achievement < 0 && sides.red.achievement < 0;
      const better = bothBelow ? `Neither side reached its par; ${SIDE_NAMES[verdict]} fell less short.` : `${SIDE_NAMES[verdict]} did better against its par.`;
      return `${warLine}${better} ${standing}`;
    }
  }
}
