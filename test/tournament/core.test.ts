/**
 * The tournament's core, in one thread: the schedule every pair meets in, standings
 * ranked by mean achievement (not wins), faults counted without stopping anything, a
 * disqualified entry left out entirely, the digest, the CSV files, and shards that merge
 * into the standings of a single run.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { BOT_NAMES } from '../../src/players/roster.ts';
import type { Bot } from '../../src/bots/types.ts';
import { FAULTS_COLUMNS, GAMES_COLUMNS, STANDINGS_COLUMNS, faultsCsv, gamesCsv, standingsCsv } from '../../src/tournament/csv.ts';
import { canonicalJson, digestOf } from '../../src/tournament/digest.ts';
import { BUILT_IN_NAMES, Disqualification, builtInEntry, resolveEntries, resolveEntry, worldsFor } from '../../src/tournament/entries.ts';
import type { Entry } from '../../src/tournament/entries.ts';
import type { GameRow } from '../../src/tournament/game.ts';
import { mergeShards } from '../../src/tournament/merge.ts';
import type { ShardPart } from '../../src/tournament/merge.ts';
import { gameCount, planGames, shardGames } from '../../src/tournament/schedule.ts';
import type { TournamentSettings } from '../../src/tournament/schedule.ts';
import { sha256Hex } from '../../src/tournament/sha256.ts';
import { standingsOf } from '../../src/tournament/standings.ts';
import { playGames, playTournament, summariseTournament } from '../../src/tournament/tournament.ts';

function builtIns(ids: readonly string[]): Entry[] {
  return ids.map((id) => {
    const entry = builtInEntry(id);
    if (!entry) throw new Error(`no built-in ${id}`);
    return entry;
  });
}

/** A student's entry made from a bot, as the sandbox's loader would hand it over. */
function fileEntry(id: string, make: () => Bot): Entry {
  return { id, label: `${id}.ts`, kind: 'file', make };
}

const thrower = () =>
  fileEntry('thrower', () => ({
    name: 'thrower',
    chooseOrders: () => {
      throw new Error('no plan, with "quotes", and commas');
    },
    chooseCrisis: () => {
      throw new Error('no nerve');
    },
  }));

const SMALL: TournamentSettings = { entries: ['dove', 'hawk', 'mirror'], scenarios: ['lab'], games: 2, seed: 11 };

/** A row with only what standings read; the rest is filler. */
function row(game: number, blue: string, red: string, blueAchievement: number, redAchievement: number, result: GameRow['result'], war = false): GameRow {
  return {
    game,
    scenario: 'lab',
    seed: 1,
    blue,
    red,
    blueIntent: 'security',
    redIntent: 'security',
    blueScore: 0,
    redScore: 0,
    blueAchievement,
    redAchievement,
    result,
    war,
    crises: 0,
    faults: [],
  };
}

describe('the schedule', () => {
  it('has every pair meet on each side, in each intent pairing and scenario, N times from seeds S … S+N−1', () => {
    const settings: TournamentSettings = { entries: ['a', 'b', 'c', 'd'], scenarios: ['lab', '2021-red-lines'], games: 3, seed: 7 };
    const games = planGames(settings);
    expect(games).toHaveLength(gameCount(settings));
    expect(games).toHaveLength(6 * 2 * 4 * 2 * 3);
    expect(games.map((g) => g.index)).toEqual(games.map((_, i) => i));
    const cells = new Map<string, number[]>();
    for (const g of games) {
      const key = `${g.scenario} ${g.blue}-${g.red} ${g.intents.blue}/${g.intents.red}`;
      cells.set(key, [...(cells.get(key) ?? []), g.seed]);
    }
    // 12 ordered pairs × 4 intent pairings × 2 scenarios, each with the same seeds.
    expect(cells.size).toBe(12 * 4 * 2);
    for (const seeds of cells.values()) expect(seeds).toEqual([7, 8, 9]);
    expect(games.every((g) => g.blue !== g.red)).toBe(true);
  });

  it('splits into shards that share out every game exactly once', () => {
    const games = planGames(SMALL);
    const shards = [1, 2, 3].map((k) => shardGames(games, { k, n: 3 }));
    expect(shards.flat().map((g) => g.index).sort((a, b) => a - b)).toEqual(games.map((g) => g.index));
    expect(Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))).toBeLessThanOrEqual(1);
  });
});

