/**
 * Seeded randomness for the Strategist. Every random draw comes from the bot's own
 * ctx.random (or a generator seeded from it), never from Math.random, so a decision is
 * a pure function of the view, the seed and the time budget.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export type Random = () => number;

/** A 32-bit seed drawn from a random source. */
export function seedFrom(random: Random): number {
  return Math.floor(random() * 0x1_0000_0000) | 0;
}

/** An independent generator of numbers in [0, 1), seeded from a 32-bit integer. */
export function seededRandom(seed: number): Random {
  const generator = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(generator);
}

/** The raw xoroshiro128+ state for a seed: what the engine keeps in GameState.rng. */
export function engineRngState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

/** A standard normal draw (Box–Muller). */
export function gaussian(random: Random): number {
  const u = Math.max(1e-12, random());
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
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

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function sigmoid(l: number): number {
  return 1 / (1 + Math.exp(-l));
}
