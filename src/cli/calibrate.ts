/**
 * `npm run calibrate [-- --games N] [--check]`: recomputes every scenario's pars — the
 * median score of the reference player in self-play, per side, its intent and the
 * rival's — for the full game and, where the scenario has one, for its lesson, and
 * stores them in the scenario files (`pars`, `lesson.pars`). With --check it only
 * reports pars that are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lengthsOf } from '../engine/index.ts';
import type { GameLength, ParTable } from '../engine/index.ts';
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
    const fresh: Partial<Record<GameLength, ParTable>> = {};
    for (const length of lengthsOf(scenario)) {
      const pars = computePars(game, games, undefined, length);
      const stored = length === 'lesson' ? scenario.lesson?.pars : scenario.pars;
      const same = JSON.stringify(pars) === JSON.stringify(stored);
      const name = length === 'lesson' ? `${scenario.id}, lesson (${scenario.lesson?.years.join(', ')})` : scenario.id;
      process.stdout.write(`${name}${same ? ' (unchanged)' : ''}:\n  ${describePars(pars)}\n`);
      if (same) continue;
      stale++;
      fresh[length] = pars;
    }
    if (values.check || (!fresh.full && !fresh.lesson)) continue;
    const file = `scenarios/${scenario.id}.json`;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { pars: unknown; lesson?: { pars: unknown } };
    if (fresh.full) json.pars = fresh.full;
    if (fresh.lesson && json.lesson) json.lesson.pars = fresh.lesson;
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }
  if (values.check && stale > 0) {
    process.stderr.write(`error: ${stale} par table(s) are stale; run npm run calibrate\n`);
    process.exit(1);
  }
});
