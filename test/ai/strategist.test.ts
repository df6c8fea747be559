/**
 * The Strategist plays legally, builds worlds consistent with what it sees, thinks
 * within its time budget, explains itself, and its levels and temperaments change play.
 */
import { describe, expect, it } from 'vitest';
import { gameOf, ok } from '../helpers.ts';
import { invariantProblems, newGame, Resampler, sharedView, submitCrisisChoice, submitOrders, validateOrders, view } from '../../src/engine/index.ts';
import type { Game, GameState, Order, Side, SideView } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import type { Bot, BotContext } from '../../src/bots/types.ts';
import { playGame } from '../../src/match/play.ts';
import { generateBundles } from '../../src/ai/bundles.ts';
import { committedPolicy } from '../../src/ai/policies.ts';
import { seededRandom } from '../../src/ai/random.ts';
import { createStrategist } from '../../src/ai/strategist.ts';
import type { StrategistOptions } from '../../src/ai/strategist.ts';
import { createAiPlayer } from '../../src/ai/client.ts';

/** A planning-phase state a few turns in (crises settled by both stepping back). */
function midGame(game: Game, seed: number, turns: number): GameState {
  let state = newGame(game, { seed, intents: { blue: 'security', red: 'security' } });
  for (let t = 0; t < turns; t++) {
    if (state.phase === 'crisis') {
      state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
      state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
    }
    if (state.phase !== 'planning') break;
    for (const side of ['blue', 'red'] as const)
      state = ok(submitOrders(game, state, side, SCRIPTED_BOTS.prudent().chooseOrders(view(game, state, side), { game, random: seededRandom(t) })));
  }
  if (state.phase === 'crisis') {
    state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
    state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
  }
  return state;
}

/** Wraps a bot so every view it is given is also checked: bundles legal, worlds consistent. */
function checked(bot: Bot, problems: string[]): Bot {
  const check = (v: SideView, ctx: BotContext) => {
    const firstOfKind = new Set<string>();
    for (const b of generateBundles(ctx.game, v)) {
      const error = validateOrders(ctx.game, v, v.side, b.orders);
      if (error) problems.push(`turn ${v.turn} ${v.side} bundle ${b.kind}: ${error.message}`);
      // The plan a rollout's later turn plays for a kind is the one the generator lists first for it.
      if (firstOfKind.has(b.kind)) continue;
      firstOfKind.add(b.kind);
      const again = committedPolicy(b.kind, {})().chooseOrders(v, ctx);
      if (JSON.stringify(again) !== JSON.stringify(b.orders)) problems.push(`turn ${v.turn} ${v.side}: committed ${b.kind} plays other orders than the listed plan`);
    }
    const det = new Resampler(ctx.game, v).next(seededRandom(v.turn)).state;
    problems.push(...invariantProblems(det).map((p) => `turn ${v.turn} ${v.side}: ${p}`));
    // A determinized world looks, from my side, exactly like the real one.
    if (JSON.stringify(view(ctx.game, det, v.side)) !== JSON.stringify(v)) problems.push(`turn ${v.turn} ${v.side}: determinized view differs`);
  };
  return {
    name: bot.name,
    chooseOrders: (v, ctx) => {
      check(v, ctx);
      return bot.chooseOrders(v, ctx);
    },
    chooseCrisis: (v, ctx) => {
      check(v, ctx);
      return bot.chooseCrisis(v, ctx);
    },
  };
}

const quick: StrategistOptions = { budgetMs: 8 };

