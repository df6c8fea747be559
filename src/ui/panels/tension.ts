/**
 * The public tension track, 0–10, with the crisis and war thresholds marked and the
 * value written out.
 */
import { TENSION } from '../../engine/rules.ts';
import { h } from '../dom.ts';
import { tensionWord } from '../words.ts';

/** `atWar`: a war has broken out (the word says "war" whatever the number). */
export function tensionTrack(tension: number, from?: number, atWar = false): HTMLElement {
  const pct = (t: number) => `${((Math.max(0, Math.min(TENSION.warAt, t)) / TENSION.warAt) * 100).toFixed(1)}%`;
  const fill = h('span', { class: 'tension-fill', style: `width:${pct(from ?? tension)}` });
  if (from !== undefined && from !== tension) {
    // Animate from last turn's tension to this turn's (CSS transition; none with reduced motion).
    requestAnimationFrame(() => requestAnimationFrame(() => (fill.style.width = pct(tension))));
  }
  const change = from !== undefined && Math.abs(tension - from) >= 0.05 ? ` (${tension > from ? '+' : '−'}${Math.abs(tension - from).toFixed(1)})` : '';
  return h(
    'div',
    { class: `tension${atWar ? ' at-war' : ''}` },
    h('span', { class: 'gauge-label' }, 'Tension'),
    h(
      'span',
      { class: 'tension-track', role: 'meter', 'aria-label': 'Tension', 'aria-valuemin': 0, 'aria-valuemax': TENSION.warAt, 'aria-valuenow': tension.toFixed(1) },
      fill,
      h('span', { class: 'tension-mark', style: `left:${pct(TENSION.crisisAt)}`, title: `Crisis at ${TENSION.crisisAt}` }),
    ),
    h('span', { class: 'gauge-value' }, `${tension.toFixed(1)} / ${TENSION.warAt} · ${tensionWord(tension, atWar)}${change}`),
  );
}
