/**
 * Suggested plans: built on the engine's order draft, so every plan is legal as a whole;
 * each keeps to its own kind of order, and to three orders in distinct regions.
 */
import { describe, expect, it } from 'vitest';
import { explainOrder, newGame, ORDER_CATEGORY, validateOrders, view } from '../../src/engine/index.ts';
import { PLANS, suggestPlan } from '../../src/ui/plans.ts';
import { gameOf, playRandomGame, seeded } from '../helpers.ts';

const SCENARIOS = ['1991-after-the-wall', '2008-bucharest', '2014-maidan', '2021-red-lines'];

describe('suggested plans', () => {
  for (const id of SCENARIOS) {
    it(`are legal, of their kind and short in ${id}`, () => {
      const game = gameOf(id);
      const state = newGame(game, { seed: 4, intentMode: 'fixed', intents: { blue: 'security', red: 'revisionist' } });
      for (const side of ['blue', 'red'] as const) {
        const v = view(game, state, side);
        for (const plan of PLANS) {
          const orders = suggestPlan(game, v, plan.id);
          expect(validateOrders(game, v, side, orders), `${id} ${side} ${plan.id}`).toBeUndefined();
          expect(orders.length).toBeLessThanOrEqual(3);
          const regions = orders.flatMap((o) => ('region' in o ? [o.region] : []));
          expect(new Set(regions).size).toBe(regions.length);
          for (const o of orders) {
            if (plan.id === 'reassure') expect(explainOrder(game, v, o).reading).toBe('reassuring');
            if (plan.id === 'deter') expect(o).toMatchObject({ type: 'deploy', kind: 'troops', posture: 'defensive' });
            if (plan.id === 'expand') expect(ORDER_CATEGORY[o.type]).toBe('alliance');
          }
        }
        // Something to suggest at the start of every historical scenario.
        expect(PLANS.some((p) => suggestPlan(game, v, p.id).length > 0)).toBe(true);
      }
    });
  }

  it('stay legal all through random games', () => {
    for (const id of SCENARIOS) {
      const game = gameOf(id);
      playRandomGame(game, { seed: 21, intentMode: 'random' }, seeded(21), (_before, _step, after) => {
        if (after.phase !== 'planning') return;
        for (const side of ['blue', 'red'] as const) {
          if (after.pending[side]) continue;
          const v = view(game, after, side);
          for (const plan of PLANS) expect(validateOrders(game, v, side, suggestPlan(game, v, plan.id)), `${id} turn ${after.turn} ${side} ${plan.id}`).toBeUndefined();
        }
      });
    }
  });
});
