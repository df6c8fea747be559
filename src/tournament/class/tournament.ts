/**
 * A class tournament as a value: set it up, pair the next round, take in result files,
 * and write or read the whole thing as one file. Every function returns a new tournament
 * (or a refusal) and leaves the one it was given alone.
 */
import type { Result } from '../../engine/index.ts';
import { refuse } from '../../engine/result.ts';
import { findScenario } from '../../scenarios/catalog.ts';
import { canonicalJson } from './digest.ts';
import { nextRound, roundRobinRounds } from './pairings.ts';
import { verifyResult } from './resultFile.ts';
import { ranking } from './standings.ts';
import { AI_NAME, FORMAT_VERSION, TOURNAMENT_FORMAT } from './types.ts';
import type { ClassCode, ClassTournament, PairingSystem, ResultFile, VerifiedGame } from './types.ts';

export interface TournamentSetup {
  id: string;
  name: string;
  system: PairingSystem;
  /** Player or team names, one each. */
  names: readonly string[];
  scenarios: readonly string[];
  seed: number;
  /** The AI plays too, as one more entrant. */
  withAi?: boolean;
  /** Swiss only: how many rounds (at most one fewer than the players, so nobody meets twice). */
  rounds?: number;
}

export const MAX_ENTRANTS = 64;

export function createTournament(setup: TournamentSetup): Result<ClassTournament, ClassCode> {
  const names = setup.names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length > 0);
  if (setup.withAi) names.push(AI_NAME);
  if (names.length < 2) return refuse('TOURNAMENT_BAD_SETUP', 'A tournament needs at least two players or teams.', { players: names.length });
  if (names.length > MAX_ENTRANTS) return refuse('TOURNAMENT_BAD_SETUP', `At most ${MAX_ENTRANTS} players or teams.`, { players: names.length });
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) return refuse('TOURNAMENT_BAD_SETUP', `“${n}” is on the roster twice: every player or team needs a name of its own.`, { name: n });
    seen.add(key);
  }
  if (!setup.scenarios.length) return refuse('TOURNAMENT_BAD_SETUP', 'Pick at least one scenario.');
  const unknown = setup.scenarios.find((id) => !findScenario(id));
  if (unknown) return refuse('TOURNAMENT_BAD_SETUP', `There is no scenario “${unknown}”.`, { scenarioId: unknown });
  const full = roundRobinRounds(names.length);
  const rounds = setup.system === 'roundRobin' ? full : Math.max(1, Math.min(full, Math.floor(setup.rounds ?? Math.min(full, 3))));
  return {
    ok: true,
    value: {
      format: TOURNAMENT_FORMAT,
      version: FORMAT_VERSION,
      id: setup.id,
      name: setup.name.trim() || 'Class tournament',
      system: setup.system,
      scenarios: [...setup.scenarios],
      rounds,
      seed: setup.seed | 0,
      entrants: names.map((name, i) => (setup.withAi && i === names.length - 1 ? { id: `p${i + 1}`, name, ai: true } : { id: `p${i + 1}`, name })),
      played: [],
      results: {},
    },
  };
}

/** The tournament with its next round paired. */
export function pairNextRound(t: ClassTournament, games: readonly VerifiedGame[]): Result<ClassTournament, ClassCode> {
  const round = nextRound(t, ranking(t, games));
  if (!round.ok) return round;
  return { ok: true, value: { ...t, played: [...t.played, round.value] } };
}

export interface Imported {
  tournament: ClassTournament;
  game: VerifiedGame;
  /** The same result was already in: nothing changed. */
  already: boolean;
}

/** Takes in a result file once the replay has proved it. */
export function importResult(t: ClassTournament, input: unknown): Result<Imported, ClassCode> {
  const verified = verifyResult(t, input);
  if (!verified.ok) return verified;
  const file = input as ResultFile;
  const existing = t.results[file.pairingId];
  if (existing) {
    if (canonicalJson(existing.record) === canonicalJson(file.record)) return { ok: true, value: { tournament: t, game: verified.value, already: true } };
    return refuse('RESULT_DUPLICATE', `Game ${file.pairingId} already has a result, from another record. Remove that one first if this one should replace it.`, {
      pairingId: file.pairingId,
    });
  }
  return { ok: true, value: { tournament: { ...t, results: { ...t.results, [file.pairingId]: file } }, game: verified.value, already: false } };
}

/** The tournament without a game's result (a result entered by mistake). */
export function removeResult(t: ClassTournament, pairingId: string): ClassTournament {
  const results = { ...t.results };
  delete results[pairingId];
  return { ...t, results };
}

/** Every accepted result, proved again by replay (a stored or imported tournament is not taken on trust). */
export function verifiedGames(t: ClassTournament): Result<VerifiedGame[], ClassCode> {
  const games: VerifiedGame[] = [];
  for (const [pairingId, file] of Object.entries(t.results)) {
    const checked = verifyResult(t, file);
    if (!checked.ok) return refuse(checked.error.code, `The result of game ${pairingId} does not stand: ${checked.error.message}`, { pairingId, ...checked.error.details });
    if (checked.value.pairingId !== pairingId) return refuse('TOURNAMENT_CORRUPT', `The result filed under game ${pairingId} is of game ${checked.value.pairingId}.`, { pairingId });
    games.push(checked.value);
  }
  return { ok: true, value: games };
}

export function tournamentText(t: ClassTournament): string {
  return JSON.stringify(t);
}

/**
 * Reads a tournament file (or the browser's stored copy): the right kind and shape, and
 * every result in it proved again by replay.
 */
export function readTournament(text: string): Result<{ tournament: ClassTournament; games: VerifiedGame[] }, ClassCode> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('TOURNAMENT_CORRUPT', 'The tournament file is not valid JSON: it may be damaged.');
  }
  const t = json as Partial<ClassTournament> | null;
  if (typeof t !== 'object' || t === null || t.format !== TOURNAMENT_FORMAT) return refuse('TOURNAMENT_CORRUPT', 'This is not a class tournament file.');
  const ok =
    typeof t.id === 'string' &&
    typeof t.name === 'string' &&
    (t.system === 'roundRobin' || t.system === 'swiss') &&
    Array.isArray(t.scenarios) &&
    typeof t.rounds === 'number' &&
    typeof t.seed === 'number' &&
    Array.isArray(t.entrants) &&
    t.entrants.every((e) => typeof e?.id === 'string' && typeof e?.name === 'string') &&
    Array.isArray(t.played) &&
    t.played.every((r) => typeof r?.number === 'number' && Array.isArray(r.pairings)) &&
    typeof t.results === 'object' &&
    t.results !== null;
  if (!ok) return refuse('TOURNAMENT_CORRUPT', 'The tournament file is damaged: parts of it are missing.');
  const tournament = t as ClassTournament;
  const games = verifiedGames(tournament);
  if (!games.ok) return games;
  return { ok: true, value: { tournament, games: games.value } };
}
