/** Messages between the bot tournament page and its Web Workers. */
import type { GameRow } from '../../tournament/game.ts';
import type { TournamentSettings } from '../../tournament/schedule.ts';

/** An entry as the page hands it to a worker: a built-in bot's name, or a student's file. */
export type EntrySpec = { kind: 'builtin'; id: string } | { kind: 'file'; id: string; fileName: string; source: string };

export type ToWorker =
  | {
      kind: 'setup';
      settings: TournamentSettings;
      entries: EntrySpec[];
      /** QuickJS compiled once by the page, so the worker needs no network at all. */
      wasmModule?: WebAssembly.Module;
    }
  /** Some games to play, by schedule index. */
  | { kind: 'play'; id: number; games: number[] };

export type FromWorker =
  | { kind: 'ready'; labels: { id: string; label: string }[] }
  | { kind: 'played'; id: number; rows: GameRow[] }
  /** A student's bot (by entry index) starts or ends a call into its sandbox: the page's watchdog reads these. */
  | { kind: 'deciding'; entry: number }
  | { kind: 'decided' }
  | { kind: 'failed'; message: string };
