/**
 * A turn: events (and a crisis) open it; once both sides' orders are in, they resolve
 * simultaneously — diplomacy, arms control, alliance, deployment — then each side
 * observes the other, perceptions update, payoffs are scored and tension moves.
 */
import type { Game } from './board.ts';
import { eventById, rivalOf, stepsTowards, towards } from './board.ts';
import { calendar, yearOfTurn } from './calendar.ts';
import type { Dice } from './dice.ts';
import { openCrisis, flashpoint, startWar } from './crisis.ts';
import { applyEffects, fireEvents } from './events.ts';
import { addUnit, removeUnit, restraintUnit } from './forces.ts';
import { nearPerimeterOf, totalUnits } from './legal.ts';
import { noTurnEffects, scoreTurn } from './payoff.ts';
import type { TurnEffects } from './payoff.ts';
import { forget, observe, sigmoid } from './perception.ts';
import type { Signal } from './perception.ts';
import { COURT, CREDIBILITY, RESTRAINT_TURNS, SIGNAL, TENSION, TREATY_RULES, VIOLATION_FOUND, deploySignal } from './rules.ts';
import { effectiveDistinguishability, effectiveOffenseAdvantage, endTreaty, enterIntoForce } from './treaties.ts';
import { SIDES } from './types.ts';
import type { BrokenPromise, FizzleReason, GameState, Order, OrderEntry, OrderOutcome, Posture, PublicOrder, SeenPosture, Side, Treaty, UnitKind } from './types.ts';

/**
 * Step 1–2 of a turn: events, then a crisis if tension stands at 7 or more. The first
 * turn never opens with a crisis: no crisis or war comes before both sides have decided
 * something, and events alone never start a war (they stop short of the brink).
 */
export function startTurn(game: Game, state: GameState, dice: Dice): void {
  for (const side of SIDES) state.sides[side].apBonus = 0;
  fireEvents(game, state, dice);
  if (state.turn > 1 && state.tension >= TENSION.crisisAt) openCrisis(game, state, dice);
  else state.phase = 'planning';
}

/** Everything a resolution accumulates before it is applied at the end of the turn. */
interface Resolution {
  game: Game;
  state: GameState;
  dice: Dice;
  fx: TurnEffects;
  tension: number;
  /** Sides that inspect this turn: they read the rival truly. */
  inspecting: Record<Side, boolean>;
  /** Sides whose assurance of last turn is belied by this turn's moves, in the order found (at most two: a list). */
  belied: Side[];
}

function region(game: Game, order: Order): number {
  return 'region' in order ? (game.regionIndex.get(order.region) ?? -1) : -1;
}

/** The order as everyone sees it: a deployment without its hidden posture (a copy: log entries are frozen once viewed). */
function publicOrder(order: Exclude<Order, { type: 'respond' }>): PublicOrder {
  return order.type === 'deploy' ? { type: 'deploy', region: order.region, kind: order.kind } : plainCopy(order);
}

/**
 * A copy of an order's own fields, in their order, as a spread makes it but field by
 * field: V8 gives a spread's copy a map that Object.freeze cannot reuse, so freezing it
 * (views freeze the log entries they share) built a new map for every public order.
 */
function plainCopy<T extends object>(record: T): T {
  const copy: Record<string, unknown> = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    // Assigning "__proto__" would set the copy's prototype; a spread keeps it a field (JSON.parse can make one).
    if (key === '__proto__') Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
    else copy[key] = record[key];
  }
  return copy as T;
}

/** Does the bundle hold an order of this type? (A loop: resolution runs for every turn of every game.) */
function hasOrder(orders: readonly Order[], type: Order['type']): boolean {
  for (const o of orders) if (o.type === type) return true;
  return false;
}

/** Records an order in the public log, with what came of it. */
function log(res: Resolution, side: Side, order: Exclude<Order, { type: 'respond' }>, outcome: OrderOutcome = 'done', detail?: { reason?: FizzleReason; unit?: UnitKind }): void {
  const entry: OrderEntry = { kind: 'order', turn: res.state.turn, side, order: publicOrder(order), outcome };
  if (detail?.reason) entry.reason = detail.reason;
  if (detail?.unit) entry.unit = detail.unit;
  res.state.publicLog.push(entry);
}

