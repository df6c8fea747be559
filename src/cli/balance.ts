/**
 * The balance benchmark: `npm run -s balance -- [--scenario id|all] [--games N]
 *   [--strategist-games M] [--seed S] [--jobs J] [--length full|lesson] [--json]`.
 *
 * For each scenario: equal reference players and equal Strategists in the four intent
 * pairings, how and when wars and crises open, what war is worth to a security seeker,
 * whether reassurance moves perception, a round robin of the scripted bots, and the
 * balance targets with PASS/FAIL. The measuring is src/match/balance.ts; this file only
 * spreads the games over processes (J, default one per core), shows progress on a
 * terminal and prints. Every game's seed belongs to its configuration and the reports
 * are summarised in plan order, so J never changes the output. With --length lesson
 * every game is a lesson-length one, and --scenario all means every scenario that has a
 * lesson.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { lengthsOf } from '../engine/index.ts';
import type { Game } from '../engine/index.ts';
import { SCENARIOS } from '../scenarios/catalog.ts';
import { balanceSettings, planFixtures, playFixture, summariseBalance } from '../match/balance.ts';
import type { BalanceSettings, Fixture, GameReport, ScenarioBalance } from '../match/balance.ts';
import { loadGame, parseFlags, parseLength, parseNumber, runCli } from './args.ts';
import { formatScenario, formatTargetSummary } from './balance-format.ts';
import { progressBar } from './progress.ts';

/** A slice of one scenario's plan, played by one process. */
interface Task {
  id: number;
  scenario: string;
  from: number;
  to: number;
  settings: BalanceSettings;
}

type Reply = { id: number; reports: GameReport[] } | { id: number; error: string };

/** Rough cost of a game in ms, for sizing tasks and for the progress bar's estimate only. */
const COST_MS = { strategists: 2500, scripted: 1.5 };
/** Scripted games per task: big enough that messages cost little, small enough to share out evenly. */
const CHUNK = 200;

const games = new Map<string, Game>();
function gameOf(scenario: string): Game {
  let game = games.get(scenario);
  if (!game) {
    game = loadGame(scenario);
    games.set(scenario, game);
  }
  return game;
}

function playTask(task: Task): GameReport[] {
  const game = gameOf(task.scenario);
  return planFixtures(task.settings)
    .slice(task.from, task.to)
    .map((f) => playFixture(game, f, task.settings));
}

const costOf = (f: Fixture) => (f.purpose === 'strategists' ? COST_MS.strategists : COST_MS.scripted);

/** Tasks for every scenario: each Strategist game alone, scripted games in chunks; the long ones first so no process is left with one at the end. */
function planTasks(scenarios: readonly string[], settings: BalanceSettings): { task: Task; cost: number }[] {
  const fixtures = planFixtures(settings);
  const long: { task: Task; cost: number }[] = [];
  const short: { task: Task; cost: number }[] = [];
  let id = 0;
  for (const scenario of scenarios) {
    let i = 0;
    while (i < fixtures.length) {
      const first = fixtures[i];
      if (!first) break;
      let to = i + 1;
      if (first.purpose !== 'strategists') while (to < fixtures.length && to - i < CHUNK && fixtures[to]?.purpose !== 'strategists') to++;
      const cost = fixtures.slice(i, to).reduce((s, f) => s + costOf(f), 0);
      (first.purpose === 'strategists' ? long : short).push({ task: { id: id++, scenario, from: i, to, settings }, cost });
      i = to;
    }
  }
  return [...long, ...short];
}

// ---------------------------------------------------------------- processes

