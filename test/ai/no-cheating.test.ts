/**
 * The Strategist cannot cheat: given views of states that differ only in what its side
 * cannot see — the rival's intent, true postures, pending orders, perception of it,
 * score and the dice — it makes exactly the same decision. The harness itself is shown
 * to catch a bot that does peek.
 */
import { describe, expect, it } from 'vitest';
import { gameOf, ok } from '../helpers.ts';
import { newGame, submitCrisisChoice, submitOrders, view } from '../../src/engine/index.ts';
import type { CrisisChoice, Game, GameState, Order, Side, SideView } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import type { Bot } from '../../src/bots/types.ts';
import { createStrategist } from '../../src/ai/strategist.ts';
import { seededRandom } from '../../src/ai/random.ts';

/** A few turns of history, so perception, logs and forces are not those of the start. */
function played(game: Game, seed: number, turns: number): GameState {
  let state = newGame(game, { seed, intents: { blue: 'security', red: 'revisionist' } });
  const blue = SCRIPTED_BOTS.prudent();
  const red = SCRIPTED_BOTS.opportunist();
  for (let t = 0; t < turns; t++) {
    if (state.phase === 'crisis') {
      state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
      state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
    }
    if (state.phase !== 'planning') throw new Error(`seed ${seed}: turn ${state.turn} is in the ${state.phase} phase`);
    const ctx = (side: Side) => ({ game, random: seededRandom(seed * 31 + t * 2 + (side === 'blue' ? 0 : 1)) });
    const b = blue.chooseOrders(view(game, state, 'blue'), ctx('blue'));
    const r = red.chooseOrders(view(game, state, 'red'), ctx('red'));
    state = ok(submitOrders(game, state, 'blue', b));
    state = ok(submitOrders(game, state, 'red', r));
  }
  if (state.phase === 'crisis') {
    state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
    state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
  }
  if (state.phase !== 'planning') throw new Error(`seed ${seed}: turn ${state.turn} is in the ${state.phase} phase`);
  return state;
}

/**
 * A copy of `state` changed in everything `observer` cannot see: the rival's intent,
 * the true postures of its troops (counts kept), its perception of the observer, its
 * reading of the observer's postures, its score and observation log, and the dice.
 */
function hiddenTwin(state: GameState, observer: Side): GameState {
  const twin = JSON.parse(JSON.stringify(state)) as GameState;
  const rival: Side = observer === 'blue' ? 'red' : 'blue';
  const r = twin.sides[rival];
  r.intent = r.intent === 'security' ? 'revisionist' : 'security';
  r.forces = r.forces.map((f) => ({ ...f, defensive: f.offensive, offensive: f.defensive }));
  r.belief = r.belief > 0 ? -3 : 3;
  r.perceivedTroops = r.perceivedTroops.map((p) => ({ offensive: p.defensive + p.unknown, unknown: 0, defensive: p.offensive }));
  r.score += 123;
  r.ledger = [];
  r.observations = [];
  twin.rng = [12345, 67890, 13579, 24680];
  twin.record.intents[rival] = r.intent;
  return twin;
}

type Decide = (view: SideView) => unknown;

/** Asks for a decision on both views with identical bot seeds and returns both. */
function decideTwice(makeBot: () => Bot, game: Game, a: SideView, b: SideView, crisis = false): [unknown, unknown] {
  const decide = (v: SideView) => {
    const bot = makeBot();
    const ctx = { game, random: seededRandom(99), budgetMs: 1e9 };
    const decision: unknown = crisis ? bot.chooseCrisis(v, ctx) : bot.chooseOrders(v, ctx);
    return { decision, explanation: bot.explain?.() ?? '' };
  };
  return [decide(a), decide(b)];
}

/** The Strategist, made reproducible: a fixed number of imagined worlds instead of a clock. */
const strategist = () => createStrategist({ maxWorlds: 6, budgetMs: 1e9 });

