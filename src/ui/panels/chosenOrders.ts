/**
 * The orders chosen so far: each with its cost and the engine's sentence on how the
 * rival will likely read it, a remove button, undo, and the commit button.
 */
import { describeOrder, explainOrder, orderCost } from '../../engine/index.ts';
import type { Game, Order, SideView } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { sideName } from '../format.ts';
import { readingTag } from './orderList.ts';

export interface ChosenActions {
  remove(index: number): void;
  undo(): void;
  commit(): void;
  canUndo: boolean;
}

export function chosenOrdersBlock(game: Game, view: SideView, draft: readonly Order[], apLeft: number, actions: ChosenActions): HTMLElement {
  const items = draft.map((order, i) => {
    const reading = explainOrder(game, view, order);
    return h(
      'li',
      { class: 'chosen-order' },
      h(
        'div',
        { class: 'chosen-head' },
        h('span', { class: 'order-text' }, describeOrder(game, order)),
        h('span', { class: 'order-cost' }, `${orderCost(order, view.ratifyWindow)} AP`),
        button('Remove', () => actions.remove(i), { class: 'quiet small', 'aria-label': `Remove: ${describeOrder(game, order)}` }),
      ),
      h('div', { class: 'chosen-reading' }, readingTag(game, view, order), ` ${reading.text}`),
    );
  });
  return h(
    'section',
    { class: 'chosen', 'aria-label': 'Your chosen orders' },
    h('h2', {}, `Your orders (${draft.length}) · ${apLeft} AP left`),
    items.length ? h('ol', {}, ...items) : h('p', { class: 'hint' }, 'No orders yet. Pick from the lists above; you may also commit none.'),
  );
}

/** Undo and commit: always in view at the foot of the panel. */
export function commitBar(view: SideView, actions: ChosenActions): HTMLElement {
  return h(
    'div',
    { class: 'actions plan-actions' },
    button('Undo (Ctrl+Z)', actions.undo, { class: 'quiet', disabled: !actions.canUndo, 'data-action': 'undo' }),
    button('Commit orders', actions.commit, { class: 'primary', 'data-action': 'commit', title: `Then pass the device to ${sideName(view.rival)}` }),
  );
}
