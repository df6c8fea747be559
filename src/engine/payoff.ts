/**
 * Payoffs. The rule the whole game turns on: a side's security cost of the rival's
 * forces is scaled by its *perceived* hostility of the rival, never by the rival's
 * actual intent. The same tanks cost little if you believe their owner benign.
 */
import type { Game } from './board.ts';
import { regionValue, rivalOf, towards } from './board.ts';
import { calendar } from './calendar.ts';
import { totalUnits } from './legal.ts';
import { sigmoid } from './perception.ts';
import { EXERCISE_UNITS, PROSPERITY, SCORE_WEIGHTS, THREAT_WEIGHT } from './rules.ts';
import type { Intent, GameState, ScoreLine, Side } from './types.ts';

/** What happened this turn that payoffs need beyond the board itself. */
export interface TurnEffects {
  /** Regions each side held an exercise in. */
  exercises: Record<Side, number[]>;
  sanctioned: Record<Side, boolean>;
}

export function noTurnEffects(): TurnEffects {
  return { exercises: { blue: [], red: [] }, sanctioned: { blue: false, red: false } };
}

/**
 * How threatening each rival unit stack looks to `side`, region by region, weighted by
 * how `side` perceives it: seen offensive 1, unknown ω, seen defensive 0.2, strike
 * missiles 3, missile defence 0.5; a rival exercise adds units read as unknown.
 */
export function threatWeights(game: Game, state: GameState, side: Side, omega: number, fx: TurnEffects): number[] {
  const rival = state.sides[rivalOf(side)];
  const seen = state.sides[side].perceivedTroops;
  const weights = new Array<number>(game.regionIds.length);
  for (let r = 0; r < weights.length; r++) {
    const p = seen[r];
    const f = rival.forces[r];
    let x = 0;
    if (p) x += p.offensive * THREAT_WEIGHT.offensive + p.unknown * omega + p.defensive * THREAT_WEIGHT.defensive;
    if (f) x += f.strikeMissiles * THREAT_WEIGHT.strikeMissiles + f.missileDefense * THREAT_WEIGHT.missileDefense;
    weights[r] = x;
  }
  for (const r of fx.exercises[rivalOf(side)]) weights[r] = (weights[r] ?? 0) + EXERCISE_UNITS * omega;
  return weights;
}

/** The perceived threat X in and around `region`: the weights of it and its neighbours. */
export function perceivedThreat(game: Game, weights: readonly number[], region: number): number {
  let x = 0;
  for (const q of game.vicinity[region] ?? []) x += weights[q] ?? 0;
  return x;
}

/** Security = −p · Σ over own home and member regions of value · X / (1 + ½·D). */
export function securityPayoff(game: Game, state: GameState, side: Side, omega: number, fx: TurnEffects): number {
  const p = sigmoid(state.sides[side].belief);
  const own = state.sides[side].forces;
  const weights = threatWeights(game, state, side, omega, fx);
  let sum = 0;
  for (let r = 0; r < game.regionIds.length; r++) {
    if (towards(state.alignment[r] ?? 0, side) !== 3) continue;
    const f = own[r];
    const defenders = (f ? totalUnits(f) : 0) + (fx.exercises[side].includes(r) ? EXERCISE_UNITS : 0);
    sum += ((game.values[r] ?? 0) * perceivedThreat(game, weights, r)) / (1 + 0.5 * defenders);
  }
  return -p * sum;
}

export function prosperityPayoff(state: GameState, side: Side, fx: TurnEffects): number {
  const me = state.sides[side];
  let units = 0;
  for (const f of me.forces) units += totalUnits(f);
  return (
    me.economy -
    PROSPERITY.upkeepPerUnit * units -
    (fx.sanctioned[rivalOf(side)] ? PROSPERITY.sanctionSuffered : 0) -
    (fx.sanctioned[side] ? PROSPERITY.sanctionImposed : 0) +
    PROSPERITY.tradeCalm * (1 - state.tension / 10)
  );
}

/** Influence = Σ over regions that are not a home of value · (alignment towards you)/3. */
export function influencePayoff(game: Game, state: GameState, side: Side): number {
  let sum = 0;
  for (let r = 0; r < game.regionIds.length; r++) {
    if (state.home[r] !== '') continue;
    const a = towards(state.alignment[r] ?? 0, side);
    if (a > 0) sum += (regionValue(game, side, r) * a) / 3;
  }
  return sum;
}

