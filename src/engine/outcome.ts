/**
 * How a finished game ended. Each side's score is set against its par — what a sensible
 * player typically scores in its place (same side and intent, against the same kind of
 * rival), year by year, over the years played — and the difference is its achievement.
 * No war and both sides at or above par is mutual security, a success the two sides
 * share; no war and both below par is a shared failure — a rivalry that left both worse
 * off than sensible players usually are, which neither side won (the security dilemma's
 * point: in a spiral nobody gains). Otherwise the side with the higher achievement did
 * better.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import { calendar, yearOfTurn } from './calendar.ts';
import { SIDE_NAMES } from './describe.ts';
import { yearsPlayed } from './payoff.ts';
import { refuse } from './result.ts';
import { DEAD_HEAT } from './rules.ts';
import { SIDES } from './types.ts';
import type { GameState, Intent, ParTable, Result, Side } from './types.ts';

export interface SideOutcome {
  intent: Intent;
  score: number;
  /** The par for the years played: the whole par, or after a war the share for the years before it. */
  par: number;
  /** The years the par counts (the scenario's length unless a war cut the game short). */
  parYears: number;
  /** Score minus par: above zero, better than a sensible player usually does in this place. */
  achievement: number;
}

/** The verdict in one word: a shared success, a shared failure, one side doing better, or a dead heat. */
export type Verdict = 'mutualSecurity' | 'sharedFailure' | 'blue' | 'red' | 'draw';

export interface Outcome {
  /**
   * The side with the higher achievement; a draw under mutual security (a shared
   * success), in a shared failure, or when the two are within DEAD_HEAT points.
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

/** The result of a finished game. */
export function outcome(game: Game, state: GameState): Result<Outcome> {
  if (state.phase !== 'over') return refuse('NOT_OVER', 'The game is not over yet.', { phase: state.phase, turn: state.turn });
  const sides = {} as Record<Side, SideOutcome>;
  const cal = calendar(game, state.length);
  for (const side of SIDES) {
    const me = state.sides[side];
    // A war cuts the par to the years played; its cost is already in the score.
    const parYears = state.war ? yearsPlayed(me.ledger) : cal.turns;
    const par = parFor(cal.pars, side, me.intent, state.sides[rivalOf(side)].intent, parYears);
    sides[side] = { intent: me.intent, score: me.score, par, parYears, achievement: me.score - par };
  }
  const war = state.war !== undefined;
  const mutualSecurity = !war && sides.blue.achievement >= 0 && sides.red.achievement >= 0;
  const sharedFailure = !war && sides.blue.achievement < 0 && sides.red.achievement < 0;
  // A shared success or a shared failure: neither side beat the other. Judging a peaceful
  // spiral by who fell less short would crown the side that happens to be less exposed
  // (in 2014 two prudent security seekers in a tense peace: Red "won" 61 games of 100, Blue 1).
  const diff = sides.blue.achievement - sides.red.achievement;
  const winner = mutualSecurity || sharedFailure || Math.abs(diff) < DEAD_HEAT ? 'draw' : diff > 0 ? 'blue' : 'red';
  const verdict: Verdict = mutualSecurity ? 'mutualSecurity' : sharedFailure ? 'sharedFailure' : winner;
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
    case 'sharedFailure': {
      const diff = sides.blue.achievement - sides.red.achievement;
      const closer = Math.abs(diff) < DEAD_HEAT ? '' : ` ${SIDE_NAMES[diff > 0 ? 'blue' : 'red']} came closer to its par.`;
      return `A shared failure: no war, but neither side did as well as a sensible player in its place — the rivalry left both worse off, and neither won it.${closer} ${standing}`;
    }
    case 'draw':
      return `${warLine}A dead heat: both sides did about as well against their pars (within ${DEAD_HEAT} points). ${standing}`;
    default: {
      const bothBelow = sides.blue.achievement < 0 && sides.red.achievement < 0;
      const better = bothBelow ? `Neither side reached its par; ${SIDE_NAMES[verdict]} fell less short.` : `${SIDE_NAMES[verdict]} did better against its par.`;
      return `${warLine}${better} ${standing}`;
    }
  }
}
