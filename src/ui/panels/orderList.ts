/**
 * The four order categories as tabs, each listing only the orders the engine says are
 * legal now, with their cost and how the rival is likely to read them.
 */
import { describeOrder, explainOrder, orderCost, ORDER_CATEGORY } from '../../engine/index.ts';
import type { Game, Order, OrderCategory, SideView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { regionName } from './regionInfo.ts';

export const CATEGORIES: readonly { id: OrderCategory; label: string }[] = [
  { id: 'deployment', label: 'Deployment' },
  { id: 'alliance', label: 'Alliance' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'armsControl', label: 'Arms control' },
];

export function readingTag(game: Game, view: SideView, order: Order): HTMLElement {
  const reading = explainOrder(game, view, order);
  const mark = reading.reading === 'threatening' ? '▲ reads hostile' : reading.reading === 'reassuring' ? '▼ reassuring' : '• barely noticed';
  const shift = Math.abs(reading.expectedShift) >= 0.005 ? ` ${reading.expectedShift > 0 ? '+' : '−'}${Math.abs(reading.expectedShift).toFixed(2)}` : '';
  return h('span', { class: `reading reading-${reading.reading}` }, `${mark}${shift}`);
}

export interface OrderListState {
  category: OrderCategory;
  region: string | undefined;
}

export function orderListBlock(
  game: Game,
  view: SideView,
  legal: readonly Order[],
  state: OrderListState,
  onCategory: (category: OrderCategory) => void,
  add: (order: Order) => void,
): HTMLElement {
  // Event answers have their own buttons in the events block.
  const offered = legal.filter((o) => o.type !== 'respond');
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': 'Order categories' },
    ...CATEGORIES.map((c, i) => {
      const count = offered.filter((o) => ORDER_CATEGORY[o.type] === c.id).length;
      const selected = c.id === state.category;
      return h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${c.id}`,
          'aria-selected': String(selected),
          'aria-controls': 'order-list',
          tabindex: selected ? 0 : -1,
          'data-category': c.id,
          onclick: () => onCategory(c.id),
          onkeydown: (e: Event) => {
            const key = (e as KeyboardEvent).key;
            const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            e.preventDefault();
            const next = CATEGORIES[(i + step + CATEGORIES.length) % CATEGORIES.length];
            if (next) onCategory(next.id);
          },
        },
        `${i + 1} ${c.label} (${count})`,
      );
    }),
  );

  const inCategory = offered.filter((o) => ORDER_CATEGORY[o.type] === state.category);
  const regional = inCategory.filter((o) => 'region' in o && (!state.region || o.region === state.region));
  const general = inCategory.filter((o) => !('region' in o));
  const item = (order: Order) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'order-option', 'data-order': JSON.stringify(order), onclick: () => add(order) },
        h('span', { class: 'order-text' }, describeOrder(game, order)),
        h('span', { class: 'order-cost' }, `${orderCost(order, view.ratifyWindow)} AP`),
        readingTag(game, view, order),
      ),
    );
  const list = h('div', { id: 'order-list', role: 'tabpanel', 'aria-labelledby': `tab-${state.category}`, class: 'order-list' });
  if (state.region) list.append(h('p', { class: 'hint' }, `Orders in ${regionName(game, state.region)}. Pick it again on the map or press Escape there to see all regions.`));
  if (regional.length) list.append(h('ul', {}, ...regional.map(item)));
  if (general.length) {
    if (regional.length) list.append(h('h3', {}, 'Not tied to a region'));
    list.append(h('ul', {}, ...general.map(item)));
  }
  if (!regional.length && !general.length)
    list.append(h('p', { class: 'hint' }, state.region ? 'No order of this kind is possible there now.' : 'No order of this kind is possible now (action points, treaties or the map forbid it).'));
  return h('section', { class: 'orders', 'aria-label': 'Orders you can give' }, tabs, list);
}
