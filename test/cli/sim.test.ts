/**
 * The simulator's command line, a contract other tools rely on (issue 2): `--json`
 * prints exactly one JSON object with the documented keys; the same arguments give the
 * same bytes; a bad argument or scenario exits non-zero with a one-line error naming the
 * problem. Each case is a real child process, so they are few and run side by side.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/players/roster.ts';
import { simulate } from '../../src/match/simulate.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { fixtureJson, runCli } from '../helpers.ts';

const sim = (args: readonly string[]) => runCli('src/cli/sim.ts', args, 60_000);

const SETS = ['--set', 'treaties=openSkies,cfe', '--set', 'distinguishability=0.9'];
const JSON_RUN = ['--scenario', 'lab', '--games', '12', '--seed', '7', '--blue', 'hawk', '--red', 'dove', ...SETS, '--json'];

describe('sim --json', () => {
  it('prints exactly one JSON object with the documented keys, the same bytes every time, with the settings applied', async () => {
    const [first, second] = await Promise.all([sim(JSON_RUN), sim(JSON_RUN)]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.endsWith('}\n')).toBe(true);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(
      ['blue', 'crisisRate', 'draws', 'games', 'meanTension', 'meanTurns', 'mutualSecurity', 'perceivedHostilityByTurn', 'red', 'scenario', 'seed', 'warRate'].sort(),
    );
    const sideKeys = ['bot', 'meanAchievement', 'meanFinalPerceivedHostility', 'meanInfluence', 'meanScore', 'wins'];
    const blue = out.blue as Record<string, number>;
    const red = out.red as Record<string, number>;
    expect(Object.keys(blue).sort()).toEqual(sideKeys);
    expect(Object.keys(red).sort()).toEqual(sideKeys);
    expect(out).toMatchObject({ scenario: 'lab', games: 12, seed: 7, blue: { bot: 'hawk' }, red: { bot: 'dove' } });
    expect((blue.wins ?? 0) + (red.wins ?? 0) + (out.draws as number)).toBe(12);
    for (const key of ['mutualSecurity', 'crisisRate', 'warRate'] as const) {
      expect(out[key]).toBeGreaterThanOrEqual(0);
      expect(out[key]).toBeLessThanOrEqual(1);
    }
    const lab = gameFor('lab');
    if (!lab) throw new Error('no lab scenario');
    const byTurn = out.perceivedHostilityByTurn as Record<string, number[]>;
    expect(Object.keys(byTurn).sort()).toEqual(['blue', 'red']);
    expect(byTurn.blue).toHaveLength(lab.scenario.turns + 1);
    expect(byTurn.red).toHaveLength(lab.scenario.turns + 1);

    // Same arguments, same output, byte for byte.
    expect(second.stdout).toBe(first.stdout);

    // The --set values reached the games: the output is what the library gives with them.
    const expected = simulate(
      lab,
      { blue: () => createBot('hawk'), red: () => createBot('dove') },
      { blue: 'hawk', red: 'dove' },
      { settings: { distinguishability: 0.9 }, treaties: ['openSkies', 'cfe'], intentMode: 'random', intents: {} },
      12,
      7,
    );
    expect(first.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });
});

describe('sim --length lesson', () => {
  it('plays the scenario’s lesson: the same output as the library gives at that length, one hostility mean per lesson year', async () => {
    const run = await sim(['--scenario', '2014-maidan', '--games', '6', '--seed', '3', '--length', 'lesson', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { meanTurns: number; perceivedHostilityByTurn: Record<string, number[]> };
    expect(out.perceivedHostilityByTurn.blue).toHaveLength(5 + 1);
    expect(out.meanTurns).toBeLessThanOrEqual(5);
    const maidan = gameFor('2014-maidan');
    if (!maidan) throw new Error('no 2014 scenario');
    const expected = simulate(
      maidan,
      { blue: () => createBot('prudent'), red: () => createBot('prudent') },
      { blue: 'prudent', red: 'prudent' },
      { settings: {}, intentMode: 'random', intents: {}, length: 'lesson' },
      6,
      3,
    );
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });
});

describe('sim refuses bad arguments with one line naming the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-cli-'));
  const broken = join(dir, 'broken.json');
  const raw = fixtureJson() as { regions: Record<string, { alignment: number }> };
  const poland = raw.regions.poland;
  if (poland) poland.alignment = 4;
  writeFileSync(broken, JSON.stringify(raw));
  const garbage = join(dir, 'garbage.json');
  writeFileSync(garbage, '{ "id": "oops", ');

  const cases: [string, string[], RegExp][] = [
    ['an unknown bot', ['--scenario', 'lab', '--games', '1', '--blue', 'skynet'], /unknown bot "skynet"/],
    ['an unknown --set key', ['--scenario', 'lab', '--games', '1', '--set', 'gravity=1'], /unknown --set key "gravity"/],
    ['--games 0', ['--scenario', 'lab', '--games', '0'], /--games must be at least 1/],
    ['an unknown scenario', ['--scenario', 'narnia', '--games', '1'], /unknown scenario "narnia"/],
    ['a malformed scenario file', ['--scenario', broken, '--games', '1'], /broken\.json: regions\.poland\.alignment: /],
    ['a scenario file that is not JSON', ['--scenario', garbage, '--games', '1'], /garbage\.json: not valid JSON/],
    ['a lesson of a scenario without one', ['--scenario', 'lab', '--games', '1', '--length', 'lesson'], /--length lesson: .*has no lesson length/],
    ['a length that is not one', ['--scenario', '2014-maidan', '--games', '1', '--length', 'short'], /--length must be full or lesson, not "short"/],
  ];

  it('for each bad argument: non-zero exit, nothing on stdout, one line on stderr', async () => {
    const runs = await Promise.all(cases.map(([, args]) => sim([...args, '--json'])));
    cases.forEach(([name, , message], i) => {
      const run = runs[i];
      if (!run) throw new Error('missing run');
      expect(run.code, name).not.toBe(0);
      expect(run.stdout, name).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, `${name}: ${run.stderr}`).toHaveLength(1);
      expect(lines[0], name).toMatch(/^error: /);
      expect(lines[0], name).toMatch(message);
    });
  });
});
