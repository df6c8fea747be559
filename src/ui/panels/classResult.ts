/**
 * At the debrief of a class tournament game (one started from a pairing): the result to
 * hand back to the teacher, as a file or as a code to copy.
 */
import type { Game, GameState } from '../../engine/index.ts';
import { buildResultFile, resultFileName, resultFileText } from '../../tournament/class/index.ts';
import { download, resultCode, ticketForRecord } from '../classPlay.ts';
import { button, h } from '../dom.ts';

export function classResultBlock(game: Game, state: GameState): HTMLElement | undefined {
  const ticket = ticketForRecord(state.record);
  if (!ticket) return undefined;
  const built = buildResultFile(ticket, game, state);
  if (!built.ok) return undefined;
  const file = built.value;
  const codeBox = h('textarea', { class: 'result-code', readonly: true, rows: 3, hidden: true, 'aria-label': 'Result code', 'data-result-code': '' });
  const copyCode = async (): Promise<void> => {
    codeBox.value = await resultCode(file);
    codeBox.hidden = false;
    codeBox.select();
    try {
      await navigator.clipboard.writeText(codeBox.value);
      copied.textContent = 'Copied. Paste it where your teacher collects results.';
    } catch {
      copied.textContent = 'Select the code and copy it.';
    }
  };
  const copied = h('p', { class: 'hint', 'aria-live': 'polite' });
  return h(
    'div',
    { class: 'notice class-result', 'data-pairing': ticket.pairingId },
    h('h2', {}, `Class tournament: game ${ticket.pairingId}`),
    h('p', {}, `${ticket.players.blue} (Blue) against ${ticket.players.red} (Red), for “${ticket.tournamentName}”. Hand the result to your teacher: the class page replays the game to check it.`),
    h(
      'div',
      { class: 'actions' },
      button('Save result file', () => download(resultFileText(file), resultFileName(file), 'application/json'), { class: 'primary', 'data-action': 'save-result' }),
      button('Copy result code', () => void copyCode(), { 'data-action': 'copy-result-code' }),
    ),
    codeBox,
    copied,
  );
}
