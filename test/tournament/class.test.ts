/**
 * Class tournaments: pairings (a round robin meets every pair once, a Swiss round pairs by
 * score and never twice), result files checked by replay (a tampered file is refused
 * with its code), standings, the class summary and the CSV files.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/index.ts';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import type { Side } from '../../src/engine/index.ts';
import { playGame } from '../../src/match/play.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import {
  allPairings,
  buildResultFile,
  canonicalJson,
  classSummary,
  createTournament,
  csvField,
  digestOf,
  gamesCsv,
  importResult,
  pairNextRound,
  readTournament,
  roundRobinSchedule,
  standings,
  standingsCsv,
  swissPairs,
  ticketOf,
  tournamentText,
  verifiedGames,
  verifyResult,
} from '../../src/tournament/class/index.ts';
import type { ClassTournament, Pairing, ResultFile, VerifiedGame } from '../../src/tournament/class/index.ts';

const NAMES = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'];

function tournament(system: 'roundRobin' | 'swiss', names = NAMES, scenarios = ['2014-maidan', '2021-red-lines'], rounds?: number): ClassTournament {
  const made = createTournament({ id: 't-test', name: 'Test class', system, names, scenarios, seed: 42, ...(rounds ? { rounds } : {}) });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const BOTS = ['dove', 'hawk', 'mirror', 'random'] as const;

/** Plays a pairing's game with two scripted bots and makes its result file. */
function playPairing(t: ClassTournament, p: Pairing, bots: Record<Side, string> = { blue: 'dove', red: 'hawk' }): ResultFile {
  const game = gameFor(p.scenarioId);
  if (!game) throw new Error(p.scenarioId);
  const make = (name: string) => {
    const bot = (SCRIPTED_BOTS as Record<string, (() => import('../../src/bots/index.ts').Bot) | undefined>)[name];
    if (!bot) throw new Error(`no bot ${name}`);
    return bot();
  };
  const { state } = playGame(game, { blue: make(bots.blue), red: make(bots.red) }, { seed: p.seed, intentMode: 'random' });
  return must(buildResultFile(ticketOf(t, p), game, state));
}

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('round robin', () => {
  for (const n of [2, 3, 4, 5, 6, 7, 8]) {
    it(`${n} players: every pair meets exactly once, nobody twice in a round`, () => {
      const ids = Array.from({ length: n }, (_, i) => `p${i + 1}`);
      const schedule = roundRobinSchedule(ids);
      expect(schedule.length).toBe(n % 2 === 0 ? n - 1 : n);
      const met = new Map<string, number>();
      for (const round of schedule) {
        const inRound = round.filter(([a, b]) => a !== undefined && b !== undefined).flat();
        expect(new Set(inRound).size).toBe(inRound.length);
        expect(inRound.length).toBe(n % 2 === 0 ? n : n - 1);
        for (const [a, b] of round) if (a && b) met.set([a, b].sort().join('|'), (met.get([a, b].sort().join('|')) ?? 0) + 1);
      }
      expect(met.size).toBe((n * (n - 1)) / 2);
      expect([...met.values()].every((c) => c === 1)).toBe(true);
    });
  }

  it('pairs the tournament round by round: scenario per round, a seed per game, sides balanced', () => {
    let t = tournament('roundRobin', NAMES.slice(0, 5));
    expect(t.rounds).toBe(5);
    for (let r = 0; r < 5; r++) t = must(pairNextRound(t, []));
    expect(pairNextRound(t, [])).toMatchObject({ ok: false, error: { code: 'ROUND_NONE_LEFT' } });
    const pairings = allPairings(t);
    expect(pairings.length).toBe(10);
    expect(new Set(pairings.map((p) => p.seed)).size).toBe(10);
    expect(t.played.map((r) => r.scenarioId)).toEqual(['2014-maidan', '2021-red-lines', '2014-maidan', '2021-red-lines', '2014-maidan']);
    // Everyone sits out once, and plays each side twice.
    expect(t.played.map((r) => r.bye).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    for (const e of t.entrants) {
      const blue = pairings.filter((p) => p.blue === e.id).length;
      const red = pairings.filter((p) => p.red === e.id).length;
      expect(Math.abs(blue - red)).toBeLessThanOrEqual(1);
    }
    // The same set-up pairs the same games with the same seeds.
    let again = tournament('roundRobin', NAMES.slice(0, 5));
    for (let r = 0; r < 5; r++) again = must(pairNextRound(again, []));
    expect(again).toEqual(t);
  });
});

describe('Swiss', () => {
  it('pairs by rank, top first, never a rematch', () => {
    const met = new Set(['a|b']);
    expect(swissPairs(['a', 'b', 'c', 'd'], met)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    // Backtracks when the greedy choice leaves the rest unpairable.
    expect(swissPairs(['a', 'b', 'c', 'd'], new Set(['a|b', 'c|d']))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    expect(swissPairs(['a', 'b', 'c', 'd'], new Set(['a|b', 'a|c', 'a|d']))).toBeUndefined();
  });

  it('waits for every result, then pairs winners with winners and never twice', () => {
    let t = tournament('swiss', NAMES, ['2021-red-lines'], 3);
    t = must(pairNextRound(t, []));
    expect(pairNextRound(t, [])).toMatchObject({ ok: false, error: { code: 'ROUND_INCOMPLETE' } });
    const games: VerifiedGame[] = [];
    for (let r = 1; r <= 3; r++) {
      for (const p of t.played[r - 1]?.pairings ?? []) {
        const imported = must(importResult(t, playPairing(t, p)));
        t = imported.tournament;
        games.push(imported.game);
      }
      if (r < 3) {
        const table = standings(t, games);
        t = must(pairNextRound(t, games));
        // The top of the table plays the best-ranked player it has not met.
        const first = t.played[r]?.pairings.find((p) => p.blue === table[0]?.id || p.red === table[0]?.id);
        expect(first).toBeDefined();
      }
    }
    const keys = allPairings(t).map((p) => [p.blue, p.red].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairNextRound(t, games)).toMatchObject({ ok: false, error: { code: 'ROUND_NONE_LEFT' } });
  });

  it('an odd roster gives the bye to the lowest-ranked player without one', () => {
    let t = tournament('swiss', NAMES.slice(0, 5), ['2021-red-lines'], 3);
    t = must(pairNextRound(t, []));
    expect(t.played[0]?.bye).toBe('p5');
    const games: VerifiedGame[] = [];
    for (const p of t.played[0]?.pairings ?? []) {
      const imported = must(importResult(t, playPairing(t, p)));
      t = imported.tournament;
      games.push(imported.game);
    }
    t = must(pairNextRound(t, games));
    expect(t.played[1]?.bye).toBeDefined();
    expect(t.played[1]?.bye).not.toBe('p5');
  });
});

describe('result files', () => {
  const t0 = must(pairNextRound(tournament('roundRobin', NAMES.slice(0, 4)), []));
  const pairing = t0.played[0]?.pairings[0] as Pairing;
  const file = playPairing(t0, pairing);

  it('a true result is accepted, with the facts of the replay', () => {
    const v = must(verifyResult(t0, copy(file)));
    expect(v.pairingId).toBe(pairing.id);
    expect(v.scores).toEqual(file.claimed.scores);
    expect(v.hostility.blue.length).toBeGreaterThan(1);
    const imported = must(importResult(t0, copy(file)));
    expect(imported.already).toBe(false);
    expect(must(importResult(imported.tournament, copy(file))).already).toBe(true);
  });

  const refused = (f: unknown, t = t0) => {
    const r = verifyResult(t, f);
    return r.ok ? 'accepted' : r.error.code;
  };

  it('an edited score is refused', () => {
    const f = copy(file);
    f.claimed.scores.blue += 5;
    expect(refused(f)).toBe('RESULT_CLAIM_MISMATCH');
    const g = copy(file);
    g.claimed.winner = g.claimed.winner === 'blue' ? 'red' : 'blue';
    expect(refused(g)).toBe('RESULT_CLAIM_MISMATCH');
  });

  it('an edited order is refused: by the digest, or by the replay when the digest is forged too', () => {
    const f = copy(file);
    const step = f.record.steps.find((s) => s.kind === 'orders' && s.orders.length > 0);
    if (!step || step.kind !== 'orders') throw new Error('no orders in the game');
    step.orders = [];
    expect(refused(f)).toBe('RESULT_EDITED');
    // A forger who recomputes the digest: the replay finds the game did not end as claimed.
    const body = { tournamentId: f.tournamentId, pairingId: f.pairingId, round: f.round, players: f.players, record: f.record };
    f.digest = digestOf(canonicalJson(body));
    expect(['RESULT_CLAIM_MISMATCH', 'RESULT_REPLAY_REFUSED']).toContain(refused(f));
    // An illegal order, digest forged: the engine refuses the step.
    const g = copy(file);
    const first = g.record.steps[0];
    if (!first || first.kind !== 'orders') throw new Error('first step is not orders');
    first.orders = [{ type: 'deploy', region: 'atlantis', kind: 'troops', posture: 'defensive' }];
    g.digest = digestOf(canonicalJson({ tournamentId: g.tournamentId, pairingId: g.pairingId, round: g.round, players: g.players, record: g.record }));
    expect(refused(g)).toBe('RESULT_REPLAY_REFUSED');
  });

  it('a cut-short record is refused as unfinished', () => {
    const f = copy(file);
    f.record.steps = f.record.steps.slice(0, 2);
    f.digest = digestOf(canonicalJson({ tournamentId: f.tournamentId, pairingId: f.pairingId, round: f.round, players: f.players, record: f.record }));
    expect(refused(f)).toBe('RESULT_NOT_FINISHED');
  });

  it('a wrong seed, scenario, pairing, player or tournament is refused', () => {
    const seed = copy(file);
    seed.record.options.seed += 1;
    expect(refused(seed)).toBe('RESULT_WRONG_SEED');
    const scenario = copy(file);
    scenario.record.scenarioId = '2008-bucharest';
    expect(refused(scenario)).toBe('RESULT_WRONG_SCENARIO');
    const unknown = copy(file);
    unknown.pairingId = 'R9-1';
    expect(refused(unknown)).toBe('RESULT_UNKNOWN_PAIRING');
    const swapped = copy(file);
    swapped.players = { blue: file.players.red, red: file.players.blue };
    expect(refused(swapped)).toBe('RESULT_WRONG_PLAYERS');
    const other = copy(file);
    other.tournamentId = 'another';
    expect(refused(other)).toBe('RESULT_OTHER_TOURNAMENT');
    // Another pairing's result sent in for this one.
    const second = t0.played[0]?.pairings[1] as Pairing;
    const moved = copy(file);
    moved.pairingId = second.id;
    moved.players = ticketOf(t0, second).players;
    expect(refused(moved)).toBe('RESULT_WRONG_SEED');
  });

  it('a different rules version is refused', () => {
    const f = copy(file);
    f.record.engineVersion = '1.9.0';
    expect(ENGINE_VERSION).not.toBe('1.9.0');
    expect(refused(f)).toBe('RESULT_VERSION');
  });

  it('chosen intents, flipped intents or changed settings are refused', () => {
    const chosen = copy(file);
    chosen.record.options.intentMode = 'chosen';
    expect(refused(chosen)).toBe('RESULT_WRONG_OPTIONS');
    const lab = copy(file);
    lab.record.options.settings = { distinguishability: 1 };
    expect(refused(lab)).toBe('RESULT_WRONG_OPTIONS');
    const flipped = copy(file);
    flipped.record.intents.blue = flipped.record.intents.blue === 'security' ? 'revisionist' : 'security';
    flipped.digest = digestOf(canonicalJson({ tournamentId: flipped.tournamentId, pairingId: flipped.pairingId, round: flipped.round, players: flipped.players, record: flipped.record }));
    expect(refused(flipped)).toBe('RESULT_WRONG_INTENTS');
  });

  it('garbage is refused as not a result, or as damaged', () => {
    expect(refused({ hello: 1 })).toBe('RESULT_NOT_A_RESULT');
    const f = copy(file) as Partial<ResultFile>;
    delete f.claimed;
    expect(refused(f)).toBe('RESULT_CORRUPT');
  });

  it('a second, different result for a game already in is refused', () => {
    const t1 = must(importResult(t0, copy(file))).tournament;
    const other = playPairing(t0, pairing, { blue: 'hawk', red: 'hawk' });
    expect(importResult(t1, other)).toMatchObject({ ok: false, error: { code: 'RESULT_DUPLICATE' } });
  });
});

describe('standings, summary and CSV', () => {
  let t = tournament('roundRobin', NAMES.slice(0, 4), ['2021-red-lines']);
  const games: VerifiedGame[] = [];
  for (let r = 0; r < 3; r++) {
    t = must(pairNextRound(t, games));
    for (const [i, p] of (t.played[r]?.pairings ?? []).entries()) {
      const imported = must(importResult(t, playPairing(t, p, { blue: BOTS[(r + i) % 4] ?? 'dove', red: BOTS[(r + i + 1) % 4] ?? 'hawk' })));
      t = imported.tournament;
      games.push(imported.game);
    }
  }

  it('win 1, draw ½; ranked by points, then mean achievement', () => {
    const table = standings(t, games);
    expect(table.length).toBe(4);
    expect(table.every((s) => s.games === 3)).toBe(true);
    const points = table.reduce((s, r) => s + r.points, 0);
    expect(points).toBe(6); // one point handed out per game
    for (const s of table) expect(s.points).toBe(s.wins + s.draws / 2);
    for (let i = 1; i < table.length; i++) {
      const a = table[i - 1];
      const b = table[i];
      if (!a || !b) continue;
      expect(a.points > b.points || (a.points === b.points && a.meanAchievement >= b.meanAchievement)).toBe(true);
    }
    for (const s of table) {
      const mine = games.flatMap((g) => (['blue', 'red'] as const).filter((side) => g.players[side] === s.id).map((side) => g.achievements[side]));
      expect(s.meanAchievement).toBeCloseTo(mine.reduce((a, b) => a + b, 0) / mine.length, 9);
    }
  });

  it('mutual security and a shared failure are draws for both', () => {
    const g = games[0] as VerifiedGame;
    const shared: VerifiedGame = { ...g, verdict: 'mutualSecurity', winner: 'draw', mutualSecurity: true, war: false };
    const failed: VerifiedGame = { ...g, verdict: 'sharedFailure', winner: 'draw', mutualSecurity: false, war: false };
    for (const game of [shared, failed]) {
      const table = standings(t, [game]);
      expect(table.find((s) => s.id === g.players.blue)?.points).toBe(0.5);
      expect(table.find((s) => s.id === g.players.red)?.points).toBe(0.5);
    }
    const line = classSummary([shared, failed]).byScenario[0];
    expect(line).toMatchObject({ mutualSecurity: 1, sharedFailure: 1, draws: 0 });
  });

  it('the class summary counts outcomes by scenario, wars and how far perception sat from the truth', () => {
    const s = classSummary(games);
    expect(s.games).toBe(6);
    expect(s.byScenario).toHaveLength(1);
    const line = s.byScenario[0];
    expect(line && line.blueWins + line.redWins + line.draws + line.mutualSecurity + line.sharedFailure).toBe(6);
    expect(line?.sharedFailure).toBe(games.filter((g) => g.verdict === 'sharedFailure').length);
    expect(s.sharedFailure).toBe(line?.sharedFailure);
    expect(s.warRate).toBeCloseTo(games.filter((g) => g.war).length / 6, 9);
    expect(s.meanError).toBeGreaterThanOrEqual(0);
    expect(s.meanError).toBeLessThanOrEqual(1);
    expect(s.byRivalIntent.reduce((n, l) => n + l.readings, 0)).toBe(12);
    // The mean error is the mean of |perceived − truth| over every reading's years.
    let sum = 0;
    let n = 0;
    for (const g of games)
      for (const side of ['blue', 'red'] as const) {
        const truth = g.intents[side === 'blue' ? 'red' : 'blue'] === 'revisionist' ? 1 : 0;
        for (const h of g.hostility[side].slice(1)) {
          sum += Math.abs(h - truth);
          n++;
        }
      }
    expect(s.meanError).toBeCloseTo(sum / n, 9);
  });

  it('CSV: a header and a row per player or game; names quoted and formulas defused', () => {
    const lines = standingsCsv(standings(t, games)).trim().split('\n');
    expect(lines[0]).toBe('rank,player,games,wins,draws,losses,points,meanAchievement,mutualSecurity,wars,byes');
    expect(lines).toHaveLength(5);
    const g = gamesCsv(t, games).trim().split('\n');
    expect(g).toHaveLength(7);
    expect(g[1]?.startsWith('R1-1,1,2021-red-lines,')).toBe(true);
    expect(csvField('Smith, J.')).toBe('"Smith, J."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=cmd()')).toBe("'=cmd()");
  });

  it('the tournament travels as one file, and its results are proved again on the way in', () => {
    const read = must(readTournament(tournamentText(t)));
    expect(read.tournament).toEqual(t);
    expect(read.games).toEqual(must(verifiedGames(t)));
    const forged = JSON.parse(tournamentText(t)) as ClassTournament;
    const first = Object.values(forged.results)[0] as ResultFile;
    first.claimed.scores.red += 1;
    expect(readTournament(JSON.stringify(forged))).toMatchObject({ ok: false, error: { code: 'RESULT_CLAIM_MISMATCH' } });
    expect(readTournament('{"format":"nope"}')).toMatchObject({ ok: false, error: { code: 'TOURNAMENT_CORRUPT' } });
  });
});

describe('setting up', () => {
  it('refuses a roster too small, a name twice or an unknown scenario', () => {
    const bad = (names: string[], scenarios = ['2014-maidan']) => {
      const r = createTournament({ id: 'x', name: 'x', system: 'swiss', names, scenarios, seed: 1 });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(bad(['Solo'])).toBe('TOURNAMENT_BAD_SETUP');
    expect(bad(['Ann', 'ann'])).toBe('TOURNAMENT_BAD_SETUP');
    expect(bad(['Ann', 'Bo'], ['nowhere'])).toBe('TOURNAMENT_BAD_SETUP');
    expect(bad(['Ann', 'Bo'])).toBe('ok');
  });
});
