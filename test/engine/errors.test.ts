/**
 * Typed errors: every refusal is {ok: false, error: {code, message, details}} with a
 * stable code from ERROR_CODES, and the state given in is left exactly as it was.
 * Also the named regression cases for malformed orders that used to be accepted.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, outcome, record, replay, startGame, submitCrisisChoice, submitOrders, validateOrders } from '../../src/engine/index.ts';
import type { CrisisChoice, ErrorCode, Game, GameState, Order, Result, Side } from '../../src/engine/index.ts';
import { MAX_UNITS_PER_REGION } from '../../src/engine/rules.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { QUIET, STANDOFF, crisis, fixtureGame, inCrisis, json, ok, start, turn } from '../helpers.ts';

const EVENTFUL = fixtureGame();
const FULL = fixtureGame((s) => {
  s.regions.germany!.forces = { blue: { defensive: MAX_UNITS_PER_REGION } };
}, { quiet: true });
/** Crimea's conflict has only one outside backer: Red. */
const RED_BACKED = fixtureGame((s) => {
  s.regions.crimea = { alignment: -1, contested: true, backers: ['red'] };
}, { quiet: true });
const DISPUTED = fixtureGame((s) => {
  s.regions.crimea = { alignment: -2, contested: true, forces: { red: { defensive: 1 }, blue: { defensive: 1 } } };
}, { quiet: true });

/** Turn 4 of the eventful fixture (year 2003): Blue must answer the "choice" event. */
function atChoiceEvent(): GameState {
  let s = start(EVENTFUL);
  while (s.year < 2003) s = turn(EVENTFUL, s);
  if (!s.currentEvents.includes('choice')) throw new Error('the choice event did not fire');
  return s;
}

const orders = (game: Game, side: Side, list: unknown) => (s: GameState) => submitOrders(game, s, side, list as Order[]);
const choose = (side: Side, choice: string, game: Game = STANDOFF) => (s: GameState) => submitCrisisChoice(game, s, side, choice as CrisisChoice);

interface Refusal {
  name: string;
  code: ErrorCode;
  state: () => GameState;
  act: (s: GameState) => Result<unknown>;
}

