/**
 * A worker's heartbeat, in memory its parent thread can read while the worker is busy:
 * which watched entry is deciding, in which game, and a count of decisions begun. A
 * decision that stays the same for longer than the backstop has hung; the parent then
 * stops the thread and disqualifies that entry.
 */
import type { DecisionWatch } from '../game.ts';

const DECIDING = 0;
const ENTRY = 1;
const GAME = 2;
const SERIAL = 3;

export function newHeartbeat(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
}

/** The worker's side: marks each watched decision's start and end. */
export function heartbeatWatch(buffer: SharedArrayBuffer): DecisionWatch {
  const beat = new Int32Array(buffer);
  return {
    begin(entry, _side, game) {
      Atomics.store(beat, ENTRY, entry);
      Atomics.store(beat, GAME, game);
      Atomics.add(beat, SERIAL, 1);
      Atomics.store(beat, DECIDING, 1);
    },
    end() {
      Atomics.store(beat, DECIDING, 0);
    },
  };
}

export interface Pulse {
  /** Decisions begun so far; undefined when no watched entry is deciding. */
  decision?: number;
  entry: number;
  game: number;
}

/** The parent's side: what the worker is doing now. */
export function readHeartbeat(buffer: SharedArrayBuffer): Pulse {
  const beat = new Int32Array(buffer);
  const entry = Atomics.load(beat, ENTRY);
  const game = Atomics.load(beat, GAME);
  return Atomics.load(beat, DECIDING) === 1 ? { decision: Atomics.load(beat, SERIAL), entry, game } : { entry, game };
}
