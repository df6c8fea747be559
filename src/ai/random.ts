/**
 * Seeded randomness for the Strategist. Every random draw comes from the bot's own
 * ctx.random (or a generator seeded from it), never from Math.random, so a decision is
 * a pure function of the view, the seed and the time budget. Seeds are drawn with the
 * engine's `seedFrom`, as its resampling draws them.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { Random } from '../engine/index.ts';

export type { Random } from '../engine/index.ts';

/** An independent generator of numbers in [0, 1), seeded from a 32-bit integer. */
export function seededRandom(seed: number): Random {
  const generator = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(generator);
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(weights: Readonly<Record<K, number>>, random: Random): K {
  const entries = Object.entries(weights) as [K, number][];
  let total = 0;
  for (const [, w] of entries) total += Math.max(0, w);
  let x = random() * total;
  for (const [k, w] of entries) {
    x -= Math.max(0, w);
    if (x < 0) return k;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('pickWeighted: no choices');
  return last[0];
}
