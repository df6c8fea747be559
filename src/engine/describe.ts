/**
 * Plain-language names for orders, for logs, the UI and bot explanations.
 */
import type { Game } from './board.ts';
import { eventById } from './board.ts';
import { TREATY_NAMES } from './rules.ts';
import type { Observation, Order, Side, UnitKind } from './types.ts';

export const SIDE_NAMES: Record<Side, string> = { blue: 'Blue', red: 'Red' };

const KIND_NAMES: Record<UnitKind, string> = { troops: 'troops', missileDefense: 'missile defence', strikeMissiles: 'strike missiles' };

export function kindName(kind: UnitKind): string {
  return KIND_NAMES[kind];
}

function regionName(game: Game, id: string): string {
  const r = game.regionIndex.get(id);
  return r === undefined ? id : (game.regionNames[r] ?? id);
}

/**
 * Whom a side backs in a contested region: Red the separatists, Blue the government
 * (Kyiv, Chișinău, Tbilisi); without a side, neutrally.
 */
function backed(side: Side | undefined): string {
  return side === 'red' ? 'the separatists' : side === 'blue' ? 'the government' : 'your side';
}

/**
 * An order in a few words, as its owner would say it ("Deploy offensive troops in
 * Poland"). The owner's side picks the words where they differ (support).
 */
export function describeOrder(game: Game, order: Order, side?: Side): string {
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
      return `Back ${backed(side)} in ${regionName(game, order.region)}`;
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
      const event = eventById(game, order.event);
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
  const text = describeOrder(game, order, side);
  return `${who}: ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
}

/** What a side saw, in words: "Red deployed troops in Belarus — you read them as offensive". */
export function describeObservation(game: Game, rival: Side, o: Observation): string {
  const who = SIDE_NAMES[rival];
  const where = o.region ? ` in ${regionName(game, o.region)}` : '';
  const treaty = o.treaty ? TREATY_NAMES[o.treaty] : 'a treaty';
  const kind = o.kind ? kindName(o.kind) : 'units';
  switch (o.signal) {
    case 'deploy':
      return o.kind === 'troops' ? `${who} deployed troops${where} — you read them as ${o.seen ?? 'unknown'}` : `${who} deployed ${kind}${where}`;
    case 'withdraw':
      return `${who} withdrew ${kind}${where}`;
    case 'exercise':
      return `${who} held an exercise${where}`;
    case 'court':
      return `${who} courted${where.replace(' in', '')}`;
    case 'admit':
      return `${who} admitted${where.replace(' in', '')} to its bloc`;
    case 'support':
      return `${who} backed ${backed(rival)}${where}`;
    case 'annex':
      return `${who} annexed${where.replace(' in', '')}`;
    case 'assure':
      return `${who} gave a public assurance`;
    case 'summitOffered':
      return `${who} offered a summit`;
    case 'summitHeld':
      return 'A summit was held';
    case 'treatyInForce':
      return `${treaty} entered into force: ${who} is bound by it`;
    case 'restraint':
      return `${who} pulled back and promised restraint${where}`;
    case 'sanction':
      return `${who} imposed sanctions`;
    case 'propose':
      return `${who} proposed ${treaty}`;
    case 'ratify':
      return `${who} ratified ${treaty}`;
    case 'withdrawTreaty':
      return `${who} left ${treaty}`;
    case 'violation':
      return `${who} was caught violating ${treaty}${where}`;
    case 'crisisBackedDown':
      return `You backed down in the crisis: ${who} looks more hostile`;
    case 'event': {
      const event = o.event ? eventById(game, o.event) : undefined;
      const how = o.delta > 0 ? 'more hostile' : 'less hostile';
      return event ? `${event.title}: ${who} looks ${how} to you` : `News of the year made ${who} look ${how} to you`;
    }
    default:
      return `${who}: ${o.signal}${where}`;
  }
}
