/**
 * The results of a bot tournament as the page shows them: the standings (the core's
 * columns, ranked by mean achievement), a head-to-head matrix, a chart of each bot's
 * achievements (plain SVG), and every fault with its reason.
 */
import type { GameRow } from '../../tournament/game.ts';
import type { Standing } from '../../tournament/standings.ts';
import { h } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Width of a column of the achievement chart's density strips, in its pixels. */
const BIN = 4;
const fixed = (x: number, digits = 1) => (Object.is(x, -0) ? 0 : x).toFixed(digits);
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function standingsTable(standings: readonly Standing[]): HTMLElement {
  const head = ['Rank', 'Bot', 'Games', 'Wins', 'Draws', 'Losses', 'Points', 'Mean achievement', '95% interval', 'Mutual security', 'War rate', 'Faults'];
  return h(
    'table',
    { class: 'standings', 'data-table': 'standings' },
    h('caption', {}, 'Standings, ranked by mean achievement (score against par), not by wins'),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...standings.map((s) =>
        h(
          'tr',
          { 'data-bot': s.bot, class: s.disqualified ? 'disqualified' : '' },
          h('td', {}, s.rank ?? '—'),
          h('th', { scope: 'row', title: s.label }, s.bot, s.disqualified ? h('span', { class: 'dq' }, ` disqualified: ${s.reason ?? ''}`) : undefined),
          h('td', {}, s.games),
          h('td', {}, s.wins),
          h('td', {}, s.draws),
          h('td', {}, s.losses),
          h('td', {}, s.points),
          h('td', { class: 'num-strong' }, fixed(s.meanAchievement, 2)),
          h('td', {}, `${fixed(s.ci95[0])} … ${fixed(s.ci95[1])}`),
          h('td', {}, percent(s.mutualSecurity)),
          h('td', {}, percent(s.warRate)),
          h('td', { class: s.faults > 0 ? 'faulty' : '' }, s.faults),
        ),
      ),
    ),
  );
}

/** Mean achievement of the row's bot in its games against the column's bot (either side). */
export function headToHead(bots: readonly string[], rows: readonly GameRow[]): (number | undefined)[][] {
  const index = new Map(bots.map((b, i) => [b, i]));
  const sum = bots.map(() => bots.map(() => 0));
  const count = bots.map(() => bots.map(() => 0));
  for (const r of rows) {
    const b = index.get(r.blue);
    const red = index.get(r.red);
    if (b === undefined || red === undefined) continue;
    sum[b]![red]! += r.blueAchievement;
    count[b]![red]!++;
    sum[red]![b]! += r.redAchievement;
    count[red]![b]!++;
  }
  return bots.map((_, i) => bots.map((_, j) => (count[i]![j]! ? sum[i]![j]! / count[i]![j]! : undefined)));
}

/** A colour for an achievement: green above par, red below, grey near it. */
function shade(value: number, scale: number): string {
  const t = Math.max(-1, Math.min(1, value / scale));
  const alpha = (0.12 + 0.6 * Math.abs(t)).toFixed(2);
  return t >= 0 ? `rgba(80, 190, 120, ${alpha})` : `rgba(220, 80, 60, ${alpha})`;
}

export function matrixTable(bots: readonly string[], rows: readonly GameRow[]): HTMLElement {
  const m = headToHead(bots, rows);
  const scale = Math.max(1, ...m.flat().map((v) => Math.abs(v ?? 0)));
  return h(
    'table',
    { class: 'matrix', 'data-table': 'matrix' },
    h('caption', {}, 'Head to head: mean achievement of the row’s bot against the column’s bot'),
    h('thead', {}, h('tr', {}, h('th', {}, ''), ...bots.map((b) => h('th', { scope: 'col' }, b)))),
    h(
      'tbody',
      {},
      ...bots.map((bot, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, bot),
          ...bots.map((_, j) => {
            const v = m[i]![j];
            if (i === j || v === undefined) return h('td', { class: 'empty' }, '—');
            const cell = h('td', {}, fixed(v));
            cell.style.background = shade(v, scale);
            return cell;
          }),
        ),
      ),
    ),
  );
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Each bot's achievements: how its games spread (a density strip) and its mean with the 95% interval,
 * on one axis with par (0) marked, in the standings' order.
 */