describe('Strategist: legal play and consistent worlds', () => {
  const cases: [string, Side, 'random' | 'hawk' | 'dove'][] = [
    ['2021-red-lines', 'blue', 'random'],
    ['1991-after-the-wall', 'red', 'hawk'],
    ['2014-maidan', 'red', 'random'],
    ['2008-bucharest', 'blue', 'dove'],
  ];
  for (const [id, side, rivalName] of cases) {
    it(`plays a whole game of ${id} as ${side} against ${rivalName} with only legal orders`, () => {
      const game = gameOf(id);
      const problems: string[] = [];
      const rival: Side = side === 'blue' ? 'red' : 'blue';
      const bots = { [side]: checked(createStrategist(quick), problems), [rival]: SCRIPTED_BOTS[rivalName]() } as Record<Side, Bot>;
      const played = playGame(game, bots, { seed: 21, intents: { blue: 'revisionist', red: 'security' } });
      expect(played.state.phase).toBe('over');
      expect(played.faults.filter((f) => f.side === side)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

/** JSON with keys sorted, so two objects built in different orders compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

describe('Strategist: rollout views', () => {
  it("the rollouts' shared view equals the engine's copied view of the same state", () => {
    const game = gameOf('2008-bucharest');
    for (const turns of [0, 3]) {
      const state = midGame(game, 61, turns);
      for (const side of ['blue', 'red'] as const) expect(canonical(sharedView(game, state, side))).toBe(canonical(view(game, state, side)));
    }
  });
});

/**
 * The budget is checked on a clock the test controls (every reading advances it by a
 * fixed step), so these tests say whether the search keeps to its budget whatever the
 * machine's load. How long a decision really takes is measured by `npm run bench:ai`,
 * which prints the think time per decision.
 */
describe('Strategist: time budget', () => {
  const game = gameOf('2021-red-lines');
  const views = [1, 2, 3].map((t) => view(game, midGame(game, 30 + t, t), t % 2 ? 'blue' : 'red'));
  /** A clock that moves `step` ms each time it is read. */
  const steppingClock = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('stops when its budget is spent, never before one round of plans', () => {
    for (const budgetMs of [40, 150]) {
      const bot = createStrategist({ budgetMs, now: steppingClock(0.5) });
      for (const v of views) {
        bot.chooseOrders(v, { game, random: seededRandom(1) });
        const d = bot.lastDecision();
        expect(d?.worlds).toBeGreaterThanOrEqual(1);
        // It may finish the round it is in, but not start one that does not fit.
        expect(d?.thinkMs).toBeLessThanOrEqual(budgetMs * 1.5);
        expect(d?.thinkMs).toBeGreaterThan(budgetMs * 0.5);
      }
    }
  });

  it('searches more worlds with a larger budget', () => {
    const worlds = (budgetMs: number) => {
      const bot = createStrategist({ budgetMs, now: steppingClock(0.5) });
      bot.chooseOrders(views[1] as SideView, { game, random: seededRandom(2) });
      return bot.lastDecision()?.worlds ?? 0;
    };
    expect(worlds(150)).toBeGreaterThan(worlds(40));
  });

  it("uses the context's budget when none is set", () => {
    const bot = createStrategist({ now: steppingClock(0.5) });
    const v = views[0];
    if (!v) throw new Error('no view');
    bot.chooseOrders(v, { game, random: seededRandom(1), budgetMs: 20 });
    expect(bot.lastDecision()?.thinkMs).toBeLessThanOrEqual(30);
  });
});

describe('Strategist: explanation, levels and temperament', () => {
  const game = gameOf('2021-red-lines');
  const state = midGame(game, 41, 2);
  const v = view(game, state, 'blue');

  it('explains its orders in plain sentences from its real reasons', () => {
    const bot = createStrategist({ maxWorlds: 4, budgetMs: 1e9 });
    const orders = bot.chooseOrders(v, { game, random: seededRandom(2) });
    const text = bot.explain();
    expect(text).toMatch(/\d+% likely hostile/);
    expect(text).toMatch(/so I /);
    expect(text.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(2);
    // The hostility it quotes is its own perception.
    expect(text).toContain(`${Math.round(v.me.perceivedHostility * 100)}%`);
    const decision = bot.lastDecision();
    expect(decision?.orders).toEqual(orders);
    expect(decision?.plans.length).toBeGreaterThanOrEqual(8);
  });

  it('a suspicious Strategist imagines more hostile rivals than a trusting one', () => {
    const trusting = new Resampler(game, v, { hostilityShift: -1.5 }).revisionistChance;
    const neutral = new Resampler(game, v).revisionistChance;
    const suspicious = new Resampler(game, v, { hostilityShift: 1.5 }).revisionistChance;
    expect(trusting).toBeLessThan(neutral);
    expect(neutral).toBeCloseTo(v.me.perceivedHostility, 9);
    expect(suspicious).toBeGreaterThan(neutral);
    const sampled = (shift: number) => {
      const d = new Resampler(game, v, { hostilityShift: shift });
      const r = seededRandom(5);
      let n = 0;
      for (let i = 0; i < 200; i++) if (d.sample(r).rivalIntent === 'revisionist') n++;
      return n;
    };
    expect(sampled(1.5)).toBeGreaterThan(sampled(-1.5) + 40);
  });

  it('temperament and level change what it does', () => {
    const decide = (options: StrategistOptions) => {
      const bot = createStrategist({ maxWorlds: 8, budgetMs: 1e9, ...options });
      const orders: Order[][] = [];
      for (let t = 1; t <= 4; t++) {
        const s = midGame(game, 50 + t, t);
        if (s.phase !== 'planning') continue;
        orders.push(bot.chooseOrders(view(game, s, 'blue'), { game, random: seededRandom(t) }));
      }
      return JSON.stringify(orders);
    };
    const base = decide({});
    const variants = [
      decide({ temperament: { suspicion: 1 } }),
      decide({ temperament: { suspicion: -1 } }),
      decide({ temperament: { boldness: 1 } }),
      decide({ temperament: { boldness: -1 } }),
      decide({ level: 'easy' }),
    ];
    expect(variants.filter((x) => x !== base).length).toBeGreaterThanOrEqual(3);
  });
});

describe('AI player client', () => {
  it('falls back to thinking in-process where there is no Web Worker', async () => {
    const game = gameOf('2008-bucharest');
    const state = newGame(game, { seed: 3 });
    const ai = createAiPlayer({ game, level: 'easy', seed: 7 });
    expect(ai.inWorker).toBe(false);
    const orders = await ai.chooseOrders(view(game, state, 'red'));
    expect(validateOrders(game, state, 'red', orders)).toBeUndefined();
    expect(await ai.explain()).toMatch(/likely hostile/);
    expect(ai.lastDecision()?.thinkMs).toBeGreaterThan(0);
    ai.dispose();
  });
});
