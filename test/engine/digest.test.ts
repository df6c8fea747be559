/**
 * Pins what the engine computes, byte for byte: the final states of many seeded games
 * across every scenario and a range of bots, every view the bots were shown on the way,
 * every legal-order list they could pick from, and a few Strategist decisions (on a world
 * cap, so they do not depend on the machine's speed). Work on the engine's speed must
 * leave every digest here unchanged; a change of rules changes them on purpose, and then
 * the new digests are pasted in with the rule change (and a change to a scripted bot or
 * the Strategist changes the digests of the games it plays the same way).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { legalOrders } from '../../src/engine/index.ts';
import type { Game, SideView } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/index.ts';
import type { Bot, ScriptedBotName } from '../../src/bots/index.ts';
import { playGame } from '../../src/match/play.ts';
import { createStrategist } from '../../src/ai/strategist.ts';
import { SCENARIOS, gameFor } from '../../src/scenarios/catalog.ts';

function gameOf(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`no game for ${id}`);
  return game;
}

/** A running SHA-256 of JSON texts. */
class Digest {
  private readonly hash = createHash('sha256');
  add(value: unknown): void {
    this.hash.update(JSON.stringify(value));
    this.hash.update('\n');
  }
  hex(): string {
    return this.hash.digest('hex');
  }
}

/** A bot that also feeds what it was shown, and what it could have ordered, into `digest`. */
function watched(bot: Bot, game: Game, digest: Digest): Bot {
  const seen = (view: SideView): void => {
    digest.add(view);
    if (view.phase === 'planning') digest.add(legalOrders(game, view, view.side));
  };
  return {
    name: bot.name,
    chooseOrders: (view, ctx) => {
      seen(view);
      return bot.chooseOrders(view, ctx);
    },
    chooseCrisis: (view, ctx) => {
      seen(view);
      return bot.chooseCrisis(view, ctx);
    },
  };
}

/** Bot pairings that between them reach every phase: treaties, restraint, crises, wars. */
const PAIRINGS: readonly [ScriptedBotName, ScriptedBotName][] = [
  ['random', 'random'],
  ['hawk', 'opportunist'],
  ['dove', 'reassurer'],
  ['prudent', 'mirror'],
  ['generous', 'assurer'],
];

describe('the engine computes exactly what it did (pinned digests)', () => {
  it('60 scripted games across every scenario: final states, views and legal orders', () => {
    const finals = new Digest();
    const seen = new Digest();
    let games = 0;
    for (const scenario of SCENARIOS) {
      const game = gameOf(scenario.id);
      for (const [blue, red] of PAIRINGS)
        for (const seed of [3, 17]) {
          const bots = { blue: watched(SCRIPTED_BOTS[blue](), game, seen), red: watched(SCRIPTED_BOTS[red](), game, seen) };
          const played = playGame(game, bots, { seed: seed * 7919 + games });
          finals.add(played.state);
          finals.add(played.faults);
          games++;
        }
      // Random play with the world settings moved, so the sliders' paths are covered too.
      for (const seed of [5, 6]) {
        const bots = { blue: SCRIPTED_BOTS.random(), red: SCRIPTED_BOTS.random() };
        const settings = { distinguishability: 0.9, offenseAdvantage: 0.8, noise: 0.3, tension: 5 };
        finals.add(playGame(game, bots, { seed, settings }).state);
        games++;
      }
    }
    expect(games).toBe(60);
    expect(finals.hex()).toBe('67c1d43c66baa694ffd3962e454fab5cd045086ebd24649269d2bf8f39dbda87');
    expect(seen.hex()).toBe('8e106ef45c89dc0a67b59b66c933aeccc7631a30993bb57bde4708e553ff4604');
  });

  it('Strategist decisions on a world cap (rollouts, resampling, the rival model)', () => {
    const decisions = new Digest();
    for (const id of ['2021-red-lines', '1991-after-the-wall']) {
      const game = gameOf(id);
      const strategist = createStrategist({ maxWorlds: 6, budgetMs: 1e9 });
      const played = playGame(game, { blue: strategist, red: SCRIPTED_BOTS.hawk() }, { seed: 11 });
      decisions.add(played.state);
      const last = strategist.lastDecision();
      decisions.add(last && { ...last, thinkMs: 0 });
    }
    expect(decisions.hex()).toBe('e89d9b0d3bc47b2265407e5a82cc55f18e06a7b2535fe1fba08502d47d733560');
  });

  it('a revisionist Strategist’s decisions on a world cap (plans followed through in the rollouts)', () => {
    const decisions = new Digest();
    const game = gameOf('2008-bucharest');
    const strategist = createStrategist({ maxWorlds: 6, budgetMs: 1e9 });
    const played = playGame(game, { blue: SCRIPTED_BOTS.prudent(), red: strategist }, { seed: 12, intents: { blue: 'security', red: 'revisionist' } });
    decisions.add(played.state);
    const last = strategist.lastDecision();
    decisions.add(last && { ...last, thinkMs: 0 });
    expect(decisions.hex()).toBe('fbe36a0d38029d5027306acad1b6dc9aa82b5aebf7b0d7d8a0852e6fceb978a7');
  });
});
