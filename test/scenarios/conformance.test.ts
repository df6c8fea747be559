/**
 * Conformance on every shipped scenario (in the manner of OpenSpiel's shared tests and
 * Rally the Troops' fuzzer): thousands of random-bot games with no crash, no bot fault,
 * no dead end, no game past its turn limit, and replay equal to the original; and a
 * fuzzer that throws illegal input at the engine along the way and checks each piece is
 * refused with a stable code and leaves the state as it was. A failure prints the seed.
 * Every scenario that has a lesson is checked at its lesson length too.
 */
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  applyStep,
  awaiting,
  calendar,
  legalOrders,
  lengthsOf,
  newGame,
  orderCost,
  record,
  replay,
  submitCrisisChoice,
  submitOrders,
  validateOrders,
  view,
} from '../../src/engine/index.ts';
import type { CrisisChoice, Game, GameLength, GameState, Order, Result, Side } from '../../src/engine/index.ts';
import { createBot } from '../../src/players/roster.ts';
import { playGame } from '../../src/match/play.ts';
import { SCENARIOS } from '../../src/scenarios/catalog.ts';
import { gameOf, json, seeded } from '../helpers.ts';

const GAMES_PER_SCENARIO = 600;
const FUZZED_GAMES_PER_SCENARIO = 25;

/** Steps through a record from the start, checking every intermediate state for dead ends. */
function walk(game: Game, final: GameState, visit?: (state: GameState) => void): string[] {
  const problems: string[] = [];
  const rec = record(final);
  let state = newGame(game, rec.options);
  const turns = calendar(game, state.length).turns;
  for (const [i, step] of rec.steps.entries()) {
    visit?.(state);
    if (state.phase === 'over') return [...problems, `step ${i} came after the game ended`];
    if (state.turn > turns) problems.push(`turn ${state.turn} is past the limit of ${turns}`);
    const waiting = awaiting(state);
    if (waiting.length === 0) problems.push(`dead end at turn ${state.turn} (${state.phase}): nobody is awaited`);
    if (!waiting.includes(step.side)) problems.push(`step ${i} is ${step.side}'s, who was not awaited`);
    if (state.phase === 'planning')
      for (const side of waiting) if (validateOrders(game, state, side, [])) problems.push(`dead end at turn ${state.turn}: ${side} may not even pass`);
    const next = applyStep(game, state, step);
    if (!next.ok) return [...problems, `step ${i} refused on the walk: ${next.error.code}`];
    state = next.value;
  }
  visit?.(state);
  if (state.phase !== 'over') problems.push(`the record ends in phase ${state.phase}`);
  if (json(state) !== json(final)) problems.push('stepping through the record did not rebuild the game');
  return problems;
}

const VERSIONS = SCENARIOS.flatMap((s) => lengthsOf(s).map((length) => [s.id, length] as [string, GameLength]));

