/**
 * Bot tournaments:
 *
 *   npm run -s tournament -- --bots <name|path>,… [--scenario <id|all>] [--games N]
 *     [--seed S] [--time-per-move ms] [--jobs J] [--json] [--out dir] [--shard k/n]
 *   npm run -s tournament -- merge <dirs…> [--json] [--out dir]
 *
 * A round robin (src/tournament/): every pair of entries, each on each side, in each
 * pairing of intents and each scenario, N games a cell. This file only reads the command
 * line, spreads the games over worker threads (J, default one per core) with a progress
 * bar on a terminal, and prints or writes the results. The same command gives the same
 * standings, byte for byte, whatever J, and whether played at once or in shards.
 */
import { availableParallelism } from 'node:os';
import { SCENARIOS, gameFor } from '../scenarios/catalog.ts';
import { LEVEL_SETTINGS } from '../ai/strategist.ts';
import { backstopMs, strategistLevel, worldsFor } from '../tournament/entries.ts';
import type { DecisionBudget, Entry } from '../tournament/entries.ts';
import { mergeShards } from '../tournament/merge.ts';
import { gameCount, planGames, shardGames } from '../tournament/schedule.ts';
import type { ScheduledGame, Shard, TournamentSettings } from '../tournament/schedule.ts';
import { summariseTournament, summaryOf } from '../tournament/tournament.ts';
import type { TournamentResult } from '../tournament/tournament.ts';
import { BOT_FILE_LOADER_MODULE, loadEntries } from '../tournament/node/bot-files.ts';
import { playInWorkers } from '../tournament/node/pool.ts';
import type { PoolResult } from '../tournament/node/pool.ts';
import { copyRecord, readResults, writeResults } from '../tournament/node/results-dir.ts';
import { UsageError, parseFlags, parseFlagsAndWords, parseNumber, runCli } from './args.ts';
import { progressBar } from './progress.ts';
import { formatStandings } from './tournament-format.ts';

/** A round robin bigger than this is surely a typo (and would take days). */
const MAX_GAMES = 10_000_000;

