/**
 * The planning side's own status: its perception of the rival, credibility, action
 * points, treaties, the intent it plays and its score so far — all from its own view.
 * The score is as secret as the intent: it lives on this side's own screens only.
 */
import type { SideView, Treaty } from '../../engine/index.ts';
import { gauge, h } from '../dom.ts';
import { intentWord, percent, points, sideName, signed } from '../format.ts';

/** Short treaty names for the status line; the orders spell them out in full. */
export const TREATY_SHORT: Record<Treaty, string> = { cfe: 'CFE', inf: 'INF', abm: 'ABM', openSkies: 'Open Skies' };

export function statusBlock(view: SideView, apLeft: number): HTMLElement {
  const rival = sideName(view.rival);
  const treaties = view.treaties.length ? view.treaties.map((t) => TREATY_SHORT[t]).join(', ') : 'none';
  const proposals = view.proposals.length ? view.proposals.map((p) => `${TREATY_SHORT[p.treaty]} (by ${sideName(p.by)})`).join(', ') : undefined;
  return h(
    'div',
    { class: 'status-block' },
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'intent-chip', 'data-secret': 'intent' }, `You: ${intentWord(view.me.intent)}`),
      scoreChip(view),
      h('span', { class: 'ap', 'data-ap-left': apLeft }, `${apLeft} of ${view.actionPoints} action points left`),
    ),
    gauge(`How hostile ${rival} looks to you`, view.me.perceivedHostility, percent(view.me.perceivedHostility), { 'data-secret': 'perception' }),
    gauge('Your credibility', view.credibility[view.side], percent(view.credibility[view.side], 0)),
    h(
      'p',
      { class: 'treaties' },
      h('strong', {}, 'Treaties: '),
      treaties,
      proposals ? ` · awaiting ratification: ${proposals}` : '',
      ` · ${rival}’s credibility ${percent(view.credibility[view.rival], 0)}`,
    ),
  );
}

/** "Your score 12.4 (+2.1 last year)": this side's own running score, never the rival's. */
function scoreChip(view: SideView): HTMLElement {
  const last = view.me.ledger[view.me.ledger.length - 1];
  return h(
    'span',
    { class: 'score-chip', 'data-secret': 'score', title: 'Your points so far. Only you see them; at the end they are set against par.' },
    `Your score ${points(view.me.score)}`,
    last ? h('span', { class: 'score-change' }, ` (${signed(last.total, 1)} last year)`) : '',
  );
}