/** The rival of `side` sees a signal of `side`'s. */
function seenBy(res: Resolution, side: Side, signal: Signal): void {
  observe(res.game, res.state, rivalOf(side), signal);
}

/** True when the region is in or next to the rival's perimeter (its home or members). */
function nearRivalPerimeter(game: Game, state: GameState, side: Side, r: number): boolean {
  return nearPerimeterOf(game, state.alignment, rivalOf(side), r);
}

function nextToRivalHome(game: Game, state: GameState, side: Side, r: number): boolean {
  const rival = rivalOf(side);
  for (const q of game.vicinity[r] ?? []) if (state.home[q] === rival) return true;
  return false;
}

function belie(res: Resolution, side: Side): void {
  if (!res.belied.includes(side)) res.belied.push(side);
}

/** Tension a side's own move raises: it counts towards the side's share of a war's cost. */
function provoke(res: Resolution, side: Side, amount: number): void {
  res.tension += amount;
  res.state.provocation[side] += amount;
}

function breakPromise(res: Resolution, side: Side, broken: BrokenPromise): void {
  const me = res.state.sides[side];
  me.credibility = Math.max(0, me.credibility - CREDIBILITY.brokenPromise);
  res.state.publicLog.push({ kind: 'promiseBroken', turn: res.state.turn, side, ...broken });
}

// ---------------------------------------------------------------- phases

function diplomacy(res: Resolution, orders: Record<Side, Order[]>): void {
  const { game, state } = res;
  // Events that asked a side to choose: its answer, or the first option by default.
  for (const id of state.currentEvents) {
    const event = eventById(game, id);
    if (!event?.choice) continue;
    const answer = orders[event.choice.side].find((o) => o.type === 'respond' && o.event === id);
    const option = event.choice.options.find((o) => answer?.type === 'respond' && o.id === answer.option) ?? event.choice.options[0];
    if (!option) continue;
    state.answers[id] = option.id;
    state.publicLog.push({ kind: 'answer', turn: state.turn, side: event.choice.side, event: id, option: option.id });
    applyEffects(game, state, option.effects, event.id);
  }
  const summit = hasOrder(orders.blue, 'summit') && hasOrder(orders.red, 'summit');
  if (summit) {
    res.tension += TENSION.summit;
    state.publicLog.push({ kind: 'summit', turn: state.turn });
  }
  for (const side of SIDES) {
    for (const order of orders[side]) {
      switch (order.type) {
        case 'assure':
          seenBy(res, side, { signal: 'assure', lambda: SIGNAL.assure });
          log(res, side, order);
          break;
        case 'summit':
          seenBy(res, side, summit ? { signal: 'summitHeld', lambda: SIGNAL.summitHeld } : { signal: 'summitOffered', lambda: SIGNAL.summitOffered });
          if (!summit) log(res, side, order, 'notTakenUp');
          break;
        case 'sanction':
          res.fx.sanctioned[side] = true;
          provoke(res, side, TENSION.sanction);
          seenBy(res, side, { signal: 'sanction', lambda: SIGNAL.sanction });
          log(res, side, order);
          break;
        case 'restraint': {
          const r = region(game, order);
          const kind = restraintUnit(state, side, r);
          if (!kind) break;
          removeUnit(state, side, r, kind, 'offensive');
          state.sides[side].promises.push({ kind: 'restraint', region: order.region, untilTurn: state.turn + RESTRAINT_TURNS });
          res.tension += TENSION.restraint;
          seenBy(res, side, { signal: 'restraint', lambda: SIGNAL.restraint, region: r, kind });
          log(res, side, order, 'done', { unit: kind });
          break;
        }
      }
    }
  }
}

