/**
 * `npm run calibrate [-- --games N] [--check]`: recomputes every scenario's pars — the
 * mean score of the reference bots in self-play, per side and intent — and stores them
 * in the scenario files. The reference bot plays `prudent` as a security seeker and
 * `opportunist` as a revisionist. With --check it only reports pars that are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INTENTS, SIDES } from '../engine/index.ts';
import type { Intent, Scenario, Side } from '../engine/index.ts';
import { simulate } from '../match/simulate.ts';
import { referenceBot } from '../match/reference.ts';
import { SCENARIOS, gameFor } from '../scenarios/catalog.ts';
import { parseNumber, runCli } from './args.ts';


export function computePars(scenario: Scenario, games: number): Record<Side, Record<Intent, number>> {
  const game = gameFor(scenario.id);
  if (!game) throw new Error(`calibrate: no game for ${scenario.id}`);
  const pars = { blue: { security: 0, revisionist: 0 }, red: { security: 0, revisionist: 0 } };
  for (const side of SIDES)
    for (const intent of INTENTS) {
      const summary = simulate(game, { blue: referenceBot, red: referenceBot }, { blue: 'reference', red: 'reference' }, { intents: { [side]: intent } }, games, 90_000);
      pars[side][intent] = Math.round(summary[side].meanScore * 10) / 10;
    }
  return pars;
}

runCli(() => {
  const { values } = parseArgs({ options: { games: { type: 'string', default: '400' }, check: { type: 'boolean', default: false } } });
  const games = parseNumber('--games', values.games, { integer: true, min: 10 });
  let stale = 0;
  for (const scenario of SCENARIOS) {
    const pars = computePars(scenario, games);
    const file = `scenarios/${scenario.id === 'lab' ? 'lab' : scenario.id}.json`;
    const same = JSON.stringify(pars) === JSON.stringify(scenario.pars);
    process.stdout.write(`${scenario.id}: ${JSON.stringify(pars)}${same ? ' (unchanged)' : ''}\n`);
    if (same) continue;
    stale++;
    if (values.check) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { pars: unknown };
    json.pars = pars;
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }
  if (values.check && stale > 0) {
    process.stderr.write(`error: ${stale} scenario(s) have stale pars; run npm run calibrate\n`);
    process.exit(1);
  }
});

