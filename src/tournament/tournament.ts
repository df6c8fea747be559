/**
 * A round robin from start to standings, in this thread: the core the command line
 * spreads over worker threads and machines, and the class page over Web Workers. Pure:
 * no files, no clock, no threads — whoever plays the games hands back rows, and the
 * same rows always give the same standings and digest.
 */
import type { Game, GameRecord } from '../engine/index.ts';
import { gameFor } from '../scenarios/catalog.ts';
import { digestOf } from './digest.ts';
import type { Entry } from './entries.ts';
import { playScheduled } from './game.ts';
import type { GameRow, PlayOptions } from './game.ts';
import { planGames } from './schedule.ts';
import type { ScheduledGame, TournamentSettings } from './schedule.ts';
import { countedRows, disqualifications, standingsOf } from './standings.ts';
import type { Disqualified, EntryName, Standing } from './standings.ts';

export interface TournamentResult {
  settings: TournamentSettings;
  entries: EntryName[];
  standings: Standing[];
  /** The games that count, in schedule order. */
  rows: GameRow[];
  disqualified: Disqualified[];
  digest: string;
}

/** What `--json` prints, and nothing more. */
export interface TournamentSummary {
  standings: Standing[];
  games: number;
  seed: number;
  digest: string;
}

/** Standings and digest from played rows (and any disqualification decided outside them). */
export function summariseTournament(settings: TournamentSettings, entries: readonly EntryName[], rows: readonly GameRow[], outside: readonly Disqualified[] = []): TournamentResult {
  const disqualified = disqualifications(rows, outside);
  const counted = countedRows(rows, disqualified);
  return {
    settings,
    entries: entries.map((e) => ({ id: e.id, label: e.label })),
    standings: standingsOf(entries, counted, disqualified),
    rows: counted,
    disqualified,
    digest: digestOf(counted),
  };
}

export function summaryOf(result: TournamentResult): TournamentSummary {
  return { standings: result.standings, games: result.rows.length, seed: result.settings.seed, digest: result.digest };
}

/** The Game of a shipped scenario, or a clear error. */
export function scenarioGame(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`unknown scenario "${id}"`);
  return game;
}

/** Plays some of a tournament's games; those of an entry already disqualified are skipped. */
export function playGames(games: readonly ScheduledGame[], entries: readonly Entry[], options: PlayOptions & { onGame?: (row: GameRow) => void } = {}): { rows: GameRow[]; records: Map<number, GameRecord> } {
  const rows: GameRow[] = [];
  const records = new Map<number, GameRecord>();
  const out = new Set<number>();
  for (const scheduled of games) {
    // Their games would not count: save the time (and a runaway bot's backstops).
    if (out.has(scheduled.blue) || out.has(scheduled.red)) continue;
    const played = playScheduled(scenarioGame(scheduled.scenario), scheduled, entries, options);
    rows.push(played.row);
    if (played.record) records.set(scheduled.index, played.record);
    const d = played.row.disqualified;
    if (d) out.add(d.side === 'blue' ? scheduled.blue : scheduled.red);
    options.onGame?.(played.row);
  }
  return { rows, records };
}

/** A whole round robin in this thread: for tests, small runs and a single Web Worker. */
export function playTournament(settings: TournamentSettings, entries: readonly Entry[], options: PlayOptions = {}): TournamentResult & { records: Map<number, GameRecord> } {
  const ids = entries.map((e) => e.id);
  if (ids.join('\n') !== settings.entries.join('\n')) throw new Error(`tournament: entries ${ids.join(', ')} are not the settings' ${settings.entries.join(', ')}`);
  const { rows, records } = playGames(planGames(settings), entries, { ...options, budgetMs: options.budgetMs ?? settings.timePerMoveMs });
  return { ...summariseTournament(settings, entries, rows), records };
}
