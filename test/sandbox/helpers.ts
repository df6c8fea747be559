/**
 * Shared set-up for the sandbox tests: the bundled helper module and QuickJS's compiled
 * WebAssembly (made once per test file), bot files by path, and games against built-ins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import type { ScriptedBotName } from '../../src/bots/scripted.ts';
import type { GameOptions, Side } from '../../src/engine/index.ts';
import { playGame } from '../../src/match/play.ts';
import type { PlayedGame } from '../../src/match/play.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { bundleBotApi, loadStudentBot, quickJsModule } from '../../src/tournament/sandbox/index.ts';
import type { NodeSandboxOptions, SandboxedBot, StudentBotFactory } from '../../src/tournament/sandbox/index.ts';
import { ROOT } from '../helpers.ts';

export const HOSTILE_DIR = join(ROOT, 'test', 'sandbox', 'hostile');
export const EXAMPLES_DIR = join(ROOT, 'examples');

/** A bot file (its path from the repository's root) loaded in the sandbox. */
export async function sandboxed(path: string, options: NodeSandboxOptions = {}): Promise<StudentBotFactory> {
  const [botApi, wasmModule] = await Promise.all([bundleBotApi(), quickJsModule()]);
  return loadStudentBot(readFileSync(join(ROOT, path), 'utf8'), path, { botApi, wasmModule, ...options });
}

/** A bot from source text (for small cases written in the test itself). */
export async function sandboxedSource(source: string, fileName = 'inline.js', options: NodeSandboxOptions = {}): Promise<StudentBotFactory> {
  const [botApi, wasmModule] = await Promise.all([bundleBotApi(), quickJsModule()]);
  return loadStudentBot(source, fileName, { botApi, wasmModule, ...options });
}

export function gameOf(id: string) {
  const game = gameFor(id);
  if (!game) throw new Error(`no scenario ${id}`);
  return game;
}

/** A game of `bot` (Blue unless told) against a built-in bot. */
export function against(bot: SandboxedBot, rival: ScriptedBotName, options: Partial<GameOptions> & { scenario?: string; side?: Side } = {}): PlayedGame {
  const { scenario = '2021-red-lines', side = 'blue', ...rest } = options;
  const game = gameOf(scenario);
  const other = SCRIPTED_BOTS[rival]();
  const bots = side === 'blue' ? { blue: bot, red: other } : { blue: other, red: bot };
  return playGame(game, bots, { seed: 1, ...rest });
}
