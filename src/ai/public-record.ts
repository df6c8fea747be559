/**
 * What the Strategist can work out from public information alone: which events have
 * fired, which promises and assurances the rival has made, and — the important one —
 * an estimate of how the rival reads *me*, replayed from my own public moves through
 * the published signal table (DESIGN §5). Nothing here reads anything but a SideView
 * and the scenario, which is public data.
 */
import { explainOrder, proximityIn } from '../engine/index.ts';
import type { Game, Observation, Order, PublicEntry, Side, SideView } from '../engine/index.ts';
import { BELIEF_LIMIT, CRISIS, FORGETTING, SIGNAL, TREATY_RULES } from '../engine/rules.ts';
import { logit, sigmoid } from './random.ts';

export interface PublicRecord {
  /** Events that have fired so far (the engine's firedEvents), from the public log. */
  firedEvents: string[];
  /** Turn of each side's last `assure` (−99 if none). */
  assuredTurn: Record<Side, number>;
  /** The rival's restraint promises still standing. */
  rivalPromises: { kind: 'restraint'; region: string; untilTurn: number }[];
  /** Action points each side gets beyond its scenario allowance this turn (events). */
  apBonus: Record<Side, number>;
  /** The rival's income: the scenario's plus public event effects. */
  rivalEconomy: number;
  /** Prior log-odds of each side (the scenario's, as the start of each hostility history shows). */
  priorBelief: Record<Side, number>;
  /** What the rival probably saw of me, turn by turn, replayed through the signal table. */
  rivalObservations: Observation[];
  /** Estimated log-odds the rival holds that I am revisionist, and how unsure that is. */
  rivalBeliefEstimate: number;
  rivalBeliefSpread: number;
  /** The rival's estimated perceived hostility of me after each resolved turn (index 0 = start). */
  rivalHostilityHistory: number[];
  /** Whether the rival inspected last turn (it then read my postures truly). */
  rivalInspectedLastTurn: boolean;
  /** δ, ω, ε before treaties (the state keeps these; the view shows them after treaties). */
  baseWorld: { distinguishability: number; offenseAdvantage: number; noise: number };
}

function clampBelief(l: number): number {
  return Math.max(-BELIEF_LIMIT, Math.min(BELIEF_LIMIT, l));
}

/** Proximity weight of a region for `observer`, from public alignment (the engine's own rule). */
function proximity(game: Game, view: SideView, observer: Side, region: string | undefined): number {
  return proximityIn(game, view, observer, region === undefined ? undefined : game.regionIndex.get(region));
}

function eventText(e: { title: string; text: string }): string {
  return `${e.title}: ${e.text}`;
}

/** δ and ω after treaties, as the engine computes them from the base values. */
export function effectiveWorld(base: { distinguishability: number; offenseAdvantage: number }, treaties: readonly string[]) {
  let d = base.distinguishability;
  let w = base.offenseAdvantage;
  for (const t of treaties) {
    const rule = TREATY_RULES[t as keyof typeof TREATY_RULES];
    if (!rule) continue;
    d += rule.distinguishability;
    w += rule.offenseAdvantage;
  }
  return { distinguishability: Math.min(1, Math.max(0, d)), offenseAdvantage: Math.min(1, Math.max(0.2, w)) };
}

/**
 * The base δ and ω: the scenario's, when they explain what the view shows; otherwise
 * (a Lab setting changed them) worked back from the view's values.
 */
function baseWorld(game: Game, view: SideView): PublicRecord['baseWorld'] {
  const scenario = game.scenario.world;
  const guess = { distinguishability: scenario.distinguishability, offenseAdvantage: scenario.offenseAdvantage };
  const eff = effectiveWorld(guess, view.treaties);
  const base = { ...guess, noise: view.noise };
  if (Math.abs(eff.distinguishability - view.distinguishability) > 1e-9) {
    let d = view.distinguishability;
    for (const t of view.treaties) d -= TREATY_RULES[t].distinguishability;
    base.distinguishability = d;
  }
  if (Math.abs(eff.offenseAdvantage - view.offenseAdvantage) > 1e-9) {
    let w = view.offenseAdvantage;
    for (const t of view.treaties) w -= TREATY_RULES[t].offenseAdvantage;
    base.offenseAdvantage = w;
  }
  return base;
}

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

