/**
 * A side's briefing, short: a few lines on the situation, the side's secret intent
 * (shown, or chosen here in chosen mode) with objectives a player can check on the map —
 * the regions it covets are outlined there — and what it may know of the rival's intent.
 * The full situation, the two readings (security dilemma and revisionism) and the
 * scenario's own advice are one click away.
 */
import { INTENTS, rivalOf, SIDE_NAMES } from '../../engine/index.ts';
import type { Intent, Side } from '../../engine/index.ts';
import { SCORE_WEIGHTS } from '../../engine/rules.ts';
import { button, h } from '../dom.ts';
import { intentWord, sideTitle } from '../format.ts';
import { showPrivateMap } from '../panels/mapFor.ts';
import { regionName } from '../panels/regionInfo.ts';
import type { Shell, Table } from '../shell.ts';
import { setLayout } from './layout.ts';
import { chanceWords, heldWords } from '../words.ts';

/** The first sentences of a text, up to about `words` words: the briefing's lead. */
export function leadOf(text: string, words = 40): string {
  const sentences = text.match(/[^.!?]+[.!?]+["'’”)]*\s*/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).split(/\s+/).length > words) break;
    out += s;
  }
  return out.trim();
}

/** What a side scores for, in words a player can check on the map (the engine's weights). */
export function objectives(session: Table, side: Side, intent: Intent, onMap = true): string[] {
  const w = SCORE_WEIGHTS[intent];
  const turns = session.privateView()?.turns ?? session.scenario.turns;
  const targets = session.scenario.sides[side].targets.map((id) => regionName(session.game, id));
  const war = `A war costs you ${Math.abs(w.war)} points, and ${Math.abs(w.warYear)} more for each year it cuts off.`;
  const par = 'At the end your score is set against par: what a sensible player typically scores in your place.';
  if (intent === 'revisionist')
    return [
      targets.length
        ? `Make ${targets.join(', ')} ${heldWords(side)}${onMap ? ' — outlined on the map' : ''}. Each one held scores every year.`
        : 'Spread your influence: every region that leans your way scores.',
      war,
      par,
    ];
  return [`Stay safe and prosperous for the game’s ${turns} turns: fewer threats near your regions, a calm economy.`, war, par];
}

/** What this side may know of how its rival's intent was set. */
function rivalLine(session: Table, side: Side): string {
  const rival = rivalOf(side);
  const name = SIDE_NAMES[rival];
  const mode = session.choosingIntents ? 'chosen' : session.privateView()?.intentMode;
  // Against the AI in chosen mode only the player chooses: the AI's intent is drawn.
  const drawn = mode === 'random' || mode === undefined || (mode === 'chosen' && session.opponent?.side === rival);
  if (mode === 'chosen' && !drawn) return `${name} chooses its own intent in secret, as you do. You will only see what it does.`;
  if (mode === 'fixed') return `${name}’s intent was set by your teacher. You will only see what it does.`;
  const p = session.scenario.sides[rival].revisionistPrior;
  return `${name}’s intent was drawn at random: revisionist with a ${chanceWords(p)} chance. You will only see what it does.`;
}

export function renderBriefing(app: Shell, session: Table, side: Side): void {
  const scenario = session.scenario;
  const briefing = scenario.sides[side].briefing;
  const view = session.privateView();
  const intent = session.choosingIntents ? session.chosenIntent(side) : view?.me.intent;
  const targets = scenario.sides[side].targets;
  const showTargets = session.choosingIntents || intent === 'revisionist';
  // Before the game exists (intents still being chosen) there is no map to show yet.
  if (view) showPrivateMap(app, session, view, showTargets ? { marked: targets } : {});
  else {
    app.map.hide();
    setLayout('full');
  }
  const error = h('p', { class: 'error', role: 'alert' });
  const intentBox = session.choosingIntents ? chooseIntent(session, side, !!view) : showIntent(session, side, intent);
  // The years this game plays: every year, or a lesson's key years.
  const played = view?.years ?? Array.from({ length: scenario.turns }, (_, k) => scenario.year + k);
  const years = `${played[0] ?? scenario.year}–${played[played.length - 1] ?? scenario.year}, ${played.length} turns`;
  app.screen.replaceChildren(
    h(
      'section',
      { class: `panel briefing-screen side-${side}`, 'data-owner': side },
      h('p', { class: 'eyebrow' }, `${sideTitle(scenario, side)} · secret briefing · ${years}`),
      h('h1', { tabindex: -1 }, briefing.title),
      h('p', { class: 'lede briefing-lead' }, leadOf(briefing.situation)),
      intentBox,
      h('p', { class: 'rival-line' }, rivalLine(session, side)),
      h(
        'details',
        { class: 'background' },
        h('summary', {}, 'Background: the full situation and the two readings'),
        h('p', {}, briefing.situation),
        h('h2', {}, 'The security-dilemma reading'),
        h('p', {}, briefing.securityDilemma),
        h('h2', {}, 'The revisionist reading'),
        h('p', {}, briefing.revisionism),
        h('h2', {}, 'Advice for each intent'),
        ...INTENTS.map((i) => h('p', {}, h('strong', {}, `${intentWord(i)}: `), briefing.goals[i])),
      ),
      error,
      h(
        'div',
        { class: 'actions sticky-actions' },
        button('Done — hide my briefing', () => {
          const problem = session.finishBriefing();
          if (problem) error.textContent = problem.message;
        }, { class: 'primary', 'data-action': 'finish-briefing' }),
      ),
    ),
  );
}

function objectiveList(session: Table, side: Side, intent: Intent): HTMLElement {
  return h('ul', { class: 'objectives' }, ...objectives(session, side, intent).map((line) => h('li', {}, line)));
}

function showIntent(session: Table, side: Side, intent: Intent | undefined): HTMLElement {
  if (!intent) return h('div');
  return h(
    'div',
    { class: 'intent-box', 'data-secret': 'intent' },
    h('h2', {}, 'Your secret intent: ', h('span', { class: 'intent-word' }, intentWord(intent))),
    objectiveList(session, side, intent),
  );
}

function chooseIntent(session: Table, side: Side, onMap: boolean): HTMLElement {
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
        h('span', { class: 'choice-text' }, objectives(session, side, intent, onMap)[0] ?? ''),
      ),
    ),
  );
}
