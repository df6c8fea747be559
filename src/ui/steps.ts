/**
 * Where a game is: which screen, and for which side. Private screens show one side's
 * view; in a hot-seat game they are always entered through a hand-off screen. Public
 * screens show only what both players may see. `waiting` is the screen of a game against
 * the AI while the AI is still deciding and the player has nothing to do.
 */
import type { Side } from '../engine/index.ts';

export type PrivateScreen = 'briefing' | 'summary' | 'planning' | 'crisis';

export type Step =
  | { screen: 'handoff'; side: Side; next: PrivateScreen }
  | { screen: PrivateScreen; side: Side }
  | { screen: 'resolution'; turn: number }
  | { screen: 'crisisOutcome'; turn: number }
  | { screen: 'waiting' }
  | { screen: 'debrief' };

export type ScreenName = Step['screen'];

const PRIVATE: readonly string[] = ['briefing', 'summary', 'planning', 'crisis'];

export function isPrivate(step: Step): step is { screen: PrivateScreen; side: Side } {
  return PRIVATE.includes(step.screen);
}

/** The same place, but behind the hand-off screen if it is private (for resuming a save). */
export function behindHandoff(step: Step): Step {
  if (isPrivate(step)) return { screen: 'handoff', side: step.side, next: step.screen };
  return step;
}

/** Checks a step read from a file or storage. */
export function parseStep(x: unknown): Step | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const s = x as Record<string, unknown>;
  const side = s.side === 'blue' || s.side === 'red' ? s.side : undefined;
  switch (s.screen) {
    case 'handoff':
      return side && typeof s.next === 'string' && PRIVATE.includes(s.next) ? { screen: 'handoff', side, next: s.next as PrivateScreen } : undefined;
    case 'briefing':
    case 'summary':
    case 'planning':
    case 'crisis':
      return side ? { screen: s.screen, side } : undefined;
    case 'resolution':
    case 'crisisOutcome':
      return typeof s.turn === 'number' ? { screen: s.screen, turn: s.turn } : undefined;
    case 'debrief':
    case 'waiting':
      return { screen: s.screen };
    default:
      return undefined;
  }
}
