/** The scripted bots and the bot interface. Named players of every kind: src/players/roster.ts. */
export type { Bot, BotContext } from './types.ts';
export { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from './scripted.ts';
export type { ScriptedBotName } from './scripted.ts';
