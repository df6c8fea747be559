/**
 * A game against the AI: which side the AI plays, how strong and what temper it has,
 * and what it said after each decision. Plain data, saved with the game. (Only types
 * come from src/ai: the Strategist itself loads in its Web Worker, not in the page.)
 */
import type { Side } from '../engine/index.ts';
import type { Level, Temperament } from '../ai/strategist.ts';

export interface AiOpponent {
  /** The side the AI plays; the player at the screen has the other. */
  side: Side;
  level: Level;
  /** Each axis −1…+1: suspicion (trusting … suspicious), boldness (cautious … adventurous). */
  temperament: Temperament;
  /** Seed of the AI's own random numbers (the game's dice have their own). */
  seed: number;
}

/** How the AI player is doing: idle, thinking about a decision, or failed at the last one. */
export type AiStatus = 'idle' | 'thinking' | 'failed';

/**
 * What the AI said about one of its decisions, in its own words. Kept from the moment it
 * decides, shown only once that decision has been resolved (the year's results, the
 * crisis outcome, the debrief).
 */
export interface AiNote {
  turn: number;
  phase: 'planning' | 'crisis';
  /** As the player may hear it during the game: what the AI did as the player could see it. */
  text: string;
  /** Its whole reasoning, troop postures included: for the debrief. */
  full: string;
}

export const LEVEL_TEXT: Record<Level, { label: string; text: string }> = {
  easy: { label: 'Easy', text: 'Thinks briefly, looks two years ahead and sometimes picks a weaker plan.' },
  normal: { label: 'Normal', text: 'Weighs a dozen plans over three years ahead in many imagined futures.' },
  hard: { label: 'Hard', text: 'Thinks longest and looks four years ahead.' },
};

const LEVEL_IDS = Object.keys(LEVEL_TEXT) as Level[];

export function levelIds(): readonly Level[] {
  return LEVEL_IDS;
}

/** "trusting", "a little suspicious", … for a temperament axis value. */
export function temperWord(value: number, low: string, high: string): string {
  if (Math.abs(value) < 0.15) return `neither ${low} nor ${high}`;
  const word = value < 0 ? low : high;
  return Math.abs(value) < 0.6 ? `a little ${word}` : `very ${word}`;
}

/** "normal level (a little suspicious; neither cautious nor adventurous)" */
export function describeOpponent(ai: AiOpponent): string {
  const t = ai.temperament;
  return `${LEVEL_TEXT[ai.level].label.toLowerCase()} level (${temperWord(t.suspicion, 'trusting', 'suspicious')}; ${temperWord(t.boldness, 'cautious', 'adventurous')})`;
}

function axis(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? Math.max(-1, Math.min(1, x)) : undefined;
}

/** Checks an opponent read from a save; undefined when it is not one. */
export function parseOpponent(x: unknown): AiOpponent | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const t = (typeof o.temperament === 'object' && o.temperament !== null ? o.temperament : {}) as Record<string, unknown>;
  const suspicion = axis(t.suspicion);
  const boldness = axis(t.boldness);
  if (o.side !== 'blue' && o.side !== 'red') return undefined;
  if (!LEVEL_IDS.includes(o.level as Level) || suspicion === undefined || boldness === undefined) return undefined;
  if (typeof o.seed !== 'number' || !Number.isFinite(o.seed)) return undefined;
  return { side: o.side, level: o.level as Level, temperament: { suspicion, boldness }, seed: o.seed };
}

/** Keeps the well-formed notes of a save. */
export function parseNotes(x: unknown): AiNote[] {
  if (!Array.isArray(x)) return [];
  return x.filter(
    (n): n is AiNote =>
      typeof n === 'object' && n !== null && typeof n.turn === 'number' && (n.phase === 'planning' || n.phase === 'crisis') && typeof n.text === 'string' && typeof n.full === 'string',
  );
}
