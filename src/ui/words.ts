/**
 * The game's vocabulary: one set of words for each scale the players read, used on every
 * screen (briefing, tooltip, legend, summary, debrief), and numbers said the way a
 * 16-year-old reads them. Display only: the numbers come from the engine.
 *
 * - Alignment −3…+3 (+ towards Blue): "Blue bloc member" (3), "Blue partner" (2),
 *   "leans Blue" (1), "neutral" (0); a home region is "Blue home".
 * - A change of perception (the engine's log-odds shift) in words: "a little more
 *   threatening", "much more reassuring"; the number itself only in an optional details view.
 * - Tension 0–10 as a word, "war" once a war has broken out whatever the number.
 */
import { shiftSize, SIDE_NAMES } from '../engine/index.ts';
import { TENSION } from '../engine/rules.ts';
import type { Side } from '../engine/index.ts';

/** The names of the alignment steps, strongest first; the legend and the briefings use these. */
export const ALIGNMENT_STEP_NAMES = { 3: 'bloc member', 2: 'partner', 1: 'leans' } as const;

/** Alignment −3…+3 (+ towards Blue) in words: "Blue bloc member", "Blue partner", "leans Red", "neutral". */
export function alignmentWords(alignment: number, home: Side | '' = ''): string {
  if (home) return `${SIDE_NAMES[home]} home`;
  const side = SIDE_NAMES[alignment > 0 ? 'blue' : 'red'];
  switch (Math.min(3, Math.abs(Math.round(alignment)))) {
    case 3:
      return `${side} bloc member`;
    case 2:
      return `${side} partner`;
    case 1:
      return `leans ${side}`;
    default:
      return 'neutral';
  }
}

/** What a target needs to count (the engine's targets payoff: alignment 2 or more towards the side). */
export function heldWords(side: Side): string {
  return `${SIDE_NAMES[side]} partner or bloc member`;
}

/** How big a perception shift is, in words: the engine's steps (explain.ts). */
export { shiftSize };

/**
 * How the rival will likely take an order, from the engine's expected shift of its
 * perception: "Red will find this a little more threatening", "Red will hardly notice this".
 */
export function readingWords(rival: Side, shift: number): string {
  const who = SIDE_NAMES[rival];
  const size = shiftSize(shift);
  if (size === 'barely') return `${who} will hardly notice this`;
  const how = shift > 0 ? 'threatening' : 'reassuring';
  return `${who} will find this ${size === 'noticeably' ? '' : `${size} `}more ${how}`;
}

/**
 * What one observation did to this side's view of its rival: "made Red look a little
 * more hostile", "made Red look much less hostile", "hardly changed your view".
 */
export function observationEffectWords(rival: Side, delta: number): string {
  const size = shiftSize(delta);
  if (size === 'barely') return 'hardly changed your view';
  return `made ${SIDE_NAMES[rival]} look ${size === 'noticeably' ? '' : `${size} `}${delta > 0 ? 'more' : 'less'} hostile`;
}

/** Tension 0–10 as a word; "war" whenever a war has broken out, whatever the number says. */
export function tensionWord(tension: number, atWar = false): string {
  if (atWar || tension >= TENSION.warAt) return 'war';
  if (tension >= TENSION.warAt - 1) return 'on the brink';
  if (tension >= TENSION.crisisAt) return 'crisis';
  if (tension >= 5) return 'high';
  if (tension >= 3) return 'uneasy';
  return 'calm';
}

/** A chance (0–1) as a rounded percentage a player reads at a glance: "62%". */
export function chanceWords(p: number): string {
  return `${Math.round(Math.max(0, Math.min(1, p)) * 100)}%`;
}

/** How hostile the rival looks, in words next to the percentage: "probably hostile". */
export function hostilityWords(p: number): string {
  if (p < 0.2) return 'very likely peaceful';
  if (p < 0.4) return 'probably peaceful';
  if (p < 0.6) return 'could be either';
  if (p < 0.8) return 'probably hostile';
  return 'very likely hostile';
}
