/**
 * The balance benchmark as text: compact tables per scenario and a closing summary of
 * the targets. Only formatting; the numbers come from src/match/balance.ts.
 */
import type { Game } from '../engine/index.ts';
import type { BalanceSettings, MatchResults, ScenarioBalance, Share, WarStats } from '../match/balance.ts';

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const withCi = (s: Share) => `${pct(s.share)} (${pct(s.ci95[0])}–${pct(s.ci95[1])})`;
const signed = (x: number) => (x >= 0 ? `+${x.toFixed(1)}` : x.toFixed(1));

/** Columns padded to the widest cell; the first column left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd());
}

const short = (intent: string) => (intent === 'security' ? 'security' : 'revisionist');

function matchTable(m: MatchResults): string[] {
  const rows: string[][] = [['Blue intent / Red intent', 'games', 'Blue wins', 'Red wins', 'draws', 'Blue points (draw ½)']];
  for (const p of m.pairings)
    rows.push([`${short(p.intents.blue)} / ${short(p.intents.red)}`, String(p.games), withCi(p.blueWins), withCi(p.redWins), pct(p.draws.share), withCi(p.bluePoints)]);
  const o = m.overall;
  rows.push(['overall', String(o.games), withCi(o.blueWins), withCi(o.redWins), pct(o.draws.share), withCi(o.bluePoints)]);
  return table(rows);
}

function warRows(label: string, w: WarStats): string[] {
  return [
    label,
    String(w.games),
    withCi(w.warRate),
    `${w.warsByTurn3} (${pct(w.warsByTurn3Rate)})`,
    `${w.openedBeforeBothDecided.crises}/${w.openedBeforeBothDecided.wars}`,
    String(w.warsAtTurnStart),
    w.wars ? `${pct(w.fromCrisisShare)} / ${pct(w.fromTensionShare)}` : '–',
  ];
}

export function formatScenario(b: ScenarioBalance, game: Game, settings: BalanceSettings): string {
  const lines: string[] = [`=== ${game.scenario.name} [${b.scenario}]${settings.length === 'lesson' ? ', lesson length' : ''} — seeds from ${settings.seed}`];

  lines.push('', `Equal reference players (${settings.games} games per intent pairing):`, ...matchTable(b.reference));
  if (b.strategists) {
    lines.push('', `Equal Strategists (normal, ${settings.strategistWorlds} worlds per decision; ${settings.strategistGames} games per pairing):`, ...matchTable(b.strategists));
  } else lines.push('', 'Equal Strategists: skipped (--strategist-games 0).');

  lines.push(
    '',
    'Wars and crises:',
    ...table([
      ['games', 'n', 'war rate', 'war by turn 3', 'opened before both decided (crises/wars)', 'wars at a turn start', 'from crisis / tension 10'],
      warRows('prudent vs prudent (prior intents)', b.wars.prudent),
      warRows('reference (4 pairings)', b.wars.reference),
      warRows('round robin (prior intents)', b.wars.roundRobin),
    ]),
  );
  for (const [label, c] of [['prudent', b.crisisRegions.prudent], ['reference', b.crisisRegions.reference], ['round robin', b.crisisRegions.roundRobin]] as const)
    lines.push(`  crises by region, ${label} (${c.crises}): ${c.regions.length ? c.regions.map((r) => `${r.region} ${pct(r.share)}`).join(', ') : 'none'}`);

  const ss = b.securitySeeker;
  lines.push(
    '',
    "A security seeker's mean achievement, war vs peace:",
    ...table([
      ['games', 'in war', 'n', 'in peace', 'n'],
      ...(
        [
          ['reference', ss.reference],
          ['round robin', ss.roundRobin],
          ['both', ss],
        ] as const
      ).map(([label, s]) => [label, s.war.n ? signed(s.war.meanAchievement) : '–', String(s.war.n), s.peace.n ? signed(s.peace.meanAchievement) : '–', String(s.peace.n)]),
    ]),
  );

  lines.push(
    '',
    "Cooperation, both security seekers: each side's perceived hostility of the other, start → end:",
    ...table([
      ['match', 'games', 'Blue', 'Red', 'war rate'],
      ...b.cooperation.map((c) => [
        `${c.bot} vs ${c.bot}`,
        String(c.games),
        `${c.hostility.blue.start.toFixed(2)} → ${c.hostility.blue.end.toFixed(2)}`,
        `${c.hostility.red.start.toFixed(2)} → ${c.hostility.red.end.toFixed(2)}`,
        pct(c.warRate),
      ]),
    ]),
  );

  const rr = b.roundRobin;
  lines.push(
    '',
    `Scripted round robin (${rr.gamesPerCell} games per ordered pair, intents from the prior), by mean achievement; win share counts a draw ½:`,
    ...table([
      ['bot', 'as Blue win', 'ach.', 'as Red win', 'ach.', 'overall win', 'ach.'],
      ...rr.bots.map((x) => [
        x.bot,
        pct(x.blue.winShare),
        signed(x.blue.meanAchievement),
        pct(x.red.winShare),
        signed(x.red.meanAchievement),
        pct(x.overall.winShare),
        signed(x.overall.meanAchievement),
      ]),
    ]),
  );
  const names = rr.bots.map((x) => x.bot);
  lines.push(
    '',
    "Head to head: the row bot's points share (draw ½) / share of games won outright against the column bot, both sides pooled:",
    ...table([
      ['', ...names.map((n) => n.slice(0, 9))],
      ...names.map((a) => [a, ...names.map((c) => (a === c ? '·' : `${pct(rr.headToHead[a]?.[c] ?? 0)}/${pct(rr.headToHeadWins[a]?.[c] ?? 0)}`))]),
    ]),
  );
  lines.push(
    '',
    `Hawk as a security seeker (rival's intent from the prior, ${settings.roundRobinGames} games per side):`,
    ...table([
      ['rival', 'games', 'hawk wins', 'hawk ach.', 'in round robin (points)'],
      ...rr.hawkAsSecurity.vs.map((h) => {
        const seen = rr.hawkAsSecurity.inRoundRobin.find((x) => x.rival === h.rival);
        return [h.rival, String(h.games), withCi(h.winShare), signed(h.meanAchievement), seen ? `${pct(seen.winShare)} of ${seen.games}` : '–'];
      }),
    ]),
  );

  lines.push('', 'Targets:', ...b.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`));
  return lines.join('\n');
}

export function formatTargetSummary(results: readonly ScenarioBalance[]): string {
  const passed = results.reduce((s, r) => s + r.targets.filter((t) => t.pass).length, 0);
  const total = results.reduce((s, r) => s + r.targets.length, 0);
  const lines = [`=== Targets: ${passed} of ${total} pass`];
  for (const r of results) {
    const failed = r.targets.filter((t) => !t.pass);
    lines.push(`  ${r.scenario}: ${r.targets.length - failed.length}/${r.targets.length} pass${failed.length ? `; FAIL: ${failed.map((t) => t.name).join('; ')}` : ''}`);
  }
  return lines.join('\n');
}
