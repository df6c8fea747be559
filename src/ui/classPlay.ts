/**
 * The browser's side of class tournaments: the tournament kept in localStorage, the
 * tickets of games started from a pairing (so the debrief can make their result files),
 * pairing codes and result codes to copy between machines, and downloads.
 *
 * A pairing code is the ticket as base64url JSON; a result code is the result file,
 * deflated (CompressionStream) and base64url-encoded — a few hundred characters.
 */
import type { GameRecord, Result } from '../engine/index.ts';
import { refuse } from '../engine/result.ts';
import { readResultText, readTournament, tournamentText } from '../tournament/class/index.ts';
import type { ClassCode, ClassTournament, ResultFile, Ticket, VerifiedGame } from '../tournament/class/index.ts';

const TOURNAMENT_SLOT = 'security-dilemma/class-tournament';
const TICKETS_SLOT = 'security-dilemma/class-tickets';
const MAX_TICKETS = 30;

const PAIRING_PREFIX = 'SDP1.';
const RESULT_PREFIX = 'SDR1.';
const RESULT_PLAIN_PREFIX = 'SDR0.';

// ---------------------------------------------------------------- the stored tournament

/** The stored tournament, proved again by replay; undefined when there is none. */
export function loadTournament(): Result<{ tournament: ClassTournament; games: VerifiedGame[] }, ClassCode> | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(TOURNAMENT_SLOT);
  } catch {
    return undefined;
  }
  return text === null ? undefined : readTournament(text);
}

/** The stored tournament's text, to tell whether another screen changed it. */
export function storedTournamentText(): string | undefined {
  try {
    return localStorage.getItem(TOURNAMENT_SLOT) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The id of the tournament kept in this browser, without replaying its results. */
export function storedTournamentId(): string | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(TOURNAMENT_SLOT) ?? 'null') as { id?: unknown } | null;
    return typeof parsed?.id === 'string' ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}

export function storeTournament(t: ClassTournament | undefined): void {
  try {
    if (t) localStorage.setItem(TOURNAMENT_SLOT, tournamentText(t));
    else localStorage.removeItem(TOURNAMENT_SLOT);
  } catch {
    // Storage full or blocked: the page still works; export the file to keep it.
  }
}

// ---------------------------------------------------------------- tickets

function readTickets(): Ticket[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(TICKETS_SLOT) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed.filter((t) => isTicket(t)) as Ticket[]) : [];
  } catch {
    return [];
  }
}

/** Remembers that a game for this ticket is being played here. */
export function rememberTicket(ticket: Ticket): void {
  const rest = readTickets().filter((t) => !(t.tournamentId === ticket.tournamentId && t.pairingId === ticket.pairingId));
  try {
    localStorage.setItem(TICKETS_SLOT, JSON.stringify([ticket, ...rest].slice(0, MAX_TICKETS)));
  } catch {
    // Without storage the debrief cannot offer a result file.
  }
}

/** The ticket a game was played for: same scenario and seed, the rules as they are. */
export function ticketForRecord(record: GameRecord): Ticket | undefined {
  return readTickets().find((t) => t.scenarioId === record.scenarioId && t.seed === record.options.seed && (record.options.intentMode ?? 'random') === 'random');
}

function isTicket(x: unknown): x is Ticket {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  const players = t.players as Record<string, unknown> | undefined;
  return (
    typeof t.tournamentId === 'string' &&
    typeof t.tournamentName === 'string' &&
    typeof t.pairingId === 'string' &&
    typeof t.round === 'number' &&
    typeof t.scenarioId === 'string' &&
    typeof t.seed === 'number' &&
    typeof players?.blue === 'string' &&
    typeof players.red === 'string' &&
    (t.ai === undefined || t.ai === 'blue' || t.ai === 'red')
  );
}

// ---------------------------------------------------------------- codes

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function pairingCode(ticket: Ticket): string {
  return PAIRING_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(ticket)));
}

export function readPairingCode(code: string): Result<Ticket, 'PAIRING_CODE_BAD'> {
  const text = code.replace(/\s+/g, '');
  const bytes = text.startsWith(PAIRING_PREFIX) ? fromBase64Url(text.slice(PAIRING_PREFIX.length)) : undefined;
  let json: unknown;
  try {
    json = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  } catch {
    json = undefined;
  }
  if (!isTicket(json)) return refuse('PAIRING_CODE_BAD', 'That is not a pairing code: copy the whole code the teacher gave you (it starts with SDP1.).');
  return { ok: true, value: json };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** A result file as a code to copy: deflated when the browser can, plain otherwise. */
export async function resultCode(file: ResultFile): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(file));
  if (typeof CompressionStream === 'function') return RESULT_PREFIX + toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
  return RESULT_PLAIN_PREFIX + toBase64Url(bytes);
}

/** Reads a result file's text or a result code: its shape only (the replay proves it). */
export async function readResult(text: string): Promise<Result<ResultFile, ClassCode>> {
  const trimmed = text.trim();
  const packed = trimmed.replace(/\s+/g, '');
  if (packed.startsWith(RESULT_PREFIX) || packed.startsWith(RESULT_PLAIN_PREFIX)) {
    const bytes = fromBase64Url(packed.slice(RESULT_PREFIX.length));
    if (!bytes) return refuse('RESULT_CORRUPT', 'That result code is damaged: copy the whole code, from SDR1. to its end.');
    try {
      const plain = packed.startsWith(RESULT_PREFIX) ? await pipe(bytes, new DecompressionStream('deflate-raw')) : bytes;
      return readResultText(new TextDecoder().decode(plain));
    } catch {
      return refuse('RESULT_CORRUPT', 'That result code is damaged: copy the whole code, from SDR1. to its end.');
    }
  }
  return readResultText(trimmed);
}

/** Splits pasted text into result codes (one or more, separated by white space) or one file's JSON. */
export function splitCodes(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('{')) return [trimmed];
  return trimmed.split(/\s+/).filter((s) => s.length > 0);
}
