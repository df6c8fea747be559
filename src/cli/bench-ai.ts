/**
 * The Strategist's benchmark: `npm run -s bench:ai -- [--games N] [--budget ms] [--json]`.
 *
 * Plays the Strategist (default level unless --level) against every scripted bot, on
 * both sides, with both intents for each side, in every historical scenario, and
 * reports its think time per decision and, per opponent, its win rate by achievement
 * (draw = ½) with a 95% Wilson interval and its mean achievement.
 *
 *   --games N      games per opponent (default: one per configuration, 32 with 4 scenarios)
 *   --budget ms    think time per decision (default: the level's, 150 ms at normal)
 *   --level L      easy | normal | hard
 *   --bots a,b     only these opponents       --scenarios x,y   only these scenarios
 *   --jobs J       games in J processes at once (default 1; think times then share the CPU)
 *   --seed S       first game seed (default 1)
 *   --pars P       `scenario` (default): achievement against the pars in the scenario files;
 *                  `calibrated`: against pars computed here as `npm run calibrate` would
 *                  (reference bots in self-play, 200 games per side and intent), for when
 *                  the files' pars are still 0
 *   --rivalry R, --horizon H, --boldness B, --suspicion S
 *                  tuning: override the Strategist's settings
 *   --player P     for comparison: play `reference` or a scripted bot in the Strategist's seat
 *   --losses       also list every game not won
 *   --json         print only the JSON summary
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INTENTS, SIDES, outcome, rivalOf } from '../engine/index.ts';
import type { Game, GameState, Intent, ParTable, Side } from '../engine/index.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';
import { playGame } from '../match/play.ts';
import { computePars } from '../match/pars.ts';
import { wilson } from '../match/stats.ts';
import { referenceBot } from '../match/reference.ts';
import { HISTORICAL_IDS, gameFor } from '../scenarios/catalog.ts';
import { createStrategist, LEVELS } from '../ai/strategist.ts';
import type { Level, StrategistOptions } from '../ai/strategist.ts';

interface GameResult {
  bot: string;
  /** Both sides' scores and the turn the game ended, for --losses. */
  scores: Record<Side, number>;
  turns: number;
  scenario: string;
  side: Side;
  intents: Record<Side, Intent>;
  seed: number;
  /** 1 win, ½ draw, 0 loss for the Strategist. */
  points: number;
  achievement: number;
  war: boolean;
  thinkMs: number[];
  faults: number;
}

interface Config {
  scenario: string;
  side: Side;
  mine: Intent;
  theirs: Intent;
}

function configs(scenarios: readonly string[]): Config[] {
  const out: Config[] = [];
  // Sides vary fastest, then scenarios, then intents, so a few games already cover both
  // sides of several scenarios.
  for (const theirs of ['security', 'revisionist'] as const)
    for (const mine of ['security', 'revisionist'] as const)
      for (const scenario of scenarios) for (const side of ['blue', 'red'] as const) out.push({ scenario, side, mine, theirs });
  return out;
}

/** Times every decision of a bot. */
function timed(bot: Bot, times: number[]): Bot {
  return {
    name: bot.name,
    chooseOrders(view, ctx) {
      const t0 = performance.now();
      const orders = bot.chooseOrders(view, ctx);
      times.push(performance.now() - t0);
      return orders;
    },
    chooseCrisis(view, ctx) {
      const t0 = performance.now();
      const choice = bot.chooseCrisis(view, ctx);
      times.push(performance.now() - t0);
      return choice;
    },
  };
}

function botByName(name: string): Bot {
  const make = (SCRIPTED_BOTS as Record<string, (() => Bot) | undefined>)[name];
  if (!make) throw new Error(`unknown bot "${name}"`);
  return make();
}

/** A side's achievement as outcome() would give it with other pars. */
function achievementWith(game: Game, state: GameState, pars: ParTable, side: Side): number {
  const result = outcome({ ...game, scenario: { ...game.scenario, pars } }, state);
  if (!result.ok) throw new Error(`game did not finish: ${result.error.message}`);
  return result.value.sides[side].achievement;
}

/** Who plays the benchmark's side: the Strategist, or (for comparison) a scripted bot or the calibration's reference player. */
let player = 'strategist';

