/** Every bot the game knows by name: the scripted ones (and, when present, search AIs). */
export type { Bot, BotContext } from './types.ts';
export { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from './scripted.ts';
export type { ScriptedBotName } from './scripted.ts';
