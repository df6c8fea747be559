/**
 * Student bots, sandboxed — the Node entry. `loadStudentBot(source, fileName)` gives a
 * factory of ordinary synchronous Bots for src/match/play.ts; everything a bot does wrong
 * is a fault on the bot (`faults`), never an exception in the game. See docs/BOTS.md for
 * what a bot may do and the limits it runs under.
 *
 * For a tournament runner:
 *
 *   const entry = await loadStudentBot(source, file);     // once per thread
 *   const bot = entry();                                   // once per game
 *   playGame(game, { blue: bot, red: other }, options);
 *   bot.faults          // this game's faults, with codes, sides and turns
 *   entry.loadFault     // set if the file makes no bot (its games still play, faulting)
 *   entry.disqualification  // set once it had to be stopped by the clock (or crashed)
 *
 * The bot tournament loads files through bot-file.ts, which throws faults (so play.ts
 * counts them) and the tournament's Disqualification; its watchdog stops from outside a
 * thread stuck where neither fuel nor the backstop can reach (src/tournament/node).
 *
 * A browser page uses browser.ts instead: the same sandbox, with the helper module from
 * botApiPlugin (vite-plugin.ts) and the WebAssembly fetched by its URL.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bundleBotApi } from './bot-api-bundle.ts';
import { createStudentBotFactory } from './student-bot.ts';
import type { SandboxOptions, StudentBotFactory } from './student-bot.ts';

export { FAULT_CODES, DISQUALIFYING, summariseFaults } from './faults.ts';
export type { FaultCode, FaultPhase, SandboxFault } from './faults.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export type { SandboxLimits } from './limits.ts';
export { createStudentBotFactory, SandboxFaultError } from './student-bot.ts';
export type { SandboxedBot, SandboxOptions, StudentBotFactory } from './student-bot.ts';
export { bundleBotApi } from './bot-api-bundle.ts';

let compiled: Promise<WebAssembly.Module> | undefined;

/** QuickJS's WebAssembly module, compiled once per thread. */
export function quickJsModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const path = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm');
    return WebAssembly.compile(await readFile(path));
  })();
  return compiled;
}

/** Options for loading in Node: the module and the WebAssembly are found if not given. */
export type NodeSandboxOptions = Partial<SandboxOptions>;

/**
 * A student's bot from its source (`fileName` says whether it is TypeScript, and names it
 * in messages). Resolves to a factory even when the file is broken: its bots then fault on
 * every decision, and `loadFault` says why.
 */
export async function loadStudentBot(source: string, fileName: string, options: NodeSandboxOptions = {}): Promise<StudentBotFactory> {
  const [botApi, wasmModule] = await Promise.all([options.botApi ?? bundleBotApi(), options.wasmModule ?? quickJsModule()]);
  return createStudentBotFactory(source, fileName, { ...options, botApi, wasmModule });
}

/** Is this command-line bot name a path to a bot file rather than a built-in bot's name? */
export function isBotPath(spec: string): boolean {
  return /\.(js|mjs|ts|mts)$/i.test(spec) || spec.includes('/') || spec.includes('\\');
}

/** A student's bot from a file. Rejects only if the file cannot be read. */
export async function loadStudentBotFile(path: string, options: NodeSandboxOptions = {}): Promise<StudentBotFactory> {
  const source = await readFile(path, 'utf8');
  return loadStudentBot(source, path, options);
}
