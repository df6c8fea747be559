/**
 * Shared builders for the engine, scenario and CLI tests: the small fixed fixture
 * scenario (and variants of it), submitting a whole turn, and reading results that must
 * succeed. Everything here goes through the engine's public API.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awaiting, createGame, newGame, orderDraft, submitCrisisChoice, submitOrders, view } from '../src/engine/index.ts';
import type { CrisisChoice, Game, GameOptions, GameState, Order, RecordStep, Result, Scenario, Side } from '../src/engine/index.ts';
import { TENSION } from '../src/engine/rules.ts';
import { formatProblem, loadScenario } from '../src/engine/scenario.ts';
import { MAP, gameFor } from '../src/scenarios/catalog.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a command-line run printed, and its exit code (−1 when it was killed). */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs one of the project's command-line scripts (`src/cli/sim.ts`…) as a real child process. */
export function runCli(script: string, args: readonly string[], timeoutMs: number): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, script, ...args], { cwd: ROOT, timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}
const FIXTURE_PATH = fileURLToPath(new URL('./fixtures/fixture.json', import.meta.url));

/** The fixture scenario as raw JSON (a fresh deep copy each call). */
export function fixtureJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>;
}

/** A deep copy of any JSON value. */
export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The state as JSON text: what "unchanged" and "identical" mean in these tests. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Loads scenario JSON against the shipped map, failing loudly with every problem. */
export function loadOrThrow(raw: unknown, file = 'test-scenario'): Scenario {
  const loaded = loadScenario(raw, MAP, file);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

/**
 * The fixture game, optionally changed first. `quiet` drops the fixture's events (a
 * random one moves Red's perception), so a test sees only what its orders cause.
 */
export function fixtureGame(change?: (scenario: FixtureScenario) => void, opts: { quiet?: boolean } = {}): Game {
  const raw = fixtureJson() as unknown as FixtureScenario;
  if (opts.quiet) raw.events = [];
  change?.(raw);
  return createGame(loadOrThrow(raw, 'fixture'), MAP);
}

/** The fixture's JSON shape, loosely typed so tests can break or bend it. */
export interface FixtureScenario {
  id: string;
  year: number;
  turns: number;
  sides: Record<Side, Record<string, unknown> & { targets: string[] }>;
  world: { tension: number; distinguishability: number; offenseAdvantage: number; noise: number; treaties: string[] };
  regions: Record<string, { alignment: number; home?: Side; contested?: boolean; backers?: Side[]; forces?: Partial<Record<Side, Record<string, number>>> }>;
  events: Record<string, unknown>[];
  pars: Record<Side, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The quiet fixture (no events), the usual ground for one-rule tests. */
export const QUIET: Game = fixtureGame(undefined, { quiet: true });

/** Fixed intents so a test never depends on the intent draw. */
export const SS: GameOptions['intents'] = { blue: 'security', red: 'security' };

export function start(game: Game = QUIET, options: Partial<GameOptions> = {}): GameState {
  return newGame(game, { seed: 1, intents: SS, ...options });
}

/** The value of a Result that must be ok; a refusal fails the test with its message. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details)}`);
  return result.value;
}

/** A shipped scenario's game, by id (the test fails loudly on an unknown id). */
export function gameOf(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`no game for scenario ${id}`);
  return game;
}

/** Both sides submit; the turn resolves. */
export function turn(game: Game, state: GameState, blue: readonly Order[] = [], red: readonly Order[] = []): GameState {
  return ok(submitOrders(game, ok(submitOrders(game, state, 'blue', blue)), 'red', red));
}

/** Both sides answer the open crisis. */
export function crisis(game: Game, state: GameState, blue: CrisisChoice, red: CrisisChoice): GameState {
  return ok(submitCrisisChoice(game, ok(submitCrisisChoice(game, state, 'blue', blue)), 'red', red));
}

export function regionIndex(game: Game, id: string): number {
  const r = game.regionIndex.get(id);
  if (r === undefined) throw new Error(`no region ${id}`);
  return r;
}

export function alignmentOf(game: Game, state: GameState, id: string): number {
  return state.alignment[regionIndex(game, id)] ?? NaN;
}

export function forcesOf(game: Game, state: GameState, side: Side, id: string) {
  const f = state.sides[side].forces[regionIndex(game, id)];
  if (!f) throw new Error(`no forces entry for ${id}`);
  return f;
}

export function troopsOf(game: Game, state: GameState, side: Side, id: string): number {
  const f = forcesOf(game, state, side, id);
  return f.defensive + f.offensive;
}

/** The observations `side` made in the turn just resolved (turn number `t`). */
export function observationsIn(state: GameState, side: Side, t: number) {
  return state.sides[side].observations.filter((o) => o.turn === t);
}

/** The last ledger line of a side. */
export function lastLine(state: GameState, side: Side) {
  const line = state.sides[side].ledger[state.sides[side].ledger.length - 1];
  if (!line) throw new Error(`${side} has no ledger line`);
  return line;
}

const sigmoid = (l: number) => 1 / (1 + Math.exp(-l));

/**
 * The part of one turn's tension change that its orders caused: the change minus the
 * mutual-fear term and the natural calm (DESIGN §6). Valid for a quiet turn (no events)
 * whose tension stayed inside 0…10.
 */
export function tensionFromOrders(before: GameState, after: GameState): number {
  const mutualFear = TENSION.mutualFear * (sigmoid(after.sides.blue.belief) + sigmoid(after.sides.red.belief) - 1);
  return after.tension - before.tension - mutualFear - TENSION.naturalCalm;
}

/**
 * A small seeded generator for tests (mulberry32): test-side randomness never comes from
 * Math.random, so a failing seed replays.
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The quiet fixture with a standoff in neutral Turkey (3 units each, Blue backed from
 * Greece, Red from Georgia), Turkey its only flashpoint, so any crisis breaks out there.
 * `turkeyAlignment` moves Turkey's starting alignment.
 */
export function standoffGame(turkeyAlignment = 0): Game {
  return fixtureGame((s) => {
    s.regions.turkey = { alignment: turkeyAlignment, forces: { blue: { defensive: 3 }, red: { defensive: 3 } } };
    s.regions.greece = { alignment: 0, forces: { blue: { defensive: 1 } } };
    s.regions.georgia = { alignment: 0, forces: { red: { defensive: 1 } } };
    s.flashpoints = [{ region: 'turkey' }];
  }, { quiet: true });
}

export const STANDOFF: Game = standoffGame();

/**
 * A standoff game in a crisis over Turkey at exactly this tension. No crisis opens before
 * both sides have decided once, so the game starts just low enough that a first turn of
 * no orders (only mutual fear and the natural calm move tension) brings it there.
 */
export function inCrisis(tension: number, seed = 1, settings: Record<string, number> = {}, game: Game = STANDOFF, options: Partial<GameOptions> = {}): GameState {
  const prior = (side: Side) => settings[`${side}.priorHostility`] ?? (game.scenario.sides[side].priorHostility as number);
  const drift = TENSION.mutualFear * (prior('blue') + prior('red') - 1) + TENSION.naturalCalm;
  const s0 = newGame(game, { seed, intents: SS, ...options, settings: { ...settings, tension: tension - drift } });
  const s = turn(game, s0);
  if (s.phase !== 'crisis' || s.crisis?.region !== 'turkey') throw new Error(`expected a crisis over Turkey, got phase ${s.phase} region ${s.crisis?.region}`);
  return s;
}

const CHOICES: readonly CrisisChoice[] = ['deescalate', 'hold', 'escalate'];

/**
 * A random legal input for `side` now, drawn from what that side's view allows (as a bot
 * would): a crisis choice, or up to `maxOrders` orders drawn with OrderDraft.randomLegal.
 */
export function randomInput(game: Game, state: GameState, side: Side, random: () => number, maxOrders = 6): RecordStep {
  if (state.phase === 'crisis') return { kind: 'crisis', side, choice: CHOICES[Math.floor(random() * CHOICES.length)] ?? 'hold' };
  const draft = orderDraft(game, view(game, state, side), side);
  const wanted = Math.floor(random() * (maxOrders + 1));
  for (let i = 0; i < wanted; i++) {
    const order = draft.randomLegal(random);
    if (!order) break;
    draft.add(order);
  }
  return { kind: 'orders', side, orders: draft.orders.map((o) => ({ ...o })) };
}

/** Submits one input; it must be accepted. */
export function applyInput(game: Game, state: GameState, step: RecordStep): GameState {
  return step.kind === 'orders' ? ok(submitOrders(game, state, step.side, step.orders)) : ok(submitCrisisChoice(game, state, step.side, step.choice));
}

/**
 * Plays a whole game with random legal inputs; `onStep` sees every state before and
 * after each accepted input. Returns the final state.
 */
export function playRandomGame(
  game: Game,
  options: GameOptions,
  random: () => number,
  onStep?: (before: GameState, step: RecordStep, after: GameState) => void,
): GameState {
  let state = newGame(game, options);
  for (let guard = 0; state.phase !== 'over'; guard++) {
    if (guard > 1000) throw new Error(`no end after 1000 steps (seed ${options.seed})`);
    const side = awaiting(state)[0];
    if (!side) throw new Error(`dead end: nobody awaited in phase ${state.phase} (seed ${options.seed})`);
    const step = randomInput(game, state, side, random);
    const next = applyInput(game, state, step);
    onStep?.(state, step, next);
    state = next;
  }
  return state;
}
