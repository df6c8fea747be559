/**
 * What the Strategist tells its rival during the game leaves out what the rival cannot
 * see — its troops' postures — while its full explanation (for the debrief) keeps them.
 */
import { describe, expect, it } from 'vitest';
import { newGame, view } from '../../src/engine/index.ts';
import { seededRandom } from '../../src/ai/random.ts';
import { createStrategist } from '../../src/ai/strategist.ts';
import { describeBundle, perceptionClause } from '../../src/ai/explain.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';

describe('explanations for the rival', () => {
  it('describe troop deployments without their posture', () => {
    const game = gameFor('2008-bucharest');
    if (!game) throw new Error('no scenario');
    const orders = [
      { type: 'deploy', region: 'belarus', kind: 'troops', posture: 'offensive' },
      { type: 'deploy', region: 'kaliningrad', kind: 'troops', posture: 'defensive' },
    ] as const;
    expect(describeBundle(game, orders)).toMatch(/defensively.*offensive troops/);
    const told = describeBundle(game, orders, true);
    expect(told).toBe('deployed troops in Belarus and Kaliningrad');
  });

  it('come with every decision, and never name a posture', () => {
    const game = gameFor('2021-red-lines');
    if (!game) throw new Error('no scenario');
    const strategist = createStrategist({ maxWorlds: 4, budgetMs: 30 });
    for (const seed of [1, 2, 3, 4]) {
      const state = newGame(game, { seed, intents: { red: 'revisionist' } });
      const orders = strategist.chooseOrders(view(game, state, 'red'), { game, random: seededRandom(seed) });
      const decision = strategist.lastDecision();
      expect(decision?.explanation).toBe(strategist.explain());
      const told = strategist.explainToRival();
      expect(told.length).toBeGreaterThan(20);
      expect(told).not.toMatch(/offensive|defensively/);
      if (orders.some((o) => o.type === 'deploy' && o.kind === 'troops')) expect(told).toContain('deployed troops in');
    }
  });
});

describe('the Strategist’s two readings of its rival', () => {
  // Regression: "I think you 95% likely hostile, though your play so far looks more like a
  // security seeker's" said two contradicting things in one voice.
  const game = gameFor('2014-maidan');
  if (!game) throw new Error('no scenario');
  const seen = view(game, newGame(game, { seed: 1, intents: { blue: 'security', red: 'security' } }), 'red');
  const p = seen.me.perceivedHostility;

  it('when they agree, speak in one voice with one number', () => {
    const text = perceptionClause(game, seen, p + 0.05);
    expect(text).not.toMatch(/my side/i);
    expect(text.match(/\d+% likely hostile/g)).toHaveLength(1);
  });

  it('when they differ, name whose each is — my side’s perception, my own judgement — with both numbers', () => {
    const text = perceptionClause(game, seen, 0.05);
    expect(text).toMatch(/^My side .*\d+% likely hostile.*, but to me your play so far looks more like a security seeker's \(5% likely hostile, I judge\)$/);
    expect(text).not.toMatch(/\bI (still |now )?think you/);
  });
});
