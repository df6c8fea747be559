/** The tournament's standings as a plain-text table for the terminal. */
import type { TournamentResult } from '../tournament/tournament.ts';
import type { Shard } from '../tournament/schedule.ts';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

export function formatStandings(result: TournamentResult, shard?: Shard): string {
  const { settings, standings } = result;
  const header = [
    `Round robin: ${settings.entries.length} bots, ${settings.scenarios.length} scenario${settings.scenarios.length > 1 ? 's' : ''}, ` +
      `${settings.games} game${settings.games > 1 ? 's' : ''} a cell from seed ${settings.seed}` +
      (settings.timePerMoveMs !== undefined ? `, ${settings.timePerMoveMs} ms a move` : '') +
      ` — ${result.rows.length} games counted`,
    shard ? `Shard ${shard.k}/${shard.n} only: merge every shard for the tournament's standings.` : undefined,
    'Ranked by mean achievement (score against par), not by wins.',
    '',
  ].filter((line) => line !== undefined);
  const columns = ['rank', 'bot', 'games', 'wins', 'draws', 'losses', 'points', 'mean achievement (95%)', 'mutual security', 'war', 'faults'];
  const lines = standings.map((s) => [
    s.rank === undefined ? '—' : String(s.rank),
    s.bot,
    String(s.games),
    String(s.wins),
    String(s.draws),
    String(s.losses),
    String(s.points),
    `${signed(s.meanAchievement)} (${signed(s.ci95[0])} … ${signed(s.ci95[1])})`,
    pct(s.mutualSecurity),
    pct(s.warRate),
    String(s.faults),
  ]);
  const widths = columns.map((c, i) => Math.max(c.length, ...lines.map((l) => (l[i] ?? '').length)));
  // Names left-aligned, numbers right-aligned.
  const row = (cellsOf: readonly string[]) => cellsOf.map((c, i) => (i === 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const labels = standings.filter((s) => s.label !== s.bot).map((s) => `  ${s.bot}: ${s.label}`);
  const out = standings.filter((s) => s.disqualified).map((s) => `  ${s.bot} is disqualified: ${s.reason ?? 'no reason given'}; none of its games count.`);
  return [
    ...header,
    row(columns),
    ...lines.map(row),
    ...(labels.length ? ['', ...labels] : []),
    ...(out.length ? ['', ...out] : []),
    '',
    `digest ${result.digest}`,
  ].join('\n');
}