function playOne(bot: string, config: Config, seed: number, options: StrategistOptions, pars: ParTable | undefined): GameResult {
  const game = gameFor(config.scenario);
  if (!game) throw new Error(`unknown scenario "${config.scenario}"`);
  const times: number[] = [];
  const strategist = timed(player === 'strategist' ? createStrategist(options) : player === 'reference' ? referenceBot() : botByName(player), times);
  const make = () => botByName(bot);
  const rival = rivalOf(config.side);
  const intents = { [config.side]: config.mine, [rival]: config.theirs } as Record<Side, Intent>;
  const bots = { [config.side]: strategist, [rival]: make() } as Record<Side, Bot>;
  const played = playGame(game, bots, { seed, intents });
  const result = outcome(game, played.state);
  if (!result.ok) throw new Error(`game did not finish: ${result.error.message}`);
  const o = result.value;
  // Achievement against the chosen pars: the scenario's (outcome's own), or calibrated ones.
  const achievement = (side: Side) => (pars ? achievementWith(game, played.state, pars, side) : o.sides[side].achievement);
  const diff = achievement(config.side) - achievement(rival);
  return {
    bot,
    scores: { blue: o.sides.blue.score, red: o.sides.red.score },
    turns: played.state.turn,
    scenario: config.scenario,
    side: config.side,
    intents,
    seed,
    points: Math.abs(diff) < 1e-9 ? 0.5 : diff > 0 ? 1 : 0,
    achievement: achievement(config.side),
    war: o.war,
    thinkMs: times,
    faults: played.faults.filter((f) => f.side === config.side).length,
  };
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i] ?? 0;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function summarise(results: readonly GameResult[], bots: readonly string[]) {
  const times = results.flatMap((r) => r.thinkMs);
  const vs: Record<string, { games: number; winRate: number; meanAchievement: number; ci95: [number, number] }> = {};
  for (const bot of bots) {
    const mine = results.filter((r) => r.bot === bot);
    const n = mine.length;
    const winRate = n ? mine.reduce((s, r) => s + r.points, 0) / n : 0;
    const [lo, hi] = wilson(winRate, n);
    vs[bot] = {
      games: n,
      winRate: round(winRate),
      meanAchievement: round(n ? mine.reduce((s, r) => s + r.achievement, 0) / n : 0, 2),
      ci95: [round(lo), round(hi)],
    };
  }
  return { thinkMs: { median: round(quantile(times, 0.5), 1), p95: round(quantile(times, 0.95), 1) }, vs };
}

interface Plan {
  bot: string;
  config: Config;
  seed: number;
}

function plan(bots: readonly string[], scenarios: readonly string[], games: number | undefined, seed: number): Plan[] {
  const all = configs(scenarios);
  const per = games ?? all.length;
  const out: Plan[] = [];
  for (const bot of bots)
    for (let i = 0; i < per; i++) {
      const config = all[i % all.length];
      if (config) out.push({ bot, config, seed: seed + i });
    }
  return out;
}

function list(value: string | undefined, allowed: readonly string[], flag: string): string[] {
  if (!value) return [...allowed];
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item)) throw new Error(`${flag}: unknown "${item}" (known: ${allowed.join(', ')})`);
  return items;
}

