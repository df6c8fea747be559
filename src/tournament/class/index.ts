/** Class tournaments of human players: pairings, result files checked by replay, standings, the class summary. */
export * from './types.ts';
export { canonicalJson, deriveSeed, digestOf } from './digest.ts';
export { allPairings, findPairing, nextRound, roundRobinRounds, roundRobinSchedule, scenarioOfRound, swissPairs } from './pairings.ts';
export { buildResultFile, entrantName, parseResultFile, readResultText, replayResult, resultFileName, resultFileText, ticketOf, verifyResult } from './resultFile.ts';
export type { Ticket } from './resultFile.ts';
export { csvField, gamesCsv, ranking, standings, standingsCsv } from './standings.ts';
export type { Standing } from './standings.ts';
export { classSummary } from './summary.ts';
export type { ClassSummary, PerceptionLine, ScenarioLine } from './summary.ts';
export { createTournament, importResult, MAX_ENTRANTS, pairNextRound, readTournament, removeResult, tournamentText, verifiedGames } from './tournament.ts';
export type { Imported, TournamentSetup } from './tournament.ts';
