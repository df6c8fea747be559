/**
 * The tournament on worker threads: one worker or two give the same rows and digest as
 * the one-thread core, a student bot that throws has its faults counted, and one that
 * never returns or fills its thread's heap is stopped and disqualified while the
 * tournament finishes.
 * The student bots come from a stand-in loader (test/fixtures/tournament-bots.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtInEntry, resolveEntries } from '../../src/tournament/entries.ts';
import type { Entry } from '../../src/tournament/entries.ts';
import { loadEntries } from '../../src/tournament/node/bot-files.ts';
import { playInWorkers } from '../../src/tournament/node/pool.ts';
import { planGames } from '../../src/tournament/schedule.ts';
import type { TournamentSettings } from '../../src/tournament/schedule.ts';
import { playTournament, summariseTournament } from '../../src/tournament/tournament.ts';

const LOADER = new URL('../fixtures/tournament-bots.ts', import.meta.url).href;

const SETTINGS: TournamentSettings = { entries: ['dove', 'hawk', 'prudent', 'opportunist'], scenarios: ['lab', '2021-red-lines'], games: 1, seed: 4 };

function pool(settings: TournamentSettings, specs: readonly string[], jobs: number, watched: ReadonlySet<number> = new Set(), loaderModule?: string, backstopMs = 1500) {
  return playInWorkers(planGames(settings), {
    heapMb: 64,
    settings,
    specs,
    watched,
    jobs,
    keepRecords: true,
    backstopMs,
    ...(loaderModule ? { loaderModule } : {}),
    // Small batches, so two workers really share the games.
    costOf: () => 20,
  });
}

describe('a tournament on worker threads', () => {
  it('gives the same rows, records and digest on one worker or two as in one thread', async () => {
    const entries = await resolveEntries(SETTINGS.entries);
    const single = playTournament(SETTINGS, entries, { keepRecord: true });
    const one = await pool(SETTINGS, SETTINGS.entries, 1);
    const two = await pool(SETTINGS, SETTINGS.entries, 2);
    for (const played of [one, two]) {
      const result = summariseTournament(SETTINGS, entries, played.rows, played.stopped);
      expect(result.digest).toBe(single.digest);
      expect(result.standings).toEqual(single.standings);
      expect(played.records.size).toBe(single.records.size);
      expect(played.records.get(17)).toEqual(single.records.get(17));
    }
  });

  it('counts a throwing bot’s faults and stops a bot that never returns, disqualifying it, and finishes', async () => {
    const specs = ['dove', 'bots/thrower.js', 'bots/looper.js', 'hawk'];
    const entries: Entry[] = await loadEntries(specs, {}, LOADER);
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ['dove', 'builtin'],
      ['thrower', 'file'],
      ['looper', 'file'],
      ['hawk', 'builtin'],
    ]);
    const settings: TournamentSettings = { entries: entries.map((e) => e.id), scenarios: ['lab'], games: 1, seed: 9 };
    const played = await pool(settings, specs, 2, new Set([1, 2]), LOADER);
    expect(played.stopped).toHaveLength(1);
    expect(played.stopped[0]?.bot).toBe('looper');
    expect(played.stopped[0]?.reason).toMatch(/^stopped from outside: one decision went on past the 1.5 s backstop \(game \d+\)$/);
    const result = summariseTournament(settings, entries, played.rows, played.stopped);
    // Every game without the looper is played and counts: 3 pairs × 2 sides × 4 intent pairings.
    expect(result.rows).toHaveLength(24);
    const looper = result.standings.find((s) => s.bot === 'looper');
    expect(looper).toMatchObject({ disqualified: true, games: 0 });
    expect(looper?.rank).toBeUndefined();
    const thrower = result.standings.find((s) => s.bot === 'thrower');
    expect(thrower?.disqualified).toBe(false);
    expect(thrower?.games).toBe(16);
    expect(thrower?.faults).toBeGreaterThanOrEqual(16);
    // The others stand exactly as in a tournament the looper never entered.
    const without = playTournament({ ...settings, entries: ['dove', 'thrower', 'hawk'] }, entries.filter((e) => e.id !== 'looper'));
    expect(result.standings.slice(0, 3)).toEqual(without.standings);
  });

  it('disqualifies a bot that fills its thread’s heap, and plays on in a new thread', async () => {
    const specs = ['dove', 'bots/hog.js', 'hawk'];
    const entries = await loadEntries(specs, {}, LOADER);
    const settings: TournamentSettings = { entries: ['dove', 'hog', 'hawk'], scenarios: ['lab'], games: 1, seed: 2 };
    // A backstop far off, so the heap, not the clock, ends the hog even on a busy machine.
    const played = await pool(settings, specs, 1, new Set([1]), LOADER, 120_000);
    expect(played.stopped.map((d) => d.bot)).toEqual(['hog']);
    expect(played.stopped[0]?.reason).toMatch(/^its thread failed while it was deciding: /);
    const result = summariseTournament(settings, entries, played.rows, played.stopped);
    expect(result.rows).toHaveLength(8);
    expect(result.standings.map((s) => s.disqualified)).toEqual([false, false, true]);
  });

  it('takes a disqualification the sandbox decides inside a game', async () => {
    const specs = ['dove', 'bots/quitter.js'];
    const entries = await loadEntries(specs, {}, LOADER);
    const settings: TournamentSettings = { entries: ['dove', 'quitter'], scenarios: ['lab'], games: 1, seed: 1 };
    const played = await pool(settings, specs, 1, new Set([1]), LOADER);
    const result = summariseTournament(settings, entries, played.rows, played.stopped);
    expect(played.stopped).toEqual([]);
    expect(result.disqualified).toEqual([{ bot: 'quitter', reason: 'went past the backstop inside the sandbox' }]);
    expect(result.rows).toHaveLength(0);
    expect(result.standings.map((s) => [s.bot, s.rank, s.disqualified])).toEqual([
      ['dove', 1, false],
      ['quitter', undefined, true],
    ]);
  });

  it('reports a worker that cannot load an entry as an error, not a hang', async () => {
    const settings: TournamentSettings = { entries: ['dove', 'ghost'], scenarios: ['lab'], games: 1, seed: 1 };
    await expect(pool(settings, ['dove', 'bots/ghost.js'], 1, new Set([1]), LOADER)).rejects.toThrow('no test bot "ghost"');
    expect(builtInEntry('ghost')).toBeUndefined();
  });
});
