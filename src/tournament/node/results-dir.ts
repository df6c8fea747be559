/**
 * A tournament's results folder (`--out dir`): what a teacher opens and what `merge`
 * reads back.
 *
 *   tournament.json   the settings, entries, shard, disqualifications and digest
 *   standings.csv     the standings
 *   games.csv         one line per game that counts
 *   faults.csv        every fault with its reason
 *   games.jsonl       the exact rows (the digest is taken over them; `merge` reads them)
 *   records/N.json    game N's record: "Load game file…" on the title screen opens it at the debrief
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { GameRecord } from '../../engine/index.ts';
import { faultsCsv, gamesCsv, standingsCsv } from '../csv.ts';
import { digestOf } from '../digest.ts';
import type { GameRow } from '../game.ts';
import type { Shard, TournamentSettings } from '../schedule.ts';
import type { Disqualified } from '../standings.ts';
import type { TournamentResult } from '../tournament.ts';

export const RESULTS_FORMAT = 'security-dilemma-tournament';

export interface Manifest {
  format: typeof RESULTS_FORMAT;
  engineVersion: string;
  settings: TournamentSettings;
  entries: { id: string; label: string; spec: string }[];
  /** Games in the whole round robin (all shards). */
  scheduled: number;
  shard?: Shard;
  /** Games that count in this folder. */
  games: number;
  disqualified: Disqualified[];
  digest: string;
  /** Whether records/ holds every counted game's record. */
  records: boolean;
}

/** A record's file name: game numbers padded to the schedule's width, so files sort in order. */
export function recordFile(index: number, scheduled: number): string {
  return `${String(index).padStart(String(Math.max(0, scheduled - 1)).length, '0')}.json`;
}

export interface ResultsToWrite {
  result: TournamentResult;
  specs: readonly string[];
  scheduled: number;
  shard?: Shard;
  /** Records by game index, or a function that copies a game's record file into place. */
  records?: Map<number, GameRecord> | ((index: number, to: string) => void);
}

export function writeResults(dir: string, w: ResultsToWrite): Manifest {
  const { result } = w;
  mkdirSync(dir, { recursive: true });
  const manifest: Manifest = {
    format: RESULTS_FORMAT,
    engineVersion: ENGINE_VERSION,
    settings: result.settings,
    entries: result.entries.map((e, i) => ({ id: e.id, label: e.label, spec: w.specs[i] ?? e.id })),
    scheduled: w.scheduled,
    ...(w.shard ? { shard: w.shard } : {}),
    games: result.rows.length,
    disqualified: result.disqualified,
    digest: result.digest,
    records: w.records !== undefined,
  };
  writeFileSync(join(dir, 'standings.csv'), standingsCsv(result.standings));
  writeFileSync(join(dir, 'games.csv'), gamesCsv(result.rows));
  writeFileSync(join(dir, 'faults.csv'), faultsCsv(result.rows));
  writeFileSync(join(dir, 'games.jsonl'), result.rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  if (w.records) {
    const records = join(dir, 'records');
    mkdirSync(records, { recursive: true });
    for (const row of result.rows) {
      const to = join(records, recordFile(row.game, w.scheduled));
      if (typeof w.records === 'function') w.records(row.game, to);
      else {
        const record = w.records.get(row.game);
        if (!record) throw new Error(`no record of game ${row.game}`);
        writeFileSync(to, `${JSON.stringify(record)}\n`);
      }
    }
  }
  writeFileSync(join(dir, 'tournament.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export interface ReadResults {
  dir: string;
  manifest: Manifest;
  rows: GameRow[];
}

/** A results folder read back, its rows checked against its digest (an edited file is refused). */
export function readResults(dir: string): ReadResults {
  const path = join(dir, 'tournament.json');
  if (!existsSync(path)) throw new Error(`${dir}: no tournament.json (not a tournament's --out folder)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (manifest.format !== RESULTS_FORMAT) throw new Error(`${path}: not a tournament's results (format "${String(manifest.format)}")`);
  const rows = readFileSync(join(dir, 'games.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as GameRow);
  if (digestOf(rows) !== manifest.digest) throw new Error(`${dir}: games.jsonl does not match the digest in tournament.json (an edited or damaged file)`);
  return { dir, manifest, rows };
}

/** Copies a game's record file from a results folder. */
export function copyRecord(from: ReadResults, index: number, to: string): void {
  copyFileSync(join(from.dir, 'records', recordFile(index, from.manifest.scheduled)), to);
}