describe('standings', () => {
  it('rank by mean achievement, not by wins: a bot that wins more but drags the others down ranks lower', () => {
    const rows = [
      row(0, 'bully', 'keeper', -30, -40, 'blue', true),
      row(1, 'keeper', 'bully', -35, -25, 'red', true),
      row(2, 'keeper', 'friend', 12, 10, 'mutualSecurity'),
      row(3, 'friend', 'keeper', 11, 14, 'mutualSecurity'),
      row(4, 'bully', 'friend', -20, -30, 'blue', true),
      row(5, 'friend', 'bully', 40, -5, 'blue'),
    ];
    const entries = ['bully', 'keeper', 'friend'].map((id) => ({ id, label: id }));
    const standings = standingsOf(entries, rows);
    expect(standings.map((s) => [s.rank, s.bot])).toEqual([
      [1, 'friend'],
      [2, 'keeper'],
      [3, 'bully'],
    ]);
    const bully = standings[2];
    expect(bully).toMatchObject({ games: 4, wins: 3, draws: 0, losses: 1, points: 3, warRate: 0.75, mutualSecurity: 0, faults: 0, disqualified: false });
    expect(bully?.meanAchievement).toBe(-20);
    expect(standings[0]).toMatchObject({ games: 4, wins: 1, draws: 2, losses: 1, points: 2, mutualSecurity: 0.5 });
    for (const s of standings) {
      expect(s.ci95[0]).toBeLessThanOrEqual(s.meanAchievement);
      expect(s.ci95[1]).toBeGreaterThanOrEqual(s.meanAchievement);
    }
  });

  it('gives equal means the same rank and lists a disqualified entry last, unranked, with its reason', () => {
    const rows = [row(0, 'a', 'b', 5, 5, 'draw'), row(1, 'b', 'a', 5, 5, 'draw'), row(2, 'a', 'c', 50, -50, 'blue')];
    const entries = ['a', 'b', 'c'].map((id) => ({ id, label: id }));
    const standings = standingsOf(entries, rows, [{ bot: 'c', reason: 'stopped' }]);
    expect(standings.map((s) => [s.rank, s.bot, s.games])).toEqual([
      [1, 'a', 2],
      [1, 'b', 2],
      [undefined, 'c', 0],
    ]);
    expect(standings[2]).toMatchObject({ disqualified: true, reason: 'stopped' });
  });
});

