/**
 * Result files: what a finished tournament game hands back to the teacher, and the check
 * the page makes before it believes one. The check replays the record through the rules
 * engine: a result is accepted only if the record is the pairing's game (scenario, seed,
 * rules version, the intents the seed drew), every step of it is legal, the game is over,
 * and it ended exactly as claimed. A file edited by hand, a forged score, another game's
 * record: each is refused with its own code and a sentence that says why.
 */
import { ENGINE_VERSION, newGame, outcome, replay, SIDES } from '../../engine/index.ts';
import type { Game, GameRecord, GameState, Result, Side } from '../../engine/index.ts';
import { refuse } from '../../engine/result.ts';
import { gameFor } from '../../scenarios/catalog.ts';
import { canonicalJson, digestOf } from './digest.ts';
import { findPairing } from './pairings.ts';
import { FORMAT_VERSION, RESULT_FORMAT } from './types.ts';
import type { ClaimedOutcome, ClassCode, ClassTournament, Pairing, ResultFile, VerifiedGame } from './types.ts';

/** What a player needs to play a pairing's game anywhere, and to hand its result back. */
export interface Ticket {
  tournamentId: string;
  tournamentName: string;
  pairingId: string;
  round: number;
  scenarioId: string;
  seed: number;
  players: Record<Side, string>;
  /** The side the AI plays, when one of the two is the AI. */
  ai?: Side;
}

export function entrantName(t: ClassTournament, id: string): string {
  return t.entrants.find((e) => e.id === id)?.name ?? id;
}

export function ticketOf(t: ClassTournament, p: Pairing): Ticket {
  const ai = t.entrants.find((e) => e.ai && (e.id === p.blue || e.id === p.red));
  const ticket: Ticket = {
    tournamentId: t.id,
    tournamentName: t.name,
    pairingId: p.id,
    round: p.round,
    scenarioId: p.scenarioId,
    seed: p.seed,
    players: { blue: entrantName(t, p.blue), red: entrantName(t, p.red) },
  };
  if (ai) ticket.ai = ai.id === p.blue ? 'blue' : 'red';
  return ticket;
}

function recordDigest(f: Pick<ResultFile, 'tournamentId' | 'pairingId' | 'round' | 'players' | 'record'>): string {
  return digestOf(canonicalJson({ tournamentId: f.tournamentId, pairingId: f.pairingId, round: f.round, players: f.players, record: f.record }));
}

/** The result file of a finished game played for a ticket; refused if the game is not over. */
export function buildResultFile(ticket: Ticket, game: Game, state: GameState): Result<ResultFile, ClassCode> {
  const o = outcome(game, state);
  if (!o.ok) return refuse('RESULT_NOT_FINISHED', 'The game is not over yet: a result file is made at the debrief.', { phase: state.phase });
  const claimed: ClaimedOutcome = {
    verdict: o.value.verdict,
    winner: o.value.winner,
    war: o.value.war,
    scores: { blue: o.value.sides.blue.score, red: o.value.sides.red.score },
    achievements: { blue: o.value.sides.blue.achievement, red: o.value.sides.red.achievement },
  };
  const record = JSON.parse(JSON.stringify(state.record)) as GameRecord;
  const body = { tournamentId: ticket.tournamentId, pairingId: ticket.pairingId, round: ticket.round, players: { ...ticket.players }, record };
  const file: ResultFile = {
    format: RESULT_FORMAT,
    version: FORMAT_VERSION,
    tournamentId: ticket.tournamentId,
    tournamentName: ticket.tournamentName,
    pairingId: ticket.pairingId,
    round: ticket.round,
    players: body.players,
    claimed,
    record,
    digest: recordDigest(body),
  };
  return { ok: true, value: file };
}

/** A result file's text, as it is saved. */
export function resultFileText(file: ResultFile): string {
  return JSON.stringify(file, undefined, 1);
}

