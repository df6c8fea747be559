/**
 * `npm run calibrate [-- --games N] [--check]`: recomputes every scenario's pars — the
 * median score of the reference player in self-play, per side, its intent and the
 * rival's — and stores them in the scenario files. With --check it only reports pars
 * that are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { computePars, describePars } from '../match/pars.ts';
import { SCENARIOS, gameFor } from '../scenarios/catalog.ts';
import { parseNumber, runCli } from './args.ts';

runCli(() => {
  const { values } = parseArgs({ options: { games: { type: 'string', default: '1000' }, check: { type: 'boolean', default: false } } });
  const games = parseNumber('--games', values.games, { integer: true, min: 10 });
  let stale = 0;
  for (const scenario of SCENARIOS) {
    const game = gameFor(scenario.id);
    if (!game) throw new Error(`calibrate: no game for ${scenario.id}`);
    const pars = computePars(game, games);
    const file = `scenarios/${scenario.id}.json`;
    const same = JSON.stringify(pars) === JSON.stringify(scenario.pars);
    process.stdout.write(`${scenario.id}${same ? ' (unchanged)' : ''}:\n  ${describePars(pars)}\n`);
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
