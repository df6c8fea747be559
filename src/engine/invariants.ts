/**
 * What must hold of every state, resampled ones included: each side's reading of the
 * rival's troops adds up to the rival's troop count, no count is negative, and beliefs
 * are numbers.
 */
import { rivalOf } from './board.ts';
import { SIDES } from './types.ts';
import type { GameState } from './types.ts';

/** Broken invariants of a state, as plain sentences (empty when sound). */
export function invariantProblems(state: GameState): string[] {
  const problems: string[] = [];
  for (const side of SIDES) {
    const rival = rivalOf(side);
    state.sides[side].perceivedTroops.forEach((p, r) => {
      const f = state.sides[rival].forces[r];
      const troops = f ? f.defensive + f.offensive : 0;
      if (p.offensive + p.unknown + p.defensive !== troops) problems.push(`${side} reads ${p.offensive + p.unknown + p.defensive} ${rival} troops in region ${r}, there are ${troops}`);
      if (p.offensive < 0 || p.unknown < 0 || p.defensive < 0) problems.push(`${side} has a negative reading in region ${r}`);
    });
    state.sides[side].forces.forEach((f, r) => {
      if (f.defensive < 0 || f.offensive < 0 || f.missileDefense < 0 || f.strikeMissiles < 0) problems.push(`${side} has negative forces in region ${r}`);
    });
  }
  if (!Number.isFinite(state.sides.blue.belief) || !Number.isFinite(state.sides.red.belief)) problems.push('a belief is not a number');
  return problems;
}
