/**
 * A tournament's entries: who plays, by name or by file. A built-in name gives a scripted
 * bot or the Strategist at a level; a path gives a student's bot, loaded by a loader the
 * caller hands in (the sandbox), so this module never touches files or the sandbox itself.
 *
 * Every entry thinks within a deterministic budget. The Strategist's own budget is wall-
 * clock time, which would make a tournament's results depend on the machine and its load;
 * here it searches a fixed number of worlds per decision with a clock that never moves.
 */
import { LEVEL_SETTINGS, createStrategist } from '../ai/strategist.ts';
import type { Level } from '../ai/strategist.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';

/** One player in a tournament: makes a fresh bot for every game it plays. */
export interface Entry {
  /** Unique in a tournament; names the bot in standings and CSV files. */
  id: string;
  /** A longer description for people: "Strategist (hard, 533 worlds a decision)". */
  label: string;
  /**
   * 'builtin' bots are the project's own, trusted code; 'file' bots are students',
   * run in the sandbox and watched from outside, so a runaway one can be stopped and
   * disqualified.
   */
  kind: 'builtin' | 'file';
  make(): Bot;
}

/** What a decision may cost, the same for every machine. */
export interface DecisionBudget {
  /**
   * `--time-per-move`: the nominal time a decision may take, in ms. It is never measured
   * against a clock during play: it sets the Strategist's worlds per decision and a
   * student bot's fuel, and scales the wall-clock backstop that stops a runaway bot.
   * Absent, each Strategist level keeps its own (easy 40, normal 150, hard 400 ms) and
   * student bots get DEFAULT_TIME_PER_MOVE_MS.
   */
  timePerMoveMs?: number;
}

export const DEFAULT_TIME_PER_MOVE_MS = 200;

/**
 * Worlds the Strategist searches per millisecond of nominal budget: about what it does
 * on this project's reference machine (200 worlds in 150 ms for a planning decision, the
 * balance benchmark's figure). A deterministic rate, never re-measured during play.
 */
export const WORLDS_PER_MS = 4 / 3;

/** The Strategist's worlds per decision for a nominal budget. */
export function worldsFor(timePerMoveMs: number): number {
  return Math.max(1, Math.round(timePerMoveMs * WORLDS_PER_MS));
}

/**
 * The wall-clock backstop for one decision of a student bot, in ms: far beyond what the
 * fuel lets it spend, so only a bot stuck where fuel is not counted (deep in a native
 * built-in) ever meets it — and then it is disqualified rather than faulted, so standings
 * never depend on the machine's speed.
 */
export function backstopMs(budget: DecisionBudget): number {
  return Math.max(2000, 10 * (budget.timePerMoveMs ?? DEFAULT_TIME_PER_MOVE_MS));
}

/**
 * Thrown by a bot (in practice by the sandbox around a student bot) that must be stopped
 * for reasons a machine's speed decides, such as the wall-clock backstop. The game it was
 * in, and every other game of that entry, is left out of the standings, so the standings
 * of the others are the same whenever and wherever it happened.
 */
export class Disqualification extends Error {
  override readonly name = 'Disqualification';
}

/** Turns a student bot file into an entry (the sandbox provides one). */
export type BotFileLoader = (path: string, budget: DecisionBudget) => Entry | Promise<Entry>;

const STRATEGIST_LEVELS: Record<string, Level> = {
  strategist: 'normal',
  'strategist-easy': 'easy',
  'strategist-hard': 'hard',
};

/** The Strategist's level a built-in name stands for, if it names the Strategist. */
export function strategistLevel(name: string): Level | undefined {
  return STRATEGIST_LEVELS[name];
}

/** Every built-in name: the scripted bots and the Strategist's levels. */
export const BUILT_IN_NAMES: readonly string[] = [...SCRIPTED_BOT_NAMES, ...Object.keys(STRATEGIST_LEVELS)];

/** A spec names a file when it has a folder separator or a script extension. */
export function isBotFile(spec: string): boolean {
  return /[/\\]/.test(spec) || /\.(m?js|ts)$/i.test(spec);
}

/** A built-in entry by name, or undefined for a name the game does not know. */
export function builtInEntry(name: string, budget: DecisionBudget = {}): Entry | undefined {
  const scripted = (SCRIPTED_BOTS as Record<string, (() => Bot) | undefined>)[name];
  if (scripted) return { id: name, label: name, kind: 'builtin', make: scripted };
  const level = STRATEGIST_LEVELS[name];
  if (!level) return undefined;
  const worlds = worldsFor(budget.timePerMoveMs ?? LEVEL_SETTINGS[level].budgetMs);
  return {
    id: name,
    label: `Strategist (${level}, ${worlds} worlds a decision)`,
    kind: 'builtin',
    // A clock that never moves: the search stops at `worlds`, never on time.
    make: () => createStrategist({ level, maxWorlds: worlds, now: () => 0, name }),
  };
}

export interface ResolveOptions {
  budget?: DecisionBudget;
  /** Loads student bot files; without it a path is refused with a clear message. */
  loadBotFile?: BotFileLoader;
}

/** The entry a command-line spec names: a built-in name or a bot file's path. */
export async function resolveEntry(spec: string, options: ResolveOptions = {}): Promise<Entry> {
  const budget = options.budget ?? {};
  if (isBotFile(spec)) {
    if (!options.loadBotFile) throw new Error(`student bot files need the sandbox, which this build does not have yet: "${spec}"`);
    return options.loadBotFile(spec, budget);
  }
  const entry = builtInEntry(spec, budget);
  if (!entry) throw new Error(`unknown bot "${spec}" (built-in bots: ${BUILT_IN_NAMES.join(', ')}; or give a path to a bot file)`);
  return entry;
}

/** Entries for several specs, in order; two entries with the same id are refused. */
export async function resolveEntries(specs: readonly string[], options: ResolveOptions = {}): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const spec of specs) entries.push(await resolveEntry(spec, options));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`two entries are called "${entry.id}": each bot may enter once (rename a file to enter two versions)`);
    seen.add(entry.id);
  }
  return entries;
}
