/**
 * The tournament's loader for students' bot files (a BotFileLoader, named by URL in
 * src/tournament/node/bot-files.ts so every worker thread loads it for itself): a file
 * becomes an entry whose bots run in the sandbox.
 *
 * The nominal time per move (`--time-per-move`, 200 ms by default) is never measured: it
 * sets the bot's fuel, one unit per millisecond (a unit is ~10,000 loop turns or calls,
 * 0.1–2 ms on the reference machine), so the same bot does the same work on any machine.
 * Faults are thrown, so the game counts them with their codes; a bot the clock had to
 * stop is disqualified with the tournament's own Disqualification. The backstop inside the
 * sandbox is set a little below the watchdog's outside the thread, so a runaway bot that
 * still reaches QuickJS's interrupt handler is stopped in its game rather than by killing
 * the thread.
 */
import { DEFAULT_TIME_PER_MOVE_MS, Disqualification, backstopMs } from '../entries.ts';
import type { BotFileLoader, DecisionBudget, Entry } from '../entries.ts';
import { readFile } from 'node:fs/promises';
import { loadStudentBot } from './index.ts';

/** "students/ann.ts" → "ann": the entry's name in the standings. */
function entryId(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(m?js|m?ts)$/i, '');
}

/** Fuel per decision for a nominal time per move: one unit a millisecond. */
export function fuelFor(budget: DecisionBudget): number {
  return Math.max(1, Math.round(budget.timePerMoveMs ?? DEFAULT_TIME_PER_MOVE_MS));
}

export const loadBotFile: BotFileLoader = async (path: string, budget: DecisionBudget): Promise<Entry> => {
  const source = await readFile(path, 'utf8').catch((e: unknown) => {
    throw new Error(`cannot read bot file "${path}" (${e instanceof Error ? e.message : String(e)})`);
  });
  const factory = await loadStudentBot(source, path, {
    fuelPerDecision: fuelFor(budget),
    backstopMs: Math.round(backstopMs(budget) * 0.8),
    faultsAs: 'exceptions',
    onDisqualified: (fault) => {
      throw new Disqualification(`${fault.code}: ${fault.message}`);
    },
  });
  const id = entryId(path);
  const label = factory.loadFault ? `${id} (${path}: cannot make a bot, ${factory.loadFault.code})` : `${factory.botName} (${path})`;
  return { id, label, kind: 'file', make: factory };
};
