/**
 * The bot tournament page's pure parts: how games are shared out among workers (every
 * game once, in order) and the head-to-head matrix (each bot's mean achievement against
 * each other, from both sides' games). The page itself is driven in Chromium in
 * test/e2e/bot-tournament.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planGames } from '../../src/tournament/schedule.ts';
import type { GameRow } from '../../src/tournament/game.ts';
import { batchesOf, workerCount } from '../../src/ui/tournament/run.ts';
import { headToHead } from '../../src/ui/tournament/views.ts';

const settings = { entries: ['a', 'b', 'c'], scenarios: ['lab'], games: 3, seed: 1 };

describe('bot tournament page', () => {
  it('uses one worker per core, between 1 and 4', () => {
    expect([undefined, 0, 1, 2, 3, 8, 64].map(workerCount)).toEqual([2, 2, 1, 2, 3, 4, 4]);
  });

  it('shares out every game once, in schedule order; students’ games in small batches', () => {
    const games = planGames(settings);
    for (const students of [false, true]) {
      const batches = batchesOf(games, 2, students);
      expect(batches.flatMap((b) => b.games)).toEqual(games.map((g) => g.index));
      expect(Math.max(...batches.map((b) => b.games.length))).toBeLessThanOrEqual(students ? 2 : 100);
    }
  });

  it('reads the head-to-head matrix from both sides of each game', () => {
    const row = (blue: string, red: string, b: number, r: number) => ({ blue, red, blueAchievement: b, redAchievement: r }) as GameRow;
    const m = headToHead(['a', 'b', 'c'], [row('a', 'b', 10, -10), row('b', 'a', 4, 2), row('a', 'c', -6, 6)]);
    expect(m).toEqual([
      [undefined, 6, -6],
      [-3, undefined, undefined],
      [6, undefined, undefined],
    ]);
  });
});
