/** Page layout: a full-width screen, or the map with a side panel. */
export function setLayout(kind: 'map' | 'full'): void {
  document.body.dataset.layout = kind;
}
