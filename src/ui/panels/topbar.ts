/**
 * The bar above every game screen: scenario, year and turn, who is at the screen, the
 * public tension track, and the game menu (help, sound, save file, title).
 *
 * The game file holds both sides' secrets (intents, orders not yet played), so Save is
 * offered only on screens both players may see (the year's results, a crisis outcome,
 * the debrief, waiting for the AI), never on a hand-off or a side's private screen, and
 * it says so before it downloads. Leaving a game asks first.
 */
import { button, h } from '../dom.ts';
import { muteLabel, rivalSide, sideName } from '../format.ts';
import { downloadSave } from '../saves.ts';
import type { AiPlayerStatus, Shell, Table } from '../shell.ts';
import type { Step } from '../steps.ts';
import { confirmDialog } from './confirm.ts';
import { openHelpDialog } from './help.ts';
import { tensionTrack } from './tension.ts';

/** Screens both players may see: the only ones with Save. */
const SHARED_SCREENS: ReadonlySet<Step['screen']> = new Set(['resolution', 'crisisOutcome', 'debrief', 'waiting']);

/** Whether the game file may be saved from this screen (see the header). */
export function canSaveOn(step: Step): boolean {
  return SHARED_SCREENS.has(step.screen);
}

export const SAVE_WARNING =
  'The file holds both sides’ secrets: their intents and any orders not yet played. Keep it from the players until the debrief.';

function whoIsAtTheScreen(step: Step, session: Table): string {
  const ai = session.opponent?.side;
  if (ai) return `You: ${sideName(rivalSide(ai))} · vs ${sideName(ai)} (AI)`;
  switch (step.screen) {
    case 'handoff':
      return `Pass to ${sideName(step.side)}`;
    case 'resolution':
    case 'crisisOutcome':
    case 'debrief':
    case 'waiting':
      return 'Both players';
    default:
      return `${sideName(step.side)} only`;
  }
}

export function renderTopbar(app: Shell, session: Table, step: Step): void {
  const status = session.publicStatus;
  const board = session.publicBoard();
  const scenario = session.scenario;
  const turnText = status.phase === 'setup' ? `${scenario.year} · setting up` : `${status.year} · turn ${status.turn} of ${board?.turns ?? scenario.turns}`;
  const who = h('span', { class: `who ${'side' in step ? `side-${step.side}` : 'side-both'}` }, whoIsAtTheScreen(step, session));
  const mute = button(muteLabel(app.settings.muted), () => app.toggleMute(), { 'data-action': 'mute', 'aria-pressed': String(app.settings.muted), class: 'quiet' });
  const save = canSaveOn(step)
    ? button(
        'Save file',
        async () => {
          const ok = await confirmDialog({ id: 'save', title: 'Save the game to a file?', text: SAVE_WARNING, confirm: 'Download the file', cancel: 'Cancel' });
          if (ok) downloadSave(session.saveFile(), `security-dilemma-${scenario.id}-turn${status.turn}.json`);
        },
        { class: 'quiet', 'data-action': 'save-file', title: SAVE_WARNING },
      )
    : undefined;
  const leave = button(
    'Title',
    async () => {
      const over = step.screen === 'debrief';
      if (over || (await confirmDialog({ id: 'leave', title: 'Leave this game?', text: 'It stays saved on this device: Continue on the title screen picks it up where you left it.', confirm: 'Leave the game', cancel: 'Stay' })))
        app.leaveGame();
    },
    { class: 'quiet', 'data-action': 'leave-game' },
  );
  const aiStatus = session.opponent ? h('span', { class: 'ai-status', 'data-ai-status': '', role: 'status' }) : undefined;
  app.topbar.replaceChildren(
    h('div', { class: 'topbar-title' }, h('strong', {}, scenario.name), h('span', {}, turnText)),
    who,
    ...(aiStatus ? [aiStatus] : []),
    board ? tensionTrack(board.tension, undefined, !!board.war) : h('span', {}),
    h('nav', { class: 'topbar-menu', 'aria-label': 'Game menu' }, button('Help', openHelpDialog, { class: 'quiet' }), mute, save, leave),
  );
  if (app.opponent) showAiStatus(session, app.opponent);
}

/** Shows, in the top bar, whether the AI is thinking (a game against the AI only). */
export function showAiStatus(session: Table, driver: AiPlayerStatus): void {
  const ai = session.opponent?.side;
  if (!ai) return;
  const name = sideName(ai);
  const decided = session.aiHasDecided();
  const text = driver.status === 'thinking' ? `${name} is thinking…` : driver.status === 'failed' ? driver.problem : decided ? `${name} has decided` : '';
  for (const el of document.querySelectorAll<HTMLElement>('[data-ai-status]')) {
    el.textContent = text;
    el.dataset.aiStatus = driver.status;
  }
}
