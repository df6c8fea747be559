/** Every bot the game knows by name: the scripted ones (and, when present, search AIs). */
import { createStrategist } from '../ai/strategist.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from './scripted.ts';
import type { Bot } from './types.ts';

export type { Bot, BotContext } from './types.ts';
export { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from './scripted.ts';
export type { ScriptedBotName } from './scripted.ts';

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
