/**
 * Students' bot files in a bot tournament, through the sandbox's loader: the same
 * standings and digest on one worker thread or two; faults counted with their codes; a
 * bot that only the clock could stop disqualified and left out of the standings — whether
 * the backstop inside the sandbox stopped it, or (stuck in a native call) the watchdog had
 * to end its worker thread.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'sandbox-tournament-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const tournament = (args: readonly string[]) => runCli('src/cli/tournament.ts', args, 180_000);

interface Standing {
  bot: string;
  faults: number;
  disqualified: boolean;
  reason?: string;
}

const BOTS = [
  'dove',
  'examples/reciprocator.js',
  'test/sandbox/hostile/loops-in-call.js',
  'test/sandbox/hostile/memory-leak-across-turns.js',
  'test/sandbox/hostile/native-loop.js',
  'test/sandbox/fixtures/native-hang.js',
].join(',');
// A small budget (20 units of fuel a decision) keeps the looping bot's games short.
const RUN = ['--bots', BOTS, '--scenario', '2021-red-lines', '--games', '1', '--time-per-move', '20', '--json'];

describe('a tournament with students\u2019 bots', () => {
  it('gives the same standings on one worker or two, counts faults by code, and disqualifies the bot the clock stopped', async () => {
    const one = await tournament([...RUN, '--jobs', '1', '--out', out]);
    const two = await tournament([...RUN, '--jobs', '2']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const a = JSON.parse(one.stdout) as { digest: string; standings: Standing[] };
    const b = JSON.parse(two.stdout) as { digest: string; standings: Standing[] };
    expect(b.digest).toBe(a.digest);
    // Whether the clock stopped the runaway inside its thread or from outside may differ
    // from run to run (so may its reason's words); nothing else does.
    const withoutReason = (s: readonly Standing[]) => s.map(({ reason: _reason, ...rest }) => rest);
    expect(withoutReason(b.standings)).toEqual(withoutReason(a.standings));

    const by = new Map(a.standings.map((s) => [s.bot, s]));
    expect(by.get('reciprocator')).toMatchObject({ faults: 0, disqualified: false });
    expect(by.get('loops-in-call')?.faults).toBeGreaterThan(0);
    expect(by.get('memory-leak-across-turns')?.faults).toBeGreaterThan(0);
    expect(by.get('native-loop')).toMatchObject({ disqualified: true });
    expect(by.get('native-loop')?.reason).toMatch(/TIMEOUT|backstop/);
    expect(by.get('native-hang')).toMatchObject({ disqualified: true });
    expect(by.get('native-hang')?.reason).toMatch(/stopped from outside/);

    // Each fault is kept with its reason, the sandbox's code first.
    const games = readFileSync(join(out, 'games.jsonl'), 'utf8');
    expect(games).toMatch(/orders threw: SandboxFault: OUT_OF_FUEL — It ran out of fuel/);
    expect(games).toMatch(/SandboxFault: OUT_OF_MEMORY — It used up its 32 MiB of memory/);
    // Two tournaments, each waiting out the wall-clock backstop for the bots stuck in a
    // native call (the watchdog then replays the batch without them): slow on a busy machine.
  }, 180_000);
});
