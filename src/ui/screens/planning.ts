/**
 * Planning: the side's map, its status, the year's events, the legal orders by
 * category, and the chosen orders. Every rule — what is legal, what it costs, how it
 * will be read — is the engine's; this screen only keeps the draft.
 */
import { checkNextOrder, orderCost } from '../../engine/index.ts';
import type { Order, OrderCategory, Side, SideView } from '../../engine/index.ts';
import { legalOrders } from '../../engine/index.ts';
import { announce, h } from '../dom.ts';
import { sideName } from '../format.ts';
import { chosenOrdersBlock, commitBar } from '../panels/chosenOrders.ts';
import { eventsBlock } from '../panels/events.ts';
import { showPrivateMap } from '../panels/mapFor.ts';
import { CATEGORIES, orderListBlock } from '../panels/orderList.ts';
import type { OrderListState } from '../panels/orderList.ts';
import { regionName } from '../panels/regionInfo.ts';
import { statusBlock } from '../panels/status.ts';
import type { Shell, Table } from '../shell.ts';

/** Keeps the longest run of orders the engine still accepts, in order. */
function stillLegal(session: Table, view: SideView, orders: readonly Order[]): Order[] {
  const kept: Order[] = [];
  for (const order of orders) if (!checkNextOrder(session.game, view, kept, order)) kept.push(order);
  return kept;
}

export function renderPlanning(app: Shell, session: Table, side: Side): void {
  const view = session.privateView();
  if (!view) return;
  const game = session.game;
  const list: OrderListState = { category: 'deployment', region: undefined };
  const history: Order[][] = [];
  const panel = h('section', { class: `panel planning-screen side-${side}`, 'data-owner': side });
  const error = h('p', { class: 'error', role: 'alert' });

  const restored = stillLegal(session, view, session.draft);
  if (restored.length !== session.draft.length) session.setDraft(restored);

  const regionsOf = (orders: readonly Order[]) => [...new Set(orders.flatMap((o) => ('region' in o ? [o.region] : [])))];

  function setDraft(orders: Order[], remember = true): void {
    if (remember) history.push(session.draft.slice());
    session.setDraft(orders);
    draw();
    app.map.setMarked(regionsOf(orders));
  }

  function add(order: Order): void {
    const problem = checkNextOrder(game, view as SideView, session.draft, order);
    if (problem) {
      error.textContent = problem.message;
      return;
    }
    error.textContent = '';
    setDraft([...session.draft, order]);
    announce(`Added. ${apLeft()} action points left.`);
  }

  function remove(index: number): void {
    const without = session.draft.filter((_, i) => i !== index);
    const kept = stillLegal(session, view as SideView, without);
    error.textContent = kept.length < without.length ? 'Some later orders depended on that one and were removed too.' : '';
    setDraft(kept);
  }

  function undo(): void {
    const previous = history.pop();
    if (!previous) return;
    setDraft(previous, false);
    announce('Undone.');
  }

  function commit(): void {
    const problem = session.commitOrders();
    if (problem) error.textContent = problem.message;
  }

  function apLeft(): number {
    return view ? view.actionPoints - session.draft.reduce((sum, o) => sum + orderCost(o, view.ratifyWindow), 0) : 0;
  }

  function pickRegion(region: string | undefined): void {
    list.region = region;
    draw();
    if (region) announce(`Orders filtered to ${regionName(game, region)}.`);
  }

  function showMap(): void {
    if (!view) return;
    const options: Parameters<typeof showPrivateMap>[3] = { onSelect: pickRegion, marked: regionsOf(session.draft) };
    if (list.region) options.selected = list.region;
    showPrivateMap(app, session, view, options);
  }

  function regionSelect(): HTMLElement {
    const select = h(
      'select',
      { id: 'region-filter', 'data-field': 'region' },
      h('option', { value: '' }, 'All regions'),
      ...game.regionIds
        .map((id) => ({ id, name: regionName(game, id) }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ id, name }) => h('option', { value: id, selected: id === list.region }, name)),
    );
    select.addEventListener('change', () => {
      const region = select.value || undefined;
      app.map.setSelected(region);
      pickRegion(region);
      document.getElementById('region-filter')?.focus();
    });
    return h('label', { class: 'region-filter' }, 'Region: ', select);
  }

  /** Redraws the panel, keeping keyboard focus and scroll where the player was. */
  function draw(): void {
    if (!view) return;
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active && panel.contains(active) ? (active.dataset.order ?? active.dataset.category ?? active.dataset.action) : undefined;
    const bodyScroll = panel.querySelector('.plan-body')?.scrollTop ?? 0;
    const legal = legalOrders(game, view, side, session.draft);
    const left = apLeft();
    const actions = { remove, undo, commit, canUndo: history.length > 0 };
    panel.replaceChildren(
      h('div', { class: 'plan-head' }, h('h1', { tabindex: -1 }, `${sideName(side)} plans ${view.year}`), statusBlock(view, left)),
      h(
        'div',
        { class: 'plan-body' },
        eventsBlock(game, view, legal, session.draft, add) ?? '',
        regionSelect(),
        orderListBlock(game, view, legal, list, (category: OrderCategory) => {
          list.category = category;
          draw();
          panel.querySelector<HTMLElement>(`[data-category="${category}"]`)?.focus();
        }, add),
      ),
      h('div', { class: 'plan-foot' }, error, chosenOrdersBlock(game, view, session.draft, left, actions)),
      commitBar(view, actions),
    );
    const body = panel.querySelector('.plan-body');
    if (body) body.scrollTop = bodyScroll;
    if (focusKey) {
      const again = [...panel.querySelectorAll<HTMLElement>('[data-order], [data-category], [data-action]')].find(
        (el) => (el.dataset.order ?? el.dataset.category ?? el.dataset.action) === focusKey,
      );
      (again ?? panel.querySelector<HTMLElement>('[data-action="commit"]'))?.focus({ preventScroll: true });
    }
  }

  app.screenKeys = (e) => {
    const typing = !!(e.target as HTMLElement | null)?.closest('input, textarea, select');
    if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z')) {
      undo();
      return true;
    }
    const n = Number(e.key);
    if (!typing && !e.ctrlKey && !e.altKey && !e.metaKey && n >= 1 && n <= CATEGORIES.length) {
      const category = CATEGORIES[n - 1];
      if (category) {
        list.category = category.id;
        draw();
        panel.querySelector<HTMLElement>(`[data-category="${category.id}"]`)?.focus();
      }
      return true;
    }
    return false;
  };

  draw();
  showMap();
  app.screen.replaceChildren(panel);
}
