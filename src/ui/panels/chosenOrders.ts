/**
 * The orders chosen so far: each with its cost, how the rival will likely read it and a
 * remove button; the suggested plans that fill the draft in one click; undo and commit.
 */
import { describeOrder, orderCost } from '../../engine/index.ts';
import type { Game, Order, SideView } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { sideName } from '../format.ts';
import { PLANS } from '../plans.ts';
import type { PlanId } from '../plans.ts';
import { readingTag } from './orderList.ts';

export interface ChosenActions {
  remove(index: number): void;
  undo(): void;
  commit(): void;
  suggest(plan: PlanId): void;
  canUndo: boolean;
}

/** The three suggested plans: with their one-line explanations while the draft is empty, as small buttons after. */
function plansBlock(actions: ChosenActions, empty: boolean): HTMLElement {
  if (empty)
    return h(
      'ul',
      { class: 'plans' },
      ...PLANS.map((p) =>
        h(
          'li',
          {},
          button(p.label, () => actions.suggest(p.id), { class: 'small', 'data-plan': p.id, 'aria-describedby': `plan-${p.id}` }),
          h('span', { class: 'plan-text', id: `plan-${p.id}`, title: p.text }, p.short),
        ),
      ),
    );
  return h(
    'p',
    { class: 'plans-row' },
    'Start over from a plan: ',
    ...PLANS.map((p) => button(p.label, () => actions.suggest(p.id), { class: 'small quiet', 'data-plan': p.id, title: p.text })),
  );
}

export function chosenOrdersBlock(game: Game, view: SideView, draft: readonly Order[], apLeft: number, actions: ChosenActions, planNote: string): HTMLElement {
  const items = draft.map((order, i) => {
    const text = describeOrder(game, order, view.side);
    return h(
      'li',
      { class: 'chosen-order' },
      h(
        'div',
        { class: 'chosen-head' },
        h('span', { class: 'order-text' }, text),
        h('span', { class: 'order-cost' }, `${orderCost(order, view.ratifyWindow)} AP`),
        button('✕', () => actions.remove(i), { class: 'quiet small remove', 'aria-label': `Remove: ${text}`, title: 'Remove' }),
      ),
      h('div', { class: 'chosen-reading' }, readingTag(game, view, order, true)),
    );
  });
  return h(
    'section',
    { class: 'chosen', 'aria-label': 'Your chosen orders' },
    h('h2', {}, `Your orders (${draft.length}) · ${apLeft} AP left`),
    items.length ? h('p', { class: 'hint chosen-key' }, `Under each: how ${sideName(view.rival)} will likely read it.`) : undefined,
    planNote ? h('p', { class: 'hint plan-note' }, planNote) : undefined,
    items.length ? h('ol', {}, ...items) : h('p', { class: 'hint' }, 'Pick a region on the map, or start from a plan:'),
    plansBlock(actions, !items.length),
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