/** Targets = Σ over the side's coveted regions held at alignment 2 or more. */
export function targetsPayoff(game: Game, state: GameState, side: Side): number {
  let sum = 0;
  for (const id of state.sides[side].targets) {
    const r = game.regionIndex.get(id);
    if (r !== undefined && towards(state.alignment[r] ?? 0, side) >= 2) sum += regionValue(game, side, r);
  }
  return sum;
}

export function weightedTotal(line: Omit<ScoreLine, 'total' | 'turn' | 'atWar'>, intent: Intent): number {
  const w = SCORE_WEIGHTS[intent];
  return w.security * line.security + w.prosperity * line.prosperity + w.influence * line.influence + w.targets * line.targets + line.war;
}

/**
 * The war entry of a side's ledger: a heavy cost, less for a revisionist that wins
 * ground, scaled by the side's share of blame (warBlame).
 */
export function warPayoff(intent: Intent, valueWon: number, provocationShare = 0.5): number {
  const w = SCORE_WEIGHTS[intent];
  return w.war * warBlame(provocationShare) + w.warRegionWon * valueWon;
}

/**
 * A war falls harder on the side that did more to raise tension: a quarter of the cost
 * if the rival did all the provoking, the full cost for an equal share, 1¾ times it if
 * this side did all of it.
 */
export function warBlame(provocationShare: number): number {
  return 0.25 + 1.5 * provocationShare;
}

/** A side's share of the tension both sides' moves have raised (½ when neither raised any). */
export function provocationShare(state: GameState, side: Side): number {
  const total = state.provocation.blue + state.provocation.red;
  return total > 0 ? state.provocation[side] / total : 0.5;
}

/**
 * A war cuts the game short, but not the bill. Its first line is the war's one-off
 * cost; then every year it cuts off (from `firstLostTurn` to the scenario's last) costs
 * the war's yearly toll. The side's par is cut to the years actually played (see
 * outcome), so the war costs a side its bill however it was doing, whichever side it
 * is: never a way out of a bad score. Cost and toll are scaled by the side's share of
 * blame (warBlame).
 */
export function scoreWar(game: Game, state: GameState, firstLostTurn: number, valueWon: Record<Side, number>): void {
  for (const side of ['blue', 'red'] as const) {
    const me = state.sides[side];
    const share = provocationShare(state, side);
    const cost = warPayoff(me.intent, valueWon[side], share);
    me.ledger.push({ turn: state.turn, security: 0, prosperity: 0, influence: 0, targets: 0, war: cost, total: cost });
    me.score += cost;
    const toll = SCORE_WEIGHTS[me.intent].warYear * warBlame(share);
    for (let turn = firstLostTurn; turn <= calendar(game, state.length).turns; turn++) {
      me.ledger.push({ turn, security: 0, prosperity: 0, influence: 0, targets: 0, war: toll, total: toll, atWar: true });
      me.score += toll;
    }
  }
}

/** The lines of a ledger scored in peacetime, one per year played (not a war's cost or tolls). */
export function peacetimeLines(ledger: readonly ScoreLine[]): ScoreLine[] {
  return ledger.filter((l) => !l.atWar && l.war === 0);
}

/** Turns a side's ledger scored in peacetime: the years its par is counted over. */
export function yearsPlayed(ledger: readonly ScoreLine[]): number {
  return peacetimeLines(ledger).length;
}

/** Scores one turn for both sides and appends it to their ledgers. */
export function scoreTurn(game: Game, state: GameState, omega: number, fx: TurnEffects): void {
  for (const side of ['blue', 'red'] as const) {
    const me = state.sides[side];
    const line = {
      turn: state.turn,
      security: securityPayoff(game, state, side, omega, fx),
      prosperity: prosperityPayoff(state, side, fx),
      influence: influencePayoff(game, state, side),
      targets: targetsPayoff(game, state, side),
      war: 0,
    };
    const total = weightedTotal(line, me.intent);
    me.ledger.push({ turn: line.turn, security: line.security, prosperity: line.prosperity, influence: line.influence, targets: line.targets, war: 0, total });
    me.score += total;
  }
}
