/**
 * What a side saw of its rival, in words: one line per observation with how far it
 * moved this side's perception. The numbers are the engine's (Observation.delta).
 */
import { describeObservation } from '../../engine/index.ts';
import type { Game, Observation, Side } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { signed } from '../format.ts';

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
