/**
 * How the crisis ended — both choices are public once made — shown to both players.
 */
import { describeEntry } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { aiNoteBlock } from '../panels/aiNote.ts';
import { boardChanges, changesBlock } from '../panels/changes.ts';
import { showPublicMap } from '../panels/mapFor.ts';
import { tensionTrack } from '../panels/tension.ts';
import type { Shell, Table } from '../shell.ts';

export function renderCrisisOutcome(app: Shell, session: Table, turn: number): void {
  const board = session.publicBoard();
  if (!board) return;
  const before = session.previousBoard();
  showPublicMap(app, session, board, before);
  const entries = board.publicLog.filter((e) => e.turn === turn && (e.kind === 'crisis' || e.kind === 'war'));
  const last = entries.slice(-2);
  const changes = before ? boardChanges(session.game, before, board) : undefined;
  app.sound.play(board.war ? 'war' : 'peace');
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'panel crisis-outcome-screen' },
      h('h1', { tabindex: -1 }, board.war ? 'The crisis ended in war' : 'The crisis is over'),
      tensionTrack(board.tension, before?.tension, !!board.war),
      ...last.map((e) => h('p', { class: 'lede' }, describeEntry(session.game, e))),
      aiNoteBlock(session, turn, 'crisis'),
      changes ? changesBlock(changes) : undefined,
      h('div', { class: 'actions' }, button(board.phase === 'over' ? 'To the debrief' : 'Continue', () => session.continuePublic(), { class: 'primary', 'data-autofocus': true, 'data-action': 'continue' })),
    ),
  );
}
