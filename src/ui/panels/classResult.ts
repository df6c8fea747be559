/**
 * At the debrief of a class tournament game (one started from a pairing): the result to
 * hand back to the teacher, as a file or as a code to copy.
 */
import type { Game, GameState } from '../../engine/index.ts';
import { buildResultFile, importResult, resultFileName, resultFileText } from '../../tournament/class/index.ts';
import type { ResultFile } from '../../tournament/class/index.ts';
import { loadTournament, resultCode, storedTournamentId, storeTournament, ticketForRecord } from '../classPlay.ts';
import { button, download, h } from '../dom.ts';

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
  // Played on the teacher's machine: the result can go straight into the tournament kept here.
  const here = storedTournamentId() === ticket.tournamentId ? button('Add to the tournament in this browser', () => addHere(file, copied), { 'data-action': 'add-result-here' }) : undefined;
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
      here,
    ),
    codeBox,
    copied,
  );
}

/** Takes the result into the tournament kept in this browser, after the same replay check as an import. */
function addHere(file: ResultFile, say: HTMLElement): void {
  const stored = loadTournament();
  if (!stored?.ok) {
    say.textContent = stored ? `The tournament in this browser could not be opened: ${stored.error.message}` : 'There is no tournament in this browser any more.';
    return;
  }
  const imported = importResult(stored.value.tournament, file);
  if (!imported.ok) {
    say.textContent = `Not added: ${imported.error.message}`;
    say.dataset.code = imported.error.code;
    return;
  }
  storeTournament(imported.value.tournament);
  say.textContent = imported.value.already ? `Game ${file.pairingId} was already in the tournament.` : `Game ${file.pairingId} replayed, checked and added to “${file.tournamentName}”.`;
  say.dataset.code = 'OK';
}