function runShard(args: string[]): Promise<GameResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`a benchmark process exited with code ${code}`));
      else resolve(JSON.parse(out) as GameResult[]);
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      games: { type: 'string' },
      budget: { type: 'string' },
      level: { type: 'string', default: 'normal' },
      bots: { type: 'string' },
      scenarios: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      shard: { type: 'string' },
      progress: { type: 'boolean', default: false },
      pars: { type: 'string', default: 'scenario' },
      rivalry: { type: 'string' },
      horizon: { type: 'string' },
      boldness: { type: 'string' },
      suspicion: { type: 'string' },
      player: { type: 'string', default: 'strategist' },
      losses: { type: 'boolean', default: false },
    },
  });
  player = values.player;
  if (values.pars !== 'scenario' && values.pars !== 'calibrated') throw new Error('--pars must be scenario or calibrated');
  const level = values.level as Level;
  if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`--level must be one of ${LEVELS.join(', ')}`);
  const games = values.games === undefined ? undefined : Number(values.games);
  if (games !== undefined && !(Number.isInteger(games) && games > 0)) throw new Error('--games must be a positive whole number');
  const budgetMs = values.budget === undefined ? undefined : Number(values.budget);
  if (budgetMs !== undefined && !(budgetMs > 0)) throw new Error('--budget must be a positive number of milliseconds');
  const jobs = Math.max(1, Math.floor(Number(values.jobs)));
  const seed = Math.floor(Number(values.seed));
  const bots = list(values.bots, SCRIPTED_BOT_NAMES, '--bots');
  const scenarios = list(values.scenarios, HISTORICAL_IDS, '--scenarios');
  const plans = plan(bots, scenarios, games, seed);
  const options: StrategistOptions = { level };
  if (budgetMs !== undefined) options.budgetMs = budgetMs;
  if (values.rivalry !== undefined) options.rivalry = Number(values.rivalry);
  if (values.horizon !== undefined) options.horizon = Number(values.horizon);
  if (values.boldness !== undefined || values.suspicion !== undefined)
    options.temperament = { boldness: Number(values.boldness ?? 0), suspicion: Number(values.suspicion ?? 0) };
  const parsFor = new Map<string, ParTable>();
  const pars = (scenario: string): ParTable | undefined => {
    if (values.pars !== 'calibrated') return undefined;
    let p = parsFor.get(scenario);
    if (!p) {
      const game = gameFor(scenario);
      if (!game) throw new Error(`unknown scenario "${scenario}"`);
      p = computePars(game, 200);
      parsFor.set(scenario, p);
    }
    return p;
  };

  let results: GameResult[];
  if (values.shard !== undefined) {
    // A child process: play every jobs-th game and print the raw results.
    const [index, count] = values.shard.split('/').map(Number);
    results = plans.filter((_, i) => i % (count ?? 1) === (index ?? 0)).map((p) => playOne(p.bot, p.config, p.seed, options, pars(p.config.scenario)));
    process.stdout.write(JSON.stringify(results));
    return;
  }
  if (jobs > 1) {
    const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--json' && a !== '--jobs' && all[i - 1] !== '--jobs' && !a.startsWith('--jobs='));
    const shards = await Promise.all(Array.from({ length: jobs }, (_, i) => runShard([...passOn, '--shard', `${i}/${jobs}`])));
    results = shards.flat();
  } else {
    results = [];
    for (const p of plans) {
      results.push(playOne(p.bot, p.config, p.seed, options, pars(p.config.scenario)));
      if (values.progress) process.stderr.write(`${results.length}/${plans.length}\r`);
    }
  }
  const summary = summarise(results, bots);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const faults = results.reduce((s, r) => s + r.faults, 0);
  const wars = results.filter((r) => r.war).length;
  const lines = [
    `Strategist (${level}${budgetMs !== undefined ? `, ${budgetMs} ms budget` : ''}) vs scripted bots — ${scenarios.length} scenarios × both sides × both intents each; ${values.pars} pars`,
    `think time per decision: median ${summary.thinkMs.median} ms, p95 ${summary.thinkMs.p95} ms (${results.reduce((s, r) => s + r.thinkMs.length, 0)} decisions)`,
    '',
    `${'opponent'.padEnd(12)}${'games'.padStart(6)}${'win rate'.padStart(10)}${'95% CI'.padStart(16)}${'mean ach.'.padStart(11)}`,
  ];
  for (const [bot, s] of Object.entries(summary.vs))
    lines.push(
      `${bot.padEnd(12)}${String(s.games).padStart(6)}${`${(s.winRate * 100).toFixed(1)}%`.padStart(10)}${`${(s.ci95[0] * 100).toFixed(0)}–${(s.ci95[1] * 100).toFixed(0)}%`.padStart(16)}${s.meanAchievement.toFixed(1).padStart(11)}`,
    );
  lines.push('', 'by intents (mine vs theirs) and side:');
  for (const mine of INTENTS)
    for (const theirs of INTENTS)
      for (const side of SIDES) {
        const some = results.filter((r) => r.side === side && r.intents[side] === mine && r.intents[rivalOf(side)] === theirs);
        if (some.length === 0) continue;
        const rate = some.reduce((sum, r) => sum + r.points, 0) / some.length;
        lines.push(`  ${mine.padEnd(11)} vs ${theirs.padEnd(11)} as ${side.padEnd(4)}: ${(rate * 100).toFixed(0).padStart(3)}% of ${some.length}`);
      }
  lines.push('', `${wars} of ${results.length} games ended in war; ${faults} illegal or failed moves by the benchmarked player.`);
  if (values.losses) {
    lines.push('', 'games not won (seed, scenario, side, intents mine/theirs, scores mine/theirs, end):');
    for (const r of results.filter((x) => x.points < 1)) {
      const rival = rivalOf(r.side);
      lines.push(
        `  ${r.bot} seed ${r.seed} ${r.scenario} ${r.side} ${r.intents[r.side]}/${r.intents[rival]}: ${r.scores[r.side].toFixed(1)}/${r.scores[rival].toFixed(1)}, ${r.war ? `war in turn ${r.turns}` : `turn ${r.turns}`}${r.points === 0.5 ? ' (draw)' : ''}`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
