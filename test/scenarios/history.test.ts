/**
 * The historical scenarios' events follow the players' choices (scenario review §1, §3):
 * what a teacher would check first. Each case plays real turns of a shipped scenario.
 */
import { describe, expect, it } from 'vitest';
import { newGame, submitCrisisChoice, submitOrders, view } from '../../src/engine/index.ts';
import type { Game, GameState, Order } from '../../src/engine/index.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { SS, ok, regionIndex } from '../helpers.ts';

function game(id: string): Game {
  const g = gameFor(id);
  if (!g) throw new Error(`no scenario ${id}`);
  return g;
}

/** One year: both sides submit, and any crisis that opens is calmed by both. */
function year(g: Game, s: GameState, blue: readonly Order[] = [], red: readonly Order[] = []): GameState {
  let next = ok(submitOrders(g, ok(submitOrders(g, s, 'blue', blue)), 'red', red));
  if (next.phase === 'crisis') next = ok(submitCrisisChoice(g, ok(submitCrisisChoice(g, next, 'blue', 'deescalate')), 'red', 'deescalate'));
  return next;
}

const respond = (event: string, option: string): Order => ({ type: 'respond', event, option });

function start(g: Game, seed = 1): GameState {
  return newGame(g, { seed, intents: SS });
}

describe('2014: Maidan', () => {
  const G = game('2014-maidan');
  const crimea = regionIndex(G, 'crimea');

  it('Red answers the Crimea event with annexation: Crimea becomes a Russian home region', () => {
    const s = start(G);
    expect(view(G, s, 'red').currentEvents).toContain('crimea');
    expect(s.home[crimea]).toBe('');
    const after = year(G, s, [], [respond('crimea', 'annex')]);
    expect(after.home[crimea]).toBe('red');
    expect(after.alignment[crimea]).toBe(-3);
  });

  it('Red proposes a monitored vote instead: Crimea stays Ukrainian and contested', () => {
    const after = year(G, start(G), [], [respond('crimea', 'monitored-vote')]);
    expect(after.home[crimea]).toBe('');
    expect(after.contested[crimea]).toBe(true);
  });

  it('the Donbas is Red’s choice: Minsk and the ceasefires follow only a Russian intervention', () => {
    const intervened = year(G, year(G, start(G), [], [respond('crimea', 'monitored-vote'), respond('donbas-war', 'intervene')]));
    expect(intervened.firedEvents).toEqual(expect.arrayContaining(['minsk-1', 'minsk-2', 'minsk-2-red']));
    let restrained = year(G, start(G), [], [respond('crimea', 'monitored-vote'), respond('donbas-war', 'restrain')]);
    while (restrained.phase !== 'over') restrained = year(G, restrained);
    for (const id of ['minsk-1', 'minsk-2', 'minsk-2-red', 'prisoner-exchange']) expect(restrained.firedEvents).not.toContain(id);
  });

  it('no G7 sanctions if Russia neither annexes Crimea nor intervenes in the Donbas', () => {
    const calm = year(G, year(G, start(G), [], [respond('crimea', 'monitored-vote'), respond('donbas-war', 'restrain')]));
    expect(calm.year).toBe(2016);
    expect(calm.firedEvents).not.toContain('g7-sanctions');
    const annexed = year(G, year(G, start(G), [], [respond('crimea', 'annex'), respond('donbas-war', 'restrain')]));
    expect(annexed.firedEvents).toContain('g7-sanctions');
  });
});

describe('1991: After the Wall', () => {
  const G = game('1991-after-the-wall');

  it('Open Skies is not in force at the start nor before 2002, and comes into force in 2002 in a calm game', () => {
    for (const seed of [1, 2, 3]) {
      let s = start(G, seed);
      expect(s.treaties).not.toContain('openSkies');
      while (s.phase !== 'over' && s.year < 2002) {
        // The players do not propose it themselves here: only events could bring it in.
        expect(s.treaties, `in ${s.year}`).not.toContain('openSkies');
        s = year(G, s);
      }
      // In a calm game it comes into force in 2002, as it did.
      expect(s.year).toBe(2002);
      expect(s.treaties).toContain('openSkies');
    }
  });

  it('the Madrid invitations cost less trust once Yeltsin has let the Warsaw declaration stand', () => {
    let s = start(G);
    while (s.year < 1993) s = year(G, s);
    const stood = year(G, s, [], [respond('yeltsin-warsaw', 'stand')]);
    const retracted = year(G, s, [], [respond('yeltsin-warsaw', 'retract')]);
    const to1997 = (x: GameState) => {
      while (x.year < 1997) x = year(G, x);
      return x;
    };
    expect(view(G, to1997(stood), 'blue').currentEvents).toContain('madrid-invitations');
    expect(view(G, to1997(retracted), 'blue').currentEvents).toContain('madrid-invitations-contested');
  });
});
