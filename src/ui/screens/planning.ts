/**
 * Planning: the side's map and status, the year's events, and the orders where the
 * player looks for them — a picked region's orders open beside it on the map, the orders
 * tied to no region sit in one row, and the chosen orders with Commit stay at the foot of
 * the panel. Every rule — what is legal, what it costs, how it will be read — is the
 * engine's; this screen only keeps the draft.
 */
import { checkNextOrder, orderCost } from '../../engine/index.ts';
import type { Order, Side, SideView } from '../../engine/index.ts';
import { legalOrders } from '../../engine/index.ts';
import { publicBoardOf, viewerOf } from '../board.ts';
import { announce, button, h } from '../dom.ts';
import { sideName } from '../format.ts';
import { chosenOrdersBlock, commitBar } from '../panels/chosenOrders.ts';
import { confirmDialog } from '../panels/confirm.ts';
import { eventsBlock } from '../panels/events.ts';
import type { EventsFolding } from '../panels/events.ts';
import { showPrivateMap } from '../panels/mapFor.ts';
import { anyRegionRow, regionOrdersList } from '../panels/orderList.ts';
import { describeRegion, regionName } from '../panels/regionInfo.ts';
import { statusBlock } from '../panels/status.ts';
import { PLANS, suggestPlan } from '../plans.ts';
import type { PlanId } from '../plans.ts';
import type { Shell, Table } from '../shell.ts';

/** Keeps the longest run of orders the engine still accepts, in order. */
function stillLegal(session: Table, view: SideView, orders: readonly Order[]): Order[] {
  const kept: Order[] = [];
  for (const order of orders) if (!checkNextOrder(session.game, view, kept, order)) kept.push(order);
  return kept;
}

/** Events already read, per game turn and side, so a redraw or a return keeps them folded. */
const readEvents = new Set<string>();