function armsControl(res: Resolution, orders: Record<Side, Order[]>): void {
  const { state } = res;
  const verified = state.treaties.some((t) => TREATY_RULES[t].verification);
  for (const side of SIDES) res.inspecting[side] = verified && orders[side].some((o) => o.type === 'inspect');
  for (const side of SIDES) {
    for (const order of orders[side]) {
      switch (order.type) {
        case 'propose': {
          seenBy(res, side, { signal: 'propose', lambda: SIGNAL.propose, treaty: order.treaty });
          const accepted = state.proposals.some((p) => p.treaty === order.treaty && p.by !== side) ||
            orders[rivalOf(side)].some((o) => o.type === 'propose' && o.treaty === order.treaty);
          log(res, side, order);
          if (accepted) bringIntoForce(res, order.treaty);
          else if (!state.treaties.includes(order.treaty)) state.proposals.push({ treaty: order.treaty, by: side, turn: state.turn });
          break;
        }
        case 'ratify':
          seenBy(res, side, { signal: 'ratify', lambda: SIGNAL.ratify, treaty: order.treaty });
          log(res, side, order);
          bringIntoForce(res, order.treaty);
          break;
        case 'withdrawTreaty':
          if (!state.treaties.includes(order.treaty)) break;
          endTreaty(state, order.treaty);
          provoke(res, side, TENSION.leaveTreaty);
          seenBy(res, side, { signal: 'withdrawTreaty', lambda: SIGNAL.withdrawTreaty, treaty: order.treaty });
          log(res, side, order);
          breakPromise(res, side, { promise: 'treaty', treaty: order.treaty });
          break;
        case 'inspect':
          if (res.inspecting[side]) log(res, side, order);
          break;
      }
    }
  }
}

function bringIntoForce(res: Resolution, treaty: GameState['treaties'][number]): void {
  if (res.state.treaties.includes(treaty)) return;
  enterIntoForce(res.state, treaty);
  res.tension += TENSION.treatyInForce;
  for (const side of SIDES) seenBy(res, side, { signal: 'treatyInForce', lambda: SIGNAL.treatyInForce, treaty });
  res.state.publicLog.push({ kind: 'treaty', turn: res.state.turn, treaty });
}

function alliance(res: Resolution, orders: Record<Side, Order[]>): void {
  const { game, state, dice } = res;
  // Structural changes first (admit, annex), then the pull of courting and support.
  for (const side of SIDES) {
    for (const order of orders[side]) {
      if (order.type !== 'admit' && order.type !== 'annex') continue;
      const r = region(game, order);
      const own = towards(state.alignment[r] ?? 0, side);
      if (order.type === 'admit') {
        if (own !== 2 || state.home[r] !== '') {
          log(res, side, order, 'fizzled', { reason: 'noLongerPartner' });
          continue;
        }
        state.alignment[r] = stepsTowards(side, 3);
        if (nextToRivalHome(game, state, side, r)) provoke(res, side, TENSION.admitNearRivalHome);
        seenBy(res, side, { signal: 'admit', lambda: SIGNAL.admit, region: r });
      } else {
        const mine = totalUnits(state.sides[side].forces[r] ?? { defensive: 0, offensive: 0, missileDefense: 0, strikeMissiles: 0 });
        const theirs = totalUnits(state.sides[rivalOf(side)].forces[r] ?? { defensive: 0, offensive: 0, missileDefense: 0, strikeMissiles: 0 });
        if (own < 2 || !state.contested[r] || mine <= theirs) {
          log(res, side, order, 'fizzled', { reason: 'cannotAnnex' });
          continue;
        }
        state.alignment[r] = stepsTowards(side, 3);
        state.home[r] = side;
        state.contested[r] = false;
        provoke(res, side, TENSION.annex);
        if (state.sides[side].assuredTurn === state.turn - 1) belie(res, side);
        seenBy(res, side, { signal: 'annex', lambda: SIGNAL.annex, region: r });
      }
      log(res, side, order);
    }
  }
  let pull: Map<number, number> | undefined; // made for the first courtship or support that works
  for (const side of SIDES) {
    for (const order of orders[side]) {
      if (order.type !== 'court' && order.type !== 'support') continue;
      const r = region(game, order);
      let success = true;
      if (order.type === 'court') {
        const own = state.sides[side].forces[r];
        const rival = state.sides[rivalOf(side)].forces[r];
        const p = COURT.base + (rival && totalUnits(rival) > 0 ? COURT.rivalUnits : 0) + (own && totalUnits(own) > 0 ? COURT.ownUnits : 0);
        success = dice.chance(p);
      }
      const blocked = state.home[r] !== '' || Math.abs(state.alignment[r] ?? 0) === 3;
      seenBy(res, side, { signal: order.type, lambda: SIGNAL[order.type], region: r });
      if (blocked) {
        log(res, side, order, 'blocked');
        continue;
      }
      log(res, side, order, order.type === 'court' ? (success ? 'worked' : 'failed') : 'done');
      if (success) (pull ??= new Map()).set(r, (pull.get(r) ?? 0) + stepsTowards(side, 1));
    }
  }
  if (pull) for (const [r, delta] of pull) state.alignment[r] = Math.max(-2, Math.min(2, (state.alignment[r] ?? 0) + delta));
}

