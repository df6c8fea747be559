/**
 * Rollouts (src/ai/rollout.ts) value a plan in achievement terms: score change plus, when
 * a war cuts the game short, the par of the years it cut off. In a searched world the
 * rival's past ledger is unknown (its score is secret; the resampler leaves it empty), so
 * the rival's change must not depend on that ledger: it must be what the true state
 * would give.
 */
import { describe, expect, it } from 'vitest';
import { gameOf, ok } from '../helpers.ts';
import { newGame, submitCrisisChoice, submitOrders, view } from '../../src/engine/index.ts';
import type { GameState, Side } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { seededRandom } from '../../src/ai/random.ts';
import { rollout } from '../../src/ai/rollout.ts';
import type { RolloutPolicy } from '../../src/ai/rollout.ts';

const hawk: RolloutPolicy = { make: SCRIPTED_BOTS.hawk, seed: 5 };

/** Plays `turns` turns of prudent against opportunist (crises: both step back), to a planning phase. */
function advance(id: string, seed: number, turns: number): GameState {
  const game = gameOf(id);
  let state = newGame(game, { seed, intents: { blue: 'security', red: 'revisionist' } });
  const bots = { blue: SCRIPTED_BOTS.prudent(), red: SCRIPTED_BOTS.opportunist() };
  while (state.phase !== 'over' && (state.turn <= turns || state.phase === 'crisis')) {
    if (state.phase === 'crisis') {
      state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
      state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
      continue;
    }
    for (const side of ['blue', 'red'] as Side[]) state = ok(submitOrders(game, state, side, bots[side].chooseOrders(view(game, state, side), { game, random: seededRandom(seed + state.turn) })));
  }
  return state;
}

describe('rollout', () => {
  it("counts a war's cost to the rival the same whether or not the rival's past ledger is known", () => {
    let wars = 0;
    for (const id of ['2014-maidan', '2021-red-lines']) {
      const game = gameOf(id);
      for (let seed = 1; seed <= 6; seed++) {
        const root = advance(id, seed, 3);
        if (root.phase !== 'planning') continue;
        // The rival's past as a searched world has it: no ledger, no score.
        const hidden = structuredClone(root);
        hidden.sides.red.ledger = [];
        hidden.sides.red.score = 0;
        const settings = { horizon: 20, tailDiscount: 0.9 };
        const known = rollout(game, { state: root, rival: hawk }, 'blue', [], hawk, settings);
        const unknown = rollout(game, { state: hidden, rival: hawk }, 'blue', [], hawk, settings);
        expect(unknown.theirsToEnd).toBeCloseTo(known.theirsToEnd, 9);
        expect(unknown.mineToEnd).toBeCloseTo(known.mineToEnd, 9);
        if (known.war) wars++;
      }
    }
    // The check is only worth something if some of these rollouts reached war.
    expect(wars).toBeGreaterThan(2);
  });
});
