/**
 * Student bots, sandboxed — the browser entry, for a Web Worker of a page built with
 * botApiPlugin (vite-plugin.ts). The same sandbox as in Node, with the same limits, so a
 * bot plays the same games in both; only where the helper module and QuickJS's
 * WebAssembly come from differs. Nothing here touches Node.
 */
import botApi from 'virtual:security-dilemma/bot-api';
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { createStudentBotFactory } from './student-bot.ts';
import type { SandboxOptions, StudentBotFactory } from './student-bot.ts';

let compiled: Promise<WebAssembly.Module> | undefined;

/** QuickJS's WebAssembly module, fetched and compiled once per worker. */
export function quickJsModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl));
  return compiled;
}

/** A student's bot from its source; see loadStudentBot in index.ts (the Node entry). */
export async function loadStudentBot(source: string, fileName: string, options: Partial<SandboxOptions> = {}): Promise<StudentBotFactory> {
  return createStudentBotFactory(source, fileName, { ...options, botApi: options.botApi ?? botApi, wasmModule: options.wasmModule ?? (await quickJsModule()) });
}

export { FAULT_CODES, DISQUALIFYING, summariseFaults } from './faults.ts';
export type { FaultCode, FaultPhase, SandboxFault } from './faults.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export type { SandboxedBot, SandboxOptions, StudentBotFactory } from './student-bot.ts';
export { SandboxFaultError } from './student-bot.ts';
