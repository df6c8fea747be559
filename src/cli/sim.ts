/**
 * The headless simulator. Its command line and JSON output are a contract other tools
 * rely on (see README): same arguments, same output, byte for byte.
 *
 *   npm run -s sim -- --scenario <id|path> [--blue <bot|file>] [--red <bot|file>]
 *     [--blue-intent security|revisionist|random] [--red-intent …] [--games N]
 *     [--seed S] [--set key=value]… [--length full|lesson] [--json] [--bot-log]
 *
 * A bot given as a file (.js or .ts) is a student's bot and runs sandboxed, as in a
 * tournament; its faults are summed up after the games (on stderr with --json, so the
 * JSON stays one object), and --bot-log shows its console output on stderr.
 */
import { TREATIES } from '../engine/index.ts';
import type { GameOptions, Intent, Side, Treaty } from '../engine/index.ts';
import { LAB_KEYS } from '../engine/scenario.ts';
import { BOT_NAMES, createBot } from '../players/roster.ts';
import { simulate } from '../match/simulate.ts';
import type { Bot } from '../bots/types.ts';
import { isBotPath, loadStudentBotFile, summariseFaults } from '../tournament/sandbox/index.ts';
import type { SandboxedBot, SandboxFault } from '../tournament/sandbox/index.ts';
import { UsageError, loadGame, parseFlags, parseLength, parseNumber, runCli } from './args.ts';

function parseIntent(flag: string, value: string | undefined): Intent | undefined {
  if (value === undefined || value === 'random') return undefined;
  if (value === 'security' || value === 'revisionist') return value;
  throw new UsageError(`${flag} must be security, revisionist or random, not "${value}"`);
}

function parseSets(sets: readonly string[]): { settings: Record<string, number>; treaties?: Treaty[] } {
  const settings: Record<string, number> = {};
  let treaties: Treaty[] | undefined;
  for (const item of sets) {
    const eq = item.indexOf('=');
    if (eq < 1) throw new UsageError(`--set takes key=value, not "${item}"`);
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1);
    if (key === 'treaties') {
      treaties = value === '' ? [] : value.split(',').map((t) => t.trim()) as Treaty[];
      for (const t of treaties) if (!(TREATIES as readonly string[]).includes(t)) throw new UsageError(`unknown treaty "${t}" (known: ${TREATIES.join(', ')})`);
      continue;
    }
    if (!LAB_KEYS.includes(key)) throw new UsageError(`unknown --set key "${key}" (known: ${[...LAB_KEYS, 'treaties'].join(', ')})`);
    const bounds = key.endsWith('fear') ? { min: 0, max: 0.5 } : key === 'tension' ? { min: 0, max: 10 } : key === 'offenseAdvantage' ? { min: 0.2, max: 1 } : { min: 0, max: 1 };
    const n = parseNumber(`--set ${key}`, value, bounds);
    if (key.endsWith('priorHostility') && (n <= 0 || n >= 1)) throw new UsageError(`--set ${key} must be strictly between 0 and 1, not ${n}`);
    settings[key] = n;
  }
  return treaties ? { settings, treaties } : { settings };
}

function botName(flag: string, value: string): string {
  if (!BOT_NAMES.includes(value) && !isBotPath(value))
    throw new UsageError(`${flag}: unknown bot "${value}" (known: ${BOT_NAMES.join(', ')}; or a path to a .js or .ts bot file)`);
  return value;
}

/** A side's player: a built-in by name, or a student's file, sandboxed (its bots kept to count their faults). */
interface Player {
  make: () => Bot;
  sandboxed: SandboxedBot[] | undefined;
}

async function playerFor(flag: string, name: string, side: Side, botLog: boolean): Promise<Player> {
  if (BOT_NAMES.includes(name)) return { make: () => createBot(name), sandboxed: undefined };
  const onLog = botLog ? (text: string) => process.stderr.write(`${text.split('\n').map((line) => `[${side}] ${line}`).join('\n')}\n`) : undefined;
  const factory = await loadStudentBotFile(name, onLog ? { onLog } : {}).catch((e: unknown) => {
    throw new UsageError(`${flag}: cannot read bot file "${name}" (${e instanceof Error ? e.message : String(e)})`);
  });
  if (factory.loadFault) process.stderr.write(`warning: ${name} cannot make a bot: ${factory.loadFault.code} — ${factory.loadFault.message}\n`);
  const sandboxed: SandboxedBot[] = [];
  return {
    make: () => {
      const bot = factory();
      sandboxed.push(bot);
      return bot;
    },
    sandboxed,
  };
}