/** The file name a result is offered under. */
export function resultFileName(file: Pick<ResultFile, 'pairingId' | 'players'>): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24) || 'player';
  return `result-${file.pairingId}-${slug(file.players.blue)}-v-${slug(file.players.red)}.json`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSideRecord = (x: unknown, type: 'string' | 'number'): boolean => isObject(x) && typeof x.blue === type && typeof x.red === type;

/** Checks the shape of a parsed result file (not yet its truth). */
export function parseResultFile(json: unknown): Result<ResultFile, ClassCode> {
  if (!isObject(json) || json.format !== RESULT_FORMAT) return refuse('RESULT_NOT_A_RESULT', 'This is not a class tournament result file.');
  const r = json.record;
  const c = json.claimed;
  const shapeOk =
    typeof json.tournamentId === 'string' &&
    typeof json.pairingId === 'string' &&
    typeof json.round === 'number' &&
    typeof json.digest === 'string' &&
    isSideRecord(json.players, 'string') &&
    isObject(c) &&
    typeof c.verdict === 'string' &&
    typeof c.winner === 'string' &&
    typeof c.war === 'boolean' &&
    isSideRecord(c.scores, 'number') &&
    isSideRecord(c.achievements, 'number') &&
    isObject(r) &&
    typeof r.scenarioId === 'string' &&
    typeof r.engineVersion === 'string' &&
    isObject(r.options) &&
    isSideRecord(r.intents, 'string') &&
    Array.isArray(r.steps);
  if (!shapeOk) return refuse('RESULT_CORRUPT', 'The result file is damaged: parts of it are missing.');
  return { ok: true, value: json as unknown as ResultFile };
}

/** Reads a result file's text: JSON of the right shape. */
export function readResultText(text: string): Result<ResultFile, ClassCode> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('RESULT_CORRUPT', 'The result file is not valid JSON: it may be damaged, or not a result file.');
  }
  return parseResultFile(json);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a result file is true for this tournament: its pairing, players, scenario, seed,
 * rules version and options, an unedited record that the engine replays to the end, the
 * intents the seed drew, and the outcome it claims. The first problem found is the answer.
 */
