/**
 * Against the AI, when the player has committed and the AI is still deciding: the public
 * board and a sign that the AI is thinking. The page stays responsive (the AI thinks in
 * a Web Worker); the screen moves on by itself when the AI has decided.
 */
import { h } from '../dom.ts';
import { sideName } from '../format.ts';
import { showPublicMap } from '../panels/mapFor.ts';
import type { Shell, Table } from '../shell.ts';

export function renderWaiting(app: Shell, session: Table): void {
  const board = session.publicBoard();
  const ai = session.opponent?.side;
  if (!board || !ai) return;
  showPublicMap(app, session, board);
  const crisis = board.phase === 'crisis';
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'panel waiting-screen' },
      h('h1', { tabindex: -1 }, `${sideName(ai)} is deciding`),
      h('p', { class: 'lede' }, crisis ? 'Your choice in the crisis is in.' : 'Your orders are in.', ` ${sideName(ai)} (the AI) is still weighing its ${crisis ? 'choice' : 'orders'}.`),
      h('div', { class: 'thinking-bar', role: 'progressbar', 'aria-label': `${sideName(ai)} is thinking`, 'aria-busy': 'true' }, h('span', {})),
      h('p', { class: 'hint' }, `It sees only what ${sideName(ai)} can see — never your ${crisis ? 'choice' : 'orders'} — until both are revealed together.`),
    ),
  );
}