function deployment(res: Resolution, orders: Record<Side, Order[]>): void {
  const { game, state, dice } = res;
  const delta = effectiveDistinguishability(state);
  for (const side of SIDES) {
    const truly = res.inspecting[rivalOf(side)];
    for (const order of orders[side]) {
      if (order.type === 'withdraw') {
        const r = region(game, order);
        // The observer may see which posture left (always, when inspecting).
        const f = state.sides[side].forces[r];
        const leaving: Posture = f && f.offensive > 0 ? 'offensive' : 'defensive';
        // Always roll, so inspecting does not shift the dice stream.
        const read = dice.chance(delta);
        const seen: SeenPosture = order.kind !== 'troops' ? 'unknown' : truly || read ? leaving : 'unknown';
        if (removeUnit(state, side, r, order.kind, seen) === undefined) continue;
        res.tension += TENSION.withdraw;
        seenBy(res, side, { signal: 'withdraw', lambda: SIGNAL.withdraw, region: r, kind: order.kind });
        log(res, side, order);
      } else if (order.type === 'exercise') {
        const r = region(game, order);
        res.fx.exercises[side].push(r);
        provoke(res, side, TENSION.exercise);
        seenBy(res, side, { signal: 'exercise', lambda: SIGNAL.exercise, region: r });
        log(res, side, order);
      }
    }
    for (const order of orders[side]) if (order.type === 'deploy') deploy(res, side, order, truly, delta, dice);
  }
}

function deploy(res: Resolution, side: Side, order: Extract<Order, { type: 'deploy' }>, truly: boolean, delta: number, dice: Dice): void {
  const { game, state } = res;
  const r = region(game, order);
  const me = state.sides[side];
  const f = me.forces[r];
  if (!f || towards(state.alignment[r] ?? 0, side) < 2 || totalUnits(f) >= 9) {
    log(res, side, order, 'fizzled', { reason: 'noLongerPossible' });
    return;
  }
  const posture: Posture = order.posture ?? 'defensive';
  // How the rival reads it: the true posture with chance δ, else unknown; with chance ε
  // one step worse. An inspection sees truly. Both rolls are always made.
  const read = dice.chance(delta);
  const misread = dice.chance(state.noise);
  let seen: SeenPosture = truly || read ? posture : 'unknown';
  if (!truly && misread) seen = seen === 'defensive' ? 'unknown' : 'offensive';
  addUnit(state, side, r, order.kind, posture, seen);
  if (nearRivalPerimeter(game, state, side, r)) provoke(res, side, TENSION.deployNearRival);
  if (me.assuredTurn === state.turn - 1 && nextToRivalHome(game, state, side, r)) belie(res, side);
  const promise = me.promises.find((p) => p.region === order.region);
  if (promise) {
    me.promises = me.promises.filter((p) => p !== promise);
    breakPromise(res, side, { promise: 'restraint', region: order.region });
  }
  const lambda = order.kind === 'troops' ? deploySignal(seen, effectiveOffenseAdvantage(state)) : SIGNAL[order.kind];
  const signal: Signal = { signal: 'deploy', lambda, region: r, kind: order.kind };
  if (order.kind === 'troops') signal.seen = seen;
  seenBy(res, side, signal);
  log(res, side, order);
  checkViolation(res, side, order, r);
}

