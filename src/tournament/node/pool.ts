/**
 * Plays a tournament's games on worker threads (one per core by default). Results are
 * keyed by game index, so how the games were shared out never shows in the standings.
 *
 * A watchdog reads each worker's heartbeat: a student bot still on one decision after
 * the backstop is stopped from outside — its thread is terminated and replaced, the batch
 * it was in is played again without it, and the entry is disqualified (all its games are
 * left out, so the others' standings do not depend on when that happened).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';
import type { GameRecord } from '../../engine/index.ts';
import type { GameRow } from '../game.ts';
import type { ScheduledGame, TournamentSettings } from '../schedule.ts';
import type { Disqualified } from '../standings.ts';
import { newHeartbeat, readHeartbeat } from './heartbeat.ts';
import type { Task, WorkerReply, WorkerSetup } from './protocol.ts';

export interface PoolOptions {
  settings: TournamentSettings;
  specs: readonly string[];
  /** Which entries (by index) are students' bots, watched by the backstop. */
  watched: ReadonlySet<number>;
  jobs: number;
  keepRecords: boolean;
  loaderModule?: string;
  /** Wall-clock ms a watched decision may take before its bot is stopped. */
  backstopMs: number;
  /** Heap cap of each thread when students' bots play, in MiB (default WATCHED_HEAP_MB). */
  heapMb?: number;
  /** Rough cost of a game, for batching and progress only. */
  costOf?: (game: ScheduledGame) => number;
  onProgress?: (cost: number) => void;
}

export interface PoolResult {
  rows: GameRow[];
  records: Map<number, GameRecord>;
  /** Entries stopped from outside their thread (those disqualified inside a game say so in its row). */
  stopped: Disqualified[];
}

/** Batches worth about this much cost: big enough that messages cost little, small enough to share out evenly. */
const BATCH_COST = 200;
const MAX_BATCH = 100;
const WATCH_INTERVAL_MS = 100;
const WATCHED_HEAP_MB = 1024;

/** Consecutive games in batches; the costliest first, so no worker is left with a long one at the end. */
export function batches(games: readonly ScheduledGame[], costOf: (g: ScheduledGame) => number): { task: Task; cost: number }[] {
  const out: { task: Task; cost: number }[] = [];
  let current: number[] = [];
  let cost = 0;
  for (const g of games) {
    current.push(g.index);
    cost += costOf(g);
    if (cost >= BATCH_COST || current.length >= MAX_BATCH) {
      out.push({ task: { id: out.length, games: current }, cost });
      current = [];
      cost = 0;
    }
  }
  if (current.length) out.push({ task: { id: out.length, games: current }, cost });
  return out.sort((a, b) => b.cost - a.cost || a.task.id - b.task.id);
}

/**
 * A worker thread running a module. Node 20 cannot run TypeScript, and tsx's loader
 * leaves worker threads alone, so a .ts module is loaded through tsx's API; a bundled
 * .js one runs as it is.
 */
