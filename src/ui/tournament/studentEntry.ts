/**
 * A student's bot file as a tournament entry, in a worker: loaded once into the sandbox
 * (QuickJS in WebAssembly, src/tournament/sandbox) exactly as the command line's loader
 * does it (src/tournament/sandbox/bot-file.ts) — the same fuel for the nominal time per
 * move, the same backstop, faults thrown so the game counts them with their codes, and a
 * bot the clock had to stop disqualified — so a file plays the same games here as there.
 */
import { DEFAULT_TIME_PER_MOVE_MS, Disqualification, backstopMs } from '../../tournament/entries.ts';
import type { DecisionBudget, Entry } from '../../tournament/entries.ts';
import { loadStudentBot } from '../../tournament/sandbox/browser.ts';
import type { EntrySpec } from './protocol.ts';

/** Fuel per decision for a nominal time per move: one unit a millisecond (as bot-file.ts). */
function fuelFor(budget: DecisionBudget): number {
  return Math.max(1, Math.round(budget.timePerMoveMs ?? DEFAULT_TIME_PER_MOVE_MS));
}

export async function studentEntry(spec: Extract<EntrySpec, { kind: 'file' }>, budget: DecisionBudget, wasmModule?: WebAssembly.Module): Promise<Entry> {
  const factory = await loadStudentBot(spec.source, spec.fileName, {
    ...(wasmModule ? { wasmModule } : {}),
    fuelPerDecision: fuelFor(budget),
    backstopMs: Math.round(backstopMs(budget) * 0.8),
    faultsAs: 'exceptions',
    onDisqualified: (fault) => {
      throw new Disqualification(`${fault.code}: ${fault.message}`);
    },
  });
  const label = factory.loadFault ? `${spec.id} (${spec.fileName}: cannot make a bot, ${factory.loadFault.code})` : `${factory.botName} (${spec.fileName})`;
  return { id: spec.id, label, kind: 'file', make: factory };
}