/** Deploying past a CFE cap or a banned weapon is allowed, but a violation, found half the time. */
function checkViolation(res: Resolution, side: Side, order: Extract<Order, { type: 'deploy' }>, r: number): void {
  const { game, state, dice } = res;
  const f = state.sides[side].forces[r];
  let violated: Treaty | undefined;
  for (const t of state.treaties) {
    const rule = TREATY_RULES[t];
    if (rule.bans === order.kind) violated = t;
    if (rule.cap !== undefined && f && totalUnits(f) > rule.cap && nearRivalPerimeter(game, state, side, r)) violated = t;
  }
  if (!violated) return;
  const found = dice.chance(res.inspecting[rivalOf(side)] ? 1 : VIOLATION_FOUND);
  if (!found) return;
  provoke(res, side, TENSION.violationFound);
  seenBy(res, side, { signal: 'violation', lambda: SIGNAL.violation, region: r, treaty: violated });
  state.publicLog.push({ kind: 'violation', turn: state.turn, side, region: order.region, treaty: violated });
}

/** An inspecting side sees every rival troop posture as it truly is. */
function revealPostures(state: GameState, observer: Side): void {
  const rival = state.sides[rivalOf(observer)];
  state.sides[observer].perceivedTroops = rival.forces.map((f) => ({ offensive: f.offensive, unknown: 0, defensive: f.defensive }));
}

// ---------------------------------------------------------------- the turn

/**
 * Resolves the turn in place once both sides' orders are pending. The caller passes a
 * state it owns (a copy) and the dice drawn from it.
 */
export function resolveTurn(game: Game, state: GameState, dice: Dice): void {
  const orders = { blue: state.pending.blue ?? [], red: state.pending.red ?? [] };
  state.pending = {};
  const res: Resolution = { game, state, dice, fx: noTurnEffects(), tension: 0, inspecting: { blue: false, red: false }, belied: [] };
  diplomacy(res, orders);
  armsControl(res, orders);
  alliance(res, orders);
  deployment(res, orders);
  for (const side of SIDES) if (res.inspecting[side]) revealPostures(state, side);
  for (const side of res.belied) breakPromise(res, side, { promise: 'assurance' });
  for (const side of SIDES) {
    if (hasOrder(orders[side], 'assure')) state.sides[side].assuredTurn = state.turn;
    forget(state, side);
  }
  scoreTurn(game, state, effectiveOffenseAdvantage(state), res.fx);
  const mutualFear = TENSION.mutualFear * (sigmoid(state.sides.blue.belief) + sigmoid(state.sides.red.belief) - 1);
  state.tension = Math.max(0, Math.min(TENSION.warAt, state.tension + res.tension + mutualFear + TENSION.naturalCalm));
  endTurn(game, state, dice);
}

/** Upkeep between turns: credibility recovers, promises and proposals expire, the clock moves. */
function endTurn(game: Game, state: GameState, dice: Dice): void {
  for (const side of SIDES) {
    const me = state.sides[side];
    me.credibility = Math.min(1, me.credibility + CREDIBILITY.recovery);
    me.promises = me.promises.filter((p) => p.untilTurn > state.turn);
  }
  state.proposals = state.proposals.filter((p) => p.turn >= state.turn);
  if (state.ratifyWindow > 0) state.ratifyWindow--;
  state.tensionHistory.push(state.tension);
  for (const side of SIDES) state.hostilityHistory[side].push(sigmoid(state.sides[side].belief));
  if (state.tension >= TENSION.warAt) {
    startWar(game, state, dice, flashpoint(game, state, dice), [], state.turn + 1);
    return;
  }
  const cal = calendar(game, state.length);
  if (state.turn >= cal.turns) {
    state.phase = 'over';
    return;
  }
  state.turn++;
  state.year = yearOfTurn(cal, state.turn);
  startTurn(game, state, dice);
}
