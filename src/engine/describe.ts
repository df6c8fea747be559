/**
 * Words for the game's facts: orders, observations and the public record. The engine
 * keeps facts as data; this is the one place that turns them into sentences, for logs,
 * the UI and bot explanations. Nothing reads meaning back out of these words.
 */
import type { Game } from './board.ts';
import { eventById } from './board.ts';
import { TREATY_NAMES } from './rules.ts';
import type { CrisisChoice, CrisisEndedEntry, FizzleReason, Observation, Order, OrderEntry, PublicEntry, PublicOrder, Side, Treaty, UnitKind } from './types.ts';

export const SIDE_NAMES: Record<Side, string> = { blue: 'Blue', red: 'Red' };

const KIND_NAMES: Record<UnitKind, string> = { troops: 'troops', missileDefense: 'missile defence', strikeMissiles: 'strike missiles' };

export function kindName(kind: UnitKind): string {
  return KIND_NAMES[kind];
}

function regionName(game: Game, id: string): string {
  const r = game.regionIndex.get(id);
  return r === undefined ? id : (game.regionNames[r] ?? id);
}

/** Treaties by their short proper names, as sentences use them: "The CFE treaty enters into force." */
export const TREATY_SHORT_NAMES: Record<Treaty, string> = { cfe: 'CFE', inf: 'INF', abm: 'ABM', openSkies: 'Open Skies' };

function theTreaty(treaty: Treaty): string {
  return `the ${TREATY_SHORT_NAMES[treaty]} treaty`;
}

/** Crisis choices as a sentence says them: "Blue chose to de-escalate". */
const CHOICE_VERBS: Record<CrisisChoice, string> = { deescalate: 'de-escalate', hold: 'hold firm', escalate: 'escalate' };

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
export function describePublicly(game: Game, side: Side, order: Order | PublicOrder): string {
  const who = SIDE_NAMES[side];
  if (order.type === 'deploy')
    return `${who} deployed ${order.kind === 'troops' ? 'troops' : kindName(order.kind)} in ${regionName(game, order.region)}.`;
  const text = describeOrder(game, order, side);
  return `${who}: ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
}

const FIZZLED: Record<FizzleReason, string> = {
  noLongerPartner: '(fizzled: no longer a partner)',
  cannotAnnex: '(fizzled)',
  noLongerPossible: '(fizzled: no longer possible)',
};

/** What came of an order, in the brackets that follow it ("(it worked)"); '' when it was simply carried out. */
function outcomeWords(entry: OrderEntry): string {
  switch (entry.outcome) {
    case 'fizzled':
      return FIZZLED[entry.reason ?? 'noLongerPossible'];
    case 'worked':
      return '(it worked)';
    case 'failed':
      return '(it failed)';
    case 'blocked':
      return '(no effect: the region is in a bloc)';
    case 'notTakenUp':
      return '(not taken up)';
    case 'done':
      if (entry.order.type === 'restraint') return entry.unit === 'troops' ? '(one troop unit)' : '(one missile battery)';
      return '';
  }
}

function describeCrisisEnd(game: Game, e: CrisisEndedEntry): string {
  const name = regionName(game, e.region);
  const choices = `Blue chose to ${CHOICE_VERBS[e.choices.blue]}, Red to ${CHOICE_VERBS[e.choices.red]}`;
  switch (e.result) {
    case 'bothDeescalate':
      return `${choices}: both stepped back from the brink over ${name}; tension falls and treaties are easier to ratify.`;
    case 'holdWins':
    case 'escalateWins':
      return `${choices}: ${e.winner ? SIDE_NAMES[e.winner] : 'one side'} prevailed over ${name} and gains ground there.`;
    case 'bothHold':
      return `${choices}: neither gave way over ${name}; tension rises.`;
    case 'brink':
      return `${choices}: a confrontation over ${name} stopped short of war; tension soars.`;
  }
}

/** One entry of the public record in words, as both players read it in the log. */
export function describeEntry(game: Game, entry: PublicEntry): string {
  switch (entry.kind) {
    case 'order': {
      const said = describePublicly(game, entry.side, entry.order);
      const extra = outcomeWords(entry);
      return extra ? `${said.slice(0, -1)} ${extra}.` : said;
    }
    case 'answer': {
      const event = eventById(game, entry.event);
      const option = event?.choice?.options.find((o) => o.id === entry.option);
      return `${event?.title ?? entry.event}: ${option?.label ?? entry.option}.`;
    }
    case 'event': {
      const event = eventById(game, entry.event);
      return event ? `${event.title}: ${event.text}` : entry.event;
    }
    case 'summit':
      return 'A summit was held: both sides met and talked.';
    case 'treaty':
      return `The ${TREATY_SHORT_NAMES[entry.treaty]} treaty enters into force.`;
    case 'promiseBroken': {
      const what =
        entry.promise === 'treaty'
          ? `left ${theTreaty(entry.treaty)}`
          : entry.promise === 'restraint'
            ? `broke its promise of restraint in ${regionName(game, entry.region)}`
            : 'moved against the rival right after assuring it';
      return `${SIDE_NAMES[entry.side]} ${what}; its credibility falls.`;
    }
    case 'violation':
      return `${SIDE_NAMES[entry.side]} was caught violating ${theTreaty(entry.treaty)} in ${regionName(game, entry.region)}.`;
    case 'crisis':
      return entry.stage === 'opened'
        ? `Crisis over ${regionName(game, entry.region)}: tension has reached ${entry.tension.toFixed(1)}.`
        : describeCrisisEnd(game, entry);
    case 'war': {
      const winner = SIDE_NAMES[entry.winner];
      const loser = SIDE_NAMES[entry.winner === 'blue' ? 'red' : 'blue'];
      const w = entry.strength[entry.winner].toFixed(1);
      const l = entry.strength[entry.winner === 'blue' ? 'red' : 'blue'].toFixed(1);
      return `War over ${regionName(game, entry.region)}. ${winner} wins it: ${winner}’s forces counted ${w} against ${loser}’s ${l}. Both pay heavily, for every year the war cuts off.`;
    }
  }
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
