/**
 * A side's secret crisis choice. The outcome depends on both choices (the engine's
 * crisis table); this screen only explains the options in words.
 */
import { CRISIS_CHOICES } from '../../engine/index.ts';
import type { CrisisChoice, Side } from '../../engine/index.ts';
import { button, gauge, h } from '../dom.ts';
import { CRISIS_WORDS, percent, sideName } from '../format.ts';
import { showPrivateMap } from '../panels/mapFor.ts';
import { regionName } from '../panels/regionInfo.ts';
import type { Shell, Table } from '../shell.ts';

const CHOICE_TEXT: Record<CrisisChoice, string> = {
  deescalate: 'Step back. If both step back, tension falls and treaties become easier to ratify. If the rival stands firm, it gains ground — and you will read it as more hostile.',
  hold: 'Stand your ground. Against a rival that steps back you gain ground; if both hold, tension rises.',
  escalate: 'Threaten force. Against a rival that steps back you gain more ground; against one that holds or escalates, war may break out — likelier at high tension and when offence has the advantage.',
};

export function renderCrisis(app: Shell, session: Table, side: Side): void {
  const view = session.privateView();
  if (!view || !view.crisis) return;
  const region = view.crisis.region;
  showPrivateMap(app, session, view, { marked: [region] });
  let choice: CrisisChoice | undefined;
  const error = h('p', { class: 'error', role: 'alert' });
  const rival = sideName(view.rival);
  app.screen.replaceChildren(
    h(
      'section',
      { class: `panel crisis-screen side-${side}`, 'data-owner': side },
      h('h1', { tabindex: -1 }, `Crisis over ${regionName(session.game, region)}`),
      h('p', { class: 'lede' }, `Tension has reached ${view.tension.toFixed(1)}. ${sideName(side)}, choose in secret; ${rival} is choosing too.`),
      gauge(`How hostile ${rival} looks to you`, view.me.perceivedHostility, percent(view.me.perceivedHostility), { 'data-secret': 'perception' }),
      gauge(`${rival}’s credibility`, view.credibility[view.rival], percent(view.credibility[view.rival], 0)),
      h(
        'fieldset',
        { class: 'crisis-choices' },
        h('legend', {}, 'Your choice'),
        ...CRISIS_CHOICES.map((c, i) =>
          h(
            'label',
            { class: 'choice-card' },
            h('input', { type: 'radio', name: 'crisis', value: c, 'data-crisis': c, 'data-autofocus': i === 0, onchange: () => (choice = c) }),
            h('span', { class: 'choice-title' }, CRISIS_WORDS[c]),
            h('span', { class: 'choice-text' }, CHOICE_TEXT[c]),
          ),
        ),
      ),
      error,
      h(
        'div',
        { class: 'actions' },
        button('Commit my choice', () => {
          if (!choice) {
            error.textContent = 'Choose one of the three first.';
            return;
          }
          const problem = session.chooseCrisis(choice);
          if (problem) error.textContent = problem.message;
        }, { class: 'primary', 'data-action': 'commit-crisis' }),
      ),
    ),
  );
}
