/**
 * The tournament's tables as CSV (RFC 4180: commas, double quotes, CRLF-free lines ending
 * in "\n"), for a spreadsheet or a class's shared folder. Numbers are rounded for people;
 * the exact values live in the rows the digest is taken over.
 */
import type { GameRow } from './game.ts';
import type { Standing } from './standings.ts';

type Cell = string | number | boolean | undefined;

function cell(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

const two = (x: number) => Number(x.toFixed(2)) + 0;

export const STANDINGS_COLUMNS = [
  'rank',
  'bot',
  'label',
  'games',
  'wins',
  'draws',
  'losses',
  'points',
  'meanAchievement',
  'ci95Low',
  'ci95High',
  'mutualSecurity',
  'warRate',
  'faults',
  'disqualified',
  'reason',
] as const;

export function standingsCsv(standings: readonly Standing[]): string {
  return table(
    STANDINGS_COLUMNS,
    standings.map((s) => [
      s.rank,
      s.bot,
      s.label,
      s.games,
      s.wins,
      s.draws,
      s.losses,
      s.points,
      s.meanAchievement,
      s.ci95[0],
      s.ci95[1],
      s.mutualSecurity,
      s.warRate,
      s.faults,
      s.disqualified,
      s.reason,
    ]),
  );
}

export const GAMES_COLUMNS = [
  'game',
  'scenario',
  'seed',
  'blue',
  'red',
  'blueIntent',
  'redIntent',
  'blueScore',
  'redScore',
  'blueAchievement',
  'redAchievement',
  'result',
  'war',
  'warTurn',
  'crises',
  'blueFaults',
  'redFaults',
  'disqualified',
] as const;

/** One line per game, in schedule order. */
export function gamesCsv(rows: readonly GameRow[]): string {
  return table(
    GAMES_COLUMNS,
    [...rows]
      .sort((a, b) => a.game - b.game)
      .map((r) => [
        r.game,
        r.scenario,
        r.seed,
        r.blue,
        r.red,
        r.blueIntent,
        r.redIntent,
        two(r.blueScore),
        two(r.redScore),
        two(r.blueAchievement),
        two(r.redAchievement),
        r.result,
        r.war,
        r.warTurn,
        r.crises,
        r.faults.filter((f) => f.side === 'blue').length,
        r.faults.filter((f) => f.side === 'red').length,
        r.disqualified ? r[r.disqualified.side] : undefined,
      ]),
  );
}

export const FAULTS_COLUMNS = ['game', 'bot', 'side', 'turn', 'message'] as const;

/** Every fault with its reason, so a student can see what their bot did wrong and where. */
export function faultsCsv(rows: readonly GameRow[]): string {
  return table(
    FAULTS_COLUMNS,
    [...rows].sort((a, b) => a.game - b.game).flatMap((r) => r.faults.map((f) => [r.game, r[f.side], f.side, f.turn, f.message])),
  );
}
