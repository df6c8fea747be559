/**
 * Many bot-vs-bot games and their summary, as the simulator and calibration report it.
 */
import { calendar, outcome } from '../engine/index.ts';
import type { Game, GameOptions, GameState, Side } from '../engine/index.ts';
import { influencePayoff } from '../engine/payoff.ts';
import type { Bot } from '../bots/types.ts';
import { playGame } from './play.ts';

export interface SideSummary {
  bot: string;
  wins: number;
  meanScore: number;
  meanAchievement: number;
  /** This side's final belief that the *other* side is revisionist. */
  meanFinalPerceivedHostility: number;
  /** Influence payoff at the end of the game (regions aligned with this side). */
  meanInfluence: number;
}

export interface SimulationSummary {
  scenario: string;
  games: number;
  seed: number;
  blue: SideSummary;
  red: SideSummary;
  draws: number;
  /** Share of games with no war and both sides at or above par. */
  mutualSecurity: number;
  /** Share of games with at least one crisis. */
  crisisRate: number;
  /** Share of games that ended in war. */
  warRate: number;
  /** Mean tension over every turn end of every game. */
  meanTension: number;
  meanTurns: number;
  /** Mean perceived hostility at the start (index 0) and after each turn; a game that
   *  ended early keeps its last value. */
  perceivedHostilityByTurn: Record<Side, number[]>;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Plays `games` games with seeds seed, seed+1, … and summarises them. */
export function simulate(
  game: Game,
  makeBots: Record<Side, () => Bot>,
  names: Record<Side, string>,
  options: Omit<GameOptions, 'seed'>,
  games: number,
  seed: number,
  onGame?: (state: GameState) => void,
): SimulationSummary {
  const totals = {
    blue: { wins: 0, score: 0, achievement: 0, hostility: 0, influence: 0 },
    red: { wins: 0, score: 0, achievement: 0, hostility: 0, influence: 0 },
  };
  let draws = 0;
  let mutual = 0;
  let crises = 0;
  let wars = 0;
  let tensionSum = 0;
  let tensionCount = 0;
  let turns = 0;
  const horizon = calendar(game, options.length).turns + 1;
  const byTurn = { blue: new Array<number>(horizon).fill(0), red: new Array<number>(horizon).fill(0) };
  for (let i = 0; i < games; i++) {
    const { state } = playGame(game, { blue: makeBots.blue(), red: makeBots.red() }, { ...options, seed: seed + i });
    const result = outcome(game, state);
    if (!result.ok) throw new Error(`simulate: game ${i} did not finish: ${result.error.message}`);
    const o = result.value;
    if (o.winner === 'draw') draws++;
    else totals[o.winner].wins++;
    if (o.mutualSecurity) mutual++;
    if (state.crisisHistory.length > 0) crises++;
    if (o.war) wars++;
    turns += state.turn;
    for (const t of state.tensionHistory.slice(1)) {
      tensionSum += t;
      tensionCount++;
    }
    for (const side of ['blue', 'red'] as const) {
      const h = state.hostilityHistory[side];
      totals[side].score += o.sides[side].score;
      totals[side].achievement += o.sides[side].achievement;
      totals[side].hostility += h[h.length - 1] ?? 0;
      totals[side].influence += influencePayoff(game, state, side);
      for (let t = 0; t < horizon; t++) byTurn[side][t] = (byTurn[side][t] ?? 0) + (h[Math.min(t, h.length - 1)] ?? 0);
    }
    onGame?.(state);
  }
  const side = (s: Side): SideSummary => ({
    bot: names[s],
    wins: totals[s].wins,
    meanScore: round(totals[s].score / games),
    meanAchievement: round(totals[s].achievement / games),
    meanFinalPerceivedHostility: round(totals[s].hostility / games),
    meanInfluence: round(totals[s].influence / games),
  });
  return {
    scenario: game.scenario.id,
    games,
    seed,
    blue: side('blue'),
    red: side('red'),
    draws,
    mutualSecurity: round(mutual / games),
    crisisRate: round(crises / games),
    warRate: round(wars / games),
    meanTension: round(tensionCount ? tensionSum / tensionCount : 0),
    meanTurns: round(turns / games),
    perceivedHostilityByTurn: { blue: byTurn.blue.map((x) => round(x / games)), red: byTurn.red.map((x) => round(x / games)) },
  };
}
