/**
 * What the sandbox costs: the example bots' decisions sandboxed and run directly (plain
 * V8), game for game on the same seeds, and the hostile test set's faults and times.
 *
 *   npm run -s bench:sandbox -- [--games N] [--json]
 *
 * A decision is timed from the host: the whole call of chooseOrders / chooseCrisis, with
 * the view sent in and the answer checked. The first decision of a game also resets the
 * bot to its freshly loaded state and sends it the scenario, so it is reported apart.
 * Both wall-clock and CPU time are given: on a busy machine the CPU time (this process's)
 * is the steadier of the two.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { SCRIPTED_BOTS } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';
import { playGame } from '../match/play.ts';
import { median } from '../match/stats.ts';
import { SCENARIOS, gameFor } from '../scenarios/catalog.ts';
import { bundleBotApi, loadStudentBot, quickJsModule, summariseFaults } from '../tournament/sandbox/index.ts';
import type { SandboxedBot } from '../tournament/sandbox/index.ts';
import { loadTrustedBot } from '../tournament/sandbox/unsandboxed.ts';
import { parseFlags, parseNumber, runCli } from './args.ts';

const EXAMPLES = ['examples/my-first-bot.ts', 'examples/reciprocator.js'];
const HOSTILE = 'test/sandbox/hostile';

interface Timing {
  /** ms per decision after a game's first. */
  decision: { median: number; mean: number };
  /** CPU ms per decision after a game's first (this process's user + system time). */
  decisionCpu: { median: number; mean: number };
  /** ms for a game's first decision (reset + scenario + decision). */
  firstDecision: { median: number; mean: number };
  /** ms per game (both bots; the rival is the built-in prudent). */
  game: number;
  decisions: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const stat = (xs: readonly number[]) => ({ median: round(median(xs)), mean: round(mean(xs)) });

interface Times {
  wall: number[];
  cpu: number[];
}

/** Runs one decision, adding its wall-clock and CPU time (ms) to `times`. */
function clocked<T>(times: Times, decide: () => T): T {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const answer = decide();
  times.wall.push(performance.now() - wall);
  const used = process.cpuUsage(cpu);
  times.cpu.push((used.user + used.system) / 1000);
  return answer;
}

/** Wraps a bot to time each of its decisions. */
function timed(bot: Bot, times: Times): Bot {
  return {
    name: bot.name,
    chooseOrders: (view, ctx) => clocked(times, () => bot.chooseOrders(view, ctx)),
    chooseCrisis: (view, ctx) => clocked(times, () => bot.chooseCrisis(view, ctx)),
  };
}

/** Plays `games` games of `make` (Blue) against prudent, cycling the scenarios. */
function measure(make: () => Bot, games: number, records: string[]): Timing {
  const first: number[] = [];
  const rest: number[] = [];
  const restCpu: number[] = [];
  const started = performance.now();
  for (let i = 0; i < games; i++) {
    const scenario = SCENARIOS[i % SCENARIOS.length];
    const game = scenario && gameFor(scenario.id);
    if (!game) throw new Error('no scenario');
    const times: Times = { wall: [], cpu: [] };
    const played = playGame(game, { blue: timed(make(), times), red: SCRIPTED_BOTS.prudent() }, { seed: 1000 + i });
    records.push(JSON.stringify(played.state.record));
    first.push(times.wall[0] ?? 0);
    rest.push(...times.wall.slice(1));
    restCpu.push(...times.cpu.slice(1));
  }
  return {
    decision: stat(rest),
    decisionCpu: stat(restCpu),
    firstDecision: stat(first),
    game: round((performance.now() - started) / games, 2),
    decisions: rest.length + first.length,
  };
}