const REFUSALS: Refusal[] = [
  { name: 'a lesson of a scenario that has none', code: 'NO_LESSON', state: start, act: () => startGame(QUIET, { seed: 1, length: 'lesson' }) },
  { name: 'a game length that is not one', code: 'BAD_PARAMETER', state: start, act: () => startGame(QUIET, { seed: 1, length: 'short' as never }) },
  { name: 'orders for a side that does not exist', code: 'BAD_PARAMETER', state: start, act: orders(QUIET, 'green' as Side, []) },
  { name: 'a crisis choice for a side that does not exist', code: 'BAD_PARAMETER', state: () => inCrisis(8), act: choose('green' as Side, 'hold') },
  { name: 'orders that are not a list', code: 'BAD_PARAMETER', state: start, act: orders(QUIET, 'blue', { type: 'assure' }) },
  { name: 'an unknown unit kind', code: 'BAD_PARAMETER', state: start, act: orders(QUIET, 'blue', [{ type: 'deploy', region: 'germany', kind: 'tanks' }]) },
  { name: 'troops without a posture', code: 'BAD_PARAMETER', state: start, act: orders(QUIET, 'blue', [{ type: 'deploy', region: 'germany', kind: 'troops' }]) },
  { name: 'an unknown posture', code: 'BAD_PARAMETER', state: start, act: orders(QUIET, 'blue', [{ type: 'deploy', region: 'germany', kind: 'troops', posture: 'sideways' }]) },
  { name: 'an event option that does not exist', code: 'BAD_PARAMETER', state: atChoiceEvent, act: orders(EVENTFUL, 'blue', [{ type: 'respond', event: 'choice', option: 'flee' }]) },
  { name: 'orders after the game ended', code: 'GAME_OVER', state: () => crisis(STANDOFF, inCrisis(9.5), 'hold', 'hold'), act: orders(STANDOFF, 'blue', []) },
  { name: 'a crisis choice after the game ended', code: 'GAME_OVER', state: () => crisis(STANDOFF, inCrisis(9.5), 'hold', 'hold'), act: choose('red', 'hold') },
  { name: 'orders during a crisis', code: 'WRONG_PHASE', state: () => inCrisis(8), act: orders(STANDOFF, 'red', []) },
  { name: 'orders submitted twice', code: 'ALREADY_SUBMITTED', state: () => ok(submitOrders(QUIET, start(), 'red', [])), act: orders(QUIET, 'red', []) },
  { name: 'a crisis choice made twice', code: 'ALREADY_SUBMITTED', state: () => ok(submitCrisisChoice(STANDOFF, inCrisis(8), 'blue', 'hold')), act: choose('blue', 'hold') },
  { name: 'an unknown order type', code: 'UNKNOWN_ORDER', state: start, act: orders(QUIET, 'blue', [{ type: 'nuke', region: 'germany' }]) },
  { name: 'an order that is not an object', code: 'UNKNOWN_ORDER', state: start, act: orders(QUIET, 'blue', [null]) },
  { name: 'an order that is a string', code: 'UNKNOWN_ORDER', state: start, act: orders(QUIET, 'blue', ['assure']) },
  { name: 'an unknown region', code: 'UNKNOWN_REGION', state: start, act: orders(QUIET, 'blue', [{ type: 'court', region: 'atlantis' }]) },
  { name: 'a region that is not a string', code: 'UNKNOWN_REGION', state: start, act: orders(QUIET, 'blue', [{ type: 'court', region: 12 }]) },
  { name: 'an unknown treaty', code: 'UNKNOWN_TREATY', state: start, act: orders(QUIET, 'blue', [{ type: 'propose', treaty: 'salt' }]) },
  { name: 'an answer to an event that is not on', code: 'UNKNOWN_EVENT', state: () => start(EVENTFUL), act: orders(EVENTFUL, 'blue', [{ type: 'respond', event: 'choice', option: 'calm' }]) },
  { name: 'an answer to the other side’s event', code: 'UNKNOWN_EVENT', state: atChoiceEvent, act: orders(EVENTFUL, 'red', [{ type: 'respond', event: 'choice', option: 'calm' }]) },
  {
    name: 'the same event answered twice',
    code: 'ONCE_PER_TURN',
    state: atChoiceEvent,
    act: orders(EVENTFUL, 'blue', [
      { type: 'respond', event: 'choice', option: 'calm' },
      { type: 'respond', event: 'choice', option: 'push' },
    ]),
  },
  { name: 'more orders than action points', code: 'NOT_ENOUGH_AP', state: start, act: orders(QUIET, 'blue', [{ type: 'admit', region: 'baltics' }, { type: 'summit' }, { type: 'sanction' }, { type: 'inspect' }]) },
  { name: 'a deployment outside own territory', code: 'NOT_OWN_TERRITORY', state: start, act: orders(QUIET, 'blue', [{ type: 'deploy', region: 'sweden', kind: 'troops', posture: 'defensive' }]) },
  { name: 'a deployment in a full region', code: 'REGION_FULL', state: () => start(FULL), act: orders(FULL, 'blue', [{ type: 'deploy', region: 'germany', kind: 'missileDefense' }]) },
  {
    name: 'a third deployment in one region',
    code: 'DEPLOY_LIMIT',
    state: start,
    act: orders(QUIET, 'blue', Array.from({ length: 3 }, () => ({ type: 'deploy', region: 'france', kind: 'troops', posture: 'defensive' }))),
  },
  { name: 'a withdrawal of units that are not there', code: 'NO_UNIT', state: start, act: orders(QUIET, 'red', [{ type: 'withdraw', region: 'kaliningrad', kind: 'troops' }]) },
  { name: 'courting a home region', code: 'HOME_REGION', state: start, act: orders(QUIET, 'red', [{ type: 'court', region: 'germany' }]) },
  { name: 'admitting a region that is not a partner', code: 'ALIGNMENT', state: start, act: orders(QUIET, 'blue', [{ type: 'admit', region: 'sweden' }]) },
  { name: 'supporting a region without separatists', code: 'NOT_CONTESTED', state: start, act: orders(QUIET, 'red', [{ type: 'support', region: 'sweden' }]) },
  { name: 'supporting where only the rival takes sides', code: 'NOT_A_BACKER', state: () => start(RED_BACKED), act: orders(RED_BACKED, 'blue', [{ type: 'support', region: 'crimea' }]) },
  { name: 'annexing without more units', code: 'OUTNUMBERED', state: () => start(DISPUTED), act: orders(DISPUTED, 'red', [{ type: 'annex', region: 'crimea' }]) },
  { name: 'two summits in one turn', code: 'ONCE_PER_TURN', state: start, act: orders(QUIET, 'blue', [{ type: 'summit' }, { type: 'summit' }]) },
  {
    name: 'two alliance orders in one region',
    code: 'ONE_ALLIANCE_ORDER_PER_REGION',
    state: start,
    act: orders(QUIET, 'red', [
      { type: 'support', region: 'crimea' },
      { type: 'court', region: 'crimea' },
    ]),
  },
  { name: 'proposing a treaty in force', code: 'TREATY_IN_FORCE', state: start, act: orders(QUIET, 'red', [{ type: 'propose', treaty: 'openSkies' }]) },
  { name: 'leaving a treaty not in force', code: 'TREATY_NOT_IN_FORCE', state: start, act: orders(QUIET, 'red', [{ type: 'withdrawTreaty', treaty: 'abm' }]) },
  { name: 'ratifying what nobody proposed', code: 'NO_PENDING_PROPOSAL', state: start, act: orders(QUIET, 'red', [{ type: 'ratify', treaty: 'abm' }]) },
  { name: 'inspecting without Open Skies', code: 'NEEDS_VERIFICATION_TREATY', state: () => start(QUIET, { treaties: [] }), act: orders(QUIET, 'red', [{ type: 'inspect' }]) },
  {
    name: 'deploying where restraint is promised this turn',
    code: 'RESTRAINT_PROMISED',
    state: start,
    act: orders(QUIET, 'red', [
      { type: 'restraint', region: 'belarus' },
      { type: 'deploy', region: 'belarus', kind: 'troops', posture: 'defensive' },
    ]),
  },
  { name: 'a crisis choice that is not on the table', code: 'BAD_CRISIS_CHOICE', state: () => inCrisis(8), act: choose('red', 'nuke') },
  { name: 'a crisis choice outside a crisis', code: 'NO_CRISIS', state: start, act: choose('red', 'hold', QUIET) },
  { name: 'the outcome of a game still going', code: 'NOT_OVER', state: start, act: (s) => outcome(QUIET, s) },
];

