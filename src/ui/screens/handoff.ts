/**
 * The hand-off screen: the only thing between one player's secrets and the other's.
 * It shows nothing of either side and needs a deliberate click or key to pass.
 */
import { button, h } from '../dom.ts';
import { rivalSide, sideName, sideTitle } from '../format.ts';
import type { PrivateScreen } from '../steps.ts';
import type { Side } from '../../engine/index.ts';
import { setLayout } from './layout.ts';
import type { Shell, Table } from '../shell.ts';

const NEXT_TEXT: Record<PrivateScreen, string> = {
  briefing: 'your briefing and secret intent',
  summary: 'what you saw of your rival last year, then your orders',
  planning: 'your orders for the year',
  crisis: 'your secret choice in the crisis',
};

export function renderHandoff(app: Shell, session: Table, step: { side: Side; next: PrivateScreen }): void {
  app.map.hide();
  setLayout('full');
  const side = step.side;
  const other = rivalSide(side);
  app.screen.replaceChildren(
    h(
      'section',
      { class: `handoff-screen side-${side}` },
      h('h1', { tabindex: -1 }, `Pass to ${sideName(side)} — ${sideName(other)}, look away`),
      h('p', { class: 'lede' }, `${sideTitle(session.scenario, side)}: when only you can see the screen, continue to ${NEXT_TEXT[step.next]}.`),
      button(`I am ${sideName(side)} — show my screen`, () => session.reveal(), { class: 'primary big', 'data-autofocus': true, 'data-action': 'reveal' }),
      h('p', { class: 'hint' }, 'Press Enter or Space, or tap the button.'),
    ),
  );
}
