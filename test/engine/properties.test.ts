/**
 * Property tests over random games (fast-check): random seeds, scenarios and settings,
 * random legal inputs drawn from each side's own view.
 *
 * - invariants after every step (alignment, homes, tension, beliefs, credibility,
 *   forces, perceived troops, action points, score);
 * - determinism, replay equality, and states never changed by later play;
 * - no leak: a side's view is identical whatever the rival's intent, hidden fields,
 *   true postures and pending orders;
 * - payoff invariance (FIDELITY 1): with every input and draw fixed, changing a side's
 *   actual intent changes only that side's weighted totals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awaiting, legalOrders, newGame, orderCost, record, replay, submitOrders, validateOrders, view } from '../../src/engine/index.ts';
import type { Commitment, Game, GameOptions, GameState, Order, RecordStep, Side, SideView } from '../../src/engine/index.ts';
import { BELIEF_LIMIT, MAX_UNITS_PER_REGION, RESTRAINT_TURNS } from '../../src/engine/rules.ts';
import { SCENARIOS, gameFor } from '../../src/scenarios/catalog.ts';
import { applyInput, deepCopy, fixtureGame, json, randomInput, seeded } from '../helpers.ts';

const GAMES: readonly Game[] = [
  fixtureGame(),
  ...SCENARIOS.map((s) => {
    const g = gameFor(s.id);
    if (!g) throw new Error(`no game for ${s.id}`);
    return g;
  }),
];
const SIDES = ['blue', 'red'] as const;
const rivalOf = (side: Side): Side => (side === 'blue' ? 'red' : 'blue');

/** A random game setup: which scenario, the engine seed, the seed for the inputs, and maybe world settings. */
const setup = fc.record({
  game: fc.integer({ min: 0, max: GAMES.length - 1 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  inputSeed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  settings: fc.option(
    fc.record({
      distinguishability: fc.double({ min: 0, max: 1, noNaN: true }),
      offenseAdvantage: fc.double({ min: 0.2, max: 1, noNaN: true }),
      noise: fc.double({ min: 0, max: 0.5, noNaN: true }),
      tension: fc.double({ min: 0, max: 9.9, noNaN: true }),
    }),
    { nil: undefined },
  ),
});
type Setup = { game: number; seed: number; inputSeed: number; settings: Record<string, number> | undefined };

function optionsOf(s: Setup, intents?: GameOptions['intents']): GameOptions {
  const options: GameOptions = { seed: s.seed };
  if (s.settings) options.settings = s.settings;
  if (intents) options.intents = intents;
  return options;
}

/** Orders drawn one by one from the full legalOrders list (the other way a UI or bot builds a turn). */
function ordersFromList(game: Game, state: GameState, side: Side, random: () => number): Order[] {
  const v = view(game, state, side);
  const chosen: Order[] = [];
  const wanted = Math.floor(random() * 6);
  for (let i = 0; i < wanted; i++) {
    const list = legalOrders(game, v, side, chosen);
    const pick = list[Math.floor(random() * list.length)];
    if (!pick) break;
    chosen.push(pick);
  }
  return chosen;
}

function nextInput(game: Game, state: GameState, random: () => number): RecordStep {
  const side = awaiting(state)[0];
  if (!side) throw new Error(`dead end: nobody is awaited in phase ${state.phase} at turn ${state.turn}`);
  if (state.phase === 'planning' && random() < 0.3) return { kind: 'orders', side, orders: ordersFromList(game, state, side, random) };
  return randomInput(game, state, side, random);
}

const isInt = (x: number) => Number.isInteger(x);

/**
 * Everything that must hold of any state the engine hands out: the broken invariants, in
 * words (plain checks, not one expect per region, to keep thousands of steps fast).
 */
function brokenInvariants(game: Game, state: GameState): string[] {
  const problems: string[] = [];
  const where = `turn ${state.turn}, phase ${state.phase}`;
  const fail = (what: string) => problems.push(`${what} at ${where}`);
  if (state.turn > game.scenario.turns) fail(`turn past the scenario's ${game.scenario.turns}`);
  if (!(Number.isFinite(state.tension) && state.tension >= 0 && state.tension <= 10)) fail(`tension ${state.tension}`);
  state.alignment.forEach((a, r) => {
    if (!(isInt(a) && a >= -3 && a <= 3)) fail(`alignment ${a} of ${game.regionIds[r]}`);
    const home = state.home[r];
    if (home && a !== (home === 'blue' ? 3 : -3)) fail(`${home} home ${game.regionIds[r]} at alignment ${a}`);
  });
  for (const side of SIDES) {
    const me = state.sides[side];
    const rival = state.sides[rivalOf(side)];
    if (!(Number.isFinite(me.belief) && Math.abs(me.belief) <= BELIEF_LIMIT)) fail(`${side} belief ${me.belief}`);
    if (!(me.credibility >= 0 && me.credibility <= 1)) fail(`${side} credibility ${me.credibility}`);
    me.forces.forEach((f, r) => {
      const region = game.regionIds[r];
      const values = [f.defensive, f.offensive, f.missileDefense, f.strikeMissiles];
      if (Object.keys(f).length !== 4) fail(`${side} forces in ${region} have keys ${Object.keys(f).join(',')}`);
      if (!values.every((n) => isInt(n) && n >= 0)) fail(`${side} forces ${json(f)} in ${region}`);
      if (values.reduce((a, b) => a + b, 0) > MAX_UNITS_PER_REGION) fail(`${side} has ${values.reduce((a, b) => a + b, 0)} units in ${region}`);
      const p = me.perceivedTroops[r];
      const theirs = rival.forces[r];
      if (!p || !theirs) return fail(`no entry for region ${r}`);
      if (![p.offensive, p.unknown, p.defensive].every((n) => isInt(n) && n >= 0)) fail(`${side}'s reading ${json(p)} of ${region}`);
      if (p.offensive + p.unknown + p.defensive !== theirs.defensive + theirs.offensive)
        fail(`${side} reads ${p.offensive + p.unknown + p.defensive} troops in ${region}, there are ${theirs.defensive + theirs.offensive}`);
    });
    const sum = me.ledger.reduce((total, l) => total + l.total, 0);
    if (Math.abs(me.score - sum) > 1e-6) fail(`${side} score ${me.score} is not its ledger's sum ${sum}`);
  }
  if ((state.phase === 'crisis') !== (state.crisis !== undefined)) fail('crisis field and phase disagree');
  if (state.crisis && state.home[game.regionIndex.get(state.crisis.region) ?? -1] !== '') fail(`crisis over ${state.crisis.region}, a home region`);
  if (state.phase !== 'over') {
    if (awaiting(state).length === 0) fail('nobody is awaited');
    if (state.phase === 'planning')
      for (const side of awaiting(state)) if (validateOrders(game, state, side, []) !== undefined) fail(`${side}'s empty orders are refused`);
  }
  return problems;
}

/** Orders given must have been legal and within the action points the side's view shows. */
function misfit(game: Game, before: GameState, step: RecordStep): string[] {
  if (step.kind !== 'orders') return [];
  const v = view(game, before, step.side);
  const cost = step.orders.reduce((sum, o) => sum + orderCost(o, v.ratifyWindow), 0);
  const problems: string[] = [];
  if (cost > v.actionPoints) problems.push(`${step.side} spent ${cost} of ${v.actionPoints} AP at turn ${before.turn}`);
  const error = validateOrders(game, v, step.side, step.orders);
  if (error) problems.push(`${step.side}'s drawn orders were refused: ${error.code}`);
  return problems;
}

function play(s: Setup, onStep?: (before: GameState, step: RecordStep, after: GameState) => void, intents?: GameOptions['intents']): GameState {
  const game = GAMES[s.game] as Game;
  const random = seeded(s.inputSeed);
  let state = newGame(game, optionsOf(s, intents));
  for (let guard = 0; state.phase !== 'over'; guard++) {
    if (guard > 500) throw new Error('the game did not end');
    const step = nextInput(game, state, random);
    const next = applyInput(game, state, step);
    onStep?.(state, step, next);
    state = next;
  }
  return state;
}

describe('invariants after every step of random games', () => {
  it('hold for every scenario, seed and setting', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        const problems = brokenInvariants(game, newGame(game, optionsOf(s)));
        play(s, (before, step, after) => {
          if (problems.length < 5) problems.push(...misfit(game, before, step), ...brokenInvariants(game, after));
        });
        expect(problems, `scenario ${game.scenario.id}, seed ${s.seed}`).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('determinism and replay', () => {
  it('the same seed and the same inputs give the identical game, and the record replays to it', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        const states: GameState[] = [];
        const texts: string[] = [];
        const first = play(s, (_before, _step, after) => {
          states.push(after);
          texts.push(json(after));
        });
        const second = play(s);
        expect(json(second)).toBe(json(first));
        const rebuilt = replay(game, JSON.parse(json(record(first))));
        expect(rebuilt.ok).toBe(true);
        if (rebuilt.ok) expect(json(rebuilt.value)).toBe(json(first));
        // A mid-game record replays to the mid-game state.
        const mid = states[Math.floor(states.length / 2)];
        if (mid) {
          const part = replay(game, record(mid));
          expect(part.ok && json(part.value)).toBe(json(mid));
        }
        // No state handed out earlier was changed by what came after it (undo and AI search rely on it).
        states.forEach((st, i) => expect(json(st), `state ${i} changed after later play`).toBe(texts[i]));
      }),
      { numRuns: 40 },
    );
  });
});

describe('saving and loading', () => {
  it('a state saved as JSON and loaded again plays on exactly as the original', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        const steps: RecordStep[] = [];
        const original = play(s, (_before, step) => steps.push(step));
        let loaded: GameState = JSON.parse(json(newGame(game, optionsOf(s))));
        for (const step of steps) loaded = JSON.parse(json(applyInput(game, loaded, step)));
        expect(json(loaded)).toBe(json(original));
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * A copy of the state in which everything `side` may not see about its rival is
 * different. The rival's income, extra action points, promises of restraint and last
 * assurance are not secrets: they follow from the scenario and the public record, and the
 * view shows them (see "the public standing a view shows" below).
 */
function withRivalSecretsChanged(state: GameState, side: Side): GameState {
  const copy = deepCopy(state);
  const rival = copy.sides[rivalOf(side)];
  rival.intent = rival.intent === 'security' ? 'revisionist' : 'security';
  rival.belief = -rival.belief + 0.5;
  rival.priorBelief += 1;
  rival.score += 17;
  rival.targets = [];
  rival.ledger = [...rival.ledger, { turn: 0, security: 1, prosperity: 2, influence: 3, targets: 4, war: 0, total: 10 }];
  rival.observations = [...rival.observations, { turn: 0, signal: 'invented', lambda: 1, weight: 1, bias: 1, delta: 1 }];
  // The rival's own reading of `side`, and the true posture split of its troops (totals kept).
  rival.perceivedTroops = rival.perceivedTroops.map((p) => ({ offensive: p.defensive, unknown: p.unknown, defensive: p.offensive }));
  rival.forces = rival.forces.map((f) => ({ ...f, defensive: f.offensive, offensive: f.defensive }));
  if (copy.phase === 'planning' && copy.pending[rivalOf(side)] === undefined) copy.pending[rivalOf(side)] = [{ type: 'assure' }];
  if (copy.crisis && copy.crisis.choices[rivalOf(side)] === undefined) copy.crisis.choices[rivalOf(side)] = 'escalate';
  return copy;
}

describe('no leak: a side’s view holds nothing of the rival’s secrets', () => {
  it('is identical whatever the rival’s intent, true postures, perception, score and pending input', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        const check = (state: GameState) => {
          for (const side of SIDES) expect(json(view(game, withRivalSecretsChanged(state, side), side))).toBe(json(view(game, state, side)));
        };
        check(newGame(game, optionsOf(s)));
        play(s, (_before, _step, after) => check(after));
      }),
      { numRuns: 40 },
    );
  });

  it('is identical before and after the rival submits its orders', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        const random = seeded(s.inputSeed ^ 0x5bd1e995);
        play(s, (before) => {
          if (before.phase !== 'planning') return;
          for (const side of SIDES) {
            const rival = rivalOf(side);
            if (before.pending[rival] || before.pending[side]) continue;
            const step = randomInput(game, before, rival, random);
            if (step.kind !== 'orders') continue;
            const submitted = submitOrders(game, before, rival, step.orders);
            expect(submitted.ok).toBe(true);
            if (submitted.ok) expect(json(view(game, submitted.value, side))).toBe(json(view(game, before, side)));
          }
        });
      }),
      { numRuns: 30 },
    );
  });
});

