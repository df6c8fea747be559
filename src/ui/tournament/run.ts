/**
 * Plays a round robin on the page's Web Workers (one per core, at most MAX_WORKERS), so
 * the page stays responsive. Results are keyed by game index: how the games were shared
 * out never shows in the standings or the digest.
 *
 * A watchdog reads the workers' "deciding" messages: a student's bot still on one call
 * after the backstop is stopped from outside — its worker is terminated and replaced,
 * the batch it was in is played again without it, and the entry is disqualified (all its
 * games are left out, so the others' standings do not depend on when that happened).
 */
import type { GameRow } from '../../tournament/game.ts';
import type { ScheduledGame, TournamentSettings } from '../../tournament/schedule.ts';
import type { Disqualified } from '../../tournament/standings.ts';
import type { EntrySpec, FromWorker, ToWorker } from './protocol.ts';

export const MAX_WORKERS = 4;

/** Workers for this machine: one per core, between 1 and MAX_WORKERS. */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores && cores > 0 ? cores : 2));
}

export interface RunOptions {
  settings: TournamentSettings;
  entries: EntrySpec[];
  schedule: readonly ScheduledGame[];
  workers: number;
  wasmModule?: WebAssembly.Module;
  /** Wall-clock ms a student's call may take before its bot is stopped from outside. */
  backstopMs: number;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  rows: GameRow[];
  labels: { id: string; label: string }[];
  /** Entries stopped from outside their worker. */
  stopped: Disqualified[];
}

export interface Run {
  result: Promise<RunResult>;
  cancel(): void;
}

interface Batch {
  id: number;
  games: number[];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  batch?: Batch;
  /** The student entry inside its sandbox now, and since when. */
  deciding?: { entry: number; since: number };
}

const WATCH_INTERVAL_MS = 250;

/** Batches of consecutive games: about 40 per worker, so progress moves smoothly and the last batches end together. */
export function batchesOf(games: readonly ScheduledGame[], workers: number, students: boolean): Batch[] {
  const size = students ? 2 : Math.max(1, Math.min(100, Math.ceil(games.length / (workers * 40))));
  const out: Batch[] = [];
  for (let i = 0; i < games.length; i += size) out.push({ id: out.length, games: games.slice(i, i + size).map((g) => g.index) });
  return out;
}

export function runTournament(options: RunOptions): Run {
  const { settings, schedule } = options;
  const byIndex = new Map(schedule.map((g) => [g.index, g]));
  const students = new Set(options.entries.flatMap((e, i) => (e.kind === 'file' ? [i] : [])));
  const queue = batchesOf(schedule, options.workers, students.size > 0);
  const rows: GameRow[] = [];
  const stopped: Disqualified[] = [];
  const out = new Set<number>();
  const slots = new Set<Slot>();
  let labels: { id: string; label: string }[] = options.entries.map((e) => ({ id: e.id, label: e.id }));
  let done = 0;
  let finished = false;
  let settle: { resolve(r: RunResult): void; reject(e: Error): void } | undefined;
  const result = new Promise<RunResult>((resolve, reject) => (settle = { resolve, reject }));

  const finish = (error?: Error) => {
    if (finished) return;
    finished = true;
    clearInterval(watchdog);
    for (const slot of slots) slot.worker.terminate();
    slots.clear();
    if (error) settle?.reject(error);
    else settle?.resolve({ rows, labels, stopped });
  };

  const progress = (games: number) => {
    done += games;
    options.onProgress?.(done, schedule.length);
  };

  const disqualify = (entry: number, reason?: string) => {
    if (out.has(entry)) return;
    out.add(entry);
    if (reason !== undefined) stopped.push({ bot: settings.entries[entry] ?? String(entry), reason });
  };

  const feed = (slot: Slot) => {
    slot.batch = undefined;
    slot.deciding = undefined;
    for (let next = queue.shift(); next; next = queue.shift()) {
      const kept = next.games.filter((i) => {
        const g = byIndex.get(i);
        return g !== undefined && !out.has(g.blue) && !out.has(g.red);
      });
      progress(next.games.length - kept.length);
      if (kept.length === 0) continue;
      slot.batch = { id: next.id, games: kept };
      post(slot, { kind: 'play', id: next.id, games: kept });
      return;
    }
    if ([...slots].every((s) => s.batch === undefined)) finish();
  };

  const post = (slot: Slot, message: ToWorker) => slot.worker.postMessage(message);

  const spawn = () => {
    const worker = new Worker(new URL('./tournamentWorker.ts', import.meta.url), { type: 'module', name: 'tournament' });
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (finished || !slots.has(slot)) return;
      const reply = event.data;
      switch (reply.kind) {
        case 'ready':
          slot.ready = true;
          labels = reply.labels;
          feed(slot);
          return;
        case 'deciding':
          slot.deciding = { entry: reply.entry, since: performance.now() };
          return;
        case 'decided':
          slot.deciding = undefined;
          return;
        case 'played':
          for (const row of reply.rows) {
            rows.push(row);
            const d = row.disqualified;
            const g = byIndex.get(row.game);
            if (d && g) disqualify(d.side === 'blue' ? g.blue : g.red);
          }
          progress(slot.batch?.games.length ?? reply.rows.length);
          feed(slot);
          return;
        case 'failed':
          finish(new Error(reply.message));
          return;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (finished || !slots.has(slot)) return;
      if (!replace(slot, `its worker failed while it was deciding: ${event.message}`)) finish(new Error(`a tournament worker failed: ${event.message || 'no reason given'}`));
    };
    const setup: ToWorker = { kind: 'setup', settings, entries: options.entries, ...(options.wasmModule ? { wasmModule: options.wasmModule } : {}) };
    post(slot, setup);
  };

  /** A worker lost or stuck while a student's bot was deciding: that bot is out; its batch goes back to the queue. */
  const replace = (slot: Slot, reason: string): boolean => {
    const deciding = slot.deciding;
    if (!deciding || !students.has(deciding.entry)) return false;
    disqualify(deciding.entry, reason);
    slots.delete(slot);
    slot.worker.terminate();
    if (slot.batch) queue.unshift(slot.batch);
    spawn();
    return true;
  };

  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const slot of [...slots])
      if (slot.deciding && now - slot.deciding.since > options.backstopMs)
        replace(slot, `stopped from outside: one call went on past the ${options.backstopMs / 1000} s backstop`);
  }, WATCH_INTERVAL_MS);

  if (queue.length === 0) finish();
  else for (let j = 0; j < Math.max(1, Math.min(options.workers, queue.length)); j++) spawn();

  return { result, cancel: () => finish(new Error('cancelled')) };
}
