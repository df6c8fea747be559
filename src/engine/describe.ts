/**
 * Plain-language names for orders, for logs, the UI and bot explanations.
 */
import type { Game } from './board.ts';
import { TREATY_NAMES } from './rules.ts';
import type { Order, Side, UnitKind } from './types.ts';

export const SIDE_NAMES: Record<Side, string> = { blue: 'Blue', red: 'Red' };

const KIND_NAMES: Record<UnitKind, string> = { troops: 'troops', missileDefense: 'missile defence', strikeMissiles: 'strike missiles' };

export function kindName(kind: UnitKind): string {
  return KIND_NAMES[kind];
}

function regionName(game: Game, id: string): string {
  const r = game.regionIndex.get(id);
  return r === undefined ? id : (game.regionNames[r] ?? id);
}

/** An order in a few words, as its owner would say it ("Deploy offensive troops in Poland"). */
export function describeOrder(game: Game, order: Order): string {
  switch (order.type) {
    case 'deploy':
      return `Deploy ${order.kind === 'troops' ? `${order.posture ?? ''} troops` : kindName(order.kind)} in ${regionName(game, order.region)}`;
    case 'withdraw':
      return `Withdraw ${kindName(order.kind)} from ${regionName(game, order.region)}`;
    case 'exercise':
      return `Hold an exercise in ${regionName(game, order.region)}`;
    case 'court':
      return `Court ${regionName(game, order.region)}`;
    case 'admit':
      return `Admit ${regionName(game, order.region)} to the bloc`;
    case 'support':
      return `Support separatists in ${regionName(game, order.region)}`;
    case 'annex':
      return `Annex ${regionName(game, order.region)}`;
    case 'assure':
      return 'Give a public assurance';
    case 'summit':
      return 'Offer a summit';
    case 'restraint':
      return `Pull back and promise restraint in ${regionName(game, order.region)}`;
    case 'sanction':
      return 'Impose sanctions';
    case 'propose':
      return `Propose ${TREATY_NAMES[order.treaty]}`;
    case 'ratify':
      return `Ratify ${TREATY_NAMES[order.treaty]}`;
    case 'withdrawTreaty':
      return `Leave ${TREATY_NAMES[order.treaty]}`;
    case 'inspect':
      return 'Inspect (Open Skies overflight)';
    case 'respond': {
      const event = game.scenario.events.find((e) => e.id === order.event);
      const option = event?.choice?.options.find((o) => o.id === order.option);
      return `${event?.title ?? order.event}: ${option?.label ?? order.option}`;
    }
  }
}

/** What everyone sees of an order: deployments without their hidden posture. */
export function describePublicly(game: Game, side: Side, order: Order): string {
  const who = SIDE_NAMES[side];
  if (order.type === 'deploy')
    return `${who} deployed ${order.kind === 'troops' ? 'troops' : kindName(order.kind)} in ${regionName(game, order.region)}.`;
  const text = describeOrder(game, order);
  return `${who}: ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
}
