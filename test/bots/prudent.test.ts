/**
 * The prudent bot is the reference security seeker the pars are measured against, so
 * what it does matters beyond its own games: besides building up as far as it feels
 * threatened, it courts a region its rival covets when it reads the rival as an
 * aggressor, and leaves them alone when it does not.
 */
import { describe, expect, it } from 'vitest';
import { gameOf } from '../helpers.ts';
import { newGame, view } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { seededRandom } from '../../src/ai/random.ts';

function firstOrders(priorHostility: number) {
  const game = gameOf('2008-bucharest');
  const state = newGame(game, { seed: 3, intents: { blue: 'security', red: 'revisionist' }, settings: { 'blue.priorHostility': priorHostility } });
  const bot = SCRIPTED_BOTS.prudent();
  const blue = view(game, state, 'blue');
  const orders = bot.chooseOrders(blue, { game, random: seededRandom(1) });
  const coveted = new Set(game.scenario.sides.red.targets);
  const courted = orders.filter((o) => o.type === 'court' && coveted.has(o.region));
  return { courted, reason: bot.explain?.() ?? '' };
}

describe('prudent', () => {
  it('courts a region its rival covets when it reads the rival as an aggressor', () => {
    const { courted, reason } = firstOrders(0.8);
    expect(courted).toHaveLength(1);
    expect(reason).toMatch(/courted a region you covet/);
  });

  it('leaves the rival’s coveted regions alone when it reads the rival as benign', () => {
    const { courted, reason } = firstOrders(0.2);
    expect(courted).toHaveLength(0);
    expect(reason).not.toMatch(/covet/);
  });
});