/**
 * What the public record alone says of a side's standing: its income (the scenario's,
 * moved by events and answers), the extra action points this turn's events gave it, its
 * promises of restraint still standing (made in the last RESTRAINT_TURNS turns, not
 * broken since) and the turn of its last assurance.
 */
function standingFromRecord(game: Game, v: SideView, side: Side) {
  const eventOf = (id: string) => game.scenario.events.find((e) => e.id === id);
  let economy = game.scenario.sides[side].economy;
  for (const e of v.publicLog) {
    const effects =
      e.kind === 'event' ? eventOf(e.event)?.effects : e.kind === 'answer' ? eventOf(e.event)?.choice?.options.find((o) => o.id === e.option)?.effects : undefined;
    for (const f of effects ?? []) if (f.type === 'economy' && f.side === side) economy = Math.max(0, economy + f.delta);
  }
  let apBonus = 0;
  for (const id of v.currentEvents) for (const f of eventOf(id)?.effects ?? []) if (f.type === 'actionPoints' && f.side === side) apBonus += f.delta;
  const restraints: Commitment[] = [];
  let assuredTurn = -99;
  for (const e of v.publicLog) {
    if (e.kind !== 'order' || e.side !== side) continue;
    if (e.order.type === 'assure') assuredTurn = e.turn;
    if (e.order.type !== 'restraint' || e.turn + RESTRAINT_TURNS < v.turn) continue;
    const region = e.order.region;
    const broken = v.publicLog.some((b) => b.kind === 'promiseBroken' && b.side === side && b.promise === 'restraint' && b.region === region && b.turn > e.turn);
    if (!broken) restraints.push({ kind: 'restraint', region, untilTurn: e.turn + RESTRAINT_TURNS });
  }
  return { economy, apBonus, restraints, assuredTurn };
}