runCli(async () => {
  const v = parseFlags({ games: { type: 'string', default: '60' }, json: { type: 'boolean', default: false } });
  const games = parseNumber('--games', v.games, { integer: true, min: 1, max: 10_000 });

  let t = performance.now();
  const botApi = await bundleBotApi();
  const bundleMs = performance.now() - t;
  t = performance.now();
  const wasmModule = await quickJsModule();
  const compileMs = performance.now() - t;

  const bots = [];
  for (const path of EXAMPLES) {
    const source = readFileSync(path, 'utf8');
    t = performance.now();
    const factory = await loadStudentBot(source, path, { botApi, wasmModule });
    const loadMs = performance.now() - t;
    const direct = loadTrustedBot(source, path);
    // Warm both up, then measure them in turns so machine load falls on both alike.
    measure(factory, 5, []);
    measure(direct, 5, []);
    const sandboxRecords: string[] = [];
    const plainRecords: string[] = [];
    const sandboxed = measure(factory, games, sandboxRecords);
    const plain = measure(direct, games, plainRecords);
    const sameGames = sandboxRecords.every((r, i) => r === plainRecords[i]);
    bots.push({
      bot: path,
      loadMs: round(loadMs, 1),
      sandboxed,
      plain,
      overheadPerDecisionMs: round(sandboxed.decision.median - plain.decision.median),
      overheadPerDecisionCpuMs: round(sandboxed.decisionCpu.mean - plain.decisionCpu.mean),
      sameGames,
    });
    factory.dispose();
  }

  const hostile = [];
  for (const file of readdirSync(HOSTILE).filter((f) => f.endsWith('.js')).sort()) {
    const source = readFileSync(join(HOSTILE, file), 'utf8');
    const limits = JSON.parse(/^\/\/ limits: (.+)$/m.exec(source)?.[1] ?? '{}') as Record<string, number>;
    t = performance.now();
    const factory = await loadStudentBot(source, file, { botApi, wasmModule, ...limits });
    const bot: SandboxedBot = factory();
    const game = gameFor('2021-red-lines');
    if (!game) throw new Error('no scenario');
    const played = playGame(game, { blue: bot, red: SCRIPTED_BOTS.prudent() }, { seed: 1 });
    hostile.push({ file, faults: summariseFaults(bot.faults) || 'none', engineRefusals: played.faults.length, gameOver: played.state.phase === 'over', ms: round(performance.now() - t, 0) });
    factory.dispose();
  }

  const report = { games, loadAverage: round(loadavg()[0] ?? 0, 1), bundleMs: round(bundleMs, 0), compileMs: round(compileMs, 0), bots, hostile };
  if (v.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const lines = [
    `Sandbox cost, ${games} games per bot against prudent (scenarios in turn); times in ms; load average ${loadavg()[0]?.toFixed(1)}`,
    `  once per process: bundle security-dilemma/bot ${report.bundleMs}, compile QuickJS ${report.compileMs}`,
  ];
  for (const b of bots) {
    lines.push(
      `  ${b.bot}: load ${b.loadMs} (two seats); per decision ${b.sandboxed.decision.median} sandboxed vs ${b.plain.decision.median} plain (median; means ${b.sandboxed.decision.mean} / ${b.plain.decision.mean}) → overhead ${b.overheadPerDecisionMs}`,
      `    CPU per decision ${b.sandboxed.decisionCpu.mean} vs ${b.plain.decisionCpu.mean} (means; medians ${b.sandboxed.decisionCpu.median} / ${b.plain.decisionCpu.median}) → overhead ${b.overheadPerDecisionCpuMs}`,
      `    a game's first decision ${b.sandboxed.firstDecision.median} vs ${b.plain.firstDecision.median}; a game ${b.sandboxed.game} vs ${b.plain.game}; ${b.sandboxed.decisions} decisions; same games: ${b.sameGames ? 'yes' : 'NO'}`,
    );
  }
  lines.push(`  hostile set (${hostile.length} bots, one game each):`);
  for (const h of hostile) lines.push(`    ${h.file.padEnd(30)} ${h.faults.padEnd(28)} ${String(h.ms).padStart(6)} ms${h.gameOver && h.engineRefusals === 0 ? '' : '  (!)'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
});