export function verifyResult(t: ClassTournament, input: unknown): Result<VerifiedGame, ClassCode> {
  const parsed = parseResultFile(input);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const rec = file.record;
  if (rec.engineVersion !== ENGINE_VERSION)
    return refuse('RESULT_VERSION', `This game was played under rules version ${rec.engineVersion}; this page plays version ${ENGINE_VERSION}, so it cannot replay it exactly.`, {
      found: rec.engineVersion,
      expected: ENGINE_VERSION,
    });
  if (file.tournamentId !== t.id)
    return refuse('RESULT_OTHER_TOURNAMENT', `This result is of another tournament (“${String(file.tournamentName ?? file.tournamentId)}”).`, { tournamentId: file.tournamentId });
  const pairing = findPairing(t, file.pairingId);
  if (!pairing) return refuse('RESULT_UNKNOWN_PAIRING', `This tournament has no game ${file.pairingId} (yet).`, { pairingId: file.pairingId });
  const names = { blue: entrantName(t, pairing.blue), red: entrantName(t, pairing.red) };
  if (file.players.blue !== names.blue || file.players.red !== names.red)
    return refuse('RESULT_WRONG_PLAYERS', `Game ${pairing.id} is ${names.blue} (Blue) against ${names.red} (Red), but the file names ${file.players.blue} and ${file.players.red}.`, {
      expected: names,
      found: file.players,
    });
  if (rec.scenarioId !== pairing.scenarioId)
    return refuse('RESULT_WRONG_SCENARIO', `Game ${pairing.id} is played on “${pairing.scenarioId}”, but the record is of “${rec.scenarioId}”.`, {
      expected: pairing.scenarioId,
      found: rec.scenarioId,
    });
  if (rec.options.seed !== pairing.seed)
    return refuse('RESULT_WRONG_SEED', `The record was played with seed ${String(rec.options.seed)}, not game ${pairing.id}’s seed ${pairing.seed}: it is another game.`, {
      expected: pairing.seed,
      found: rec.options.seed,
    });
  const extra = Object.keys(rec.options).filter((k) => k !== 'seed' && k !== 'intentMode');
  if ((rec.options.intentMode ?? 'random') !== 'random' || extra.length)
    return refuse('RESULT_WRONG_OPTIONS', 'A tournament game draws both intents at random and changes no settings; this record was set up otherwise.', {
      intentMode: rec.options.intentMode,
      options: extra,
    });
  if (recordDigest(file) !== file.digest)
    return refuse('RESULT_EDITED', 'The record in this file was changed after the game wrote it (its check digest does not match).', { pairingId: file.pairingId });
  const game = gameFor(rec.scenarioId);
  if (!game) return refuse('RESULT_WRONG_SCENARIO', `This page does not have the scenario “${rec.scenarioId}”.`, { found: rec.scenarioId });
  const drawn = newGame(game, rec.options);
  const wrongIntent = SIDES.find((s) => drawn.sides[s].intent !== rec.intents[s]);
  if (wrongIntent)
    return refuse('RESULT_WRONG_INTENTS', `The seed made ${wrongIntent === 'blue' ? 'Blue' : 'Red'} a ${drawn.sides[wrongIntent].intent}, but the record says ${String(rec.intents[wrongIntent])}.`, {
      side: wrongIntent,
    });
  const replayed = replay(game, rec);
  if (!replayed.ok) return refuse('RESULT_REPLAY_REFUSED', `The rules engine refused the record. ${replayed.error.message}`, { refusal: replayed.error });
  const state = replayed.value;
  const o = outcome(game, state);
  if (!o.ok) return refuse('RESULT_NOT_FINISHED', `The record stops in ${state.year}, before the game was over.`, { turn: state.turn });
  const real = o.value;
  const c = file.claimed;
  const mismatch: string[] = [];
  if (c.verdict !== real.verdict || c.winner !== real.winner) mismatch.push('the verdict');
  if (c.war !== real.war) mismatch.push('war');
  for (const s of SIDES) {
    if (!close(c.scores[s], real.sides[s].score)) mismatch.push(`${s === 'blue' ? 'Blue' : 'Red'}’s score`);
    if (!close(c.achievements[s], real.sides[s].achievement)) mismatch.push(`${s === 'blue' ? 'Blue' : 'Red'}’s achievement`);
  }
  if (mismatch.length)
    return refuse('RESULT_CLAIM_MISMATCH', `Replayed, the game did not end as the file claims: ${mismatch.join(', ')} differ.`, {
      differ: mismatch,
      replayed: { verdict: real.verdict, scores: { blue: real.sides.blue.score, red: real.sides.red.score } },
    });
  return {
    ok: true,
    value: {
      pairingId: pairing.id,
      round: pairing.round,
      scenarioId: pairing.scenarioId,
      seed: pairing.seed,
      players: { blue: pairing.blue, red: pairing.red },
      verdict: real.verdict,
      winner: real.winner,
      war: real.war,
      mutualSecurity: real.mutualSecurity,
      intents: { blue: real.sides.blue.intent, red: real.sides.red.intent },
      scores: { blue: real.sides.blue.score, red: real.sides.red.score },
      achievements: { blue: real.sides.blue.achievement, red: real.sides.red.achievement },
      hostility: { blue: state.hostilityHistory.blue.slice(), red: state.hostilityHistory.red.slice() },
      crises: state.crisisHistory.length,
      years: state.sides.blue.ledger.length,
    },
  };
}

/** The replayed final state of an accepted result (for the replay and debrief screens). */
export function replayResult(file: ResultFile): Result<{ game: Game; state: GameState }, ClassCode> {
  const game = gameFor(file.record.scenarioId);
  if (!game) return refuse('RESULT_WRONG_SCENARIO', `This page does not have the scenario “${file.record.scenarioId}”.`);
  const replayed = replay(game, file.record);
  if (!replayed.ok) return refuse('RESULT_REPLAY_REFUSED', replayed.error.message, { refusal: replayed.error });
  return { ok: true, value: { game, state: replayed.value } };
}