/** Plays the tasks in `jobs` child processes (or here, for one), returning reports by task id. */
async function playAll(tasks: readonly { task: Task; cost: number }[], jobs: number): Promise<Map<number, GameReport[]>> {
  const results = new Map<number, GameReport[]>();
  const bar = progressBar(tasks.reduce((s, t) => s + t.cost, 0));
  if (jobs <= 1) {
    for (const { task, cost } of tasks) {
      results.set(task.id, playTask(task));
      bar.advance(cost);
    }
    bar.done();
    return results;
  }
  const queue = [...tasks];
  const children: ChildProcess[] = [];
  const costs = new Map(tasks.map((t) => [t.task.id, t.cost]));
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (child: ChildProcess) => {
        const next = queue.shift();
        if (!next) {
          child.disconnect();
          if (--running === 0) resolve();
          return;
        }
        child.send(next.task);
      };
      for (let j = 0; j < Math.min(jobs, tasks.length); j++) {
        const child = fork(fileURLToPath(import.meta.url), ['--worker'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        children.push(child);
        running++;
        child.on('message', (reply: Reply) => {
          if ('error' in reply) return reject(new Error(reply.error));
          results.set(reply.id, reply.reports);
          bar.advance(costs.get(reply.id) ?? 0);
          feed(child);
        });
        child.on('error', reject);
        child.on('exit', (code) => {
          if (code !== 0 && code !== null) reject(new Error(`a benchmark process exited with code ${code}`));
        });
        feed(child);
      }
      if (running === 0) resolve();
    });
  } finally {
    bar.done();
    for (const child of children) if (child.connected) child.kill();
  }
  return results;
}

/** A child process: plays each task it is sent and sends back the reports. */
function serve(): void {
  process.on('message', (task: Task) => {
    let reply: Reply;
    try {
      reply = { id: task.id, reports: playTask(task) };
    } catch (e) {
      reply = { id: task.id, error: e instanceof Error ? e.message : String(e) };
    }
    process.send?.(reply);
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const v = parseFlags({
      scenario: { type: 'string', default: 'all' },
      games: { type: 'string', default: '100' },
      'strategist-games': { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      length: { type: 'string', default: 'full' },
      json: { type: 'boolean', default: false },
  });
  const n = parseNumber('--games', v.games, { integer: true, min: 1, max: 100_000 });
  const m = parseNumber('--strategist-games', v['strategist-games'], { integer: true, min: 0, max: 10_000 });
  const seed = parseNumber('--seed', v.seed, { integer: true, min: 0, max: 2 ** 31 - 1 });
  const jobs = v.jobs === undefined ? availableParallelism() : parseNumber('--jobs', v.jobs, { integer: true, min: 1, max: 256 });
  const lesson = v.length === 'lesson';
  const scenarios = v.scenario === 'all' ? SCENARIOS.filter((s) => !lesson || lengthsOf(s).includes('lesson')).map((s) => s.id) : [v.scenario];
  // Fail on a bad scenario or length here, with one line, before any process starts.
  let length = parseLength(gameOf(scenarios[0] ?? ''), v.length);
  for (const s of scenarios) length = parseLength(gameOf(s), v.length);
  const settings = balanceSettings({ games: n, strategistGames: m, seed, length });

  const tasks = planTasks(scenarios, settings);
  const reports = await playAll(tasks, jobs);
  const byScenario = new Map<string, GameReport[]>();
  // Tasks were numbered in plan order, scenario by scenario: gather them back that way.
  for (const { task } of [...tasks].sort((a, b) => a.task.id - b.task.id)) {
    const got = reports.get(task.id);
    if (!got) throw new Error(`no results for part ${task.id} of the benchmark`);
    byScenario.set(task.scenario, [...(byScenario.get(task.scenario) ?? []), ...got]);
  }
  const fixtures = planFixtures(settings);
  const results: ScenarioBalance[] = scenarios.map((s) => summariseBalance(gameOf(s).scenario.id, settings, fixtures, byScenario.get(s) ?? []));

  if (v.json) {
    const { games, strategistGames, roundRobinGames, strategistWorlds } = settings;
    process.stdout.write(`${JSON.stringify({ seed, games, strategistGames, roundRobinGames, strategistWorlds, ...(lesson ? { length } : {}), scenarios: results })}\n`);
    return;
  }
  const blocks = results.map((r) => formatScenario(r, gameOf(r.scenario), settings));
  process.stdout.write(`${[...blocks, formatTargetSummary(results)].join('\n\n')}\n`);
}

if (process.argv.includes('--worker')) serve();
else runCli(main);
