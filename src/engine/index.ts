/**
 * The rules engine's public API, in the spirit of OpenSpiel: a static Game built from a
 * scenario, and plain-JSON states that only these functions change. Every function
 * that takes input from outside returns a Result: on a refusal the state is untouched.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import { resolveCrisis } from './crisis.ts';
import { checkOptions } from './calendar.ts';
import { Dice } from './dice.ts';
import { checkOrders, legalOrders as legalFor, OrderDraft } from './legal.ts';
import type { Situation } from './legal.ts';
import { refuse } from './result.ts';
import { cloneState, createState } from './setup.ts';
import { resolveTurn } from './turn.ts';
import { CRISIS_CHOICES, SIDES } from './types.ts';
import type { CrisisChoice, EngineError, GameOptions, GameRecord, GameState, Order, RecordStep, Result, Side } from './types.ts';
import { situationOf, viewFor } from './view.ts';
import type { SideView } from './view.ts';

/**
 * A new game. The options are trusted: a length the scenario does not have throws (use
 * `startGame` for options from outside, or check them first with `checkOptions`).
 */
export function newGame(game: Game, options: GameOptions): GameState {
  const problem = checkOptions(game, options);
  if (problem) throw new Error(`${problem.code}: ${problem.message}`);
  return createState(game, options);
}

/** A new game from options given from outside: refused with a code (e.g. NO_LESSON) if they do not fit the scenario. */
export function startGame(game: Game, options: GameOptions): Result<GameState> {
  const problem = checkOptions(game, options);
  return problem ? { ok: false, error: problem } : { ok: true, value: createState(game, options) };
}

/** Sides whose orders (or crisis choice) the game is waiting for. */
export function awaiting(state: GameState): Side[] {
  if (state.phase === 'over') return [];
  if (state.phase === 'crisis') return SIDES.filter((s) => state.crisis?.choices[s] === undefined);
  return SIDES.filter((s) => state.pending[s] === undefined);
}

/** Orders a side could add to `chosen` now (deterministic order). */
export function legalOrders(game: Game, from: GameState | SideView, side: Side, chosen: readonly Order[] = []): Order[] {
  return legalFor(game, situationFrom(from, side), chosen);
}

/** A draft of a side's orders: add orders one by one, ask what else is legal. */
export function orderDraft(game: Game, from: GameState | SideView, side: Side, chosen: readonly Order[] = []): OrderDraft {
  return new OrderDraft(game, situationFrom(from, side), chosen);
}

function situationFrom(from: GameState | SideView, side: Side): Situation {
  return 'sides' in from ? situationOf(from, side) : from;
}

/** Checks a bundle of orders without submitting it. */
export function validateOrders(game: Game, from: GameState | SideView, side: Side, orders: readonly Order[]): EngineError | undefined {
  return checkOrders(game, situationFrom(from, side), orders);
}

/**
 * Submits a side's orders for this turn. When both sides have submitted, the turn
 * resolves and the returned state is the next turn's (or the game's end).
 */
export function submitOrders(game: Game, state: GameState, side: Side, orders: readonly Order[]): Result<GameState> {
  if (side !== 'blue' && side !== 'red') return refuse('BAD_PARAMETER', `There is no side "${String(side)}".`, { side });
  if (state.phase === 'over') return refuse('GAME_OVER', 'The game is over.');
  if (state.phase !== 'planning') return refuse('WRONG_PHASE', `Orders wait until the ${state.phase} is settled.`, { phase: state.phase });
  if (state.pending[side]) return refuse('ALREADY_SUBMITTED', `${side} has already submitted its orders this turn.`, { side });
  const error = checkOrders(game, situationOf(state, side), orders);
  if (error) return { ok: false, error };
  const copy = orders.map((o) => ({ ...o }));
  const step: RecordStep = { kind: 'orders', side, orders: copy };
  // Pending orders are literals of fixed shape, not a spread of the old ones: pending
  // objects come in many shapes, and V8 spreads an object of a shape it has not settled
  // on through a slow path, at every submission.
  if (!state.pending[rivalOf(side)]) {
    // The first side's orders only wait: share everything else with the old state.
    // Neither side had orders pending, so this side's are the only ones.
    const pending = side === 'blue' ? { blue: copy } : { red: copy };
    return { ok: true, value: { ...state, pending, record: withStep(state.record, step) } };
  }
  const next = cloneState(state);
  // Both sides' orders, read (and cleared) at once by the resolution below.
  next.pending = side === 'blue' ? { blue: copy, red: state.pending.red } : { blue: state.pending.blue, red: copy };
  next.record = withStep(state.record, step);
  resolveWith(next, (dice) => resolveTurn(game, next, dice));
  return { ok: true, value: next };
}

function withStep(rec: GameRecord, step: RecordStep): GameRecord {
  const steps = rec.steps.slice();
  steps.push(step);
  // A literal rather than a spread of `rec`: one of the engine's hottest copies, and V8 spreads slower.
  return { scenarioId: rec.scenarioId, engineVersion: rec.engineVersion, options: rec.options, intents: rec.intents, steps };
}

