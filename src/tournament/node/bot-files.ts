/**
 * Where student bot files come from on the command line: a module that exports
 * `loadBotFile(path, budget)` (a BotFileLoader) and runs the file in the sandbox. Every
 * worker thread imports it for itself, so it is named by URL rather than passed as a
 * function.
 */
import type { BotFileLoader, DecisionBudget, Entry } from '../entries.ts';
import { resolveEntries } from '../entries.ts';

/** The sandbox's loader module, as a URL (src/tournament/sandbox/bot-file.ts). */
export const BOT_FILE_LOADER_MODULE: string | undefined = new URL('../sandbox/bot-file.ts', import.meta.url).href;

export async function importBotFileLoader(moduleUrl: string | undefined): Promise<BotFileLoader | undefined> {
  if (!moduleUrl) return undefined;
  const loaded = (await import(moduleUrl)) as { loadBotFile?: unknown };
  if (typeof loaded.loadBotFile !== 'function') throw new Error(`the bot file loader ${moduleUrl} exports no loadBotFile function`);
  return loaded.loadBotFile as BotFileLoader;
}

/** Entries for command-line specs, loading bot files through the given loader module. */
export async function loadEntries(specs: readonly string[], budget: DecisionBudget, loaderModule: string | undefined): Promise<Entry[]> {
  const loadBotFile = await importBotFileLoader(loaderModule);
  return resolveEntries(specs, { budget, ...(loadBotFile ? { loadBotFile } : {}) });
}
