/**
 * Adding and removing units while keeping every observer's reading consistent: an
 * observer's perceived troops in a region always add up to the rival's troop count.
 *
 * Per-region records (a side's Forces, an observer's PerceivedTroops) are replaced,
 * never changed in place, once they are in a state: a state's copy (cloneState) then
 * copies only the arrays that hold them and shares the records, which is most of what a
 * turn used to cost. Every change to a record goes through this module.
 */
import { rivalOf } from './board.ts';
import type { Forces, GameState, PerceivedTroops, Posture, SeenPosture, Side, UnitKind } from './types.ts';

type ForceKey = keyof Forces;
type ReadingKey = keyof PerceivedTroops;

/** A copy of `f` with `delta` more of `key` (the keys in the state's usual order). */
export function changedForces(f: Forces, key: ForceKey, delta: number): Forces {
  const copy: Forces = { defensive: f.defensive, offensive: f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles };
  copy[key] += delta;
  return copy;
}

/** A copy of `p` with `delta` more of `key` (the keys in the state's usual order). */
function changedReading(p: PerceivedTroops, key: ReadingKey, delta: number): PerceivedTroops {
  const copy: PerceivedTroops = { offensive: p.offensive, unknown: p.unknown, defensive: p.defensive };
  copy[key] += delta;
  return copy;
}

export function addUnit(state: GameState, side: Side, region: number, kind: UnitKind, posture: Posture, seen: SeenPosture): void {
  const forces = state.sides[side].forces;
  const f = forces[region];
  if (!f) return;
  if (kind === 'troops') {
    forces[region] = changedForces(f, posture, 1);
    const readings = state.sides[rivalOf(side)].perceivedTroops;
    const p = readings[region];
    if (p) readings[region] = changedReading(p, seen, 1);
  } else forces[region] = changedForces(f, kind, 1);
}

/**
 * Removes one unit of `kind`; for troops, offensive ones go first. The rival drops one
 * unit from its reading, preferring the posture it saw leave.
 * Returns the posture removed (troops) or undefined when there was nothing to remove.
 */
export function removeUnit(state: GameState, side: Side, region: number, kind: UnitKind, seen?: SeenPosture): Posture | 'missile' | undefined {
  const forces = state.sides[side].forces;
  const f = forces[region];
  if (!f) return undefined;
  if (kind !== 'troops') {
    if (f[kind] < 1) return undefined;
    forces[region] = changedForces(f, kind, -1);
    return 'missile';
  }
  const posture: Posture | undefined = f.offensive > 0 ? 'offensive' : f.defensive > 0 ? 'defensive' : undefined;
  if (!posture) return undefined;
  forces[region] = changedForces(f, posture, -1);
  const readings = state.sides[rivalOf(side)].perceivedTroops;
  const p = readings[region];
  const dropped = p && droppedKey(p, seen ?? 'unknown');
  if (p && dropped) readings[region] = changedReading(p, dropped, -1);
  return posture;
}

/** Which count of a reading to drop a unit from: the posture seen leaving if any is left, else unknown, offensive, defensive. */
function droppedKey(p: PerceivedTroops, seen: SeenPosture): ReadingKey | undefined {
  if (p[seen] > 0) return seen;
  if (p.unknown > 0) return 'unknown';
  if (p.offensive > 0) return 'offensive';
  if (p.defensive > 0) return 'defensive';
  return undefined;
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
