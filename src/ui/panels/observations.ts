/**
 * What a side saw of its rival, in words: one line per observation with how far it
 * moved this side's perception, in words ("made Red look a little more hostile"). The
 * engine's numbers (Observation.delta, in log-odds) are only in the hover text.
 */
import { describeObservation } from '../../engine/index.ts';
import type { Game, Observation, Side } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { signed } from '../format.ts';
import { observationEffectWords, shiftSize } from '../words.ts';

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
        h(
          'span',
          {},
          describeObservation(game, rival, o),
          h(
            'span',
            { class: 'obs-delta', title: `In detail: signal ${signed(o.lambda)} × proximity ${o.weight.toFixed(1)} × bias ${o.bias.toFixed(2)} = ${signed(o.delta)} log-odds` },
            // Events and backing down say their direction already; the size is the news.
            o.signal === 'event' || o.signal === 'crisisBackedDown' ? ` (${shiftSize(o.delta) === 'barely' ? 'barely' : shiftSize(o.delta)})` : ` — ${observationEffectWords(rival, o.delta)}`,
          ),
        ),
      ),
    ),
  );
}