describe('a round robin in one thread', () => {
  it('plays every game of the schedule and gives the same standings and digest for the same settings', () => {
    const first = playTournament(SMALL, builtIns(SMALL.entries));
    expect(first.rows).toHaveLength(gameCount(SMALL));
    expect(first.standings.map((s) => s.games)).toEqual([32, 32, 32]);
    for (let i = 1; i < first.standings.length; i++)
      expect(first.standings[i - 1]?.meanAchievement).toBeGreaterThanOrEqual(first.standings[i]?.meanAchievement ?? Infinity);
    const again = playTournament(SMALL, builtIns(SMALL.entries));
    expect(again.digest).toBe(first.digest);
    expect(canonicalJson(again.standings)).toBe(canonicalJson(first.standings));
    expect(playTournament({ ...SMALL, seed: 12 }, builtIns(SMALL.entries)).digest).not.toBe(first.digest);
  });

  it('counts a bot that throws as faulting every decision, and still finishes', () => {
    const settings: TournamentSettings = { entries: ['dove', 'thrower'], scenarios: ['lab'], games: 1, seed: 3 };
    const result = playTournament(settings, [...builtIns(['dove']), thrower()]);
    expect(result.rows).toHaveLength(8);
    const faults = result.rows.flatMap((r) => r.faults.map((f) => ({ ...f, bot: r[f.side] })));
    expect(result.rows.every((r) => r.faults.length > 0)).toBe(true);
    expect(faults.every((f) => f.bot === 'thrower')).toBe(true);
    expect(faults.some((f) => f.message.includes('orders threw') && f.message.includes('no plan'))).toBe(true);
    const standing = result.standings.find((s) => s.bot === 'thrower');
    expect(standing?.faults).toBe(faults.length);
    expect(result.standings.find((s) => s.bot === 'dove')?.faults).toBe(0);
    expect(standing?.disqualified).toBe(false);
    // The faults file gives each with its reason, quoted where the reason needs it.
    const csv = faultsCsv(result.rows);
    expect(csv.split('\n')[0]).toBe(FAULTS_COLUMNS.join(','));
    expect(csv).toContain('"orders threw: Error: no plan, with ""quotes"", and commas"');
  });

  it('leaves out every game of a disqualified entry, so the others stand as if it had never entered', () => {
    const quitter = fileEntry('quitter', () => ({
      name: 'quitter',
      chooseOrders: (view, ctx) => {
        if (view.turn >= 2) throw new Disqualification('went past the backstop');
        return SCRIPTED_BOTS.dove().chooseOrders(view, ctx);
      },
      chooseCrisis: () => 'hold',
    }));
    const settings: TournamentSettings = { entries: ['dove', 'quitter', 'hawk'], scenarios: ['lab'], games: 1, seed: 5 };
    const result = playTournament(settings, [builtIns(['dove'])[0] as Entry, quitter, builtIns(['hawk'])[0] as Entry]);
    expect(result.disqualified).toEqual([{ bot: 'quitter', reason: 'went past the backstop' }]);
    expect(result.rows.every((r) => r.blue !== 'quitter' && r.red !== 'quitter')).toBe(true);
    expect(result.standings.map((s) => s.disqualified)).toEqual([false, false, true]);
    expect(result.standings[2]).toMatchObject({ bot: 'quitter', games: 0 });
    const without = playTournament({ ...settings, entries: ['dove', 'hawk'] }, builtIns(['dove', 'hawk']));
    expect(canonicalJson(result.standings.slice(0, 2))).toBe(canonicalJson(without.standings));
  });

  it('keeps each game’s record on request, for a replay', () => {
    const result = playTournament({ ...SMALL, games: 1 }, builtIns(SMALL.entries), { keepRecord: true });
    expect(result.records.size).toBe(result.rows.length);
    const first = result.records.get(0);
    expect(first).toMatchObject({ scenarioId: 'lab', options: { seed: 11, intentMode: 'fixed' } });
  });
});

