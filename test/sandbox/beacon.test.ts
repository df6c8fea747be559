/**
 * The outside stop: a sandboxed decision that neither fuel nor the in-thread backstop
 * can end blocks its worker; the parent sees through the shared beacon which entry is
 * stuck, terminates the worker and can disqualify that entry.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BEACON_BYTES, BeaconWatcher } from '../../src/tournament/sandbox/index.ts';

describe('decision beacon', () => {
  it('names the entry stuck in a call, so the runner can kill its worker', async () => {
    const shared = new SharedArrayBuffer(BEACON_BYTES);
    const worker = new Worker(new URL('./fixtures/hang-worker.mjs', import.meta.url), {
      workerData: { shared, entry: 3 },
    });
    const messages: unknown[] = [];
    worker.on('message', (m) => messages.push(m));
    const watcher = new BeaconWatcher(shared, 1500);
    const stuck = await new Promise<{ entry: number; runningMs: number }>((resolve, reject) => {
      worker.on('error', reject);
      const timer = setInterval(() => {
        const found = watcher.check(performance.now());
        if (found) {
          clearInterval(timer);
          resolve(found);
        }
      }, 200);
    });
    const exitCode = await worker.terminate();
    expect(stuck.entry).toBe(3);
    expect(stuck.runningMs).toBeGreaterThan(1500);
    expect(messages).toEqual(['playing']);
    expect(exitCode).toBe(1);
  });

  it('does not blame a bot for many short calls', () => {
    const shared = new SharedArrayBuffer(BEACON_BYTES);
    const cells = new Int32Array(shared);
    const watcher = new BeaconWatcher(shared, 100);
    for (let t = 0; t < 1000; t += 50) {
      // A new call each time (the serial moves on), always inside one.
      Atomics.add(cells, 1, 1);
      Atomics.store(cells, 0, 1);
      expect(watcher.check(t)).toBeUndefined();
    }
    expect(watcher.check(2000)).toEqual({ entry: 0, runningMs: 1050 });
  });
});