function startWorker(module: URL, options: WorkerOptions): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then(({ tsImport }) => tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(module.href)}));`;
  return new Worker(boot, { ...options, eval: true });
}

interface Slot {
  worker: Worker;
  heartbeat: SharedArrayBuffer;
  batch?: { task: Task; cost: number };
  /** The decision seen last by the watchdog, and when it was first seen. */
  seen?: { decision: number; since: number };
  /** Set when the pool itself ended the thread. */
  stopping: boolean;
}

export function playInWorkers(games: readonly ScheduledGame[], options: PoolOptions): Promise<PoolResult> {
  const costOf = options.costOf ?? (() => 1);
  const queue = batches(games, costOf);
  const rows: GameRow[] = [];
  const records = new Map<number, GameRecord>();
  const stopped: Disqualified[] = [];
  const out = new Set<number>();
  const slots = new Set<Slot>();
  const schedule = new Map(games.map((g) => [g.index, g]));

  return new Promise<PoolResult>((resolve, reject) => {
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      for (const slot of slots) {
        slot.stopping = true;
        void slot.worker.terminate();
      }
      if (error) reject(error);
      else resolve({ rows, records, stopped });
    };

    /** Leaves an entry's remaining games unplayed; one stopped from outside is also reported. */
    const disqualify = (entry: number, reason?: string) => {
      if (out.has(entry)) return;
      out.add(entry);
      if (reason !== undefined) stopped.push({ bot: options.settings.entries[entry] ?? String(entry), reason });
    };

    /** Sends the next batch, without the games of entries already out; ends when all are done. */
    const feed = (slot: Slot) => {
      slot.batch = undefined;
      slot.seen = undefined;
      for (let next = queue.shift(); next; next = queue.shift()) {
        const kept = next.task.games.filter((i) => {
          const g = schedule.get(i);
          return g !== undefined && !out.has(g.blue) && !out.has(g.red);
        });
        if (kept.length === 0) {
          options.onProgress?.(next.cost);
          continue;
        }
        slot.batch = { task: { id: next.task.id, games: kept }, cost: next.cost };
        slot.worker.postMessage(slot.batch.task);
        return;
      }
      if ([...slots].every((s) => s.batch === undefined)) finish();
    };

    /** A thread lost while a watched bot was deciding: that bot is out; its batch goes back to the queue. */
    const replace = (slot: Slot, reason: string): boolean => {
      const pulse = readHeartbeat(slot.heartbeat);
      if (pulse.decision === undefined || !options.watched.has(pulse.entry)) return false;
      disqualify(pulse.entry, reason);
      slot.stopping = true;
      slots.delete(slot);
      void slot.worker.terminate();
      if (slot.batch) queue.unshift(slot.batch);
      spawn();
      return true;
    };

    const spawn = () => {
      const heartbeat = newHeartbeat();
      const setup: WorkerSetup = {
        settings: options.settings,
        specs: [...options.specs],
        keepRecords: options.keepRecords,
        heartbeat,
        ...(options.loaderModule ? { loaderModule: options.loaderModule } : {}),
      };
      // With students' bots aboard, a heap cap makes a bomb that escapes into the thread's
      // own memory end that thread (and disqualify the bot deciding), not the whole run.
      const limits = options.watched.size > 0 ? { resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? WATCHED_HEAP_MB } } : {};
      const worker = startWorker(new URL('./worker.ts', import.meta.url), { workerData: setup, ...limits });
      const slot: Slot = { worker, heartbeat, stopping: false };
      slots.add(slot);
      worker.on('message', (reply: WorkerReply) => {
        if (finished || slot.stopping) return;
        if (reply.kind === 'failed') return finish(new Error(reply.message));
        if (reply.kind === 'played') {
          for (const row of reply.rows) {
            rows.push(row);
            const d = row.disqualified;
            const g = schedule.get(row.game);
            if (d && g) disqualify(d.side === 'blue' ? g.blue : g.red);
          }
          for (const [index, record] of reply.records) records.set(index, record);
          options.onProgress?.(slot.batch?.cost ?? 0);
        }
        feed(slot);
      });
      worker.on('error', (e) => {
        if (finished || slot.stopping) return;
        if (!replace(slot, `its thread failed while it was deciding: ${e.message}`)) finish(e);
      });
      worker.on('exit', (code) => {
        if (finished || slot.stopping) return;
        if (!replace(slot, `its thread stopped (exit code ${code}) while it was deciding`)) finish(new Error(`a tournament worker stopped with exit code ${code}`));
      });
    };

    const watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of [...slots]) {
        const pulse = readHeartbeat(slot.heartbeat);
        if (pulse.decision === undefined || !options.watched.has(pulse.entry)) {
          slot.seen = undefined;
          continue;
        }
        if (slot.seen?.decision !== pulse.decision) {
          slot.seen = { decision: pulse.decision, since: now };
          continue;
        }
        if (now - slot.seen.since > options.backstopMs)
          replace(slot, `stopped from outside: one decision went on past the ${options.backstopMs / 1000} s backstop (game ${pulse.game})`);
      }
    }, WATCH_INTERVAL_MS);

    if (queue.length === 0) return finish();
    const jobs = Math.max(1, Math.min(options.jobs, queue.length));
    for (let j = 0; j < jobs; j++) spawn();
  });
}
