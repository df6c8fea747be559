/**
 * A side's briefing: the situation, both readings of it (security dilemma and
 * revisionism), and this side's secret intent — shown, or chosen here in chosen mode.
 */
import { INTENTS } from '../../engine/index.ts';
import type { Intent, Side } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { intentWord, sideTitle } from '../format.ts';
import { HOW_YOU_WIN } from '../panels/help.ts';
import { setLayout } from './layout.ts';
import type { Shell, Table } from '../shell.ts';

export function renderBriefing(app: Shell, session: Table, side: Side): void {
  app.map.hide();
  setLayout('full');
  const scenario = session.scenario;
  const briefing = scenario.sides[side].briefing;
  const view = session.privateView();
  const error = h('p', { class: 'error', role: 'alert' });

  const intentBox = session.choosingIntents ? chooseIntent(session, side) : showIntent(view?.me.intent, briefing.goals, view?.me.targets ?? [], session);

  app.screen.replaceChildren(
    h(
      'section',
      { class: `briefing-screen side-${side}`, 'data-owner': side },
      h('p', { class: 'eyebrow' }, `${sideTitle(scenario, side)} · secret briefing`),
      h('h1', { tabindex: -1 }, briefing.title),
      h(
        'div',
        { class: 'briefing-top' },
        h('div', {}, h('p', { class: 'lede' }, briefing.situation), h('p', { class: 'how-to-win' }, h('strong', {}, 'How you win. '), HOW_YOU_WIN)),
        intentBox,
      ),
      h(
        'div',
        { class: 'two-readings' },
        h('article', {}, h('h2', {}, 'The security-dilemma reading'), h('p', {}, briefing.securityDilemma)),
        h('article', {}, h('h2', {}, 'The revisionist reading'), h('p', {}, briefing.revisionism)),
      ),
      error,
      h(
        'div',
        { class: 'actions' },
        button('Done — hide my briefing', () => {
          const problem = session.finishBriefing();
          if (problem) error.textContent = problem.message;
        }, { class: 'primary', 'data-action': 'finish-briefing' }),
      ),
    ),
  );
}

function showIntent(intent: Intent | undefined, goals: Record<Intent, string>, targets: readonly string[], session: Table): HTMLElement {
  if (!intent) return h('div');
  const names = targets.map((id) => session.game.regionNames[session.game.regionIndex.get(id) ?? -1] ?? id);
  return h(
    'div',
    { class: 'intent-box', 'data-secret': 'intent' },
    h('h2', {}, 'Your secret intent'),
    h('p', { class: 'intent-word' }, intentWord(intent)),
    h('p', {}, goals[intent]),
    intent === 'revisionist' && names.length ? h('p', {}, `Regions you covet: ${names.join(', ')}.`) : undefined,
    h('p', { class: 'hint' }, 'Keep it to yourself: your rival will only ever see what you do, and guess.'),
  );
}

function chooseIntent(session: Table, side: Side): HTMLElement {
  const goals = session.scenario.sides[side].briefing.goals;
  const current = session.chosenIntent(side);
  return h(
    'fieldset',
    { class: 'intent-box', 'data-secret': 'intent' },
    h('legend', {}, 'Choose your secret intent'),
    ...INTENTS.map((intent, i) =>
      h(
        'label',
        { class: 'choice-card' },
        h('input', { type: 'radio', name: 'intent', value: intent, checked: current === intent, 'data-intent': intent, 'data-autofocus': i === 0, onchange: () => session.chooseIntent(intent) }),
        h('span', { class: 'choice-title' }, intentWord(intent)),
        h('span', { class: 'choice-text' }, goals[intent]),
      ),
    ),
  );
}
