/**
 * Drawing from a caller's random source, for resampling hidden information: the engine's
 * own dice live in the state (dice.ts); a search that imagines states brings its own
 * seeded source, so its draws never touch a real game's dice.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of numbers in [0, 1). */
export type Random = () => number;

/** A 32-bit seed drawn from a random source. */
export function seedFrom(random: Random): number {
  return Math.floor(random() * 0x1_0000_0000) | 0;
}

/**
 * The dice state of an imagined state, from a seed drawn with `seedFrom`. That seed is
 * already random, so unlike a game's seed (dice.ts seedState) it needs no mixing.
 */
export function drawnDiceState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

/** A standard normal draw (Box–Muller). */
export function gaussian(random: Random): number {
  const u = Math.max(1e-12, random());
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
