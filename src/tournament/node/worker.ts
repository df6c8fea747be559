/**
 * A tournament worker thread: loads the entries once, then plays each batch of games it
 * is sent and sends back their rows (and records). It knows the whole schedule, so a
 * batch is only a list of game indices.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GameRecord } from '../../engine/index.ts';
import type { Entry } from '../entries.ts';
import { planGames } from '../schedule.ts';
import type { ScheduledGame } from '../schedule.ts';
import { playGames } from '../tournament.ts';
import { loadEntries } from './bot-files.ts';
import { heartbeatWatch } from './heartbeat.ts';
import type { Task, WorkerReply, WorkerSetup } from './protocol.ts';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('the tournament worker must run in a worker thread');
const send = (reply: WorkerReply) => port.postMessage(reply);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function start(): Promise<void> {
  let entries: Entry[];
  try {
    const budget = setup.settings.timePerMoveMs === undefined ? {} : { timePerMoveMs: setup.settings.timePerMoveMs };
    entries = await loadEntries(setup.specs, budget, setup.loaderModule);
  } catch (e) {
    send({ kind: 'failed', message: message(e) });
    return;
  }
  const schedule: ScheduledGame[] = planGames(setup.settings);
  const watch = heartbeatWatch(setup.heartbeat);
  port?.on('message', (task: Task) => {
    try {
      const games = task.games.map((i) => {
        const g = schedule[i];
        if (!g) throw new Error(`no game ${i} in a schedule of ${schedule.length}`);
        return g;
      });
      const { rows, records } = playGames(games, entries, {
        keepRecord: setup.keepRecords,
        watch,
        ...(setup.settings.timePerMoveMs === undefined ? {} : { budgetMs: setup.settings.timePerMoveMs }),
      });
      const kept: [number, GameRecord][] = [...records];
      send({ kind: 'played', id: task.id, rows, records: kept });
    } catch (e) {
      send({ kind: 'failed', message: message(e) });
    }
  });
  send({ kind: 'ready' });
}

void start();