describe('the Strategist does not cheat', () => {
  const game = gameOf('2021-red-lines');

  for (const observer of ['blue', 'red'] as const) {
    it(`makes the same orders as ${observer} whatever the rival's hidden state`, () => {
      const state = played(game, 11, 2);
      const twin = hiddenTwin(state, observer);
      // Precondition: the observer's views really are identical.
      expect(JSON.stringify(view(game, twin, observer))).toBe(JSON.stringify(view(game, state, observer)));
      expect(twin.sides[observer === 'blue' ? 'red' : 'blue'].intent).not.toBe(state.sides[observer === 'blue' ? 'red' : 'blue'].intent);
      const [a, b] = decideTwice(strategist, game, view(game, state, observer), view(game, twin, observer));
      expect((a as { decision: Order[] }).decision.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    });
  }

  it('makes the same orders whatever the rival has already submitted this turn', () => {
    const state = played(game, 12, 2);
    const hawkish: Order[] = SCRIPTED_BOTS.hawk().chooseOrders(view(game, state, 'red'), { game, random: seededRandom(1) });
    const dovish: Order[] = SCRIPTED_BOTS.dove().chooseOrders(view(game, state, 'red'), { game, random: seededRandom(1) });
    expect(hawkish).not.toEqual(dovish);
    const a = ok(submitOrders(game, state, 'red', hawkish));
    const b = hiddenTwin(ok(submitOrders(game, state, 'red', dovish)), 'blue');
    expect(JSON.stringify(view(game, b, 'blue'))).toBe(JSON.stringify(view(game, a, 'blue')));
    const [x, y] = decideTwice(strategist, game, view(game, a, 'blue'), view(game, b, 'blue'));
    expect(y).toEqual(x);
  });

  it("makes the same crisis choice whatever the rival's secret choice and intent", () => {
    const base = played(game, 13, 2);
    const inCrisis = (rivalChoice: CrisisChoice): GameState => {
      const s = JSON.parse(JSON.stringify(base)) as GameState;
      s.phase = 'crisis';
      s.tension = 7.5;
      s.crisis = { region: 'east_ukraine', choices: { red: rivalChoice } };
      return s;
    };
    const a = inCrisis('escalate');
    const b = hiddenTwin(inCrisis('deescalate'), 'blue');
    expect(JSON.stringify(view(game, b, 'blue'))).toBe(JSON.stringify(view(game, a, 'blue')));
    const [x, y] = decideTwice(strategist, game, view(game, a, 'blue'), view(game, b, 'blue'), true);
    expect(y).toEqual(x);
  });

  it('decides the same over a whole game whatever the rival secretly is (memory included)', () => {
    // Two timelines with the same seed and the same public moves: in one the rival is a
    // security seeker that submits after Blue, in the other a revisionist that submits
    // first. What Blue sees is identical, so a Strategist that remembers the game (its
    // opponent model) must still make identical decisions turn after turn.
    const g = gameOf('1991-after-the-wall');
    const redMoves: Order[][] = [];
    const run = (redIntent: 'security' | 'revisionist', redFirst: boolean, replay: boolean): string[] => {
      let state = newGame(g, { seed: 5, intents: { blue: 'security', red: redIntent } });
      const blue = createStrategist({ maxWorlds: 3, budgetMs: 1e9 });
      const red = SCRIPTED_BOTS.opportunist();
      const random = seededRandom(77);
      const decisions: string[] = [];
      for (let step = 0; state.phase !== 'over' && step < 40; step++) {
        if (state.phase === 'crisis') {
          decisions.push(blue.chooseCrisis(view(g, state, 'blue'), { game: g, random }));
          state = ok(submitCrisisChoice(g, state, 'blue', decisions[decisions.length - 1] as CrisisChoice));
          state = ok(submitCrisisChoice(g, state, 'red', 'deescalate'));
          continue;
        }
        const turn = state.turn;
        const redOrders = replay ? (redMoves[turn] ?? []) : red.chooseOrders(view(g, state, 'red'), { game: g, random: seededRandom(turn) });
        if (!replay) redMoves[turn] = redOrders;
        if (redFirst) state = ok(submitOrders(g, state, 'red', redOrders));
        const seen = view(g, state, 'blue');
        const orders = blue.chooseOrders(seen, { game: g, random });
        decisions.push(`${JSON.stringify(seen).length}:${JSON.stringify(orders)}:${blue.explain()}`);
        state = ok(submitOrders(g, state, 'blue', orders));
        if (!redFirst) state = ok(submitOrders(g, state, 'red', redOrders));
      }
      return decisions;
    };
    const a = run('security', false, false);
    const b = run('revisionist', true, true);
    expect(a.length).toBeGreaterThanOrEqual(10);
    // Its memory was at work: by the end it had formed a view of how the rival plays.
    expect(a.some((d) => d.includes('You seem to me to play'))).toBe(true);
    expect(b).toEqual(a);
  });

  it('the harness catches a bot that peeks at hidden state', () => {
    const state = played(game, 14, 2);
    const twin = hiddenTwin(state, 'blue');
    // A cheat: reads the rival's true intent from the state it was (illegitimately) handed.
    const states = new Map<SideView, GameState>();
    const va = view(game, state, 'blue');
    const vb = view(game, twin, 'blue');
    states.set(va, state);
    states.set(vb, twin);
    const cheat = (): Bot => ({
      name: 'cheat',
      chooseOrders: (v) => (states.get(v)?.sides.red.intent === 'revisionist' ? [{ type: 'sanction' }] : [{ type: 'assure' }]),
      chooseCrisis: () => 'hold',
    });
    const [x, y] = decideTwice(cheat, game, va, vb);
    expect(y).not.toEqual(x);
  });
});

export type { Decide };
