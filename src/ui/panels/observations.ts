/**
 * What a side saw of its rival, in words: one line per observation with how far it
 * moved this side's perception. The numbers are the engine's (Observation.delta).
 */
import { TREATY_NAMES } from '../../engine/rules.ts';
import type { Game, Observation, Side } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { sideName, signed } from '../format.ts';
import { regionName } from './regionInfo.ts';

const KIND_WORDS = { troops: 'troops', missileDefense: 'missile defence', strikeMissiles: 'strike missiles' } as const;

/** "Red deployed troops in Belarus — you read them as offensive". */
export function describeObservation(game: Game, rival: Side, o: Observation): string {
  const who = sideName(rival);
  const where = o.region ? ` in ${regionName(game, o.region)}` : '';
  const treaty = o.treaty ? TREATY_NAMES[o.treaty] : 'a treaty';
  const kind = o.kind ? KIND_WORDS[o.kind] : 'units';
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
      return `${who} supported separatists${where}`;
    case 'annex':
      return `${who} annexed${where.replace(' in', '')}`;
    case 'assure':
      return `${who} gave a public assurance`;
    case 'summitOffered':
      return `${who} offered a summit`;
    case 'summitHeld':
      return 'A summit was held';
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
    case 'event':
      return `News of the year changed how you see ${who}`;
    default:
      return `${who}: ${o.signal}${where}`;
  }
}

/** A list of observations with their effect, largest first (as perceptionDrivers orders them). */
export function observationList(game: Game, rival: Side, observations: readonly Observation[]): HTMLElement {
  if (!observations.length) return h('p', { class: 'hint' }, 'Nothing you saw moved your perception.');
  return h(
    'ul',
    { class: 'observations' },
    ...observations.map((o) =>
      h(
        'li',
        { class: o.delta > 0 ? 'looks-hostile' : o.delta < 0 ? 'looks-reassuring' : '' },
        h('span', { class: 'obs-mark', 'aria-hidden': 'true' }, o.delta > 0.005 ? '▲' : o.delta < -0.005 ? '▼' : '•'),
        h('span', {}, describeObservation(game, rival, o)),
        h('span', { class: 'obs-delta', title: `signal ${signed(o.lambda)} × proximity ${o.weight.toFixed(1)} × bias ${o.bias.toFixed(2)}` }, `${signed(o.delta)} log-odds`),
      ),
    ),
  );
}
