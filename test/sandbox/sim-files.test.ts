/**
 * The simulator takes bot files as well as names: `--blue path/to/bot.ts` plays that
 * student bot sandboxed, prints the same JSON contract (the bot named by its path), the
 * same bytes for the same arguments, and sums up the bot's faults — on stderr with
 * --json, so stdout stays one JSON object.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/players/roster.ts';
import { simulate } from '../../src/match/simulate.ts';
import { runCli } from '../helpers.ts';
import { gameOf, sandboxed } from './helpers.ts';

const sim = (args: readonly string[]) => runCli('src/cli/sim.ts', args, 120_000);

describe('sim with bot files', () => {
  it('plays a TypeScript bot file sandboxed: the JSON is what the library gives, and a faulty JavaScript file has its faults summed up', async () => {
    const run = ['--scenario', '2021-red-lines', '--blue', 'examples/my-first-bot.ts', '--red', 'mirror', '--games', '6', '--seed', '3', '--json'];
    const [first, faulty] = await Promise.all([
      sim(run),
      sim(['--scenario', 'lab', '--blue', 'prudent', '--red', 'test/sandbox/hostile/throws-in-call.js', '--games', '2', '--json']),
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const factory = await sandboxed('examples/my-first-bot.ts');
    const expected = simulate(
      gameOf('2021-red-lines'),
      { blue: factory, red: () => createBot('mirror') },
      { blue: 'examples/my-first-bot.ts', red: 'mirror' },
      { settings: {}, intentMode: 'random', intents: {} },
      6,
      3,
    );
    expect(first.stdout).toBe(`${JSON.stringify(expected)}\n`);

    expect(faulty.code).toBe(0);
    expect(faulty.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(faulty.stdout)).toMatchObject({ red: { bot: 'test/sandbox/hostile/throws-in-call.js' } });
    expect(faulty.stderr).toMatch(/^sandbox faults:\n {2}Red \(test\/sandbox\/hostile\/throws-in-call\.js\): \d+ faults — THREW ×\d+; first \(orders, turn 1\): It threw Error: nothing to see here\n$/);
  });

  it('an unknown name that is not a path, or a file that is not there, is a one-line error', async () => {
    const [name, file] = await Promise.all([sim(['--scenario', 'lab', '--blue', 'nosuchbot']), sim(['--scenario', 'lab', '--red', 'bots/missing.ts'])]);
    expect(name.code).toBe(2);
    expect(name.stderr).toMatch(/^error: --blue: unknown bot "nosuchbot" \(known: .*; or a path to a \.js or \.ts bot file\)\n$/);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^error: --red: cannot read bot file "bots\/missing\.ts"/);
  });
});