export function renderPlanning(app: Shell, session: Table, side: Side): void {
  const view = session.privateView();
  if (!view) return;
  const game = session.game;
  const history: Order[][] = [];
  const panel = h('section', { class: `panel planning-screen side-${side}`, 'data-owner': side });
  const error = h('p', { class: 'error', role: 'alert' });
  const readKey = `${session.scenario.id}/${view.turn}/${side}`;
  const folding: EventsFolding = { read: readEvents.has(readKey), opened: new Set() };
  let region: string | undefined;
  let planNote = '';
  /** Move keyboard focus into the region's orders on the next draw (a pick on the map). */
  let focusRegion = false;

  const restored = stillLegal(session, view, session.draft);
  if (restored.length !== session.draft.length) session.setDraft(restored);

  const regionsOf = (orders: readonly Order[]) => [...new Set(orders.flatMap((o) => ('region' in o ? [o.region] : [])))];

  function markRead(): void {
    folding.read = true;
    readEvents.add(readKey);
  }

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
    planNote = '';
    markRead();
    setDraft([...session.draft, order]);
    announce(`Added. ${apLeft()} action points left.`);
  }

  function remove(index: number): void {
    const without = session.draft.filter((_, i) => i !== index);
    const kept = stillLegal(session, view as SideView, without);
    error.textContent = kept.length < without.length ? 'Some later orders depended on that one and were removed too.' : '';
    planNote = '';
    setDraft(kept);
  }

  function undo(): void {
    const previous = history.pop();
    if (!previous) return;
    planNote = '';
    setDraft(previous, false);
    announce('Undone.');
  }

  function suggest(plan: PlanId): void {
    const idea = PLANS.find((p) => p.id === plan);
    const orders = suggestPlan(game, view as SideView, plan, session.draft);
    error.textContent = '';
    markRead();
    planNote = idea ? `${idea.label}: ${idea.short.toLowerCase()}. Change it as you like.` : '';
    if (!orders.some((o) => o.type !== 'respond')) planNote = `${idea?.label ?? 'That plan'}: no legal order fits it now.`;
    setDraft(orders);
    announce(`${orders.length} orders in the draft. ${apLeft()} action points left.`);
  }

  async function commit(): Promise<void> {
    // A year with no orders of one's own is allowed (it is a signal too), but easy to do by a
    // slip of the finger: ask first. Event answers alone do not count as orders here.
    if (!session.draft.some((o) => o.type !== 'respond')) {
      const sure = await confirmDialog({
        id: 'commit-empty',
        title: 'Commit no orders?',
        text: 'Your side will do nothing this year. The rival sees that too.',
        confirm: 'Commit anyway',
        cancel: 'Back to my orders',
      });
      if (!sure) return;
    }
    const problem = session.commitOrders();
    if (problem) error.textContent = problem.message;
  }

  function apLeft(): number {
    return view ? view.actionPoints - session.draft.reduce((sum, o) => sum + orderCost(o, view.ratifyWindow), 0) : 0;
  }

  /** A region was picked (map click or tap, its label, the arrow keys and Enter, or the list). */
  function pickRegion(picked: string | undefined, fromMap = true): void {
    region = picked;
    if (picked) markRead();
    focusRegion = fromMap && !!picked;
    draw();
    if (picked) announce(`Orders for ${regionName(game, picked)}.`);
  }

  function closeRegion(): void {
    app.map.setSelected(undefined);
    pickRegion(undefined);
    app.map.host.focus({ preventScroll: true });
  }

  function showMap(): void {
    if (!view) return;
    const options: Parameters<typeof showPrivateMap>[3] = { onSelect: (r) => pickRegion(r), marked: regionsOf(session.draft) };
    if (region) options.selected = region;
    showPrivateMap(app, session, view, options);
  }

  function regionSelect(): HTMLElement {
    const select = h(
      'select',
      { id: 'region-filter', 'data-field': 'region' },
      h('option', { value: '' }, 'Pick a region…'),
      ...game.regionIds
        .map((id) => ({ id, name: regionName(game, id) }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ id, name }) => h('option', { value: id, selected: id === region }, name)),
    );
    select.addEventListener('change', () => {
      const picked = select.value || undefined;
      app.map.setSelected(picked);
      pickRegion(picked, false);
      document.getElementById('region-filter')?.focus();
    });
    return h('label', { class: 'region-filter' }, h('span', { class: 'row-label' }, 'Region:'), select);
  }

  /** The picked region's orders, in a box beside the region on the map. */
  function regionBox(legal: readonly Order[]): HTMLElement | undefined {
    if (!view || !region) return undefined;
    const lines = describeRegion(game, publicBoardOf(game, view), viewerOf(view), region);
    const box = h(
      'div',
      { class: 'region-pop', role: 'dialog', tabindex: -1, 'aria-label': `Orders in ${regionName(game, region)}`, 'data-region': region },
      h(
        'div',
        { class: 'pop-head' },
        h('h2', {}, regionName(game, region)),
        button('✕', closeRegion, { class: 'quiet small', 'aria-label': 'Close (Escape)', title: 'Close (Escape)', 'data-action': 'close-region' }),
      ),
      h('p', { class: 'hint pop-facts' }, lines.slice(1).join(' · ')),
      regionOrdersList(game, view, legal, region, add),
    );
    box.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      closeRegion();
    });
    return box;
  }

  /** Puts the region box beside the region's label, inside the map, on the side with more room. */
  function placeRegionBox(): void {
    const box = panel.querySelector<HTMLElement>('.region-pop');
    if (!box || !region) return;
    const map = app.map.host.getBoundingClientRect();
    const point = app.map.regionClientPoint(region) ?? [map.left + map.width / 2, map.top + map.height / 2];
    const gap = 28;
    const margin = 8;
    box.style.maxHeight = `${Math.max(120, map.height - 2 * margin)}px`;
    box.style.width = `${Math.round(Math.min(360, Math.max(260, map.width * 0.45), map.width - 2 * margin))}px`;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const roomRight = map.right - point[0];
    let left = roomRight - gap >= width + margin || roomRight > point[0] - map.left ? point[0] + gap : point[0] - gap - width;
    left = Math.min(Math.max(map.left + margin, left), map.right - width - margin);
    const top = Math.min(Math.max(map.top + margin, point[1] - height / 3), map.bottom - height - margin);
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
  }

  /** Redraws the panel, keeping keyboard focus and scroll where the player was. */
  function draw(): void {
    if (!view) return;
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active && panel.contains(active) ? (active.dataset.order ?? active.dataset.plan ?? active.dataset.action) : undefined;
    const bodyScroll = panel.querySelector('.plan-body')?.scrollTop ?? 0;
    const legal = legalOrders(game, view, side, session.draft);
    const left = apLeft();
    const actions = { remove, undo, commit, suggest, canUndo: history.length > 0 };
    const events = eventsBlock(game, view, legal, session.draft, add, folding);
    panel.replaceChildren(
      h('div', { class: 'plan-head' }, h('h1', { tabindex: -1 }, `${sideName(side)} plans ${view.year}`), statusBlock(view, left)),
      h('div', { class: 'plan-body' }, events ?? h('p', { class: 'hint' }, `No events in ${view.year}.`)),
      h('div', { class: 'plan-row' }, anyRegionRow(game, view, legal, add), regionSelect()),
      // Shown over the map, but next in the tab order after the region list.
      regionBox(legal) ?? '',
      h('div', { class: 'plan-foot' }, error, chosenOrdersBlock(game, view, session.draft, left, actions, planNote)),
      commitBar(view, actions),
    );
    placeRegionBox();
    const body = panel.querySelector('.plan-body');
    if (body) body.scrollTop = bodyScroll;
    const pop = panel.querySelector<HTMLElement>('.region-pop');
    if (focusRegion && pop) {
      focusRegion = false;
      // The box itself: Tab goes on to its orders, Escape closes it.
      pop.focus({ preventScroll: true });
    } else if (focusKey) {
      const again = [...panel.querySelectorAll<HTMLElement>('[data-order], [data-plan], [data-action]')].find(
        (el) => (el.dataset.order ?? el.dataset.plan ?? el.dataset.action) === focusKey,
      );
      (again ?? panel.querySelector<HTMLElement>('[data-action="commit"]'))?.focus({ preventScroll: true });
    }
  }

  // The map takes its new size a moment after the window's; follow it.
  const onResize = (): void => {
    if (!panel.isConnected) {
      window.removeEventListener('resize', onResize);
      return;
    }
    requestAnimationFrame(placeRegionBox);
  };
  window.addEventListener('resize', onResize);

  app.screenKeys = (e) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z')) {
      undo();
      return true;
    }
    return false;
  };

  draw();
  showMap();
  app.screen.replaceChildren(panel);
}
