/**
 * The year's public outcome, for both players: what each side did as everyone saw it,
 * animated on the map (new units, regions that changed hands), treaties and tension.
 */
import { describeEntry } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { aiNoteBlock } from '../panels/aiNote.ts';
import { boardChanges, changesBlock, logList } from '../panels/changes.ts';
import { showPublicMap } from '../panels/mapFor.ts';
import { regionName } from '../panels/regionInfo.ts';
import { tensionTrack } from '../panels/tension.ts';
import type { Shell, Table } from '../shell.ts';

export function renderResolution(app: Shell, session: Table, turn: number): void {
  const board = session.publicBoard();
  if (!board) return;
  const before = session.previousBoard();
  showPublicMap(app, session, board, before);
  const year = board.years[turn - 1] ?? board.year;
  // The year's events were on screen while planning; show what the sides did, and what comes next.
  const done = board.publicLog.filter((e) => e.turn === turn && e.kind !== 'war' && e.kind !== 'event');
  const next = board.publicLog.filter((e) => e.turn === turn + 1 && e.kind !== 'event');
  const nextEvents = board.turn === turn + 1 ? board.currentEvents.map((id) => session.scenario.events.find((e) => e.id === id)).filter((e) => e !== undefined) : [];
  const changes = before ? boardChanges(session.game, before, board) : undefined;

  if (board.war) app.sound.play('war');
  else if (board.crisisRegion) app.sound.play('crisis');
  else if (changes?.treatyEntered) app.sound.play('treaty');
  else if (changes?.deployments) app.sound.play('deploy');

  const outcome = board.war
    ? h('div', { class: 'notice war', role: 'alert' }, h('h2', {}, 'War'), h('p', {}, board.publicLog.filter((e) => e.kind === 'war').map((e) => describeEntry(session.game, e)).join(' ')))
    : board.crisisRegion
      ? h('div', { class: 'notice crisis', role: 'alert' }, h('h2', {}, `Crisis over ${regionName(session.game, board.crisisRegion)}`), h('p', {}, 'Both sides must choose, in secret, how to face it.'))
      : undefined;

  app.screen.replaceChildren(
    h(
      'section',
      { class: 'panel resolution-screen' },
      h('h1', { tabindex: -1 }, `${year}: what everyone saw`),
      tensionTrack(board.tension, before?.tension, !!board.war),
      outcome,
      done.length ? logList(session.game, done) : h('p', { class: 'hint' }, 'A quiet year: nobody did anything the world could see.'),
      aiNoteBlock(session, turn, 'planning'),
      changes ? changesBlock(changes) : undefined,
      (next.length || nextEvents.length) && board.phase !== 'over' ? h('h2', {}, `${year + 1} begins`) : undefined,
      ...(board.phase !== 'over' ? nextEvents.map((e) => h('details', { class: 'event' }, h('summary', {}, e.title), h('p', {}, e.text))) : []),
      next.length && board.phase !== 'over' ? logList(session.game, next) : undefined,
      h('p', { class: 'hint' }, session.opponent ? 'Next you will see, in private, how you read the AI’s moves.' : 'Each of you will now see, in private, how you read the other’s moves.'),
      h(
        'div',
        { class: 'actions' },
        button(board.phase === 'over' ? 'To the debrief' : 'Continue', () => session.continuePublic(), { class: 'primary', 'data-autofocus': true, 'data-action': 'continue' }),
      ),
    ),
  );
}