describe('every refusal is typed and leaves the state untouched', () => {
  it.each(REFUSALS.map((r) => [r.name, r] as const))('%s', (_name, refusal) => {
    const state = refusal.state();
    const before = json(state);
    const result = refusal.act(state);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(refusal.code);
    expect(ERROR_CODES).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(5);
    expect(result.error.details).toBeTypeOf('object');
    expect(json(result.error.details)).toBeDefined();
    expect(json(state)).toBe(before);
  });

  it('names the offending order and its place in the bundle', () => {
    const error = validateOrders(QUIET, start(), 'blue', [{ type: 'assure' }, { type: 'court', region: 'atlantis' }]);
    expect(error?.details).toMatchObject({ index: 1, order: { type: 'court', region: 'atlantis' } });
  });

  it('covers every error code the engine can give (NOT_SUBMITTED is declared but never given)', () => {
    const tested = new Set<string>([...REFUSALS.map((r) => r.code), 'BAD_RECORD']);
    expect(ERROR_CODES.filter((c) => !tested.has(c))).toEqual(['NOT_SUBMITTED']);
  });
});

describe('replay refuses a record it cannot rebuild (BAD_RECORD)', () => {
  it('a record of another scenario', () => {
    const rec = record(turn(QUIET, start()));
    const other = gameFor('lab');
    if (!other) throw new Error('no lab scenario');
    const r = replay(other, rec);
    expect(r.ok || r.error.code).toBe('BAD_RECORD');
  });

  it('a tampered record, naming the step that was refused', () => {
    const rec = record(turn(QUIET, turn(QUIET, start())));
    const step = rec.steps[2];
    if (step?.kind !== 'orders') throw new Error('expected orders');
    step.orders = [{ type: 'deploy', region: 'sweden', kind: 'troops', posture: 'offensive' }];
    const before = json(rec);
    const r = replay(QUIET, rec);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_RECORD');
    expect(r.error.details).toMatchObject({ step: 2, cause: { code: 'NOT_OWN_TERRITORY' } });
    expect(json(rec)).toBe(before);
  });
});

/**
 * Regression cases: malformed orders the shape check let through. Each was accepted,
 * recorded, and (for deploy and withdraw) corrupted the state at resolution.
 */
describe('malformed orders are refused, not resolved', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'an order type inherited from Object.prototype ("%s") is refused as UNKNOWN_ORDER',
    (type) => {
      const s = start();
      const result = submitOrders(QUIET, s, 'blue', [{ type } as unknown as Order]);
      expect(result.ok || result.error.code).toBe('UNKNOWN_ORDER');
    },
  );

  it('a deploy without a unit kind is refused (it was accepted, wrote forces.undefined = NaN and made the rival’s belief NaN)', () => {
    const s = start();
    const bad = { type: 'deploy', region: 'germany' } as unknown as Order;
    expect(validateOrders(QUIET, s, 'blue', [bad])?.code).toBe('BAD_PARAMETER');
  });

  it('a withdraw without a unit kind is refused', () => {
    expect(validateOrders(QUIET, start(), 'blue', [{ type: 'withdraw', region: 'germany' } as unknown as Order])?.code).toBe('BAD_PARAMETER');
  });

  it('a propose without a treaty is refused (it was accepted and left a proposal of no treaty)', () => {
    const s = start();
    const bad = { type: 'propose' } as unknown as Order;
    expect(validateOrders(QUIET, s, 'blue', [bad])?.code).toMatch(/^(UNKNOWN_TREATY|BAD_PARAMETER)$/);
  });

  it('a regional order without a region is refused as UNKNOWN_REGION, not judged by the rules of no region', () => {
    const s = start();
    for (const bad of [{ type: 'court' }, { type: 'deploy', kind: 'troops', posture: 'defensive' }, { type: 'restraint' }, { type: 'exercise' }])
      expect(validateOrders(QUIET, s, 'blue', [bad as unknown as Order])?.code).toMatch(/^(UNKNOWN_REGION|BAD_PARAMETER)$/);
  });
});
