/**
 * The year's events (public). An event that asks this side to choose offers its
 * answers as buttons: they are the engine's legal `respond` orders.
 */
import { describeOrder } from '../../engine/index.ts';
import type { Game, Order, SideView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { sideName } from '../format.ts';

export function eventsBlock(game: Game, view: SideView, legal: readonly Order[], draft: readonly Order[], add: (order: Order) => void): HTMLElement | undefined {
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
      // Events are news: folded to their title, except one this side must answer.
      return h(
        'details',
        { class: 'event', open: mine },
        h('summary', {}, event.title),
        h('p', {}, event.text),
        choice && mine
          ? h(
              'div',
              { class: 'event-choice' },
              h('p', {}, h('strong', {}, choice.prompt), answered ? ` — you answered: ${describeOrder(game, answered)}` : ` (if you do not answer: ${choice.options[0]?.label ?? ''})`),
              ...responses.map((order) => {
                const label = choice.options.find((o) => o.id === order.option)?.label ?? order.option;
                return h('button', { type: 'button', 'data-order': JSON.stringify(order), onclick: () => add(order) }, label);
              }),
            )
          : choice
            ? h('p', { class: 'hint' }, `${sideName(choice.side)} decides: ${choice.prompt}`)
            : undefined,
      );
    }),
  );
}
