/**
 * Small helpers the command-line tools share: argument errors that exit with one line,
 * and loading a scenario by id or path with readable data errors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { GAME_LENGTHS, checkOptions, createGame, lengthsOf } from '../engine/index.ts';
import type { Game, GameLength } from '../engine/index.ts';
import { formatProblem, loadScenario } from '../engine/scenario.ts';
import { MAP, gameFor } from '../scenarios/catalog.ts';

/** A problem with what the user typed: the tool prints one line and exits non-zero. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a CLI main, turning UsageError (and data errors) into a one-line message and exit 2. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`error: ${message.split('\n').join('; ')}\n`);
      process.exit(2);
    });
}

/** A shipped scenario id, or a path to a scenario JSON file. */
export function loadGame(idOrPath: string): Game {
  const shipped = gameFor(idOrPath);
  if (shipped) return shipped;
  if (!idOrPath.endsWith('.json')) throw new UsageError(`unknown scenario "${idOrPath}" (give a shipped id or a path to a .json file)`);
  let text: string;
  try {
    text = readFileSync(idOrPath, 'utf8');
  } catch {
    throw new UsageError(`cannot read scenario file "${idOrPath}"`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${idOrPath}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const loaded = loadScenario(json, MAP, idOrPath);
  if (!loaded.ok) throw new UsageError(loaded.error.details.problems.map(formatProblem).join('; '));
  return createGame(loaded.value, MAP);
}

export function parseNumber(flag: string, value: string | undefined, opts: { integer?: boolean; min?: number; max?: number } = {}): number {
  if (value === undefined) throw new UsageError(`${flag} needs a value`);
  const n = Number(value);
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) throw new UsageError(`${flag} must be ${opts.integer ? 'a whole number' : 'a number'}, not "${value}"`);
  if (opts.min !== undefined && n < opts.min) throw new UsageError(`${flag} must be at least ${opts.min}, not ${n}`);
  if (opts.max !== undefined && n > opts.max) throw new UsageError(`${flag} must be at most ${opts.max}, not ${n}`);
  return n;
}

/** The command's flags, strictly (no positionals, no unknown flags): a bad one is a one-line UsageError. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(options: T, args?: string[]) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false, ...(args ? { args } : {}) }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** Flags and the words between them (folders, files), strictly: an unknown flag is a one-line UsageError. */
export function parseFlagsAndWords<T extends NonNullable<ParseArgsConfig['options']>>(options: T, args: string[]) {
  try {
    const { values, positionals } = parseArgs({ options, strict: true, allowPositionals: true, args });
    return { values, words: positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** --length: full (the default) or lesson, which the scenario must have. */
export function parseLength(game: Game, value: string | undefined): GameLength {
  if (value === undefined || value === 'full') return 'full';
  if (!(GAME_LENGTHS as readonly string[]).includes(value)) throw new UsageError(`--length must be full or lesson, not "${value}"`);
  const problem = checkOptions(game, { seed: 0, length: value as GameLength });
  if (problem) throw new UsageError(`--length ${value}: ${problem.message} (lengths: ${lengthsOf(game.scenario).join(', ')})`);
  return value as GameLength;
}
