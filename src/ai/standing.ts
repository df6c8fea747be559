/**
 * Where the game stands: the game is won on achievement (score − par), so to judge a plan
 * the Strategist needs both sides' scores at the end, not only the changes a plan makes.
 * Its own score is in its view; the rival's is secret. This module estimates what the
 * rival has scored so far from public information — the board, the public log, my own
 * ledger and the public-record estimate of how the rival reads me — for either intent the
 * rival might have, and turns an estimated final margin into a chance of winning.
 */
import type { Game, GameState, Intent, Resampler, Side, SideView } from '../engine/index.ts';
import { INTENTS } from '../engine/index.ts';
import { influencePayoff, noTurnEffects, prosperityPayoff, securityPayoff, targetsPayoff, weightedTotal } from '../engine/payoff.ts';
import type { TurnEffects } from '../engine/payoff.ts';
import type { Random } from './random.ts';

/** Worlds drawn to average the rival's security payoff (it depends on its hidden reading of me). */
const SECURITY_SAMPLES = 4;

/** The turn's sanctions and exercises, from the public log. */
function turnEffects(game: Game, view: SideView, turn: number): TurnEffects {
  const fx = noTurnEffects();
  for (const e of view.publicLog) {
    if (e.turn !== turn || e.kind !== 'order') continue;
    if (e.order.type === 'sanction') fx.sanctioned[e.side] = true;
    else if (e.order.type === 'exercise') {
      const r = game.regionIndex.get(e.order.region);
      if (r !== undefined) fx.exercises[e.side].push(r);
    }
  }
  return fx;
}

/** The rival's score for one turn, under each intent it might have. */
export type TurnScore = Record<Intent, number>;

/**
 * The rival's score turn by turn, estimated once per turn from the board as it stood
 * after that turn. It remembers only what its own views showed it, and starts afresh
 * when a new game begins.
 */
export class RivalStanding {
  private game: string | undefined;
  private side: Side | undefined;
  private lastTurn = 0;
  private readonly byTurn = new Map<number, TurnScore>();

  private resetIfNewGame(view: SideView): void {
    if (this.game === view.scenarioId && this.side === view.side && view.turn >= this.lastTurn) return;
    this.game = view.scenarioId;
    this.side = view.side;
    this.byTurn.clear();
  }

  /**
   * Estimates the rival's score for the last resolved turn (once per turn): prosperity,
   * influence and targets from the board, security from sampled worlds. Prosperity is
   * anchored on my own ledger, since the trade term (tension) is the same for both.
   */
  observe(game: Game, view: SideView, resampler: Resampler, random: Random): void {
    this.resetIfNewGame(view);
    this.lastTurn = view.turn;
    const turn = view.turn - 1;
    if (turn < 1 || this.byTurn.has(turn) || view.phase === 'over') return;
    const me = view.side;
    const rival = view.rival;
    const fx = turnEffects(game, view, turn);
    let security = 0;
    let state: GameState | undefined;
    for (let i = 0; i < SECURITY_SAMPLES; i++) {
      state = resampler.next(random).state;
      security += securityPayoff(game, state, rival, view.offenseAdvantage, fx) / SECURITY_SAMPLES;
    }
    if (!state) return;
    const mine = view.me.ledger.find((l) => l.turn === turn);
    const anchor = mine ? mine.prosperity - prosperityPayoff(state, me, fx) : 0;
    const line = {
      turn,
      security,
      prosperity: prosperityPayoff(state, rival, fx) + anchor,
      influence: influencePayoff(game, state, rival),
      targets: targetsPayoff(game, state, rival),
      war: 0,
    };
    const score = {} as TurnScore;
    for (const intent of INTENTS) score[intent] = weightedTotal(line, intent);
    this.byTurn.set(turn, score);
  }

  /**
   * The rival's estimated score before the current turn, had it this intent. Turns the
   * Strategist did not see (it joined late) count like the nearest turn it did.
   */
  scoreSoFar(view: SideView, intent: Intent): number {
    if (this.byTurn.size === 0) return 0;
    const seen = [...this.byTurn.keys()].sort((a, b) => a - b);
    let sum = 0;
    for (let t = 1; t < view.turn; t++) {
      const exact = this.byTurn.get(t);
      if (exact) {
        sum += exact[intent];
        continue;
      }
      let nearest = seen[0] ?? t;
      for (const s of seen) if (Math.abs(s - t) < Math.abs(nearest - t)) nearest = s;
      sum += this.byTurn.get(nearest)?.[intent] ?? 0;
    }
    return sum;
  }
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 through erf). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
