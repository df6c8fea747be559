/**
 * The year's events (public). An event that asks this side to choose offers its
 * answers as buttons: they are the engine's legal `respond` orders. Unread events are
 * open; once read, each folds to its one-line title (an unanswered choice stays open).
 */
import { describeOrder } from '../../engine/index.ts';
import type { Game, Order, SideView } from '../../engine/index.ts';
import { append, h } from '../dom.ts';
import { sideName } from '../format.ts';

export interface EventsFolding {
  /** True once the player has read the events (picked a region or an order). */
  read: boolean;
  /** Events the player opened again by hand. */
  opened: Set<string>;
}

export function eventsBlock(
  game: Game,
  view: SideView,
  legal: readonly Order[],
  draft: readonly Order[],
  add: (order: Order) => void,
  folding: EventsFolding,
): HTMLElement | undefined {
  const events = view.currentEvents.map((id) => game.scenario.events.find((e) => e.id === id)).filter((e) => e !== undefined);
  if (!events.length) return undefined;
  return h(
    'section',
    { class: 'events', 'aria-label': `Events of ${view.year}` },
    h('h2', {}, `Events of ${view.year}`),
    ...events.map((event) => {
      const responses = legal.filter((o): o is Extract<Order, { type: 'respond' }> => o.type === 'respond' && o.event === event.id);
      const answered = draft.find((o) => o.type === 'respond' && o.event === event.id);
      const choice = event.choice;
      const mine = choice?.side === view.side;
      const details = h('details', { class: 'event', 'data-event': event.id, open: !folding.read || folding.opened.has(event.id) || (mine && !answered) });
      // Only the player's own clicks count (a 'toggle' event also fires for the initial state).
      const summary = h('summary', { onclick: () => (details.open ? folding.opened.delete(event.id) : folding.opened.add(event.id)) }, event.title);
      append(details, [
        summary,
        h('p', {}, event.text),
        choice && mine
          ? h(
              'div',
              { class: 'event-choice' },
              h('p', {}, h('strong', {}, choice.prompt), answered ? ` — you answered: ${describeOrder(game, answered, view.side)}` : ` (if you do not answer: ${choice.options[0]?.label ?? ''})`),
              ...responses.map((order) => {
                const label = choice.options.find((o) => o.id === order.option)?.label ?? order.option;
                return h('button', { type: 'button', 'data-order': JSON.stringify(order), onclick: () => add(order) }, label);
              }),
            )
          : choice
            ? h('p', { class: 'hint' }, `${sideName(choice.side)} decides: ${choice.prompt}`)
            : undefined,
      ]);
      return details;
    }),
  );
}
