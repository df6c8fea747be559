/**
 * The game's only source of chance: pure-rand's xoroshiro128+ whose state lives in the
 * game state, so a state plus its orders always resolves the same way.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * xoroshiro128+ seeded from consecutive integers gives correlated first draws (seed 1, 2,
 * 3 … would all draw the same intents), so the seed is mixed first (MurmurHash3's
 * finaliser) and the first draws are thrown away.
 */
export function seedState(seed: number): number[] {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  const generator = xoroshiro128plus(h);
  for (let i = 0; i < 16; i++) generator.next();
  return [...generator.getState()];
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