/** The order a public log line of mine stands for, as far as its signal goes. */
function orderOf(entry: PublicEntry): Order | undefined {
  const region = entry.region ?? '';
  switch (entry.kind) {
    case 'withdraw':
      return { type: 'withdraw', region, kind: 'troops' };
    case 'exercise':
    case 'court':
    case 'admit':
    case 'support':
    case 'annex':
    case 'restraint':
      return { type: entry.kind, region };
    case 'assure':
    case 'sanction':
    case 'summit':
      return { type: entry.kind };
    case 'propose':
    case 'ratify':
    case 'withdrawTreaty':
      // The signal does not depend on which treaty.
      return { type: entry.kind, treaty: 'cfe' };
    default:
      return undefined;
  }
}

/** The signal my public action `entry` sent the rival, or undefined if it sent none. */
function signalOf(game: Game, view: SideView, entry: PublicEntry): { signal: string; lambda: number } | undefined {
  if (entry.text.includes('(fizzled')) return undefined;
  if (entry.kind === 'violation') return { signal: 'violation', lambda: SIGNAL.violation };
  if (entry.kind === 'deploy') {
    const region = entry.region ?? '';
    if (entry.text.includes('strike missiles')) return { signal: 'deploy', lambda: explainOrder(game, view, { type: 'deploy', region, kind: 'strikeMissiles' }).lambda };
    if (entry.text.includes('missile defence')) return { signal: 'deploy', lambda: explainOrder(game, view, { type: 'deploy', region, kind: 'missileDefense' }).lambda };
    return { signal: 'deploy', lambda: expectedDeployLambda(game, view, region) };
  }
  const order = orderOf(entry);
  if (!order) return undefined;
  // An unanswered summit is logged with its side; a held one without (handled by the caller).
  return { signal: order.type === 'summit' ? 'summitOffered' : order.type, lambda: explainOrder(game, view, order).lambda };
}

