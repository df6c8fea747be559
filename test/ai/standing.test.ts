/**
 * The Strategist's estimate of where the game stands (src/ai/standing.ts): the rival's
 * score so far, worked out from public information only, should track the real score
 * the rival's secret ledger holds; and the chance of winning it derives from a margin
 * should be a proper normal distribution function.
 */
import { describe, expect, it } from 'vitest';
import { gameOf, ok } from '../helpers.ts';
import { newGame, Resampler, submitCrisisChoice, submitOrders, view } from '../../src/engine/index.ts';
import type { Game, GameState, Side } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { seededRandom } from '../../src/ai/random.ts';
import { normalCdf, RivalStanding } from '../../src/ai/standing.ts';
import { warHazard } from '../../src/ai/rollout.ts';

/** Plays `turns` peaceful turns of prudent (Blue) against opportunist (Red), letting Blue's standing watch. */
function watch(game: Game, seed: number, turns: number): { state: GameState; standing: RivalStanding } {
  let state = newGame(game, { seed, intents: { blue: 'security', red: 'revisionist' } });
  const standing = new RivalStanding();
  const bots = { blue: SCRIPTED_BOTS.prudent(), red: SCRIPTED_BOTS.opportunist() };
  for (let t = 0; t < turns && state.phase !== 'over'; t++) {
    if (state.phase === 'crisis') {
      state = ok(submitCrisisChoice(game, state, 'blue', 'deescalate'));
      state = ok(submitCrisisChoice(game, state, 'red', 'deescalate'));
    }
    const blueView = view(game, state, 'blue');
    standing.observe(game, blueView, new Resampler(game, blueView), seededRandom(seed + t));
    for (const side of ['blue', 'red'] as Side[]) {
      const orders = bots[side].chooseOrders(view(game, state, side), { game, random: seededRandom(seed * 7 + t) });
      state = ok(submitOrders(game, state, side, orders));
    }
  }
  return { state, standing };
}

describe('RivalStanding', () => {
  it("estimates the rival's score so far from public information, close to its secret ledger", () => {
    for (const id of ['1991-after-the-wall', '2008-bucharest']) {
      const game = gameOf(id);
      const { state, standing } = watch(game, 11, 5);
      expect(state.phase).not.toBe('over');
      const blueView = view(game, state, 'blue');
      standing.observe(game, blueView, new Resampler(game, blueView), seededRandom(99));
      const real = state.sides.red.ledger.reduce((s, l) => s + l.total, 0);
      const estimate = standing.scoreSoFar(blueView, 'revisionist');
      // Security payoffs depend on the rival's hidden perception, so the estimate is close, not exact.
      expect(Math.abs(estimate - real)).toBeLessThan(Math.max(8, 0.2 * Math.abs(real)));
      // The other intent weighs the same turns differently: the estimate really depends on it.
      expect(standing.scoreSoFar(blueView, 'security')).not.toBeCloseTo(estimate, 0);
    }
  });

  it('starts afresh when a new game begins', () => {
    const game = gameOf('2008-bucharest');
    const { standing } = watch(game, 5, 4);
    const fresh = view(game, newGame(game, { seed: 6 }), 'blue');
    standing.observe(game, fresh, new Resampler(game, fresh), seededRandom(1));
    expect(standing.scoreSoFar(fresh, 'revisionist')).toBe(0);
  });
});

describe('normalCdf and warHazard', () => {
  it('normalCdf is the standard normal distribution function', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1)).toBeCloseTo(0.1587, 3);
    for (const z of [-3, -0.5, 0.7, 2.5]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 6);
  });

  it('war hazard is nil when calm and rises through the crisis line', () => {
    expect(warHazard(3)).toBe(0);
    expect(warHazard(6)).toBeLessThan(warHazard(7));
    expect(warHazard(8)).toBeCloseTo(0.5, 6);
    expect(warHazard(9.5)).toBeGreaterThan(0.85);
  });
});
