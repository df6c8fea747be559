/**
 * Treaties entering into force and ending, and what the treaties in force do to the
 * world's δ and ω. A ban takes the banned weapons off the map (as the INF treaty
 * eliminated a whole class of missiles).
 */
import { changedForces } from './forces.ts';
import { MIN_OFFENSE_ADVANTAGE, TREATY_RULES } from './rules.ts';
import { SIDES } from './types.ts';
import type { GameState, Treaty } from './types.ts';

export function enterIntoForce(state: GameState, treaty: Treaty): void {
  if (state.treaties.includes(treaty)) return;
  state.treaties.push(treaty);
  state.proposals = state.proposals.filter((p) => p.treaty !== treaty);
  const banned = TREATY_RULES[treaty].bans;
  if (!banned) return;
  // Records are replaced, never changed (see forces.ts).
  for (const side of SIDES) {
    const forces = state.sides[side].forces;
    forces.forEach((f, r) => {
      if (f[banned] !== 0) forces[r] = changedForces(f, banned, -f[banned]);
    });
  }
}

export function endTreaty(state: GameState, treaty: Treaty): void {
  state.treaties = state.treaties.filter((t) => t !== treaty);
  state.proposals = state.proposals.filter((p) => p.treaty !== treaty);
}

/** The world's δ and ω before treaties, with the treaties in force: a state or a side's view of one. */
export interface WorldAndTreaties {
  distinguishability: number;
  offenseAdvantage: number;
  treaties: readonly Treaty[];
}

/** δ after treaties: the chance a troop posture is read correctly. */
export function effectiveDistinguishability(world: WorldAndTreaties): number {
  let d = world.distinguishability;
  for (const t of world.treaties) d += TREATY_RULES[t].distinguishability;
  return Math.min(1, Math.max(0, d));
}

/** ω after treaties: how much an unreadable unit counts as offensive. */
export function effectiveOffenseAdvantage(world: WorldAndTreaties): number {
  let w = world.offenseAdvantage;
  for (const t of world.treaties) w += TREATY_RULES[t].offenseAdvantage;
  return Math.min(1, Math.max(MIN_OFFENSE_ADVANTAGE, w));
}
