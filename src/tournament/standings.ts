/**
 * Standings, ranked as Axelrod ranked his tournaments: by total payoff — here the mean
 * achievement, a side's score against its par — not by wins. A bot that keeps the peace
 * and ends above par in most games ranks above one that wins narrowly now and then and
 * drags everyone into war the rest of the time.
 */
import type { Side } from '../engine/index.ts';
import { rivalOf } from '../engine/index.ts';
import type { GameRow } from './game.ts';

export interface Standing {
  /** 1 for the best; equal mean achievements share a rank. Absent for a disqualified entry. */
  rank?: number;
  bot: string;
  label: string;
  games: number;
  wins: number;
  draws: number;
  losses: number;
  /** A win counts 1, a draw ½ (mutual security is a draw: a success both share). */
  points: number;
  meanAchievement: number;
  /** 95% interval of the mean achievement (normal approximation). */
  ci95: [number, number];
  /** Share of its games that ended in mutual security. */
  mutualSecurity: number;
  warRate: number;
  /** Decisions that became "no orders" or "hold" because the bot threw or answered wrongly. */
  faults: number;
  disqualified: boolean;
  /** Why it was disqualified. */
  reason?: string;
}

export interface Disqualified {
  bot: string;
  reason: string;
}

export interface EntryName {
  id: string;
  label: string;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits)) + 0;

/**
 * Every disqualification the rows tell of, plus those decided outside them (a bot stopped
 * from outside its thread), one per entry — the first by game index, so the reason does
 * not depend on the order the games were played in.
 */
export function disqualifications(rows: readonly GameRow[], outside: readonly Disqualified[] = []): Disqualified[] {
  const byBot = new Map<string, string>();
  for (const d of outside) if (!byBot.has(d.bot)) byBot.set(d.bot, d.reason);
  for (const row of [...rows].sort((a, b) => a.game - b.game)) {
    const d = row.disqualified;
    if (d && !byBot.has(row[d.side])) byBot.set(row[d.side], d.reason);
  }
  return [...byBot].map(([bot, reason]) => ({ bot, reason })).sort((a, b) => (a.bot < b.bot ? -1 : a.bot > b.bot ? 1 : 0));
}

/**
 * The games that count: every game between two entries that were not disqualified, in
 * schedule order. Leaving out all of a disqualified entry's games — not only those after
 * it was stopped — keeps the others' standings the same however far the tournament had got.
 */
export function countedRows(rows: readonly GameRow[], disqualified: readonly Disqualified[]): GameRow[] {
  const out = new Set(disqualified.map((d) => d.bot));
  return rows.filter((r) => !out.has(r.blue) && !out.has(r.red)).sort((a, b) => a.game - b.game);
}

interface Tally {
  games: number;
  wins: number;
  draws: number;
  sum: number;
  sumSquares: number;
  mutualSecurity: number;
  wars: number;
  faults: number;
}

/** Standings from the counted rows, ranked; disqualified entries follow, unranked. */
export function standingsOf(entries: readonly EntryName[], rows: readonly GameRow[], disqualified: readonly Disqualified[] = []): Standing[] {
  const tallies = new Map<string, Tally>(entries.map((e) => [e.id, { games: 0, wins: 0, draws: 0, sum: 0, sumSquares: 0, mutualSecurity: 0, wars: 0, faults: 0 }]));
  // Summed in schedule order, so the floating-point totals are the same whoever played which game.
  for (const row of countedRows(rows, disqualified)) {
    for (const side of ['blue', 'red'] as const satisfies readonly Side[]) {
      const t = tallies.get(row[side]);
      if (!t) throw new Error(`tournament: game ${row.game} names "${row[side]}", which is not an entry`);
      const achievement = side === 'blue' ? row.blueAchievement : row.redAchievement;
      t.games++;
      if (row.result === side) t.wins++;
      else if (row.result !== rivalOf(side)) t.draws++;
      t.sum += achievement;
      t.sumSquares += achievement * achievement;
      if (row.result === 'mutualSecurity') t.mutualSecurity++;
      if (row.war) t.wars++;
      t.faults += row.faults.filter((f) => f.side === side).length;
    }
  }
  const reasons = new Map(disqualified.map((d) => [d.bot, d.reason]));
  const standings = entries.map((entry): Standing & { exactMean: number } => {
    const t = tallies.get(entry.id) ?? { games: 0, wins: 0, draws: 0, sum: 0, sumSquares: 0, mutualSecurity: 0, wars: 0, faults: 0 };
    const n = t.games;
    const mean = n ? t.sum / n : 0;
    const variance = n > 1 ? Math.max(0, (t.sumSquares - n * mean * mean) / (n - 1)) : 0;
    const half = n > 1 ? 1.96 * Math.sqrt(variance / n) : 0;
    const reason = reasons.get(entry.id);
    return {
      bot: entry.id,
      label: entry.label,
      games: n,
      wins: t.wins,
      draws: t.draws,
      losses: n - t.wins - t.draws,
      points: t.wins + t.draws / 2,
      meanAchievement: round(mean, 2),
      ci95: [round(mean - half, 2), round(mean + half, 2)],
      mutualSecurity: n ? round(t.mutualSecurity / n, 4) : 0,
      warRate: n ? round(t.wars / n, 4) : 0,
      faults: t.faults,
      disqualified: reason !== undefined,
      ...(reason !== undefined ? { reason } : {}),
      exactMean: mean,
    };
  });
  // Mean achievement first (Axelrod's total payoff); points, then the id, only break exact ties.
  const ranked = standings
    .filter((s) => !s.disqualified)
    .sort((a, b) => b.exactMean - a.exactMean || b.points - a.points || (a.bot < b.bot ? -1 : a.bot > b.bot ? 1 : 0));
  ranked.forEach((s, i) => {
    const previous = ranked[i - 1];
    s.rank = previous && previous.exactMean === s.exactMean ? previous.rank : i + 1;
  });
  const out = [...ranked, ...standings.filter((s) => s.disqualified)];
  return out.map(({ exactMean: _, ...s }) => (s.rank === undefined ? s : { rank: s.rank, ...s }));
}
