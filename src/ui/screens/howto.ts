/** How to play, from the title screen. */
import { button, h } from '../dom.ts';
import { helpContent } from '../panels/help.ts';
import type { Shell } from '../shell.ts';

export function renderHowTo(app: Shell): void {
  app.screen.replaceChildren(
    h('section', { class: 'text-screen' }, h('h1', { tabindex: -1 }, 'How to play'), helpContent(), h('div', { class: 'actions' }, button('Back', () => app.navigate('title'), { class: 'primary', 'data-autofocus': true }))),
  );
}
