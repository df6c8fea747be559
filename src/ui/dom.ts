/**
 * A tiny element builder for the DOM panels. The game's panels are plain DOM (not
 * canvas) so that they work with the keyboard, screen readers and touch for free.
 */

type Child = Node | string | number | false | undefined;
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

/** Creates an element: h('button', { class: 'primary', onclick: go }, 'Start'). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

/** A button that runs `action` on click, Enter or Space (native button behaviour). */
export function button(label: string, action: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs, onclick: () => action() }, label);
}

/** Moves keyboard focus to the first element matching `selector` inside `root`. */
export function focusFirst(root: ParentNode): void {
  const target = root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>('h1[tabindex], button:not([disabled])');
  target?.focus({ preventScroll: true });
}

/** Reads text to screen-reader users through the page's polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = text;
}

/** A labelled horizontal gauge (0–1) with the value written out: colour is never the only signal. */
export function gauge(label: string, value: number, valueText: string, attrs: Attrs = {}): HTMLElement {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return h(
    'div',
    { class: 'gauge', ...attrs },
    h('span', { class: 'gauge-label' }, label),
    h(
      'span',
      { class: 'gauge-track', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(pct), 'aria-label': label },
      h('span', { class: 'gauge-fill', style: `width:${pct.toFixed(1)}%` }),
    ),
    h('span', { class: 'gauge-value' }, valueText),
  );
}

/** Offers `text` as a file download (a save, a result file, a CSV). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob when the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