function parseShard(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, such as 2/4, not "${text}"`);
  return { k, n };
}

function parseScenarios(text: string): string[] {
  if (text === 'all') return SCENARIOS.map((s) => s.id);
  const ids = text.split(',').map((s) => s.trim());
  for (const id of ids) if (!gameFor(id)) throw new UsageError(`unknown scenario "${id}" (shipped: ${SCENARIOS.map((s) => s.id).join(', ')}, or all)`);
  return ids;
}

/**
 * Rough cost of a game in ms, for batching and the progress bar's estimate only: a
 * scripted bot about 1 ms a game, the Strategist about 15 ms a game for each world it
 * searches per decision, a sandboxed student bot about 30 ms.
 */
function costOfEntry(entry: Entry, budget: DecisionBudget): number {
  if (entry.kind === 'file') return 30;
  const level = strategistLevel(entry.id);
  return level ? 15 * worldsFor(budget.timePerMoveMs ?? LEVEL_SETTINGS[level].budgetMs) : 1;
}

function print(result: TournamentResult, json: boolean, shard?: Shard): void {
  process.stdout.write(json ? `${JSON.stringify(summaryOf(result))}\n` : `${formatStandings(result, shard)}\n`);
}

async function play(): Promise<void> {
  const v = parseFlags({
    bots: { type: 'string' },
    scenario: { type: 'string', default: 'all' },
    games: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'time-per-move': { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    shard: { type: 'string' },
  });
  if (!v.bots) throw new UsageError('--bots is required: two or more built-in names or bot files, separated by commas');
  const specs = v.bots
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (specs.length < 2) throw new UsageError('--bots needs at least two entries for a round robin');
  const games = parseNumber('--games', v.games, { integer: true, min: 1, max: 100_000 });
  const seed = parseNumber('--seed', v.seed, { integer: true, min: 0, max: 2 ** 31 - 1 - games });
  const timePerMoveMs = v['time-per-move'] === undefined ? undefined : parseNumber('--time-per-move', v['time-per-move'], { integer: true, min: 1, max: 600_000 });
  const jobs = v.jobs === undefined ? availableParallelism() : parseNumber('--jobs', v.jobs, { integer: true, min: 1, max: 256 });
  const shard = parseShard(v.shard);
  if (shard && !v.out) throw new UsageError('--shard needs --out: a shard is only useful written down, for merge');
  const scenarios = parseScenarios(v.scenario);
  const budget: DecisionBudget = timePerMoveMs === undefined ? {} : { timePerMoveMs };

  let entries: Entry[];
  try {
    entries = await loadEntries(specs, budget, BOT_FILE_LOADER_MODULE);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const settings: TournamentSettings = { entries: entries.map((e) => e.id), scenarios, games, seed, ...(timePerMoveMs === undefined ? {} : { timePerMoveMs }) };
  if (gameCount(settings) > MAX_GAMES) throw new UsageError(`${gameCount(settings)} games is too many for one tournament (at most ${MAX_GAMES}); lower --games or shard it`);
  const schedule = planGames(settings);
  const mine = shard ? shardGames(schedule, shard) : schedule;

  const entryCost = entries.map((e) => costOfEntry(e, budget));
  const costOf = (g: ScheduledGame) => (entryCost[g.blue] ?? 1) + (entryCost[g.red] ?? 1);
  const bar = progressBar(mine.reduce((s, g) => s + costOf(g), 0));
  let played: PoolResult;
  try {
    played = await playInWorkers(mine, {
      settings,
      specs,
      watched: new Set(entries.flatMap((e, i) => (e.kind === 'file' ? [i] : []))),
      jobs,
      keepRecords: v.out !== undefined,
      ...(BOT_FILE_LOADER_MODULE ? { loaderModule: BOT_FILE_LOADER_MODULE } : {}),
      backstopMs: backstopMs(budget),
      costOf,
      onProgress: bar.advance,
    });
  } finally {
    bar.done();
  }
  const result = summariseTournament(settings, entries, played.rows, played.stopped);
  if (v.out) writeResults(v.out, { result, specs, scheduled: schedule.length, ...(shard ? { shard } : {}), records: played.records });
  print(result, v.json, shard);
}

async function merge(args: string[]): Promise<void> {
  const { values: v, words: dirs } = parseFlagsAndWords({ json: { type: 'boolean', default: false }, out: { type: 'string' } }, args);
  if (dirs.length === 0) throw new UsageError('merge needs the results folders of the shards: merge <dir> <dir>…');
  const parts = dirs.map((dir) => {
    try {
      return readResults(dir);
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
  });
  let result: TournamentResult;
  try {
    result = mergeShards(
      parts.map((p) => ({
        source: p.dir,
        engineVersion: p.manifest.engineVersion,
        settings: p.manifest.settings,
        entries: p.manifest.entries.map((e) => ({ id: e.id, label: e.label })),
        ...(p.manifest.shard ? { shard: p.manifest.shard } : {}),
        disqualified: p.manifest.disqualified,
        rows: p.rows,
      })),
    );
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (v.out) {
    const first = parts[0];
    const where = new Map(parts.flatMap((p) => p.rows.map((r) => [r.game, p] as const)));
    const withRecords = parts.every((p) => p.manifest.records);
    writeResults(v.out, {
      result,
      specs: first?.manifest.entries.map((e) => e.spec) ?? [],
      scheduled: first?.manifest.scheduled ?? 0,
      ...(withRecords
        ? {
            records: (index: number, to: string) => {
              const from = where.get(index);
              if (!from) throw new Error(`no shard holds game ${index}`);
              copyRecord(from, index, to);
            },
          }
        : {}),
    });
  }
  print(result, v.json);
}

runCli(() => (process.argv[2] === 'merge' ? merge(process.argv.slice(3)) : play()));
