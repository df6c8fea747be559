/**
 * The last line of defence, for a runner that plays games in worker threads: a call into
 * a sandbox that neither its fuel nor its wall-clock backstop can stop (a native built-in
 * that reaches QuickJS's interrupt handler only every few minutes) blocks its thread, and
 * only the parent can end it — by terminating the worker. To know whom to blame, the
 * worker marks in shared memory which entry is inside a sandbox call; the parent watches.
 * A bot that had to be killed is disqualified, so standings never depend on how fast the
 * machine is.
 *
 *   // worker: one beacon per thread, a watch per entry
 *   loadStudentBot(source, file, { watch: decisionBeacon(shared, entryIndex) })
 *   // parent: every few hundred ms
 *   const stuck = watcher.check(performance.now());
 *   if (stuck) { await worker.terminate(); disqualify(stuck.entry); }
 */
import type { DecisionWatch } from './student-bot.ts';

/** Bytes of shared memory one worker's beacon needs. */
export const BEACON_BYTES = 8;

const ENTRY = 0; // entry index + 1 while a call is under way, else 0
const SERIAL = 1; // counts calls, so the parent can tell one long call from many short ones

/** The worker's side: marks entry `entry` as inside a sandbox call while it is. */
export function decisionBeacon(shared: SharedArrayBuffer, entry: number): DecisionWatch {
  const cells = new Int32Array(shared, 0, 2);
  return {
    begin() {
      Atomics.add(cells, SERIAL, 1);
      Atomics.store(cells, ENTRY, entry + 1);
    },
    end() {
      Atomics.store(cells, ENTRY, 0);
    },
  };
}

/** The parent's side: which entry has been inside one sandbox call for too long, if any. */
export class BeaconWatcher {
  private readonly cells: Int32Array;
  private seen: { entry: number; serial: number; since: number } | undefined;

  constructor(
    shared: SharedArrayBuffer,
    /** How long one call may run before the worker is killed; well above the in-thread backstop. */
    private readonly limitMs: number,
  ) {
    this.cells = new Int32Array(shared, 0, 2);
  }

  /** The entry stuck in one call for longer than the limit, or undefined. Call it every few hundred ms. */
  check(now: number): { entry: number; runningMs: number } | undefined {
    const marked = Atomics.load(this.cells, ENTRY);
    const serial = Atomics.load(this.cells, SERIAL);
    if (marked === 0) {
      this.seen = undefined;
      return undefined;
    }
    const entry = marked - 1;
    if (!this.seen || this.seen.entry !== entry || this.seen.serial !== serial) {
      this.seen = { entry, serial, since: now };
      return undefined;
    }
    const runningMs = now - this.seen.since;
    return runningMs > this.limitMs ? { entry, runningMs } : undefined;
  }
}
