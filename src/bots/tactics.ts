/**
 * Building blocks the scripted bots share. Everything here reads only a side's view,
 * and every order goes through the engine's own legality check.
 */
import { orderDraft } from '../engine/index.ts';
import type { OrderDraft } from '../engine/index.ts';
import type { EventOption, Game, Order, Side, SideView, Treaty } from '../engine/index.ts';
import { TREATIES } from '../engine/index.ts';

/** How I read the rival's last turn, from my own observation log. */
export type RivalMove = 'hostile' | 'conciliatory' | 'neutral' | 'none';

export function lastRivalMove(view: SideView): RivalMove {
  const turn = view.turn - 1;
  let sum = 0;
  let seen = false;
  for (const o of view.me.observations) {
    if (o.turn !== turn || o.signal === 'event') continue;
    sum += o.delta;
    seen = true;
  }
  if (!seen) return 'none';
  if (sum > 0.25) return 'hostile';
  if (sum < -0.1) return 'conciliatory';
  return 'neutral';
}

export function towardsMe(view: SideView, r: number): number {
  const a = view.alignment[r] ?? 0;
  return view.side === 'blue' ? a : -a;
}

/** My perimeter: home and member regions. */
export function perimeter(view: SideView): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.alignment.length; r++) if (towardsMe(view, r) === 3) out.push(r);
  return out;
}

/** How threatening the rival's units in and around `r` look to me (the payoff's X). */
export function threatAt(game: Game, view: SideView, r: number): number {
  let x = 0;
  const omega = view.offenseAdvantage;
  for (const q of game.vicinity[r] ?? []) {
    const p = view.perceivedTroops[q];
    const u = view.units[view.rival][q];
    if (p) x += p.offensive + p.unknown * omega + p.defensive * 0.2;
    if (u) x += u.strikeMissiles * 3 + u.missileDefense * 0.5;
  }
  return x;
}

export function ownUnits(view: SideView, r: number): number {
  const f = view.ownForces[r];
  return f ? f.defensive + f.offensive + f.missileDefense + f.strikeMissiles : 0;
}

export function rivalUnits(view: SideView, r: number): number {
  return view.rivalUnitTotals[r] ?? 0;
}

/** Regions where I may deploy, most threatened first (ties: higher value). */
export function frontline(game: Game, view: SideView): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.alignment.length; r++) if (towardsMe(view, r) >= 2 && game.regionIds[r] !== 'atlantic') out.push(r);
  return out
    .map((r) => ({ r, score: threatAt(game, view, r) * (game.values[r] ?? 1) - ownUnits(view, r) * 0.3 }))
    .sort((a, b) => b.score - a.score || a.r - b.r)
    .map((x) => x.r);
}

/** Is the region next to the rival's home? */
export function bordersRivalHome(game: Game, view: SideView, r: number): boolean {
  return (game.vicinity[r] ?? []).some((q) => view.home[q] === view.rival);
}

export function regionIndex(game: Game, id: string): number {
  return game.regionIndex.get(id) ?? -1;
}

/** Target regions (for a revisionist), the most attainable first. */
export function targetRegions(game: Game, view: SideView): number[] {
  return view.me.targets
    .map((id) => regionIndex(game, id))
    .filter((r) => r >= 0 && towardsMe(view, r) < 3 && view.home[r] === '')
    .sort((a, b) => towardsMe(view, b) - towardsMe(view, a) || a - b);
}

/** Orders are added one by one, each only if the engine says it is legal after the others. */
export class OrderList {
  private readonly draft: OrderDraft;
  constructor(game: Game, view: SideView) {
    this.draft = orderDraft(game, view, view.side);
  }
  get orders(): Order[] {
    return this.draft.orders;
  }
  /** Adds the order if legal; returns whether it was added. */
  add(order: Order): boolean {
    return this.draft.tryAdd(order);
  }
  /** Adds the first of `options` that is legal. */
  addFirst(options: readonly Order[]): boolean {
    for (const o of options) if (this.add(o)) return true;
    return false;
  }
  legal(): Order[] {
    return this.draft.legal();
  }
  randomLegal(random: () => number): Order | undefined {
    return this.draft.randomLegal(random);
  }
  apLeft(): number {
    return this.draft.apLeft();
  }
  /** Adds a deployment only if it is legal and breaks no treaty in force. */
  addCompliant(order: Order): boolean {
    return this.draft.violates(order) === undefined && this.add(order);
  }
  has(type: Order['type']): boolean {
    return this.orders.some((o) => o.type === type);
  }
}

