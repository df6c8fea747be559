/**
 * A student's bot file as a tournament entry, in a worker. This build has no sandbox
 * yet, so a file is refused: the page keeps its file drop disabled and says so (see
 * pageSandbox.ts).
 */
import type { DecisionBudget, Entry } from '../../tournament/entries.ts';
import type { EntrySpec } from './protocol.ts';

export function studentEntry(spec: Extract<EntrySpec, { kind: 'file' }>, _budget: DecisionBudget, _wasmModule?: WebAssembly.Module): Promise<Entry> {
  return Promise.reject(new Error(`student bot files need the sandbox, which this build does not have yet: "${spec.fileName}"`));
}
