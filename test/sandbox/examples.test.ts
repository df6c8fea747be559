/**
 * The example bots students copy: they load in the sandbox, play clean games (no fault)
 * on every scenario, on either side, against built-in bots; the sandbox changes nothing
 * in how they play (the same games as run directly); and the TypeScript template
 * type-checks against security-dilemma/bot as a student's editor would see it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { isOver } from '../../src/engine/index.ts';
import type { Side } from '../../src/engine/index.ts';
import { playGame } from '../../src/match/play.ts';
import { SCENARIOS } from '../../src/scenarios/catalog.ts';
import { loadTrustedBot } from '../../src/tournament/sandbox/unsandboxed.ts';
import { ROOT } from '../helpers.ts';
import { gameOf, sandboxed } from './helpers.ts';

const EXAMPLES = ['examples/my-first-bot.ts', 'examples/reciprocator.js'];
const RIVALS = ['prudent', 'hawk', 'mirror', 'opportunist'] as const;

describe('example bots', () => {
  for (const path of EXAMPLES) {
    it(`${path} plays clean games on every scenario, on both sides`, async () => {
      const factory = await sandboxed(path);
      expect(factory.loadFault).toBeUndefined();
      let games = 0;
      for (const scenario of SCENARIOS) {
        RIVALS.forEach((rival, i) => {
          const side: Side = i % 2 ? 'red' : 'blue';
          const bot = factory();
          const other = SCRIPTED_BOTS[rival]();
          const played = playGame(gameOf(scenario.id), side === 'blue' ? { blue: bot, red: other } : { blue: other, red: bot }, { seed: 20 + i });
          expect(isOver(played.state)).toBe(true);
          expect(bot.faults, `${scenario.id} vs ${rival}`).toEqual([]);
          expect(played.faults.filter((f) => f.side === side)).toEqual([]);
          games++;
        });
      }
      expect(games).toBe(SCENARIOS.length * RIVALS.length);
    });

    it(`${path} plays the same games in the sandbox as run directly`, async () => {
      const inSandbox = await sandboxed(path);
      const direct = loadTrustedBot(readFileSync(join(ROOT, path), 'utf8'), path);
      for (const [scenario, seed] of [['2021-red-lines', 1], ['2014-maidan', 2], ['lab', 3]] as const) {
        const game = gameOf(scenario);
        const a = playGame(game, { blue: inSandbox(), red: SCRIPTED_BOTS.generous() }, { seed });
        const b = playGame(game, { blue: direct(), red: SCRIPTED_BOTS.generous() }, { seed });
        expect(JSON.stringify(a.state.record)).toBe(JSON.stringify(b.state.record));
      }
    });
  }

  it('the templates type-check against security-dilemma/bot (examples/tsconfig.json)', async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [tsc, '--noEmit', '-p', 'examples/tsconfig.json'], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? 1 : 0, out: stdout + stderr });
      });
    });
    expect(result.out).toBe('');
    expect(result.code).toBe(0);
  });
});