/**
 * Treaty moves a cooperative side makes: ratify what the rival proposed, and propose one
 * treaty not yet in force — one at a time, as real arms control goes.
 */
export function treatyDiplomacy(list: OrderList, view: SideView, which: readonly Treaty[] = TREATIES): void {
  for (const p of view.proposals) if (p.by === view.rival) list.add({ type: 'ratify', treaty: p.treaty });
  const next = which.find((t) => !view.treaties.includes(t) && !view.proposals.some((p) => p.treaty === t));
  if (next) list.add({ type: 'propose', treaty: next });
}

/**
 * A revisionist's expansion: support and annex contested targets, court and admit the
 * rest. A careful one (the default) leaves out the moves that jolt tension — annexing
 * from tension 6, admitting from 7 — so its push does not bring on a war it would pay for.
 */
export function expand(list: OrderList, game: Game, view: SideView, steps: number, careful = true): void {
  let done = 0;
  const annex = !careful || view.tension < 6;
  const admit = !careful || view.tension < 7;
  for (const r of targetRegions(game, view)) {
    if (done >= steps) return;
    const region = game.regionIds[r] ?? '';
    const moves: Order[] = [];
    if (annex) moves.push({ type: 'annex', region });
    if (admit) moves.push({ type: 'admit', region });
    moves.push({ type: 'support', region }, { type: 'court', region });
    if (list.addFirst(moves)) done++;
  }
}

/**
 * Courts up to `steps` of the regions the rival covets, those that already count for it
 * first: a security seeker that reads its rival as an aggressor tries to deny it the
 * gains it is after (the scenario's target lists are public). Courting, not support:
 * support reads as a much louder signal, and a rival that is only afraid would answer it
 * in kind (in the 2021 lessons it undid what costly signals achieve, FIDELITY 4).
 */
export function deny(list: OrderList, game: Game, view: SideView, steps: number): number {
  const coveted = game.scenario.sides[view.rival].targets
    .map((id) => regionIndex(game, id))
    .filter((r) => r >= 0 && view.home[r] === '' && towardsMe(view, r) < 0 && towardsMe(view, r) > -3)
    .sort((a, b) => towardsMe(view, a) - towardsMe(view, b) || a - b);
  let done = 0;
  for (const r of coveted) {
    if (done >= steps) break;
    const region = game.regionIds[r] ?? '';
    if (list.add({ type: 'court', region })) done++;
  }
  return done;
}

/** Answers events that ask this side to choose: the first (default) option unless told. */
export function answerEvents(list: OrderList, view: SideView, game: Game, prefer: (options: readonly EventOption[]) => string | undefined): void {
  for (const id of view.currentEvents) {
    const event = game.scenario.events.find((e) => e.id === id);
    if (event?.choice?.side !== view.side) continue;
    const option = prefer(event.choice.options) ?? event.choice.options[0]?.id;
    if (option) list.add({ type: 'respond', event: id, option });
  }
}

/**
 * The option of an event choice that alarms the rival least: the smallest rise in
 * tension plus the rival's reading of me as hostile (ties: the first, historical one).
 */
export function calmestOption(view: SideView, options: readonly EventOption[]): string | undefined {
  let best: string | undefined;
  let bestAlarm = Infinity;
  for (const option of options) {
    let alarm = 0;
    for (const e of option.effects) {
      if (e.type === 'tension') alarm += e.delta;
      if (e.type === 'perception' && e.side === view.rival) alarm += e.delta;
    }
    if (alarm < bestAlarm - 1e-9) {
      best = option.id;
      bestAlarm = alarm;
    }
  }
  return best;
}

/** The other side (the engine's rule, re-exported for the bots' helpers). */
export { rivalOf as rivalSide } from '../engine/index.ts';
