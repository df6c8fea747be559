/**
 * A small confirmation dialog: a question, a line of why, and two buttons. The safe
 * choice (cancel) has the focus, so Enter or Escape never does the risky thing by
 * accident. Resolves true only when the player confirms. Reusable: leaving a game,
 * saving a file that holds secrets, committing a turn with no orders.
 *
 *   if (await confirmDialog({ title: 'Commit no orders?', text: '…', confirm: 'Commit anyway', cancel: 'Back to my orders' })) commit();
 */
import { h } from '../dom.ts';

export interface ConfirmOptions {
  title: string;
  /** One or two short sentences: what happens, and why it may matter. */
  text: string;
  /** The risky button's words ("Leave the game"). */
  confirm: string;
  /** The safe button's words ("Stay"). */
  cancel: string;
  /** Marks the dialog for tests and styles (data-confirm). */
  id?: string;
}

/** Opens the dialog; resolves true if the player confirmed, false on cancel or Escape. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const yes = h('button', { type: 'button', class: 'primary', 'data-action': 'confirm-yes' }, options.confirm);
    const no = h('button', { type: 'button', 'data-action': 'confirm-no' }, options.cancel);
    const title = h('h1', { id: 'confirm-title' }, options.title);
    const dialog = h(
      'dialog',
      { class: 'confirm-dialog', 'aria-labelledby': 'confirm-title', 'data-confirm': options.id ?? '' },
      title,
      h('p', {}, options.text),
      h('div', { class: 'actions' }, no, yes),
    );
    yes.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}
