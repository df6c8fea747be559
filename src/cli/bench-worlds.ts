/**
 * How many worlds the Strategist searches per decision at its normal budget:
 * `npm run -s bench:worlds -- [--games N] [--budget ms] [--json]`.
 *
 * Its strength within the budget rests on how fast the engine plays rollouts, so this is
 * the engine's speed as the AI feels it. It plays the Strategist (normal level) against
 * the prudent bot in the historical scenarios, taking turns at Blue and Red, one game at
 * a time on one core, and reports the worlds of every decision. Run it on a quiet
 * machine: the figure is a count within a time budget, so other load lowers it.
 */
import { parseArgs } from 'node:util';
import { SCRIPTED_BOTS } from '../bots/index.ts';
import type { Bot } from '../bots/index.ts';
import { createStrategist, LEVEL_SETTINGS } from '../ai/strategist.ts';
import { playGame } from '../match/play.ts';
import { median } from '../match/stats.ts';
import { HISTORICAL_IDS } from '../scenarios/catalog.ts';
import { loadGame, parseNumber, runCli } from './args.ts';

runCli(() => {
  const { values } = parseArgs({
    options: {
      games: { type: 'string', default: '4' },
      budget: { type: 'string', default: String(LEVEL_SETTINGS.normal.budgetMs) },
      json: { type: 'boolean', default: false },
    },
  });
  const games = parseNumber('--games', values.games, { integer: true, min: 1, max: 1000 });
  const budgetMs = parseNumber('--budget', values.budget, { min: 1, max: 60_000 });
  const worlds: number[] = [];
  for (let g = 0; g < games; g++) {
    const game = loadGame(HISTORICAL_IDS[g % HISTORICAL_IDS.length] ?? '');
    const strategist = createStrategist({ budgetMs });
    // Reads the decision the Strategist just made, after each of its moves.
    const counted: Bot = {
      name: strategist.name,
      chooseOrders: (view, ctx) => {
        const orders = strategist.chooseOrders(view, ctx);
        worlds.push(strategist.lastDecision()?.worlds ?? 0);
        return orders;
      },
      chooseCrisis: (view, ctx) => {
        const choice = strategist.chooseCrisis(view, ctx);
        worlds.push(strategist.lastDecision()?.worlds ?? 0);
        return choice;
      },
    };
    const prudent = SCRIPTED_BOTS.prudent();
    const bots = g % 2 === 0 ? { blue: counted, red: prudent } : { blue: prudent, red: counted };
    playGame(game, bots, { seed: 100 + g });
  }
  const mean = worlds.reduce((a, b) => a + b, 0) / Math.max(1, worlds.length);
  const result = {
    budgetMs,
    games,
    decisions: worlds.length,
    meanWorldsPerDecision: Number(mean.toFixed(1)),
    medianWorldsPerDecision: median(worlds),
    node: process.version,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(`Strategist search at ${budgetMs} ms per decision (${result.node}, one core)\n`);
    process.stdout.write(`  ${result.decisions} decisions in ${games} games against the prudent bot\n`);
    process.stdout.write(`  worlds per decision: mean ${result.meanWorldsPerDecision}, median ${result.medianWorldsPerDecision}\n`);
  }
});
