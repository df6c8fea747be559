/** Messages between the tournament's parent thread and its worker threads. */
import type { GameRecord } from '../../engine/index.ts';
import type { GameRow } from '../game.ts';
import type { TournamentSettings } from '../schedule.ts';

/** Given to each worker when it starts. */
export interface WorkerSetup {
  settings: TournamentSettings;
  /** The command-line specs of the entries, in the settings' order. */
  specs: string[];
  /** URL of the module that loads student bot files, if any. */
  loaderModule?: string;
  keepRecords: boolean;
  heartbeat: SharedArrayBuffer;
}

/** Some games to play, by schedule index. */
export interface Task {
  id: number;
  games: number[];
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'played'; id: number; rows: GameRow[]; records: [number, GameRecord][] }
  | { kind: 'failed'; message: string };
