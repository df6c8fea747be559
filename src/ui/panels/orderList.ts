/**
 * The orders the engine says are legal now, as the planning screen offers them: a
 * picked region's orders grouped by category, and the orders tied to no region in one
 * short row. Each shows its cost and, in plain words, how the rival is likely to read it
 * (the engine's explainOrder).
 */
import { describeOrder, explainOrder, orderCost, ORDER_CATEGORY, shiftSize } from '../../engine/index.ts';
import type { Game, Order, OrderCategory, SideView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { sideName } from '../format.ts';
import { TREATY_SHORT } from './status.ts';

export const CATEGORIES: readonly { id: OrderCategory; label: string }[] = [
  { id: 'deployment', label: 'Deployment' },
  { id: 'alliance', label: 'Alliance' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'armsControl', label: 'Arms control' },
];

/** The engine's reading of an order, in words: "Red will find this a little more threatening". */
export function readingWords(game: Game, view: SideView, order: Order): { kind: 'threatening' | 'reassuring' | 'neutral'; mark: string; words: string; brief: string } {
  const reading = explainOrder(game, view, order);
  const rival = sideName(view.rival);
  // The engine's size steps, the same everywhere the game speaks of a shift in perception.
  const size = shiftSize(reading.expectedShift);
  const degree = size === 'much' ? 'much' : size === 'noticeably' ? '' : 'a little';
  const tension = reading.tension > 0 ? `; tension +${reading.tension.toFixed(1)}` : reading.tension < 0 ? `; tension −${Math.abs(reading.tension).toFixed(1)}` : '';
  const brief =
    reading.reading === 'threatening'
      ? `${degree ? `${degree} ` : ''}more threatening`
      : reading.reading === 'reassuring'
        ? `${degree === 'much' ? 'very ' : degree ? `${degree} ` : ''}reassuring`
        : 'hardly noticed';
  const words = reading.reading === 'neutral' ? `${rival} will hardly notice` : `${rival} will find this ${brief}`;
  const mark = reading.reading === 'threatening' ? '▲' : reading.reading === 'reassuring' ? '▼' : '•';
  return { kind: reading.reading, mark, words: `${words}${tension}`, brief: `${brief}${tension}` };
}

/** The reading as a coloured line; `brief` leaves out the rival's name (said once above the list). */
export function readingTag(game: Game, view: SideView, order: Order, brief = false): HTMLElement {
  const r = readingWords(game, view, order);
  return h('span', { class: `reading reading-${r.kind}` }, `${r.mark} ${brief ? r.brief : r.words}`);
}

function costText(view: SideView, order: Order): string {
  return `${orderCost(order, view.ratifyWindow)} AP`;
}

/** One order as a button: its words, cost and reading. */
function orderButton(game: Game, view: SideView, order: Order, add: (order: Order) => void): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: 'order-option', 'data-order': JSON.stringify(order), onclick: () => add(order) },
      h('span', { class: 'order-text' }, describeOrder(game, order, view.side)),
      h('span', { class: 'order-cost' }, costText(view, order)),
      readingTag(game, view, order, true),
    ),
  );
}

/** A picked region's legal orders, grouped by category (empty groups left out). */
export function regionOrdersList(game: Game, view: SideView, legal: readonly Order[], region: string, add: (order: Order) => void): HTMLElement {
  const here = legal.filter((o) => 'region' in o && o.region === region);
  const groups = CATEGORIES.map((c) => ({ ...c, orders: here.filter((o) => ORDER_CATEGORY[o.type] === c.id) })).filter((g) => g.orders.length);
  if (!groups.length) return h('p', { class: 'hint' }, 'No order is possible here now: action points, treaties or the map forbid it.');
  return h(
    'div',
    { class: 'region-orders' },
    h('p', { class: 'hint pop-key' }, `Under each order: how ${sideName(view.rival)} will likely read it.`),
    ...groups.map((g) => h('section', { class: 'order-group', 'data-group': g.id }, h('h3', {}, g.label), h('ul', {}, ...g.orders.map((o) => orderButton(game, view, o, add))))),
  );
}

/** Short labels for the orders tied to no region (the chosen list spells them out). */
function shortLabel(order: Order): string {
  switch (order.type) {
    case 'assure':
      return 'Assure';
    case 'summit':
      return 'Summit';
    case 'sanction':
      return 'Sanctions';
    case 'inspect':
      return 'Inspect';
    case 'propose':
      return `Propose ${TREATY_SHORT[order.treaty]}`;
    case 'ratify':
      return `Ratify ${TREATY_SHORT[order.treaty]}`;
    case 'withdrawTreaty':
      return `Leave ${TREATY_SHORT[order.treaty]}`;
    default:
      return order.type;
  }
}

/** A small button for an order tied to no region: short label, cost, reading mark. */
function chip(game: Game, view: SideView, order: Order, add: (order: Order) => void, full = false): HTMLElement {
  const r = readingWords(game, view, order);
  const label = shortLabel(order);
  return h(
    'button',
    {
      type: 'button',
      class: `order-option chip${full ? ' full' : ''}`,
      'data-order': JSON.stringify(order),
      title: r.words,
      'aria-label': `${label}, ${costText(view, order)}: ${r.words}`,
      onclick: () => add(order),
    },
    h('span', { class: 'order-text' }, label),
    h('span', { class: 'order-cost' }, costText(view, order)),
    h('span', { class: `reading reading-${r.kind}`, 'aria-hidden': 'true' }, full ? `${r.mark} ${r.brief}` : r.mark),
  );
}

/** The other treaty orders, in a menu that opens over the panel and stops above Commit. */
function treatyMenu(game: Game, view: SideView, orders: readonly Order[], add: (order: Order) => void): HTMLElement {
  const list = h('ul', {}, ...orders.map((o) => h('li', {}, chip(game, view, o, add, true))));
  const summary = h('summary', { 'data-action': 'treaty-menu' }, `Treaties (${orders.length}) ▾`);
  const menu = h('details', { class: 'treaty-menu' }, summary, list);
  menu.addEventListener('toggle', () => {
    if (!menu.open) return;
    const foot = menu.closest('.planning-screen')?.querySelector('.plan-actions');
    const top = list.getBoundingClientRect().top;
    if (foot) list.style.maxHeight = `${Math.max(120, foot.getBoundingClientRect().top - top - 6)}px`;
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    e.preventDefault();
    e.stopPropagation();
    menu.open = false;
    summary.focus();
  });
  return menu;
}

/**
 * The legal orders tied to no region (event answers aside) in one short row: assurance,
 * summit, sanctions and ratifications as buttons, the other treaty orders in a small menu.
 */
export function anyRegionRow(game: Game, view: SideView, legal: readonly Order[], add: (order: Order) => void): HTMLElement {
  const free = legal.filter((o) => !('region' in o) && o.type !== 'respond');
  const isDirect = (o: Order) => o.type === 'assure' || o.type === 'summit' || o.type === 'sanction' || o.type === 'ratify';
  const direct = free.filter(isDirect);
  const treaties = free.filter((o) => !isDirect(o));
  const menu = treaties.length ? treatyMenu(game, view, treaties, add) : undefined;
  return h(
    'div',
    { class: 'any-region', role: 'group', 'aria-label': 'Orders tied to no region' },
    h('span', { class: 'row-label' }, 'No region:'),
    ...direct.map((o) => chip(game, view, o, add)),
    menu,
    free.length ? undefined : h('span', { class: 'hint' }, 'none possible now'),
  );
}
