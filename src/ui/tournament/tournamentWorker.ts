/**
 * A Web Worker of the bot tournament page: builds the entries once (built-in bots, and
 * students' files through the sandbox), then plays each batch of games it is sent and
 * sends back their rows. It knows the whole schedule, so a batch is only game indices —
 * the same core, the same rows and so the same digest as the command line.
 *
 * Before any student code is loaded the worker takes away everything that could reach
 * outside it (network, storage, other workers): a second wall behind the sandbox and the
 * worker's Content-Security-Policy (see tournament.html and vite.config.ts).
 */
import type { Entry } from '../../tournament/entries.ts';
import { builtInEntry } from '../../tournament/entries.ts';
import type { DecisionWatch } from '../../tournament/game.ts';
import { planGames } from '../../tournament/schedule.ts';
import type { ScheduledGame, TournamentSettings } from '../../tournament/schedule.ts';
import { playGames } from '../../tournament/tournament.ts';
import { lockDown } from './lockdown.ts';
import type { EntrySpec, FromWorker, ToWorker } from './protocol.ts';
import { studentEntry } from './studentEntry.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const send = (message: FromWorker) => scope.postMessage(message);
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

lockDown(self as unknown as Record<string, unknown>);

let schedule: ScheduledGame[] = [];
let entries: Entry[] = [];
let settings: TournamentSettings | undefined;

/** Tells the page which student bot is inside its sandbox, so a stuck one can be stopped and named. */
const watch: DecisionWatch = {
  begin: (entry) => send({ kind: 'deciding', entry }),
  end: () => send({ kind: 'decided' }),
};

async function setup(message: Extract<ToWorker, { kind: 'setup' }>): Promise<void> {
  settings = message.settings;
  const budget = settings.timePerMoveMs === undefined ? {} : { timePerMoveMs: settings.timePerMoveMs };
  const made: Entry[] = [];
  for (const spec of message.entries as EntrySpec[]) {
    if (spec.kind === 'builtin') {
      const entry = builtInEntry(spec.id, budget);
      if (!entry) throw new Error(`unknown built-in bot "${spec.id}"`);
      made.push(entry);
    } else made.push(await studentEntry(spec, budget, message.wasmModule));
  }
  entries = made;
  schedule = planGames(settings);
  send({ kind: 'ready', labels: entries.map((e) => ({ id: e.id, label: e.label })) });
}

function play(message: Extract<ToWorker, { kind: 'play' }>): void {
  const games = message.games.map((i) => {
    const g = schedule[i];
    if (!g) throw new Error(`no game ${i} in a schedule of ${schedule.length}`);
    return g;
  });
  const watched = entries.some((e) => e.kind === 'file');
  const { rows } = playGames(games, entries, {
    ...(watched ? { watch } : {}),
    ...(settings?.timePerMoveMs === undefined ? {} : { budgetMs: settings.timePerMoveMs }),
  });
  send({ kind: 'played', id: message.id, rows });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'setup') setup(message).catch((e: unknown) => send({ kind: 'failed', message: messageOf(e) }));
  else {
    try {
      play(message);
    } catch (e) {
      send({ kind: 'failed', message: messageOf(e) });
    }
  }
};