export function achievementChart(standings: readonly Standing[], rows: readonly GameRow[]): SVGSVGElement {
  const bots = standings.filter((s) => !s.disqualified);
  const values = new Map<string, number[]>(bots.map((s) => [s.bot, []]));
  for (const r of rows) {
    values.get(r.blue)?.push(r.blueAchievement);
    values.get(r.red)?.push(r.redAchievement);
  }
  const all = [...values.values()].flat();
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const pad = (hi - lo) * 0.04 || 1;
  const [min, max] = [lo - pad, hi + pad];
  const width = 760;
  const left = 120;
  const right = 20;
  const rowH = 30;
  const top = 24;
  const height = top + rowH * bots.length + 30;
  const x = (v: number) => left + ((v - min) / (max - min)) * (width - left - right);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'data-chart': 'achievements' });
  chart.append(svg('title', {}, 'Each bot’s achievements over its games (shaded where more games ended), its mean (dot) and 95% interval (bar); par is 0'));
  // Gridlines at round values.
  const step = niceStep((max - min) / 6);
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) {
    chart.append(svg('line', { x1: x(v), x2: x(v), y1: top - 6, y2: height - 26, class: v === 0 ? 'par' : 'grid' }));
    chart.append(svg('text', { x: x(v), y: height - 10, class: 'axis', 'text-anchor': 'middle' }, v === 0 ? '0 (par)' : String(Math.round(v))));
  }
  bots.forEach((s, i) => {
    const y = top + rowH * i + rowH / 2;
    chart.append(svg('text', { x: left - 10, y: y + 4, class: 'label', 'text-anchor': 'end' }, s.bot));
    // Games as a density strip: one column per BIN pixels, darker where more games ended
    // (a tick per game would be thousands of elements in a big tournament).
    const bins = new Map<number, number>();
    for (const v of values.get(s.bot) ?? []) {
      const bin = Math.floor((x(v) - left) / BIN);
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    const most = Math.max(1, ...bins.values());
    for (const [bin, n] of bins)
      chart.append(svg('rect', { x: left + bin * BIN, y: y - 9, width: BIN, height: 18, class: 'games', 'fill-opacity': (0.15 + 0.75 * (n / most)).toFixed(2) }));
    chart.append(svg('line', { x1: x(s.ci95[0]), x2: x(s.ci95[1]), y1: y, y2: y, class: 'ci' }));
    chart.append(svg('circle', { cx: x(s.meanAchievement), cy: y, r: 5, class: s.meanAchievement >= 0 ? 'mean above' : 'mean below' }));
  });
  return chart;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** Every fault, grouped by bot, with its reason: what a student needs to fix their bot. */
export function faultList(rows: readonly GameRow[]): HTMLElement | undefined {
  const byBot = new Map<string, { game: number; side: string; turn: number; message: string }[]>();
  for (const r of rows)
    for (const f of r.faults) {
      const bot = r[f.side];
      const list = byBot.get(bot) ?? [];
      list.push({ game: r.game, side: f.side, turn: f.turn, message: f.message });
      byBot.set(bot, list);
    }
  if (byBot.size === 0) return undefined;
  return h(
    'section',
    { class: 'faults', 'data-section': 'faults' },
    h('h2', {}, 'Faults'),
    h('p', { class: 'hint' }, 'A fault turns that decision into “no orders” (or “hold” in a crisis); the game goes on.'),
    ...[...byBot].map(([bot, list]) => {
      const reasons = new Map<string, number>();
      for (const f of list) reasons.set(f.message, (reasons.get(f.message) ?? 0) + 1);
      return h(
        'details',
        { 'data-faults': bot },
        h('summary', {}, `${bot}: ${list.length} ${list.length === 1 ? 'fault' : 'faults'}`),
        h('ul', {}, ...[...reasons].slice(0, 20).map(([message, n]) => h('li', {}, n > 1 ? `${message} (×${n})` : message))),
      );
    }),
  );
}
