/**
 * A tournament's fingerprint: the SHA-256 of the canonical JSON of every counted game's
 * row, in schedule order. Two runs — on one worker or two, in one process or in shards on
 * several machines — played the same games the same way exactly when their digests match.
 */
import type { GameRow } from './game.ts';
import { sha256Hex } from './sha256.ts';

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest of the rows that count (see countedRows), whatever order they are given in. */
export function digestOf(rows: readonly GameRow[]): string {
  const sorted = [...rows].sort((a, b) => a.game - b.game);
  return sha256Hex(canonicalJson(sorted));
}
