/**
 * Explanations for players and the AI, computed from a side's view only: how the rival
 * is likely to read a candidate order, and which observations moved my perception.
 */
import type { Game } from './board.ts';
import { towards } from './board.ts';
import { bias } from './perception.ts';
import { PROXIMITY, SIGNAL, TENSION, deploySignal } from './rules.ts';
import { SIDE_NAMES } from './describe.ts';
import type { Observation, Order, Side } from './types.ts';
import type { SideView } from './view.ts';

export interface OrderReading {
  /** Expected signal value λ as the rival will see it (+ hostile, − reassuring). */
  lambda: number;
  /** Proximity weight w for the rival. */
  weight: number;
  /** The rival's bias m: its fear, and my credibility for reassuring signals. */
  bias: number;
  /** Expected change to the rival's log-odds that I am revisionist: w · m · λ. */
  expectedShift: number;
  /** Expected change to tension from this order alone. */
  tension: number;
  reading: 'threatening' | 'reassuring' | 'neutral';
  /** One plain sentence. */
  text: string;
}

/**
 * How big a change of perception (in log-odds) is, in the words players read: under
 * 0.05 "barely", under 0.25 "a little", under 0.6 "noticeably", else "much". The UI's
 * vocabulary (src/ui/words.ts) uses the same steps.
 */
export function shiftSize(shift: number): 'barely' | 'a little' | 'noticeably' | 'much' {
  const s = Math.abs(shift);
  if (s < 0.05) return 'barely';
  if (s < 0.25) return 'a little';
  if (s < 0.6) return 'noticeably';
  return 'much';
}

/** "a little more", "more", "much more": the size of a shift before "threatening" or "reassuring". */
function moreBy(shift: number): string {
  const size = shiftSize(shift);
  return size === 'noticeably' || size === 'barely' ? 'more' : `${size} more`;
}

/** Proximity of a region to `observer`, from public alignment (as perception.ts does). */
export function proximityIn(game: Game, view: SideView, observer: Side, r: number | undefined): number {
  if (r === undefined) return PROXIMITY.nonRegional;
  let best = PROXIMITY.elsewhere;
  for (const q of game.vicinity[r] ?? []) {
    if (view.home[q] === observer) return PROXIMITY.home;
    if (towards(view.alignment[q] ?? 0, observer) === 3) best = PROXIMITY.member;
  }
  return best;
}

function near(game: Game, view: SideView, r: number, test: (q: number) => boolean): boolean {
  return (game.vicinity[r] ?? []).some(test);
}

/** Expected λ of a troop deployment given δ and ε: how often each reading happens. */
function expectedDeployLambda(view: SideView, posture: 'defensive' | 'offensive'): number {
  const d = view.distinguishability;
  const e = view.noise;
  const lam = (seen: 'offensive' | 'unknown' | 'defensive') => deploySignal(seen, view.offenseAdvantage);
  // Read truly with chance δ, else unknown; then misread one step worse with chance ε.
  if (posture === 'offensive') return d * lam('offensive') + (1 - d) * ((1 - e) * lam('unknown') + e * lam('offensive'));
  return d * ((1 - e) * lam('defensive') + e * lam('unknown')) + (1 - d) * ((1 - e) * lam('unknown') + e * lam('offensive'));
}

function signalOf(view: SideView, order: Order): number {
  switch (order.type) {
    case 'deploy':
      return order.kind === 'troops' ? expectedDeployLambda(view, order.posture ?? 'defensive') : SIGNAL[order.kind];
    case 'summit':
      return SIGNAL.summitOffered;
    case 'respond':
    case 'inspect':
      return 0;
    default:
      return SIGNAL[order.type];
  }
}

function tensionOf(game: Game, view: SideView, order: Order): number {
  const r = 'region' in order ? game.regionIndex.get(order.region) : undefined;
  const rival = view.rival;
  switch (order.type) {
    case 'deploy':
      return r !== undefined && near(game, view, r, (q) => towards(view.alignment[q] ?? 0, rival) === 3) ? TENSION.deployNearRival : 0;
    case 'exercise':
      return TENSION.exercise;
    case 'admit':
      return r !== undefined && near(game, view, r, (q) => view.home[q] === rival) ? TENSION.admitNearRivalHome : 0;
    case 'annex':
      return TENSION.annex;
    case 'sanction':
      return TENSION.sanction;
    case 'withdrawTreaty':
      return TENSION.leaveTreaty;
    case 'restraint':
      return TENSION.restraint;
    case 'withdraw':
      return TENSION.withdraw;
    case 'ratify':
      return TENSION.treatyInForce;
    default:
      return 0;
  }
}

/** How the rival is likely to read `order` if I give it this turn. */
export function explainOrder(game: Game, view: SideView, order: Order): OrderReading {
  const r = 'region' in order ? game.regionIndex.get(order.region) : undefined;
  const lambda = signalOf(view, order);
  const weight = proximityIn(game, view, view.rival, r);
  const m = lambda === 0 ? 1 : bias(view.fear[view.rival], view.credibility[view.side], lambda);
  const expectedShift = weight * m * lambda;
  const tension = tensionOf(game, view, order);
  const reading = expectedShift > 0.05 ? 'threatening' : expectedShift < -0.05 ? 'reassuring' : 'neutral';
  const rival = SIDE_NAMES[view.rival];
  const place = weight === PROXIMITY.home ? ', right next to its homeland' : weight === PROXIMITY.member ? ', near its allies' : '';
  let text: string;
  if (reading === 'threatening') text = `${rival} will find this ${moreBy(expectedShift)} threatening${place}: you will look more hostile.`;
  else if (reading === 'reassuring')
    text = `${rival} will find this ${moreBy(expectedShift)} reassuring${view.credibility[view.side] < 0.6 ? ', though your low credibility blunts it' : ''}.`;
  else text = `${rival} will hardly notice this.`;
  if (tension > 0) text += ` Tension +${tension.toFixed(1)}.`;
  else if (tension < 0) text += ` Tension ${tension.toFixed(1)}.`;
  return { lambda, weight, bias: m, expectedShift, tension, reading, text };
}

/**
 * The observations that moved my perception most in `turn` (default: the last resolved
 * turn), largest first.
 */
export function perceptionDrivers(view: SideView, turn?: number, limit = 5): Observation[] {
  const t = turn ?? lastObservedTurn(view);
  return view.me.observations
    .filter((o) => o.turn === t)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, limit);
}

function lastObservedTurn(view: SideView): number {
  const last = view.me.observations[view.me.observations.length - 1];
  return last ? last.turn : view.turn - 1;
}
