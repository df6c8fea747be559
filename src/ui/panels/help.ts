/**
 * How to play: the rules in brief and the keys. Shown on its own screen from the title
 * and in a dialog during play.
 */
import { h } from '../dom.ts';
import { alignmentWords } from '../words.ts';

/** How a side wins, in two plain sentences: on How to play and on each briefing. */
export const HOW_YOU_WIN = [
  'Each year you score points for security, prosperity and influence (a revisionist also for the regions it covets), and a war costs you dearly — more if you did more to bring it on — for every year it cuts off.',
  'At the end your score is set against par — what a sensible player typically scores in your place: with no war, both sides at or above par is mutual security, a win you share, and both below par a failure you share; otherwise the side further above its par does better.',
].join(' ');

export function helpContent(): HTMLElement {
  return h(
    'div',
    { class: 'help' },
    h('h2', {}, 'The idea'),
    h(
      'p',
      {},
      'Blue (NATO) and Red (Russia) each have a secret intent: a security seeker only wants to be safe; a revisionist wants to change the map. Neither knows what the other really is. Each side only has its perception — how hostile the rival looks — and every payoff is computed from that perception, never from the rival’s true intent.',
    ),
    h('h2', {}, 'How you win'),
    h('p', { class: 'how-to-win' }, HOW_YOU_WIN),
    h('h2', {}, 'A turn (one year)'),
    h(
      'ol',
      {},
      h('li', {}, 'Events of the year happen; some ask one side to choose.'),
      h('li', {}, 'If tension reached the crisis mark, both sides secretly choose to de-escalate, hold or escalate.'),
      h('li', {}, 'Each player plans in secret, one after the other, behind a hand-off screen: deployments, alliances, diplomacy, arms control, within the action points.'),
      h('li', {}, 'Orders resolve together. Each side sees what the other did — but troop postures are often unreadable, so a defensive build-up can look offensive.'),
      h('li', {}, 'Perceptions move, points are scored, tension changes. At tension 10, or after a crisis gone wrong, there is war — and the game ends.'),
    ),
    h('h2', {}, 'Reading the map'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        `Each region stands somewhere on one scale: ${[3, 2, 1, 0, -1, -2, -3].map((a) => alignmentWords(a)).join(', ')}. Blue is striped, Red dotted; the closer to a bloc, the stronger the colour. A side’s home has a thick inner border; a contested region a dashed yellow one.`,
      ),
      h('li', {}, 'Names moved off a small region have a line to it; click a name to pick its region.'),
      h('li', {}, 'Unit markers: B or R, then ■ troops, ◆ missile defence, ▲ strike missiles. Hover, tap, or use the arrow keys for details.'),
    ),
    h('h2', {}, 'Keys'),
    h(
      'dl',
      { class: 'keys' },
      h('dt', {}, 'Tab / Shift+Tab'),
      h('dd', {}, 'move between controls'),
      h('dt', {}, 'Enter / Space'),
      h('dd', {}, 'press a button; on the hand-off screen, reveal your screen'),
      h('dt', {}, 'Arrow keys (map focused)'),
      h('dd', {}, 'move between regions; Enter opens a region’s orders, Escape closes them'),
      h('dt', {}, 'Ctrl+Z'),
      h('dd', {}, 'undo the last chosen order'),
      h('dt', {}, 'M'),
      h('dd', {}, 'sound on or off'),
    ),
  );
}

/** Opens the rules in a modal dialog (Escape closes it), at their top, with Close always in view. */
export function openHelpDialog(): void {
  const close = h('button', { type: 'button', class: 'primary', 'data-action': 'close-help' }, 'Close');
  const body = h('div', { class: 'help-body' }, helpContent());
  const dialog = h('dialog', { class: 'help-dialog', 'aria-label': 'How to play' }, h('h1', {}, 'How to play'), body, h('div', { class: 'actions help-actions' }, close));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus({ preventScroll: true });
  body.scrollTop = 0;
}
