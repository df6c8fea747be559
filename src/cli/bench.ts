/**
 * Engine benchmark: `npm run -s bench -- [--scenario id] [--seconds S] [--json]`.
 * turnResolveMicros: median µs to resolve one turn from fixed orders (the second side's
 * submit: check, copy, resolve). gamesPerSecond: whole random-vs-random games on one core.
 */
import { parseArgs } from 'node:util';
import { newGame, submitOrders, view, legalOrders } from '../engine/index.ts';
import type { Game, GameState, Order, Side } from '../engine/index.ts';
import { SCRIPTED_BOTS } from '../bots/index.ts';
import { botRandom, playGame } from '../match/play.ts';
import { loadGame, parseNumber, runCli } from './args.ts';
import { median } from '../match/stats.ts';

function timeBatches(batches: number, perBatch: number, run: () => void): number {
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    samples.push(((performance.now() - t0) * 1000) / perBatch);
  }
  return median(samples);
}

/** Turn-1 orders of the prudent bot for a side: a typical, fixed bundle. */
function fixedOrders(game: Game, state: GameState, side: Side): Order[] {
  return SCRIPTED_BOTS.prudent().chooseOrders(view(game, state, side), { game, random: botRandom(1, side) });
}

runCli(() => {
  const { values } = parseArgs({
    options: { scenario: { type: 'string', default: '2021-red-lines' }, seconds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
  });
  const game = loadGame(values.scenario);
  const seconds = parseNumber('--seconds', values.seconds, { min: 0.5, max: 600 });

  const start = newGame(game, { seed: 1 });
  const blue = fixedOrders(game, start, 'blue');
  const red = fixedOrders(game, start, 'red');
  const waiting = submitOrders(game, start, 'blue', blue);
  if (!waiting.ok) throw new Error(waiting.error.message);
  const resolve = () => {
    const r = submitOrders(game, waiting.value, 'red', red);
    if (!r.ok) throw new Error(r.error.message);
  };
  timeBatches(20, 200, resolve); // warm up
  const turnResolveMicros = timeBatches(31, 500, resolve);
  const legalOrdersMicros = timeBatches(21, 500, () => legalOrders(game, start, 'blue'));
  const viewMicros = timeBatches(21, 500, () => view(game, start, 'blue'));

  const bots = { blue: SCRIPTED_BOTS.random(), red: SCRIPTED_BOTS.random() };
  for (let i = 0; i < 200; i++) playGame(game, bots, { seed: i }); // warm up
  let games = 0;
  let turns = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const played = playGame(game, bots, { seed: 1000 + games });
    turns += played.state.turn;
    games++;
  }
  const elapsed = (performance.now() - t0) / 1000;
  const result = {
    scenario: game.scenario.id,
    turnResolveMicros: Number(turnResolveMicros.toFixed(2)),
    gamesPerSecond: Math.round(games / elapsed),
    meanTurnsPerGame: Number((turns / games).toFixed(2)),
    legalOrdersMicros: Number(legalOrdersMicros.toFixed(2)),
    viewMicros: Number(viewMicros.toFixed(2)),
    ordersPerSide: { blue: blue.length, red: red.length },
    node: process.version,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(`Engine benchmark on ${result.scenario} (${result.node}, one core)\n`);
    process.stdout.write(`  resolve one turn (fixed orders): ${result.turnResolveMicros} µs median   (target ≤ 10)\n`);
    process.stdout.write(`  random-vs-random games:          ${result.gamesPerSecond} games/s, ${result.meanTurnsPerGame} turns each   (target ≥ 4000)\n`);
    process.stdout.write(`  legalOrders: ${result.legalOrdersMicros} µs   view: ${result.viewMicros} µs\n`);
  }
});
