/**
 * What a sandboxed student bot can do wrong, as stable codes a tournament can count and a
 * teacher can read. A fault never stops a game: the decision it spoiled becomes "no
 * orders" (or "hold" in a crisis) and play goes on.
 */
import type { Side } from '../../engine/index.ts';

export const FAULT_CODES = [
  /** The source does not parse (JavaScript or TypeScript syntax). */
  'SYNTAX_ERROR',
  /** It imports a module other than `security-dilemma/bot`. */
  'FORBIDDEN_IMPORT',
  /** Its default export is neither a bot nor a function that returns one. */
  'NO_BOT',
  /** It threw an exception. */
  'THREW',
  /** It spent its CPU budget for the decision (or for loading): an endless or too long loop. */
  'OUT_OF_FUEL',
  /** It filled its fixed memory. */
  'OUT_OF_MEMORY',
  /** It recursed too deeply. */
  'STACK_OVERFLOW',
  /** It answered something that is not a list of orders or a crisis choice. */
  'BAD_RESULT',
  /** Well-formed orders that the rules refuse. */
  'ILLEGAL_ORDERS',
  /** An answer far larger than any real one. */
  'RESULT_TOO_LARGE',
  /** It changed a built-in object (Object.prototype, Math, JSON, …). */
  'TAMPERING',
  /** It looked for something outside the sandbox (process, require, fetch, timers, …). */
  'REACHED_OUTSIDE',
  /** It had to be stopped by the wall clock, not by its budget: disqualified. */
  'TIMEOUT',
  /** Its WebAssembly instance failed: disqualified. */
  'CRASHED',
  /** A decision after the bot was disqualified. */
  'DISQUALIFIED',
] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

/** Where the fault happened: loading the file, or one of the bot's calls. */
export type FaultPhase = 'load' | 'orders' | 'crisis' | 'explain';

export interface SandboxFault {
  code: FaultCode;
  phase: FaultPhase;
  /** One plain sentence, with the bot's own error message where there is one. */
  message: string;
  /** The side and turn of the decision (absent for load faults found before a game). */
  side?: Side;
  turn?: number;
}

/** Faults after which the bot plays no more: they depend on the machine, not the bot's budget. */
export const DISQUALIFYING: readonly FaultCode[] = ['TIMEOUT', 'CRASHED'];

const LONGEST_MESSAGE = 300;

/** A bot's own words (an exception message) cut to a readable length. */
export function clip(text: string, max = LONGEST_MESSAGE): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** Counts of each fault code, for standings and summaries ("OUT_OF_FUEL ×2, THREW"). */
export function summariseFaults(faults: readonly SandboxFault[]): string {
  const counts = new Map<FaultCode, number>();
  for (const f of faults) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
}
