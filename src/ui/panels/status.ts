/**
 * The planning side's own status: its perception of the rival, credibility, action
 * points, treaties, the intent it plays — all from its own view.
 */
import { TREATY_NAMES } from '../../engine/rules.ts';
import type { SideView } from '../../engine/index.ts';
import { gauge, h } from '../dom.ts';
import { intentWord, percent, sideName } from '../format.ts';

export function statusBlock(view: SideView, apLeft: number): HTMLElement {
  const rival = sideName(view.rival);
  const treaties = view.treaties.length ? view.treaties.map((t) => TREATY_NAMES[t]).join('; ') : 'none';
  const proposals = view.proposals.length
    ? view.proposals.map((p) => `${TREATY_NAMES[p.treaty]} (proposed by ${sideName(p.by)})`).join('; ')
    : undefined;
  return h(
    'div',
    { class: 'status-block' },
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'intent-chip', 'data-secret': 'intent' }, `You: ${intentWord(view.me.intent)}`),
      h('span', { class: 'ap', 'data-ap-left': apLeft }, `Action points left: ${apLeft} of ${view.actionPoints}`),
    ),
    gauge(`How hostile ${rival} looks to you`, view.me.perceivedHostility, percent(view.me.perceivedHostility), { 'data-secret': 'perception' }),
    gauge('Your credibility', view.credibility[view.side], percent(view.credibility[view.side], 0)),
    gauge(`${rival}’s credibility`, view.credibility[view.rival], percent(view.credibility[view.rival], 0)),
    h('p', { class: 'treaties' }, h('strong', {}, 'Treaties in force: '), treaties),
    proposals ? h('p', { class: 'treaties' }, h('strong', {}, 'Proposals awaiting ratification: '), proposals) : undefined,
  );
}