/** Runs a resolution on a state the caller owns, with dice drawn from (and saved to) it. */
function resolveWith(state: GameState, resolve: (dice: Dice) => void): void {
  const dice = new Dice(state.rng);
  resolve(dice);
  state.rng = dice.state();
}

/** Submits a side's secret crisis choice; the crisis resolves once both have chosen. */
export function submitCrisisChoice(game: Game, state: GameState, side: Side, choice: CrisisChoice): Result<GameState> {
  if (side !== 'blue' && side !== 'red') return refuse('BAD_PARAMETER', `There is no side "${String(side)}".`, { side });
  if (state.phase === 'over') return refuse('GAME_OVER', 'The game is over.');
  if (state.phase !== 'crisis' || !state.crisis) return refuse('NO_CRISIS', 'There is no crisis to answer.', { phase: state.phase });
  if (!(CRISIS_CHOICES as readonly string[]).includes(choice))
    return refuse('BAD_CRISIS_CHOICE', `"${String(choice)}" is not a crisis choice.`, { choice, allowed: CRISIS_CHOICES });
  if (state.crisis.choices[side]) return refuse('ALREADY_SUBMITTED', `${side} has already chosen.`, { side });
  const step: RecordStep = { kind: 'crisis', side, choice };
  // The choices are literals of fixed shape, as pending orders are (see submitOrders).
  const rivalChoice = state.crisis.choices[rivalOf(side)];
  if (!rivalChoice) {
    // Nobody had chosen, so this side's choice is the only one.
    const choices = side === 'blue' ? { blue: choice } : { red: choice };
    return { ok: true, value: { ...state, crisis: { region: state.crisis.region, choices }, record: withStep(state.record, step) } };
  }
  const next = cloneState(state);
  // Both choices, read at once by the resolution below (which closes the crisis).
  next.crisis = { region: state.crisis.region, choices: side === 'blue' ? { blue: choice, red: rivalChoice } : { blue: rivalChoice, red: choice } };
  next.record = withStep(state.record, step);
  resolveWith(next, (dice) => resolveCrisis(game, next, dice));
  return { ok: true, value: next };
}

/** Applies one recorded step (orders or crisis choice). */
export function applyStep(game: Game, state: GameState, step: GameRecord['steps'][number]): Result<GameState> {
  return step.kind === 'orders' ? submitOrders(game, state, step.side, step.orders) : submitCrisisChoice(game, state, step.side, step.choice);
}

export function view(game: Game, state: GameState, side: Side): SideView {
  return viewFor(game, state, side);
}

export function isOver(state: GameState): boolean {
  return state.phase === 'over';
}

export function record(state: GameState): GameRecord {
  return JSON.parse(JSON.stringify(state.record)) as GameRecord;
}

/** Rebuilds a game from its record: same scenario, seed, intents and steps. */
export function replay(game: Game, rec: GameRecord): Result<GameState> {
  if (rec.scenarioId !== game.scenario.id)
    return refuse('BAD_RECORD', `This record is of scenario "${rec.scenarioId}", not "${game.scenario.id}".`, { scenarioId: rec.scenarioId });
  const problem = checkOptions(game, rec.options ?? { seed: 0 });
  if (problem) return refuse('BAD_RECORD', `This record cannot be replayed: ${problem.message}`, { cause: problem });
  let state = createState(game, rec.options, rec.intents);
  for (let i = 0; i < rec.steps.length; i++) {
    const step = rec.steps[i];
    if (!step) continue;
    const next = applyStep(game, state, step);
    if (!next.ok) return refuse('BAD_RECORD', `Step ${i + 1} of the record was refused: ${next.error.message}`, { step: i, cause: next.error });
    state = next.value;
  }
  return { ok: true, value: state };
}

export { createGame, rivalOf, takesSides } from './board.ts';
export type { Game } from './board.ts';
export type { SideView } from './view.ts';
export { explainOrder, perceptionDrivers, proximityIn, shiftSize } from './explain.ts';
export type { OrderReading } from './explain.ts';
export { describeEntry, describeObservation, describeOrder, describePublicly, SIDE_NAMES } from './describe.ts';
export { checkNextOrder, orderCost, orderFields, OrderDraft } from './legal.ts';
export { cloneState } from './setup.ts';
export { sharedView } from './view.ts';
export { offensivePrior, resample, Resampler } from './resample.ts';
export type { HiddenSample, ResampleOptions } from './resample.ts';
export { rivalReadingOf, scenarioPrior } from './reading.ts';
export type { RivalReading } from './reading.ts';
export { invariantProblems } from './invariants.ts';
export { bias, clampBelief, logit, proximity, sigmoid } from './perception.ts';
export { effectiveDistinguishability, effectiveOffenseAdvantage } from './treaties.ts';
export type { WorldAndTreaties } from './treaties.ts';
export { gaussian, seedFrom } from './sampling.ts';
export { cos, exp, log } from './math.ts';
export type { Random } from './sampling.ts';
export { outcome, parFor } from './outcome.ts';
export type { Outcome, SideOutcome, Verdict } from './outcome.ts';
export { ENGINE_VERSION } from './rules.ts';
export { calendar, checkOptions, lengthsOf, yearOfTurn } from './calendar.ts';
export type { Calendar } from './calendar.ts';
export * from './types.ts';
