/**
 * The game's only source of chance: pure-rand's xoroshiro128+ whose state lives in the
 * game state, so a state plus its orders always resolves the same way.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export function seedState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

export class Dice {
  private readonly generator: RandomGenerator;
  constructor(state: readonly number[]) {
    this.generator = xoroshiro128plusFromState(state);
  }
  /** A number in [0, 1). */
  next(): number {
    return uniformFloat64(this.generator);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A whole number from 1 to `sides`. */
  die(sides: number): number {
    return 1 + Math.floor(this.next() * sides);
  }
  state(): number[] {
    return [...this.generator.getState()];
  }
}
