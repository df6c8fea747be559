/**
 * Words and numbers as the players read them. Display vocabulary only: every rule
 * (costs, legality, readings) comes from the engine.
 */
import { SIDE_NAMES } from '../engine/index.ts';
import type { CrisisChoice, Intent, Scenario, Side, UnitCounts } from '../engine/index.ts';

export function sideName(side: Side): string {
  return SIDE_NAMES[side];
}

/** "Blue (NATO)" when the scenario names the side differently. */
export function sideTitle(scenario: Scenario, side: Side): string {
  const name = scenario.sides[side].name;
  return name === SIDE_NAMES[side] ? name : `${SIDE_NAMES[side]} (${name})`;
}

export { rivalOf as rivalSide } from '../engine/index.ts';

export const INTENT_WORDS: Record<Intent, string> = { security: 'Security seeker', revisionist: 'Revisionist' };

export function intentWord(intent: Intent): string {
  return INTENT_WORDS[intent];
}

export const CRISIS_WORDS: Record<CrisisChoice, string> = { deescalate: 'De-escalate', hold: 'Hold firm', escalate: 'Escalate' };

export function percent(p: number, digits = 1): string {
  return `${(p * 100).toFixed(digits)}%`;
}

export function signed(x: number, digits = 2): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
}

/** A score to one decimal, with a true minus sign: "41.3", "−6.4". */
export function points(x: number): string {
  const r = Math.round(x * 10) / 10;
  return r < 0 ? `−${Math.abs(r).toFixed(1)}` : Math.abs(r).toFixed(1);
}

export { alignmentWords, tensionWord } from './words.ts';

/** Unit counts in a few words: "3 troops, 1 missile defence". */
export function countsWords(c: UnitCounts): string {
  const parts: string[] = [];
  if (c.troops) parts.push(`${c.troops} troops`);
  if (c.missileDefense) parts.push(`${c.missileDefense} missile defence`);
  if (c.strikeMissiles) parts.push(`${c.strikeMissiles} strike missiles`);
  return parts.length ? parts.join(', ') : 'no units';
}

/** The mute button's label, with its key. */
export function muteLabel(muted: boolean): string {
  return muted ? 'Sound off (M)' : 'Sound on (M)';
}