describe('the public standing a view shows follows from the public record alone', () => {
  it("each side's income, extra action points, promises of restraint and last assurance", () => {
    fc.assert(
      fc.property(setup, (s) => {
        const game = GAMES[s.game] as Game;
        play(s, (_before, _step, after) => {
          if (after.phase === 'over') return;
          for (const viewer of SIDES) {
            const v = view(game, after, viewer);
            for (const side of SIDES)
              expect({ economy: v.economy[side], apBonus: v.apBonus[side], restraints: v.restraints[side], assuredTurn: v.assuredTurn[side] }).toEqual(
                standingFromRecord(game, v, side),
              );
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('payoff invariance (FIDELITY 1): perception, not reality, drives payoffs', () => {
  it('changing a side’s actual intent, every input and draw fixed, changes only that side’s weighted totals', () => {
    fc.assert(
      fc.property(setup, fc.constantFrom<Side>('blue', 'red'), fc.constantFrom('security', 'revisionist'), (s, flipped, rivalIntent) => {
        const game = GAMES[s.game] as Game;
        const other = rivalOf(flipped);
        const intentsA = { [flipped]: 'security', [other]: rivalIntent } as Record<Side, 'security' | 'revisionist'>;
        const intentsB = { ...intentsA, [flipped]: 'revisionist' } as Record<Side, 'security' | 'revisionist'>;
        const random = seeded(s.inputSeed);
        let a = newGame(game, optionsOf(s, intentsA));
        let b = newGame(game, optionsOf(s, intentsB));
        let totalsDiffer = false;
        const compare = () => {
          // The other side sees exactly the same game.
          expect(json(view(game, b, other))).toBe(json(view(game, a, other)));
          // Make B's intent-dependent numbers A's; then the two states must be identical.
          const normalised = deepCopy(b);
          const mine = normalised.sides[flipped];
          const theirs = a.sides[flipped];
          mine.intent = theirs.intent;
          if (Math.abs(mine.score - theirs.score) > 1e-9) totalsDiffer = true;
          mine.score = theirs.score;
          mine.ledger = mine.ledger.map((line, i) => ({ ...line, total: theirs.ledger[i]?.total ?? NaN, war: theirs.ledger[i]?.war ?? NaN }));
          normalised.record = a.record;
          expect(json(normalised)).toBe(json(a));
        };
        compare();
        for (let guard = 0; a.phase !== 'over'; guard++) {
          if (guard > 500) throw new Error('the game did not end');
          const step = nextInput(game, a, random);
          a = applyInput(game, a, step);
          b = applyInput(game, b, step);
          compare();
        }
        if (a.sides[flipped].ledger.length > 0) expect(totalsDiffer, 'the intent change made no difference to the score at all').toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
