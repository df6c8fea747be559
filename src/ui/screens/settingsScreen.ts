/** Settings: volume, sound and music on/off, colour-blind palette, reduced motion. */
import { button, h } from '../dom.ts';
import type { Shell } from '../shell.ts';

export function renderSettings(app: Shell): void {
  const s = app.settings;
  const volume = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: s.volume, id: 'volume', 'data-autofocus': true });
  const volumeOut = h('output', { for: 'volume' }, `${Math.round(s.volume * 100)}%`);
  volume.addEventListener('input', () => {
    app.updateSettings({ volume: Number(volume.value) });
    volumeOut.textContent = `${Math.round(Number(volume.value) * 100)}%`;
  });
  const toggle = (label: string, checked: boolean, change: (on: boolean) => void, id: string) => {
    const box = h('input', { type: 'checkbox', checked, id });
    box.addEventListener('change', () => change(box.checked));
    return h('label', { class: 'choice-line', for: id }, box, label);
  };
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'text-screen settings-screen' },
      h('h1', { tabindex: -1 }, 'Settings'),
      h('label', { class: 'slider', for: 'volume' }, h('span', {}, 'Volume'), volume, volumeOut),
      toggle('Sound on (shortcut: M)', !s.muted, (on) => app.updateSettings({ muted: !on }), 'sound-on'),
      toggle('Music', s.music, (on) => app.updateSettings({ music: on }), 'music-on'),
      toggle('Colour-blind palette (blue and orange)', s.palette === 'colourBlind', (on) => app.updateSettings({ palette: on ? 'colourBlind' : 'standard' }), 'palette'),
      toggle('Reduced motion', s.reducedMotion, (on) => app.updateSettings({ reducedMotion: on }), 'reduced-motion'),
      h('div', { class: 'actions' }, button('Back', () => app.navigate('title'), { class: 'primary' })),
    ),
  );
}
