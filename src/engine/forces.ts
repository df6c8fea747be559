/**
 * Adding and removing units while keeping every observer's reading consistent: an
 * observer's perceived troops in a region always add up to the rival's troop count.
 */
import { rivalOf } from './board.ts';
import type { GameState, PerceivedTroops, Posture, SeenPosture, Side, UnitKind } from './types.ts';

export function addUnit(state: GameState, side: Side, region: number, kind: UnitKind, posture: Posture, seen: SeenPosture): void {
  const f = state.sides[side].forces[region];
  if (!f) return;
  if (kind === 'troops') {
    f[posture]++;
    const p = state.sides[rivalOf(side)].perceivedTroops[region];
    if (p) p[seen]++;
  } else f[kind]++;
}

/**
 * Removes one unit of `kind`; for troops, offensive ones go first. The rival drops one
 * unit from its reading, preferring the posture it saw leave.
 * Returns the posture removed (troops) or undefined when there was nothing to remove.
 */
export function removeUnit(state: GameState, side: Side, region: number, kind: UnitKind, seen?: SeenPosture): Posture | 'missile' | undefined {
  const f = state.sides[side].forces[region];
  if (!f) return undefined;
  if (kind !== 'troops') {
    if (f[kind] < 1) return undefined;
    f[kind]--;
    return 'missile';
  }
  const posture: Posture | undefined = f.offensive > 0 ? 'offensive' : f.defensive > 0 ? 'defensive' : undefined;
  if (!posture) return undefined;
  f[posture]--;
  const p = state.sides[rivalOf(side)].perceivedTroops[region];
  if (p) dropPerceived(p, seen ?? 'unknown');
  return posture;
}

function dropPerceived(p: PerceivedTroops, seen: SeenPosture): void {
  for (const key of [seen, 'unknown', 'offensive', 'defensive'] as const) {
    if (p[key] > 0) {
      p[key]--;
      return;
    }
  }
}

/** The most threatening unit a side has in a region, to pull back as a costly signal. */
export function restraintUnit(state: GameState, side: Side, region: number): UnitKind | undefined {
  const f = state.sides[side].forces[region];
  if (!f) return undefined;
  if (f.offensive > 0) return 'troops';
  if (f.strikeMissiles > 0) return 'strikeMissiles';
  if (f.defensive > 0) return 'troops';
  if (f.missileDefense > 0) return 'missileDefense';
  return undefined;
}
