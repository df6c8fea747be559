/**
 * Small SVG line charts for the debrief, with a text summary and a table behind a
 * disclosure so that the data is readable without the picture.
 */
import { h } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface Series {
  label: string;
  values: readonly number[];
  className: string;
  dashed?: boolean;
}

export interface ChartSpec {
  title: string;
  /** Labels of the x positions (e.g. years); values[i] sits at xLabels[i]. */
  xLabels: readonly string[];
  yMax: number;
  formatY: (y: number) => string;
  series: readonly Series[];
  /** Horizontal reference lines (e.g. the crisis threshold). */
  references?: readonly { y: number; label: string }[];
  summary: string;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function lineChart(spec: ChartSpec): HTMLElement {
  const width = 520;
  const height = 220;
  const pad = { left: 52, right: 26, top: 14, bottom: 34 };
  const n = Math.max(2, spec.xLabels.length);
  const x = (i: number) => pad.left + (i / (n - 1)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - v / spec.yMax) * (height - pad.top - pad.bottom);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${spec.title}. ${spec.summary}`, class: 'chart' });
  for (const frac of [0, 0.5, 1]) {
    const v = spec.yMax * frac;
    svg.append(el('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: 'grid' }));
    const label = el('text', { x: pad.left - 6, y: y(v) + 5, 'text-anchor': 'end', class: 'axis' });
    label.textContent = spec.formatY(v);
    svg.append(label);
  }
  const step = Math.ceil(spec.xLabels.length / 8);
  spec.xLabels.forEach((text, i) => {
    if (i % step !== 0 && i !== spec.xLabels.length - 1) return;
    const label = el('text', { x: x(i), y: height - 10, 'text-anchor': 'middle', class: 'axis' });
    label.textContent = text;
    svg.append(label);
  });
  for (const ref of spec.references ?? []) {
    svg.append(el('line', { x1: pad.left, x2: width - pad.right, y1: y(ref.y), y2: y(ref.y), class: 'reference' }));
    const label = el('text', { x: width - pad.right - 4, y: y(ref.y) - 5, 'text-anchor': 'end', class: 'reference-label' });
    label.textContent = ref.label;
    svg.append(label);
  }
  for (const s of spec.series) {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    svg.append(el('polyline', { points, class: `series ${s.className}`, fill: 'none', ...(s.dashed ? { 'stroke-dasharray': '7 5' } : {}) }));
    s.values.forEach((v, i) => svg.append(el('circle', { cx: x(i), cy: y(v), r: 3.5, class: `dot ${s.className}` })));
  }
  const legend = h('ul', { class: 'chart-legend' }, ...spec.series.map((s) => h('li', { class: s.className }, h('span', { class: `swatch ${s.dashed ? 'dashed' : ''}` }), s.label)));
  const table = h(
    'table',
    {},
    h('thead', {}, h('tr', {}, h('th', {}, ''), ...spec.xLabels.map((t) => h('th', {}, t)))),
    h('tbody', {}, ...spec.series.map((s) => h('tr', {}, h('th', {}, s.label), ...s.values.map((v) => h('td', {}, spec.formatY(v)))))),
  );
  return h('figure', { class: 'chart-box' }, h('figcaption', {}, spec.title), svg, legend, h('details', {}, h('summary', {}, 'The numbers'), h('div', { class: 'table-wrap' }, table)));
}
