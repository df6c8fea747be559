/**
 * The class summary, material for the debrief: how games ended on each scenario, how
 * often they ended in war, and how far each side's perceived hostility of its rival sat
 * from the truth (1 for a revisionist rival, 0 for a security seeker), year by year.
 */
import type { Intent, Side } from '../../engine/index.ts';
import type { VerifiedGame } from './types.ts';

export interface ScenarioLine {
  scenarioId: string;
  games: number;
  blueWins: number;
  redWins: number;
  /** Dead heats, not counting mutual security or shared failures. */
  draws: number;
  mutualSecurity: number;
  /** No war, both below par: the spiral without the war. */
  sharedFailure: number;
  wars: number;
}

export interface PerceptionLine {
  /** What the rival really was. */
  rivalIntent: Intent;
  /** Readings of a rival of this intent (one per side per game). */
  readings: number;
  /** Mean perceived hostility over the years (after the start). */
  meanHostility: number;
  /** Mean distance of the perception from the truth over the years. */
  meanError: number;
  /** Readings that ended on the wrong side of one half. */
  misread: number;
}

export interface ClassSummary {
  games: number;
  wars: number;
  warRate: number;
  mutualSecurity: number;
  sharedFailure: number;
  byScenario: ScenarioLine[];
  /** Over every reading of every game: how far perception sat from the truth. */
  meanError: number;
  /** Share of readings that ended on the wrong side of one half. */
  misreadRate: number;
  byRivalIntent: PerceptionLine[];
}

const SIDES: readonly Side[] = ['blue', 'red'];

export function classSummary(games: readonly VerifiedGame[]): ClassSummary {
  const byScenario = new Map<string, ScenarioLine>();
  const perception = new Map<Intent, { readings: number; hostility: number; error: number; years: number; misread: number }>();
  let errorSum = 0;
  let errorYears = 0;
  let misread = 0;
  let readings = 0;
  for (const g of games) {
    const line = byScenario.get(g.scenarioId) ?? { scenarioId: g.scenarioId, games: 0, blueWins: 0, redWins: 0, draws: 0, mutualSecurity: 0, sharedFailure: 0, wars: 0 };
    byScenario.set(g.scenarioId, line);
    line.games++;
    if (g.war) line.wars++;
    if (g.verdict === 'mutualSecurity') line.mutualSecurity++;
    else if (g.verdict === 'sharedFailure') line.sharedFailure++;
    else if (g.winner === 'blue') line.blueWins++;
    else if (g.winner === 'red') line.redWins++;
    else line.draws++;
    for (const side of SIDES) {
      const rivalIntent = g.intents[side === 'blue' ? 'red' : 'blue'];
      const truth = rivalIntent === 'revisionist' ? 1 : 0;
      const years = g.hostility[side].slice(1);
      if (!years.length) continue;
      const p = perception.get(rivalIntent) ?? { readings: 0, hostility: 0, error: 0, years: 0, misread: 0 };
      perception.set(rivalIntent, p);
      const last = years[years.length - 1] ?? 0;
      const wrong = last >= 0.5 !== (truth === 1);
      p.readings++;
      readings++;
      if (wrong) {
        p.misread++;
        misread++;
      }
      for (const h of years) {
        p.hostility += h;
        p.error += Math.abs(h - truth);
        p.years++;
        errorSum += Math.abs(h - truth);
        errorYears++;
      }
    }
  }
  const wars = games.filter((g) => g.war).length;
  return {
    games: games.length,
    wars,
    warRate: games.length ? wars / games.length : 0,
    mutualSecurity: games.filter((g) => g.mutualSecurity).length,
    sharedFailure: games.filter((g) => g.verdict === 'sharedFailure').length,
    byScenario: [...byScenario.values()].sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)),
    meanError: errorYears ? errorSum / errorYears : 0,
    misreadRate: readings ? misread / readings : 0,
    byRivalIntent: (['security', 'revisionist'] as const)
      .filter((i) => perception.has(i))
      .map((rivalIntent) => {
        const p = perception.get(rivalIntent) ?? { readings: 0, hostility: 0, error: 0, years: 0, misread: 0 };
        return { rivalIntent, readings: p.readings, meanHostility: p.years ? p.hostility / p.years : 0, meanError: p.years ? p.error / p.years : 0, misread: p.misread };
      }),
  };
}