describe.each(VERSIONS)('scenario %s (%s length)', (id, length) => {
  const game = gameOf(id);
  const turns = calendar(game, length).turns;
  const games = GAMES_PER_SCENARIO;
  const fuzzed = FUZZED_GAMES_PER_SCENARIO;
  const at = length === 'full' ? id : `${id} (lesson)`;

  it(`${games} random-bot games: no crash, fault or dead end, within the turn limit, replayable`, () => {
    const failures: string[] = [];
    let crises = 0;
    for (let seed = 1; seed <= games && failures.length < 10; seed++) {
      const report = (what: string) => failures.push(`${at} seed ${seed}: ${what}`);
      try {
        const { state, faults } = playGame(game, { blue: createBot('random'), red: createBot('random') }, { seed, length });
        for (const fault of faults) report(`${fault.side} bot fault at turn ${fault.turn}: ${fault.message}`);
        if (state.phase !== 'over') report(`ended in phase ${state.phase}`);
        if (state.length !== length) report(`played at ${state.length} length, not ${length}`);
        if (state.turn > turns) report(`turn ${state.turn} is past the limit of ${turns}`);
        if (state.crisisHistory.length > 0) crises++;
        const rebuilt = replay(game, JSON.parse(json(record(state))));
        if (!rebuilt.ok) report(`replay refused: ${rebuilt.error.message}`);
        else if (json(rebuilt.value) !== json(state)) report('replay differs from the original');
        for (const problem of walk(game, state)) report(problem);
      } catch (e) {
        report(`threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    expect(failures.length, failures.join('\n')).toBe(0);
    // The random games reach the crisis machinery too, so it was exercised here.
    expect(crises).toBeGreaterThan(0);
  });

  it(`fuzzer: illegal input along ${fuzzed} games is refused with a code and changes nothing`, () => {
    const failures: string[] = [];
    /** How often each kind of junk got through, to name the holes in one line. */
    const accepted = new Map<string, number>();
    let tried = 0;
    for (let seed = 1; seed <= fuzzed; seed++) {
      const { state: final } = playGame(game, { blue: createBot('random'), red: createBot('random') }, { seed, length });
      const junk = junkMaker(game, seeded(seed * 7919));
      walk(game, final, (state) => {
        const before = json(state);
        for (const attempt of junk(state)) {
          tried++;
          let result: Result<unknown>;
          try {
            result = attempt.run(state);
          } catch (e) {
            failures.push(`${at} seed ${seed} turn ${state.turn}: ${attempt.what} threw ${String(e)}`);
            continue;
          }
          if (result.ok) {
            failures.push(`${at} seed ${seed} turn ${state.turn} (${state.phase}): ACCEPTED ${attempt.what}: ${attempt.input}`);
            accepted.set(attempt.what, (accepted.get(attempt.what) ?? 0) + 1);
          } else if (!(ERROR_CODES as readonly string[]).includes(result.error.code) || typeof result.error.message !== 'string')
            failures.push(`${at} seed ${seed}: ${attempt.what} refused without a proper code: ${json(result.error)}`);
        }
        if (json(state) !== before) failures.push(`${at} seed ${seed} turn ${state.turn}: a refused input changed the state`);
      });
    }
    const summary = [...accepted].map(([what, n]) => `${what} ×${n}`).join('; ');
    expect(failures.length, `${failures.length} problems (accepted: ${summary}); first ones:\n${failures.slice(0, 8).join('\n')}`).toBe(0);
    expect(tried).toBeGreaterThan(1000);
  });
});

interface Attempt {
  /** The kind of junk ("blue orders without its kind"). */
  what: string;
  /** The junk itself, as JSON. */
  input: string;
  run: (state: GameState) => Result<unknown>;
}

const NASTY_TYPES: readonly unknown[] = ['nuke', '', 'Deploy', 'DEPLOY', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 42, null, undefined, {}, ['deploy']];
const NASTY_VALUES: readonly unknown[] = ['atlantis', '', 'Poland', 7, -1, null, undefined, {}, [], 'toString', '__proto__'];

/**
 * Illegal input for a state: junk orders, corrupted legal orders, over-budget bundles,
 * repeated once-a-turn orders, input in the wrong phase, crisis choices out of place.
 */
function junkMaker(game: Game, random: () => number): (state: GameState) => Attempt[] {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const orders = (side: Side, list: unknown, what: string): Attempt => ({
    what: `orders ${what}`,
    input: `${String(side)}: ${json(list)}`,
    run: (s) => submitOrders(game, s, side, list as Order[]),
  });
  const choice = (side: Side, c: unknown, what: string): Attempt => ({
    what: `crisis choice ${what}`,
    input: `${String(side)}: ${json(c)}`,
    run: (s) => submitCrisisChoice(game, s, side, c as CrisisChoice),
  });

  return (state) => {
    const out: Attempt[] = [];
    const side: Side = pick(['blue', 'red'] as const);
    out.push(orders(pick(['green', '', 'Blue'] as unknown as Side[]), [], 'for no side'));
    out.push(choice(pick(['green', ''] as unknown as Side[]), 'hold', 'for no side'));
    if (state.phase === 'over') {
      out.push(orders(side, [], 'after the end'), choice(side, 'hold', 'after the end'));
      return out;
    }
    if (state.phase === 'crisis') {
      out.push(orders(side, [], 'during a crisis'));
      out.push(choice(side, pick(['surrender', '', 'Hold', 'HOLD', null, 3, 'toString']), 'not on the table'));
      const chosen = (['blue', 'red'] as const).find((s) => state.crisis?.choices[s] !== undefined);
      if (chosen) out.push(choice(chosen, 'deescalate', 'a second time'));
      return out;
    }
    // Planning.
    out.push(choice(side, pick(['hold', 'escalate']), 'outside a crisis'));
    const done = (['blue', 'red'] as const).find((s) => state.pending[s] !== undefined);
    if (done) out.push(orders(done, [], 'a second time'));
    const me: Side = awaiting(state)[0] ?? side;
    const v = view(game, state, me);
    const legal = legalOrders(game, v, me);
    out.push(orders(me, pick([null, 'assure', { type: 'assure' }, 5]), 'not a list'));
    out.push(orders(me, [{ type: pick(NASTY_TYPES), region: pick(game.regionIds) }], 'of an unknown type'));
    out.push(orders(me, [pick(NASTY_TYPES)], 'that are not objects'));
    out.push(orders(me, [{ type: pick(['deploy', 'court', 'exercise', 'restraint', 'annex']), region: pick(NASTY_VALUES), kind: 'troops', posture: 'defensive' }], 'in an unknown region'));
    const regional = legal.filter((o) => 'region' in o);
    const base = pick(regional.length && random() < 0.7 ? regional : legal);
    if (base) {
      const field = pick(['region', 'kind', 'posture', 'treaty', 'type'] as const);
      if (field in base || field === 'type') {
        out.push(orders(me, [{ ...base, [field]: pick(field === 'type' ? NASTY_TYPES : NASTY_VALUES) }], `with a bad ${field}`));
        const dropped: Record<string, unknown> = { ...base };
        delete dropped[field];
        out.push(orders(me, [dropped], `without its ${field}`));
      }
    }
    out.push(orders(me, [{ type: 'deploy', region: pick(game.regionIds), kind: pick(['tanks', 'troop', '', null, 1]), posture: 'defensive' }], 'with a bad kind'));
    out.push(orders(me, [{ type: 'deploy', region: pick(game.regionIds), kind: 'troops', posture: pick(['attack', '', null, 'unknown']) }], 'with a bad posture'));
    out.push(orders(me, [{ type: pick(['propose', 'ratify', 'withdrawTreaty']), treaty: pick(['salt', 'START', '', null, 'toString']) }], 'with a bad treaty'));
    const once = pick<Order>([{ type: 'assure' }, { type: 'summit' }, { type: 'sanction' }, { type: 'inspect' }]);
    out.push(orders(me, [once, once], 'repeating a once-a-turn order'));
    const exercise = legal.find((o) => o.type === 'exercise');
    if (exercise) out.push(orders(me, [exercise, exercise], 'exercising twice in one region'));
    // Over budget: legal orders that each cost something, more than the action points.
    const paid = legal.filter((o) => orderCost(o, v.ratifyWindow) > 0);
    const bundle: Order[] = [];
    let cost = 0;
    for (let i = 0; i < 40 && cost <= v.actionPoints && paid.length; i++) {
      const o = pick(paid);
      bundle.push(o);
      cost += orderCost(o, v.ratifyWindow);
    }
    if (cost > v.actionPoints) out.push(orders(me, bundle, `costing ${cost} of ${v.actionPoints} AP`));
    return out;
  };
}