/** Reads the public record of a view. */
export function readPublicRecord(game: Game, view: SideView): PublicRecord {
  const me = view.side;
  const rival = view.rival;
  const scenario = game.scenario;
  const events = scenario.events;
  const byText = new Map(events.map((e) => [eventText(e), e]));

  // Events fired, and the options chosen in answer (public log lines).
  const firedEvents: string[] = [];
  const fired: { turn: number; effects: (typeof events)[number]['effects'] }[] = [];
  for (const entry of view.publicLog) {
    if (entry.kind === 'event') {
      const e = byText.get(entry.text);
      if (e && !firedEvents.includes(e.id)) {
        firedEvents.push(e.id);
        fired.push({ turn: entry.turn, effects: e.effects });
      }
    } else if (entry.kind === 'respond') {
      for (const e of events) {
        const option = e.choice?.options.find((o) => entry.text === `${e.title}: ${o.label}.`);
        if (option) fired.push({ turn: entry.turn, effects: option.effects });
      }
    }
  }
  for (const id of view.currentEvents) if (!firedEvents.includes(id)) firedEvents.push(id);

  const assuredTurn: Record<Side, number> = { blue: -99, red: -99 };
  for (const entry of view.publicLog) if (entry.kind === 'assure' && entry.side) assuredTurn[entry.side] = Math.max(assuredTurn[entry.side], entry.turn);

  const rivalPromises: PublicRecord['rivalPromises'] = [];
  for (const entry of view.publicLog) {
    if (entry.kind !== 'restraint' || entry.side !== rival || !entry.region || entry.turn < view.turn - 2) continue;
    const broken = view.publicLog.some((e) => e.kind === 'deploy' && e.side === rival && e.region === entry.region && e.turn > entry.turn);
    if (!broken && entry.turn < view.turn) rivalPromises.push({ kind: 'restraint', region: entry.region, untilTurn: entry.turn + 2 });
  }

  const apBonus: Record<Side, number> = { blue: 0, red: 0 };
  apBonus[me] = view.actionPoints - scenario.sides[me].actionPoints;
  for (const id of view.currentEvents) {
    const e = events.find((x) => x.id === id);
    for (const effect of e?.effects ?? []) if (effect.type === 'actionPoints' && effect.side === rival) apBonus[rival] += effect.delta;
  }

  let rivalEconomy = scenario.sides[rival].economy;
  for (const f of fired) for (const effect of f.effects) if (effect.type === 'economy' && effect.side === rival) rivalEconomy = Math.max(0, rivalEconomy + effect.delta);

  const priorBelief: Record<Side, number> = {
    blue: clampBelief(logit(scenario.sides.blue.priorHostility)),
    red: clampBelief(logit(scenario.sides.red.priorHostility)),
  };
  const myStart = view.me.hostilityHistory[0];
  if (myStart !== undefined && myStart > 0 && myStart < 1) priorBelief[me] = clampBelief(logit(myStart));

  // What the rival saw of me: my public moves, event effects on its perception, crises.
  const fear = view.fear[rival];
  const credibility = view.credibility[me];
  const rivalObservations: Observation[] = [];
  const push = (turn: number, signal: string, lambda: number, region?: string, weightOverride?: number, biasOverride?: number) => {
    const weight = weightOverride ?? proximity(game, view, rival, region);
    const bias = biasOverride ?? (lambda > 0 ? 1 + fear : (1 - fear) * credibility);
    const o: Observation = { turn, signal, lambda, weight, bias, delta: weight * bias * lambda };
    if (region !== undefined) o.region = region;
    rivalObservations.push(o);
  };
  for (const entry of view.publicLog) {
    if (entry.kind === 'summit' && entry.side === undefined) {
      push(entry.turn, 'summitHeld', SIGNAL.summitHeld);
      continue;
    }
    if (entry.kind === 'treaty' && entry.side === undefined) {
      push(entry.turn, 'treatyInForce', SIGNAL.treatyInForce);
      continue;
    }
    if (entry.side !== me) continue;
    const s = signalOf(game, view, entry);
    if (s) push(entry.turn, s.signal, s.lambda, entry.region);
  }
  for (const f of fired)
    for (const effect of f.effects) if (effect.type === 'perception' && effect.side === rival) push(f.turn, 'event', effect.delta, undefined, 1, 1);
  for (const c of view.crisisHistory)
    if ((c.result === 'holdWins' || c.result === 'escalateWins') && c.winner === me) push(c.turn, 'crisisBackedDown', CRISIS.backedDownReads, undefined, 1, 1);
  rivalObservations.sort((a, b) => a.turn - b.turn);

  // Fold them as the engine does: per turn, signals then slow forgetting.
  let belief = priorBelief[rival];
  const history = [sigmoid(belief)];
  for (let t = 1; t <= view.turn; t++) {
    for (const o of rivalObservations) if (o.turn === t) belief = clampBelief(belief + o.delta);
    if (t < view.turn) {
      belief = clampBelief(belief + FORGETTING * (priorBelief[rival] - belief));
      history.push(sigmoid(belief));
    }
  }
  const rivalInspectedLastTurn = view.publicLog.some((e) => e.kind === 'inspect' && e.side === rival && e.turn === view.turn - 1);
  return {
    firedEvents,
    assuredTurn,
    rivalPromises,
    apBonus,
    rivalEconomy,
    priorBelief,
    rivalObservations,
    rivalBeliefEstimate: belief,
    rivalBeliefSpread: 0.35 + 0.06 * (view.turn - 1),
    rivalHostilityHistory: history,
    rivalInspectedLastTurn,
    baseWorld: baseWorld(game, view),
  };
}