describe('digest', () => {
  it('is the SHA-256 of the rows’ canonical JSON, whatever order they come in', () => {
    for (const text of ['', 'abc', 'é€😀'.repeat(50), 'x'.repeat(1000)]) expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    const rows = [row(0, 'a', 'b', 1.5, -2, 'blue'), row(1, 'b', 'a', 0.1 + 0.2, 3, 'red')];
    expect(digestOf(rows)).toBe(sha256Hex(canonicalJson(rows)));
    expect(digestOf([...rows].reverse())).toBe(digestOf(rows));
    expect(digestOf([rows[0] as GameRow, { ...(rows[1] as GameRow), redAchievement: 3.0001 }])).not.toBe(digestOf(rows));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe('CSV files', () => {
  it('have the documented columns and one line per bot, per game', () => {
    const result = playTournament({ ...SMALL, games: 1 }, builtIns(SMALL.entries));
    const standings = standingsCsv(result.standings).trimEnd().split('\n');
    expect(standings[0]).toBe(
      'rank,bot,label,games,wins,draws,losses,points,meanAchievement,ci95Low,ci95High,mutualSecurity,warRate,faults,disqualified,reason',
    );
    expect(standings[0]).toBe(STANDINGS_COLUMNS.join(','));
    expect(standings).toHaveLength(1 + 3);
    expect(standings[1]?.startsWith(`1,${result.standings[0]?.bot},`)).toBe(true);
    const games = gamesCsv(result.rows).trimEnd().split('\n');
    expect(games[0]).toBe(
      'game,scenario,seed,blue,red,blueIntent,redIntent,blueScore,redScore,blueAchievement,redAchievement,result,war,warTurn,crises,blueFaults,redFaults,disqualified',
    );
    expect(games[0]).toBe(GAMES_COLUMNS.join(','));
    expect(games).toHaveLength(1 + result.rows.length);
    for (const line of games.slice(1)) expect(line.split(',')).toHaveLength(GAMES_COLUMNS.length);
    const r = result.rows[0];
    expect(games[1]).toBe(
      [0, 'lab', 11, r?.blue, r?.red, r?.blueIntent, r?.redIntent, ...[r?.blueScore, r?.redScore, r?.blueAchievement, r?.redAchievement].map((x) => Number((x ?? 0).toFixed(2))), r?.result, r?.war, r?.warTurn ?? '', r?.crises, 0, 0, ''].join(','),
    );
  });
});

describe('shards', () => {
  const entries = builtIns(SMALL.entries);
  const part = (k: number, n: number): ShardPart => {
    const { rows } = playGames(shardGames(planGames(SMALL), { k, n }), entries);
    return { source: `shard ${k}`, engineVersion: 'v', settings: SMALL, entries, shard: { k, n }, disqualified: [], rows };
  };

  it('merge into the standings and digest of a single run, in any order', () => {
    const single = playTournament(SMALL, entries);
    const merged = mergeShards([part(3, 3), part(1, 3), part(2, 3)]);
    expect(merged.digest).toBe(single.digest);
    expect(standingsCsv(merged.standings)).toBe(standingsCsv(single.standings));
    expect(summariseTournament(SMALL, entries, single.rows).digest).toBe(single.digest);
  });

  it('refuse a missing or repeated shard, a missing game and parts of another tournament', () => {
    expect(() => mergeShards([part(1, 2)])).toThrow('shard 2/2 missing');
    expect(() => mergeShards([part(1, 2), part(1, 2)])).toThrow('shard 1/2 is given twice');
    const short = part(2, 2);
    expect(() => mergeShards([part(1, 2), { ...short, rows: short.rows.slice(1) }])).toThrow('1 game is missing');
    expect(() => mergeShards([part(1, 2), { ...part(2, 2), settings: { ...SMALL, seed: 99 } }])).toThrow('different tournaments');
  });
});

describe('entries', () => {
  it('refuse a bot file until a loader is given, and use the loader when it is', async () => {
    await expect(resolveEntry('students/ann.ts')).rejects.toThrow('student bot files need the sandbox');
    const entry = await resolveEntry('students/ann.ts', { loadBotFile: (path) => fileEntry(path.replace(/.*\/|\.ts$/g, ''), SCRIPTED_BOTS.dove) });
    expect(entry).toMatchObject({ id: 'ann', kind: 'file' });
    await expect(resolveEntry('nobody')).rejects.toThrow('unknown bot "nobody"');
    await expect(resolveEntries(['dove', 'dove'])).rejects.toThrow('two entries are called "dove"');
  });

  it('include every player of the roster by its name', () => {
    expect([...BUILT_IN_NAMES].sort()).toEqual([...BOT_NAMES].sort());
    for (const name of BOT_NAMES) expect(builtInEntry(name)?.make().chooseOrders).toBeTypeOf('function');
  });

  it('give the Strategist a fixed number of worlds per decision, from its level or --time-per-move', () => {
    expect(builtInEntry('strategist')?.label).toBe(`Strategist (normal, ${worldsFor(150)} worlds a decision)`);
    expect(builtInEntry('strategist-hard', { timePerMoveMs: 30 })?.label).toBe('Strategist (hard, 40 worlds a decision)');
    expect(worldsFor(150)).toBe(200);
    expect(worldsFor(0.1)).toBe(1);
  });

  it('make a tournament with the Strategist give the same digest twice: it never reads the clock', () => {
    const settings: TournamentSettings = { entries: ['strategist-easy', 'dove'], scenarios: ['lab'], games: 1, seed: 2, timePerMoveMs: 3 };
    const make = () => settings.entries.map((id) => builtInEntry(id, { timePerMoveMs: 3 }) as Entry);
    expect(playTournament(settings, make()).digest).toBe(playTournament(settings, make()).digest);
  });
});
