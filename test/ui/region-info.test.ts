/**
 * A region in words (src/ui/panels/regionInfo.ts): what the player reads when a region is
 * picked, taken from the engine's own facts.
 */
import { describe, expect, it } from 'vitest';
import { newGame, view } from '../../src/engine/index.ts';
import { publicBoardOf } from '../../src/ui/board.ts';
import { describeRegion } from '../../src/ui/panels/regionInfo.ts';
import { gameOf } from '../helpers.ts';

function linesFor(scenario: string, region: string): string[] {
  const game = gameOf(scenario);
  const state = newGame(game, { seed: 1 });
  const v = view(game, state, 'blue');
  return describeRegion(game, publicBoardOf(game, v), undefined, region);
}

describe('a contested region says who takes sides in its conflict', () => {
  it('in 1991 only Russia takes sides in Crimea, the Donbas, Moldova and Georgia', () => {
    for (const region of ['crimea', 'east_ukraine', 'moldova', 'georgia']) expect(linesFor('1991-after-the-wall', region)[1]).toMatch(/contested, only Russia takes sides/);
    // The Yugoslav wars drew in both sides.
    expect(linesFor('1991-after-the-wall', 'western_balkans')[1]).toMatch(/contested$/);
  });

  it('where both sides may take sides, it just says contested', () => {
    expect(linesFor('2014-maidan', 'east_ukraine')[1]).toMatch(/· contested$/);
  });
});
