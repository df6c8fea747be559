/**
 * Standings of a class tournament: a win is worth 1, a draw ½ (mutual security is a
 * success both sides share, so it is a draw, as the engine's outcome says), a loss 0;
 * players on equal points are ranked by their mean achievement (score against par).
 */
import type { Side } from '../../engine/index.ts';
import { entrantName } from './resultFile.ts';
import type { ClassTournament, VerifiedGame } from './types.ts';

export interface Standing {
  rank: number;
  id: string;
  name: string;
  games: number;
  wins: number;
  draws: number;
  losses: number;
  points: number;
  /** Mean of the player's achievement (score minus par) over the games played; 0 with none. */
  meanAchievement: number;
  /** Games that ended in mutual security. */
  mutualSecurity: number;
  wars: number;
  byes: number;
}

export function standings(t: ClassTournament, games: readonly VerifiedGame[]): Standing[] {
  const rows = new Map<string, Standing & { achievementSum: number }>();
  t.entrants.forEach((e) =>
    rows.set(e.id, { rank: 0, id: e.id, name: e.name, games: 0, wins: 0, draws: 0, losses: 0, points: 0, meanAchievement: 0, mutualSecurity: 0, wars: 0, byes: 0, achievementSum: 0 }),
  );
  for (const round of t.played) if (round.bye) {
    const row = rows.get(round.bye);
    if (row) row.byes++;
  }
  for (const g of games)
    for (const side of ['blue', 'red'] as const satisfies readonly Side[]) {
      const row = rows.get(g.players[side]);
      if (!row) continue;
      row.games++;
      row.achievementSum += g.achievements[side];
      if (g.mutualSecurity) row.mutualSecurity++;
      if (g.war) row.wars++;
      if (g.winner === 'draw') {
        row.draws++;
        row.points += 0.5;
      } else if (g.winner === side) {
        row.wins++;
        row.points += 1;
      } else row.losses++;
    }
  const order = t.entrants.map((e) => e.id);
  const list = [...rows.values()].map(({ achievementSum, ...row }) => ({ ...row, meanAchievement: row.games ? achievementSum / row.games : 0 }));
  list.sort((a, b) => b.points - a.points || b.meanAchievement - a.meanAchievement || order.indexOf(a.id) - order.indexOf(b.id));
  // Equal points and equal mean achievement share a rank.
  list.forEach((row, i) => {
    const before = list[i - 1];
    row.rank = before && before.points === row.points && Math.abs(before.meanAchievement - row.meanAchievement) < 1e-9 ? before.rank : i + 1;
  });
  return list;
}

/** Entrant ids, best first: the order a Swiss round pairs in. */
export function ranking(t: ClassTournament, games: readonly VerifiedGame[]): string[] {
  return standings(t, games).map((s) => s.id);
}

/** A CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvField(value: string | number | boolean): string {
  let text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : String(value);
  // A name like "=SUM(…)" must not run as a formula when the file is opened in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export function standingsCsv(rows: readonly Standing[]): string {
  return csv([
    ['rank', 'player', 'games', 'wins', 'draws', 'losses', 'points', 'meanAchievement', 'mutualSecurity', 'wars', 'byes'],
    ...rows.map((s) => [s.rank, s.name, s.games, s.wins, s.draws, s.losses, s.points, s.meanAchievement, s.mutualSecurity, s.wars, s.byes]),
  ]);
}

/** One row per game played and accepted, in pairing order. */
export function gamesCsv(t: ClassTournament, games: readonly VerifiedGame[]): string {
  const sorted = [...games].sort((a, b) => a.round - b.round || a.pairingId.localeCompare(b.pairingId, 'en', { numeric: true }));
  return csv([
    ['game', 'round', 'scenario', 'seed', 'blue', 'red', 'blueIntent', 'redIntent', 'blueScore', 'redScore', 'blueAchievement', 'redAchievement', 'result', 'war', 'crises'],
    ...sorted.map((g) => [
      g.pairingId,
      g.round,
      g.scenarioId,
      g.seed,
      entrantName(t, g.players.blue),
      entrantName(t, g.players.red),
      g.intents.blue,
      g.intents.red,
      g.scores.blue,
      g.scores.red,
      g.achievements.blue,
      g.achievements.red,
      g.verdict,
      g.war,
      g.crises,
    ]),
  ]);
}
