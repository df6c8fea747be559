/**
 * `npm run -s tournament`, as a teacher or a batch runner uses it: `--json` prints only
 * { standings, games, seed, digest }, the same bytes on one worker or two; shards played
 * separately merge into the single run's standings, digest and files; every game's record
 * replays to its row; a bad entry exits non-zero with one line. Real child processes, so
 * few and small.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcome, replay } from '../../src/engine/index.ts';
import type { GameRecord } from '../../src/engine/index.ts';
import type { GameRow } from '../../src/tournament/game.ts';
import { GAMES_COLUMNS, STANDINGS_COLUMNS } from '../../src/tournament/csv.ts';
import { gameOf, runCli } from '../helpers.ts';

const tournament = (args: readonly string[]) => runCli('src/cli/tournament.ts', args, 120_000);

const RUN = ['--bots', 'dove,hawk,mirror', '--scenario', 'lab,2008-bucharest', '--games', '2', '--seed', '3'];

describe('npm run tournament', () => {
  it('prints the same standings and digest on one worker or two, and shards merge into them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tournament-'));
    // One after another: the suite shares the machine with timing tests.
    const one = await tournament([...RUN, '--json', '--jobs', '1']);
    const two = await tournament([...RUN, '--json', '--jobs', '2', '--out', join(dir, 'all')]);
    const first = await tournament([...RUN, '--json', '--jobs', '1', '--shard', '1/2', '--out', join(dir, 's1')]);
    const second = await tournament([...RUN, '--json', '--jobs', '1', '--shard', '2/2', '--out', join(dir, 's2')]);
    for (const run of [one, two, first, second]) expect([run.code, run.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(one.stdout) as { standings: Record<string, unknown>[]; games: number; seed: number; digest: string };
    expect(Object.keys(summary)).toEqual(['standings', 'games', 'seed', 'digest']);
    expect(summary).toMatchObject({ games: 3 * 2 * 4 * 2 * 2, seed: 3 });
    expect(summary.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(summary.standings[0] ?? {})).toEqual([
      'rank',
      'bot',
      'label',
      'games',
      'wins',
      'draws',
      'losses',
      'points',
      'meanAchievement',
      'ci95',
      'mutualSecurity',
      'warRate',
      'faults',
      'disqualified',
    ]);

    const merged = await tournament(['merge', join(dir, 's2'), join(dir, 's1'), '--json', '--out', join(dir, 'merged')]);
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(merged.stdout).toBe(one.stdout);
    for (const file of ['standings.csv', 'games.csv', 'faults.csv', 'games.jsonl'])
      expect(readFileSync(join(dir, 'merged', file), 'utf8')).toBe(readFileSync(join(dir, 'all', file), 'utf8'));

    // The files: documented columns, one record per game, and each record replays to its row.
    const read = (file: string) => readFileSync(join(dir, 'all', file), 'utf8');
    expect(read('standings.csv').split('\n')[0]).toBe(STANDINGS_COLUMNS.join(','));
    expect(read('games.csv').split('\n')[0]).toBe(GAMES_COLUMNS.join(','));
    const rows = read('games.jsonl').trim().split('\n').map((line) => JSON.parse(line) as GameRow);
    const records = readdirSync(join(dir, 'all', 'records')).sort();
    expect(records).toHaveLength(summary.games);
    expect(readdirSync(join(dir, 'merged', 'records')).sort()).toEqual(records);
    for (const row of [rows[0], rows[37], rows[rows.length - 1]]) {
      if (!row) throw new Error('missing row');
      const record = JSON.parse(read(join('records', `${String(row.game).padStart(2, '0')}.json`))) as GameRecord;
      const game = gameOf(row.scenario);
      const state = replay(game, record);
      if (!state.ok) throw new Error(state.error.message);
      const o = outcome(game, state.value);
      if (!o.ok) throw new Error(o.error.message);
      expect([o.value.sides.blue.achievement, o.value.sides.red.achievement, o.value.verdict]).toEqual([row.blueAchievement, row.redAchievement, row.result]);
    }

    // A missing shard, or a shard whose results were edited, is refused with one line.
    cpSync(join(dir, 's1'), join(dir, 'edited'), { recursive: true });
    const jsonl = join(dir, 'edited', 'games.jsonl');
    writeFileSync(jsonl, readFileSync(jsonl, 'utf8').replace(/"blueAchievement":(-?[0-9.]+)/, (_, x: string) => `"blueAchievement":${Number(x) + 10}`));
    const missing = await tournament(['merge', join(dir, 's1')]);
    const edited = await tournament(['merge', join(dir, 'edited'), join(dir, 's2')]);
    expect([missing.code, missing.stderr]).toEqual([2, 'error: shard 2/2 missing\n']);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain('games.jsonl does not match the digest');
  }, 180_000);

  it('exits non-zero with one line for a bot file that is not there, or an unknown bot', async () => {
    const file = await tournament(['--bots', 'dove,students/ann.ts']);
    const unknown = await tournament(['--bots', 'dove,nobody', '--json']);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^error: cannot read bot file "students\/ann\.ts" \(ENOENT[^\n]*\)\n$/);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('unknown bot "nobody"');
  });
});
