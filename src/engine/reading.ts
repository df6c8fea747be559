/**
 * How my rival probably reads me, worked out from what both of us can see: my public
 * moves, the events that moved its perception and the crises I won, replayed through the
 * published signal table (DESIGN §5) as the engine folds them — signals, then slow
 * forgetting, turn by turn. Its true belief is secret; this is my best estimate of it.
 * Nothing here reads more than one side's view and the scenario, which is public.
 */
import type { Game } from './board.ts';
import { eventById } from './board.ts';
import { explainOrder, proximityIn } from './explain.ts';
import { bias, clampBelief, logit, sigmoid } from './perception.ts';
import { CRISIS, FORGETTING, SIGNAL } from './rules.ts';
import type { EventEffect, Observation, Order, OrderEntry, PublicEntry, Side } from './types.ts';
import type { SideView } from './view.ts';

export interface RivalReading {
  /** The rival's prior log-odds that I am revisionist (the scenario's). */
  priorBelief: number;
  /** What the rival probably saw of me, turn by turn, with its expected readings. */
  observations: Observation[];
  /** Estimated log-odds the rival holds that I am revisionist, and how unsure that is. */
  belief: number;
  spread: number;
  /** The rival's estimated perceived hostility of me after each resolved turn (index 0 = start). */
  history: number[];
  /** Whether the rival inspected last turn (it then read my postures truly). */
  inspectedLastTurn: boolean;
}

/** How unsure the estimate is: a little at the start, more with every turn of guessing. */
const SPREAD = { start: 0.35, perTurn: 0.06 };

/** The expected signal value of one of my troop deployments, given the postures I keep there. */
function expectedDeployLambda(game: Game, view: SideView, region: string): number {
  const r = game.regionIndex.get(region);
  const f = r === undefined ? undefined : view.ownForces[r];
  const troops = f ? f.defensive + f.offensive : 0;
  const share = troops > 0 && f ? f.offensive / troops : 0.5;
  // The engine's own expectation of how the rival reads each posture (δ, ε, ω in force).
  const off = explainOrder(game, view, { type: 'deploy', region, kind: 'troops', posture: 'offensive' }).lambda;
  const def = explainOrder(game, view, { type: 'deploy', region, kind: 'troops', posture: 'defensive' }).lambda;
  return share * off + (1 - share) * def;
}

/** The signal my resolved order sent the rival, or undefined if it sent none. */
function signalOfOrder(game: Game, view: SideView, entry: OrderEntry): { signal: string; lambda: number } | undefined {
  if (entry.outcome === 'fizzled') return undefined;
  const o = entry.order;
  switch (o.type) {
    case 'deploy':
      if (o.kind === 'troops') return { signal: 'deploy', lambda: expectedDeployLambda(game, view, o.region) };
      return { signal: 'deploy', lambda: explainOrder(game, view, { type: 'deploy', region: o.region, kind: o.kind }).lambda };
    case 'inspect':
      return undefined;
    case 'summit':
      // Logged with its side only when nobody met it; a held summit is its own entry.
      return { signal: 'summitOffered', lambda: explainOrder(game, view, o).lambda };
    default: {
      // The signal does not depend on which treaty, or which kind of unit withdrew.
      const order: Order = o.type === 'withdraw' ? { type: 'withdraw', region: o.region, kind: 'troops' } : 'treaty' in o ? { ...o, treaty: 'cfe' } : o;
      return { signal: o.type, lambda: explainOrder(game, view, order).lambda };
    }
  }
}

function regionOf(entry: PublicEntry): string | undefined {
  if (entry.kind === 'order') return 'region' in entry.order ? entry.order.region : undefined;
  return entry.kind === 'violation' ? entry.region : undefined;
}

/** The effects of the events and answers that have fired, with their turns, in the order they happened. */
function eventEffects(game: Game, log: readonly PublicEntry[]): { turn: number; effects: readonly EventEffect[] }[] {
  const out: { turn: number; effects: readonly EventEffect[] }[] = [];
  for (const entry of log) {
    if (entry.kind === 'event') {
      const event = eventById(game, entry.event);
      if (event) out.push({ turn: entry.turn, effects: event.effects });
    } else if (entry.kind === 'answer') {
      const option = eventById(game, entry.event)?.choice?.options.find((o) => o.id === entry.option);
      if (option) out.push({ turn: entry.turn, effects: option.effects });
    }
  }
  return out;
}

/** A side's prior log-odds that its rival is revisionist, as the scenario gives it (public). */
export function scenarioPrior(game: Game, side: Side): number {
  return clampBelief(logit(game.scenario.sides[side].priorHostility));
}

/** Estimates how the rival reads me, from my view alone. */
export function rivalReadingOf(game: Game, view: SideView): RivalReading {
  const me = view.side;
  const rival = view.rival;
  const fear = view.fear[rival];
  const credibility = view.credibility[me];
  const observations: Observation[] = [];
  const push = (turn: number, signal: string, lambda: number, region?: string, fixed?: { weight: number; bias: number }) => {
    const weight = fixed?.weight ?? proximityIn(game, view, rival, region === undefined ? undefined : game.regionIndex.get(region));
    const m = fixed?.bias ?? bias(fear, credibility, lambda);
    const o: Observation = { turn, signal, lambda, weight, bias: m, delta: weight * m * lambda };
    if (region !== undefined) o.region = region;
    observations.push(o);
  };
  let inspectedLastTurn = false;
  for (const entry of view.publicLog) {
    if (entry.kind === 'summit') push(entry.turn, 'summitHeld', SIGNAL.summitHeld);
    else if (entry.kind === 'treaty') push(entry.turn, 'treatyInForce', SIGNAL.treatyInForce);
    else if (entry.kind === 'violation' && entry.side === me) push(entry.turn, 'violation', SIGNAL.violation, regionOf(entry));
    else if (entry.kind === 'order' && entry.side === me) {
      const s = signalOfOrder(game, view, entry);
      if (s) push(entry.turn, s.signal, s.lambda, regionOf(entry));
    } else if (entry.kind === 'order' && entry.order.type === 'inspect' && entry.turn === view.turn - 1) inspectedLastTurn = true;
  }
  // Events move perceptions directly (weight and bias 1), as the engine applies them.
  for (const f of eventEffects(game, view.publicLog))
    for (const effect of f.effects) if (effect.type === 'perception' && effect.side === rival) push(f.turn, 'event', effect.delta, undefined, { weight: 1, bias: 1 });
  for (const c of view.crisisHistory)
    if ((c.result === 'holdWins' || c.result === 'escalateWins') && c.winner === me) push(c.turn, 'crisisBackedDown', CRISIS.backedDownReads, undefined, { weight: 1, bias: 1 });
  observations.sort((a, b) => a.turn - b.turn);

  // Fold them as the engine does: per turn, signals then slow forgetting.
  const priorBelief = scenarioPrior(game, rival);
  let belief = priorBelief;
  const history = [sigmoid(belief)];
  for (let t = 1; t <= view.turn; t++) {
    for (const o of observations) if (o.turn === t) belief = clampBelief(belief + o.delta);
    if (t < view.turn) {
      belief = clampBelief(belief + FORGETTING * (priorBelief - belief));
      history.push(sigmoid(belief));
    }
  }
  return { priorBelief, observations, belief, spread: SPREAD.start + SPREAD.perTurn * (view.turn - 1), history, inspectedLastTurn };
}