/** "Blue (examples/x.ts): 3 faults — OUT_OF_FUEL ×2, THREW; first, turn 2: …", or undefined if none. */
function faultLine(label: string, name: string, bots: readonly SandboxedBot[] | undefined): string | undefined {
  if (!bots) return undefined;
  const faults: SandboxFault[] = bots.flatMap((b) => b.faults);
  if (faults.length === 0) return `  ${label} (${name}): no faults`;
  const first = faults[0];
  const where = first?.turn !== undefined ? `, turn ${first.turn}` : '';
  return `  ${label} (${name}): ${faults.length} fault${faults.length === 1 ? '' : 's'} — ${summariseFaults(faults)}; first (${first?.phase}${where}): ${first?.message}`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

runCli(async () => {
  const v = parseFlags({
      scenario: { type: 'string' },
      blue: { type: 'string', default: 'prudent' },
      red: { type: 'string', default: 'prudent' },
      'blue-intent': { type: 'string', default: 'random' },
      'red-intent': { type: 'string', default: 'random' },
      games: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      set: { type: 'string', multiple: true, default: [] },
      length: { type: 'string', default: 'full' },
      json: { type: 'boolean', default: false },
      'bot-log': { type: 'boolean', default: false },
  });
  if (!v.scenario) throw new UsageError('--scenario is required (a shipped id or a path to a .json file)');
  const game = loadGame(v.scenario);
  const games = parseNumber('--games', v.games, { integer: true, min: 1, max: 1_000_000 });
  const seed = parseNumber('--seed', v.seed, { integer: true, min: 0, max: 2 ** 31 - 1 });
  const names: Record<Side, string> = { blue: botName('--blue', v.blue), red: botName('--red', v.red) };
  const intents: Partial<Record<Side, Intent>> = {};
  const blueIntent = parseIntent('--blue-intent', v['blue-intent']);
  const redIntent = parseIntent('--red-intent', v['red-intent']);
  if (blueIntent) intents.blue = blueIntent;
  if (redIntent) intents.red = redIntent;
  const { settings, treaties } = parseSets(v.set);
  const options: Omit<GameOptions, 'seed'> = { settings, intentMode: blueIntent || redIntent ? 'fixed' : 'random', intents };
  if (treaties) options.treaties = treaties;
  const length = parseLength(game, v.length);
  if (length !== 'full') options.length = length;

  const players = {
    blue: await playerFor('--blue', names.blue, 'blue', v['bot-log']),
    red: await playerFor('--red', names.red, 'red', v['bot-log']),
  };
  const summary = simulate(game, { blue: players.blue.make, red: players.red.make }, names, options, games, seed);
  const faultLines = [faultLine('Blue', names.blue, players.blue.sandboxed), faultLine('Red', names.red, players.red.sandboxed)].filter((l) => l !== undefined);
  if (v.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    const faulty = faultLines.filter((l) => !l.endsWith('no faults'));
    if (faulty.length > 0) process.stderr.write(`sandbox faults:\n${faulty.join('\n')}\n`);
    return;
  }
  const lines = [
    `${game.scenario.name}: ${summary.games} games from seed ${summary.seed}`,
    `  Blue (${summary.blue.bot}): ${summary.blue.wins} wins, mean score ${summary.blue.meanScore}, achievement ${summary.blue.meanAchievement}, final perceived hostility of Red ${pct(summary.blue.meanFinalPerceivedHostility)}`,
    `  Red  (${summary.red.bot}): ${summary.red.wins} wins, mean score ${summary.red.meanScore}, achievement ${summary.red.meanAchievement}, final perceived hostility of Blue ${pct(summary.red.meanFinalPerceivedHostility)}`,
    `  draws ${summary.draws}; mutual security ${pct(summary.mutualSecurity)}; crisis in ${pct(summary.crisisRate)} of games; war in ${pct(summary.warRate)}`,
    `  mean tension ${summary.meanTension}; mean length ${summary.meanTurns} turns`,
    ...(faultLines.length > 0 ? ['  sandbox faults:', ...faultLines.map((l) => `  ${l}`)] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
