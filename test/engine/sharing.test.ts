/**
 * States share what they can (cloneState copies arrays, not the region records and log
 * entries in them: the engine replaces those, never changes them). Sharing must stay
 * invisible: every state a caller was given reads the same after any later play, in
 * particular after the moves that change region records — deployments, withdrawals,
 * restraint, treaty bans that take weapons off the map, event forces, crises and wars.
 */
import { describe, expect, it } from 'vitest';
import { newGame, submitOrders } from '../../src/engine/index.ts';
import type { Game, GameState, Order, PublicEntry } from '../../src/engine/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/index.ts';
import { playGame } from '../../src/match/play.ts';
import { SCENARIOS, gameFor } from '../../src/scenarios/catalog.ts';
import { json } from '../helpers.ts';

function gameOf(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`no game for ${id}`);
  return game;
}

describe('states that share records', () => {
  it('every state handed out reads the same after the rest of its game is played', () => {
    const seenKinds = new Set<string>();
    const bannedAway = { count: 0 };
    for (const scenario of SCENARIOS) {
      const game = gameOf(scenario.id);
      for (const [blue, red] of [['random', 'random'], ['dove', 'generous'], ['hawk', 'opportunist']] as const)
        for (let seed = 0; seed < 4; seed++) {
          const states: GameState[] = [];
          const texts: string[] = [];
          playGame(game, { blue: SCRIPTED_BOTS[blue](), red: SCRIPTED_BOTS[red]() }, { seed }, undefined, (before, after) => {
            if (states.length === 0) {
              states.push(before);
              texts.push(json(before));
            }
            states.push(after);
            texts.push(json(after));
            const fresh: PublicEntry[] = after.publicLog.slice(before.publicLog.length);
            for (const e of fresh) seenKinds.add(e.kind === 'order' ? `order:${e.order.type}` : e.kind);
            const missiles = (s: GameState) => s.sides.blue.forces.concat(s.sides.red.forces).reduce((n, f) => n + f.strikeMissiles + f.missileDefense, 0);
            if (fresh.some((e) => e.kind === 'treaty' && (e.treaty === 'inf' || e.treaty === 'abm')) && missiles(after) < missiles(before))
              bannedAway.count++;
          });
          states.forEach((s, i) => expect(json(s), `${scenario.id} ${blue}/${red} seed ${seed}: state ${i} changed by later play`).toBe(texts[i]));
        }
    }
    // The moves that replace region records all happened somewhere above.
    for (const kind of ['order:deploy', 'order:withdraw', 'order:restraint', 'event', 'crisis', 'war']) expect(seenKinds, kind).toContain(kind);
    expect(bannedAway.count, 'a treaty ban took weapons off the map').toBeGreaterThan(0);
  });

  it('two turns resolved from one state do not see each other', () => {
    const game = gameOf('2021-red-lines');
    const start = newGame(game, { seed: 4 });
    const before = json(start);
    const home = start.alignment.findIndex((a, r) => a === 3 && start.home[r] === 'blue');
    const region = game.regionIds[home] ?? '';
    const resolve = (orders: Order[]): GameState => {
      const waiting = submitOrders(game, start, 'blue', orders);
      if (!waiting.ok) throw new Error(waiting.error.message);
      const done = submitOrders(game, waiting.value, 'red', []);
      if (!done.ok) throw new Error(done.error.message);
      return done.value;
    };
    const deployed = resolve([{ type: 'deploy', region, kind: 'troops', posture: 'offensive' }]);
    const withdrawn = resolve([{ type: 'withdraw', region, kind: 'troops' }]);
    expect(json(start)).toBe(before);
    const at = (s: GameState) => s.sides.blue.forces[home];
    const units = (s: GameState) => (at(s)?.defensive ?? 0) + (at(s)?.offensive ?? 0);
    expect(units(deployed)).toBe(units(start) + 1);
    expect(units(withdrawn)).toBe(units(start) - 1);
  });
});
