/**
 * The roster: every player the game knows by name — the scripted bots and the search AI
 * at its three levels. The one place that knows both bots and ai, so neither has to
 * import the other.
 */
import { createStrategist } from '../ai/strategist.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';

/** The search AI at its three levels (it thinks within a time budget per decision). */
const SEARCH_BOTS: Record<string, () => Bot> = {
  strategist: () => createStrategist({ level: 'normal' }),
  'strategist-easy': () => createStrategist({ level: 'easy' }),
  'strategist-hard': () => createStrategist({ level: 'hard' }),
};

export const BOT_NAMES: readonly string[] = [...SCRIPTED_BOT_NAMES, ...Object.keys(SEARCH_BOTS)];

/** A fresh bot by name; throws for an unknown name (check BOT_NAMES first). */
export function createBot(name: string): Bot {
  const make = (SCRIPTED_BOTS as Record<string, (() => Bot) | undefined>)[name] ?? SEARCH_BOTS[name];
  if (!make) throw new Error(`unknown bot "${name}"`);
  return make();
}
