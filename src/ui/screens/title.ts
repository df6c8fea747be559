/**
 * Title: start (hot-seat or against the AI), continue (when a save exists), load a game
 * file, rules, settings, and the class tournament.
 */
import { button, h } from '../dom.ts';
import { findScenario } from '../../scenarios/catalog.ts';
import type { SaveFile } from '../saves.ts';
import { sideName } from '../format.ts';
import type { Shell } from '../shell.ts';

function describeSave(save: SaveFile): string {
  const scenario = findScenario(save.scenarioId);
  const name = scenario?.name ?? save.scenarioId;
  const step = save.step;
  const where =
    step.screen === 'debrief' ? 'the debrief' : step.screen === 'waiting' ? 'the AI to play' : 'side' in step ? `${sideName(step.side)} to play` : 'the results of the year';
  const against = save.opponent ? ` — you as ${sideName(save.opponent.side === 'blue' ? 'red' : 'blue')} against the AI` : '';
  const moves = save.record?.steps.length ?? 0;
  return `${name}${against} — ${moves} ${moves === 1 ? 'move' : 'moves'} made, ${where}`;
}

export function renderTitle(app: Shell): void {
  const saved = app.savedGame();
  const items: HTMLElement[] = [];
  if (saved.save) {
    items.push(button('Continue', () => app.continueSaved(), { class: 'primary', 'data-autofocus': true, 'data-action': 'continue' }));
    items.push(h('p', { class: 'hint' }, describeSave(saved.save)));
  }
  const canContinue = saved.save !== undefined;
  items.push(button('New hot-seat game', () => app.navigate('setup'), { class: canContinue ? '' : 'primary', 'data-action': 'new-game', 'data-autofocus': !canContinue }));
  items.push(button('Play against the AI', () => app.navigate('setupAi'), { 'data-action': 'new-ai-game' }));

  const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', id: 'load-file', 'aria-label': 'Game file to load' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) app.loadGameFile(await file.text());
  });
  items.push(button('Load game file…', () => fileInput.click(), { 'data-action': 'load-file' }), fileInput);
  items.push(button('How to play', () => app.navigate('howto')));
  items.push(button('Settings', () => app.navigate('settings')));

  items.push(button('Class tournament', () => app.navigate('classTournament'), { 'data-action': 'class-tournament' }));

  const notices: HTMLElement[] = [];
  if (saved.notice) {
    const discard = saved.broken ? button('Put the broken save aside', () => app.putBrokenSaveAside()) : undefined;
    notices.push(h('div', { class: 'notice', role: 'alert', 'data-code': saved.notice.code }, h('p', {}, saved.notice.message), discard));
  }

  app.screen.replaceChildren(
    h(
      'section',
      { class: 'title-screen' },
      h('h1', {}, 'Security Dilemma'),
      h(
        'p',
        { class: 'lede' },
        'Two players at one screen, or you against the AI. Blue (NATO) and Red (Russia) each want to be safe — or so they say. Every move that makes one side safer can make the other afraid. Can you tell a rival’s defence from its attack?',
      ),
      ...notices,
      h('div', { class: 'menu' }, ...items),
    ),
  );
}
