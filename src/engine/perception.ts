/**
 * Perception: how a side reads what it saw of its rival. Each observation moves the
 * observer's log-odds that the rival is revisionist by w · m · λ (proximity, bias,
 * signal table), and beliefs drift slowly back to the prior.
 */
import type { Game } from './board.ts';
import { rivalOf, towards } from './board.ts';
import { exp, log } from './math.ts';
import { BELIEF_LIMIT, FORGETTING, PROXIMITY } from './rules.ts';
import type { GameState, Observation, Side } from './types.ts';

export function logit(p: number): number {
  return log(p / (1 - p));
}

export function sigmoid(l: number): number {
  return 1 / (1 + exp(-l));
}

export function clampBelief(l: number): number {
  return Math.max(-BELIEF_LIMIT, Math.min(BELIEF_LIMIT, l));
}

/**
 * Proximity weight of a signal in `region` for `observer`: expansion next to a side's
 * home alarms it more than expansion far away.
 */
export function proximity(game: Game, state: GameState, observer: Side, region: number | undefined): number {
  if (region === undefined) return PROXIMITY.nonRegional;
  let best = PROXIMITY.elsewhere;
  for (const r of game.vicinity[region] ?? []) {
    if (state.home[r] === observer) return PROXIMITY.home;
    if (towards(state.alignment[r] ?? 0, observer) === 3) best = PROXIMITY.member;
  }
  return best;
}

/**
 * Bias m: fear κ amplifies threatening signals; reassuring ones are discounted by fear
 * and by the sender's credibility.
 */
export function bias(fear: number, senderCredibility: number, lambda: number): number {
  return lambda > 0 ? 1 + fear : (1 - fear) * senderCredibility;
}

export interface Signal {
  signal: string;
  lambda: number;
  region?: number;
  kind?: Observation['kind'];
  treaty?: Observation['treaty'];
  seen?: Observation['seen'];
}

/** Logs what `observer` saw of its rival and moves its belief accordingly. */
export function observe(game: Game, state: GameState, observer: Side, s: Signal): Observation {
  const me = state.sides[observer];
  const weight = proximity(game, state, observer, s.region);
  const m = bias(me.fear, state.sides[rivalOf(observer)].credibility, s.lambda);
  const delta = weight * m * s.lambda;
  const observation: Observation = { turn: state.turn, signal: s.signal, lambda: s.lambda, weight, bias: m, delta };
  if (s.region !== undefined) observation.region = game.regionIds[s.region];
  if (s.kind) observation.kind = s.kind;
  if (s.treaty) observation.treaty = s.treaty;
  if (s.seen) observation.seen = s.seen;
  me.observations.push(observation);
  me.belief = clampBelief(me.belief + delta);
  return observation;
}

/** End of turn: beliefs drift back towards the prior by ρ. */
export function forget(state: GameState, side: Side): void {
  const me = state.sides[side];
  me.belief = clampBelief(me.belief + FORGETTING * (me.priorBelief - me.belief));
}
