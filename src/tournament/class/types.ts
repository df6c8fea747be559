/**
 * A class tournament of human players (or teams), with no server: the teacher's page
 * holds the roster, the rounds and their pairings; every game is played anywhere (hot-seat
 * or against the AI) and comes back as a result file, which the page accepts only once
 * the rules engine has replayed its record and found the claimed outcome true.
 *
 * Everything here is plain JSON data, so a whole tournament saves and travels as one file.
 */
import type { GameRecord, Intent, Side, Verdict } from '../../engine/index.ts';

export const TOURNAMENT_FORMAT = 'security-dilemma-class-tournament';
export const RESULT_FORMAT = 'security-dilemma-class-result';
export const FORMAT_VERSION = 1;

export type PairingSystem = 'roundRobin' | 'swiss';

/** A player or a team on the roster. */
export interface Entrant {
  /** Stable within the tournament: 'p1', 'p2', … */
  id: string;
  name: string;
  /** The game's AI: its games are played against the AI, on the AI's side. */
  ai?: boolean;
}

/** The name the AI goes by on a roster. */
export const AI_NAME = 'The AI';

/** One game to be played: who plays which side, on which scenario, with which dice. */
export interface Pairing {
  /** 'R2-3': round 2, third game. */
  id: string;
  round: number;
  blue: string;
  red: string;
  scenarioId: string;
  seed: number;
}

export interface Round {
  number: number;
  scenarioId: string;
  pairings: Pairing[];
  /** The entrant who sits this round out (an odd roster): no game, no points. */
  bye?: string;
}

/** What a player says came of a game; the page believes it only after the replay agrees. */
export interface ClaimedOutcome {
  verdict: Verdict;
  winner: Side | 'draw';
  war: boolean;
  scores: Record<Side, number>;
  achievements: Record<Side, number>;
}

/** A finished game's result file (or the same, packed into a short code). */
export interface ResultFile {
  format: typeof RESULT_FORMAT;
  version: number;
  tournamentId: string;
  tournamentName: string;
  pairingId: string;
  round: number;
  players: Record<Side, string>;
  claimed: ClaimedOutcome;
  record: GameRecord;
  /**
   * A check digest of the pairing, the players and the record: it catches a file edited by
   * hand. (Anyone can compute it; the replay is what proves a result.)
   */
  digest: string;
}

/** What the replay established about a game: the facts standings and the summary use. */
export interface VerifiedGame {
  pairingId: string;
  round: number;
  scenarioId: string;
  seed: number;
  players: Record<Side, string>;
  verdict: Verdict;
  winner: Side | 'draw';
  war: boolean;
  mutualSecurity: boolean;
  intents: Record<Side, Intent>;
  scores: Record<Side, number>;
  achievements: Record<Side, number>;
  /** Each side's perceived hostility of its rival, year by year (index 0 = start). */
  hostility: Record<Side, number[]>;
  crises: number;
  years: number;
}

export interface ClassTournament {
  format: typeof TOURNAMENT_FORMAT;
  version: number;
  id: string;
  name: string;
  system: PairingSystem;
  /** Scenarios, one per round in turn. */
  scenarios: string[];
  /** Planned rounds (a round robin: every pair once). */
  rounds: number;
  seed: number;
  entrants: Entrant[];
  played: Round[];
  /** Result files accepted, by pairing id. */
  results: Record<string, ResultFile>;
}

/** Why the page refuses a result file, a round or a tournament file. */
export const CLASS_CODES = [
  /** Not JSON, not a code this page can read, or parts missing. */
  'RESULT_CORRUPT',
  /** Some other file. */
  'RESULT_NOT_A_RESULT',
  /** Made with another version of the rules: it would not replay the same. */
  'RESULT_VERSION',
  /** Of another tournament. */
  'RESULT_OTHER_TOURNAMENT',
  /** No such pairing in this tournament. */
  'RESULT_UNKNOWN_PAIRING',
  /** The names on the file are not the pairing's players (or not on their sides). */
  'RESULT_WRONG_PLAYERS',
  /** Not the pairing's scenario. */
  'RESULT_WRONG_SCENARIO',
  /** Not the pairing's seed: another game's dice. */
  'RESULT_WRONG_SEED',
  /** Options a tournament game does not have (chosen intents, Lab settings, treaties). */
  'RESULT_WRONG_OPTIONS',
  /** The record was changed after it was written (its digest no longer matches). */
  'RESULT_EDITED',
  /** The intents in the record are not the ones the seed drew. */
  'RESULT_WRONG_INTENTS',
  /** The rules engine refused a step of the record. */
  'RESULT_REPLAY_REFUSED',
  /** The game in the record is not over. */
  'RESULT_NOT_FINISHED',
  /** The replayed game did not end as the file claims. */
  'RESULT_CLAIM_MISMATCH',
  /** This pairing already has a different result. */
  'RESULT_DUPLICATE',
  /** A tournament file that is damaged or of another kind. */
  'TOURNAMENT_CORRUPT',
  /** A roster, scenario list or round count the page cannot pair. */
  'TOURNAMENT_BAD_SETUP',
  /** All planned rounds are out. */
  'ROUND_NONE_LEFT',
  /** A Swiss round needs every game of the rounds before it. */
  'ROUND_INCOMPLETE',
  /** No pairing without a rematch exists. */
  'ROUND_NO_PAIRING',
] as const;
export type ClassCode = (typeof CLASS_CODES)[number];
