/**
 * The map as the DOM panels see it: show a board, hear which region was picked. It
 * boots Phaser on first use, keeps the tooltip (DOM text, the player's own view only)
 * and gives the map keyboard control: arrow keys move between regions, Enter or Space
 * picks one, Escape clears the pick.
 */
import geometryUrl from '../../../assets/map/europe-geometry.json?url';
import type { MapModel, PublicBoard } from '../board.ts';
import { h } from '../dom.ts';
import { alignmentWords } from '../words.ts';
import type { Palette } from '../settings.ts';
import { loadGeometry } from './geometry.ts';
import type { MapGeometry } from './geometry.ts';
import type { MapLayout, MapScene } from './MapScene.ts';
import type { Box } from './labelLayout.ts';
import { mapPalette } from './palette.ts';
import type { MapGame } from './phaserGame.ts';

export interface MapShowOptions {
  /** Animate what changed since this board (resolution screens). */
  before?: PublicBoard;
  /** Tooltip lines for a region, from what the side at the screen may see. */
  describe(region: string): string[];
  /** A region was picked (undefined: pick cleared). */
  onSelect?(region: string | undefined): void;
  selected?: string;
  /** Accessible name of the map for this screen. */
  label: string;
}

/** What the map's colours, patterns and symbols mean (folded, so it hides no region). */
function legend(): HTMLElement {
  const item = (swatch: string, text: string) => h('li', {}, h('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), text);
  return h(
    'details',
    { class: 'map-legend' },
    h('summary', {}, 'Legend'),
    h(
      'ul',
      {},
      item('blue-3', `${alignmentWords(3)}: stripes`),
      item('blue-2', `${alignmentWords(2)}: paler stripes`),
      item('blue-1', `${alignmentWords(1)}: palest, sparse stripes`),
      item('red-3', `${alignmentWords(-3)}: dots`),
      item('red-2', `${alignmentWords(-2)}: paler dots`),
      item('red-1', `${alignmentWords(-1)}: palest, sparse dots`),
      item('neutral', 'neutral'),
      item('home', 'thick inner border: a side’s home'),
      item('contested', 'dashed yellow: contested'),
      h('li', {}, 'B / R ■ troops ◆ missile defence ▲ strike missiles'),
    ),
  );
}

let phaserModule: Promise<typeof import('./phaserGame.ts')> | undefined;
let geometryPromise: Promise<MapGeometry> | undefined;

/** Starts fetching Phaser and the map file early, while the player reads the title screen. */
export function preloadMap(): void {
  phaserModule ??= import('./phaserGame.ts');
  geometryPromise ??= loadGeometry(geometryUrl);
}

export class MapView {
  readonly host: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly picture: HTMLCanvasElement;
  private mapGame: MapGame | undefined;
  private booting: Promise<MapGame> | undefined;
  private geometry: MapGeometry | undefined;
  private options: MapShowOptions | undefined;
  private model: MapModel | undefined;
  private focused: string | undefined;
  private selected: string | undefined;
  private palette: Palette;
  private reducedMotion: boolean;
  /** Bumped on every show/hide so a slow boot never shows a board that is no longer wanted. */
  private generation = 0;
  interactive = false;
  /** Called each time a board is up and the map takes input (the shell defers sound until then). */
  onInteractive: (() => void) | undefined;

  constructor(host: HTMLElement, palette: Palette, reducedMotion: boolean) {
    this.host = host;
    this.palette = palette;
    this.reducedMotion = reducedMotion;
    this.tooltip = h('div', { class: 'map-tooltip', role: 'status', hidden: true });
    this.picture = h('canvas', { class: 'map-picture', 'aria-hidden': 'true' });
    host.append(this.picture, this.tooltip, legend());
    host.tabIndex = 0;
    host.setAttribute('role', 'application');
    host.addEventListener('keydown', (e) => this.onKey(e));
    // The map only renders while something changes; a resized window is such a change.
    window.addEventListener('resize', () => this.mapGame?.scene.requestRender(800));
    host.addEventListener('blur', () => {
      if (!this.focused) return;
      this.focused = undefined;
      this.mapGame?.scene.setHovered(undefined);
      this.hideTooltip();
    });
  }

  async show(model: MapModel, options: MapShowOptions): Promise<void> {
    const generation = ++this.generation;
    this.model = model;
    this.options = options;
    this.selected = options.selected;
    this.focused = undefined;
    this.hideTooltip();
    this.setVisible(true);
    this.host.setAttribute('aria-label', `${options.label}. Arrow keys move between regions, Enter picks one, Escape clears.`);
    const mapGame = await this.boot();
    if (generation !== this.generation) return;
    // The panels around the map may have changed size: take the canvas's place now, not at the next poll.
    mapGame.game.scale.refresh();
    mapGame.scene.show(model, options.before);
    mapGame.scene.setSelected(this.selected);
    mapGame.scene.setHovered(undefined);
    this.interactive = true;
    this.onInteractive?.();
  }

  /** Hides the map and forgets the board, so nothing of the last side stays on the canvas. */
  hide(): void {
    this.generation++;
    this.model = undefined;
    this.options = undefined;
    this.selected = undefined;
    this.focused = undefined;
    this.interactive = false;
    this.hideTooltip();
    this.setVisible(false);
    if (this.mapGame) {
      this.mapGame.scene.show(undefined);
      this.mapGame.scene.setSelected(undefined);
      this.mapGame.scene.setHovered(undefined);
      this.mapGame.scene.rest();
    }
  }

  /**
   * Hidden maps keep their size (visibility, not display): Phaser then never sees a 0×0
   * parent, and pointer positions stay right when the map comes back. `inert` takes the
   * hidden map out of the tab order and the accessibility tree.
   */
  private setVisible(visible: boolean): void {
    this.host.classList.toggle('map-off', !visible);
    this.host.inert = !visible;
  }

  setSelected(region: string | undefined): void {
    this.selected = region;
    this.mapGame?.scene.setSelected(region);
  }

  /** Marks regions (e.g. of chosen orders) without redrawing the board. */
  setMarked(regions: readonly string[]): void {
    if (!this.model) return;
    this.model = { ...this.model, marked: regions };
    this.mapGame?.scene.setMarked(regions);
  }

  setLook(palette: Palette, reducedMotion: boolean): void {
    this.palette = palette;
    this.reducedMotion = reducedMotion;
    this.mapGame?.scene.setPalette(mapPalette(palette), reducedMotion);
  }

  /** Where a region's label is, in page coordinates (tests click there). */
  regionClientPoint(region: string): [number, number] | undefined {
    const point = this.mapGame?.scene.regionPoint(region);
    const canvas = this.host.querySelector('canvas');
    if (!point || !canvas) return undefined;
    const rect = canvas.getBoundingClientRect();
    return [rect.left + point[0], rect.top + point[1]];
  }

  /** Where the map's names and markers are, in page coordinates, and the map's own box (tests check none overlap). */
  layoutBoxes(): (MapLayout & { map: Box }) | undefined {
    const canvas = this.host.querySelector('canvas');
    if (!this.model || !this.mapGame || !canvas) return undefined;
    const rect = canvas.getBoundingClientRect();
    const move = (b: Box): Box => ({ x0: rect.left + b.x0, y0: rect.top + b.y0, x1: rect.left + b.x1, y1: rect.top + b.y1 });
    const layout = this.mapGame.scene.layoutBoxes();
    const host = this.host.getBoundingClientRect();
    return {
      labels: layout.labels.map((l) => ({ ...l, box: move(l.box) })),
      markers: layout.markers.map((m) => ({ ...m, box: move(m.box) })),
      map: { x0: host.left, y0: host.top, x1: host.right, y1: host.bottom },
    };
  }

  canvasTexts(): string[] {
    return this.model && this.mapGame ? this.mapGame.scene.texts() : [];
  }

  private boot(): Promise<MapGame> {
    if (this.mapGame) return Promise.resolve(this.mapGame);
    preloadMap();
    this.booting ??= (async () => {
      const [module, geometry] = await Promise.all([phaserModule, geometryPromise]);
      if (!module || !geometry) throw new Error('The map could not be loaded.');
      this.geometry = geometry;
      const mapGame = await module.createMapGame(this.host, {
        geometry,
        picture: this.picture,
        palette: mapPalette(this.palette),
        reducedMotion: this.reducedMotion,
        onHover: (region, x, y) => this.onHover(region, x, y),
        // Picking the picked region again clears the pick (touch has no Escape key).
        onSelect: (region) => this.pick(region === this.selected ? undefined : region),
        onReady: () => undefined,
      });
      this.mapGame = mapGame;
      return mapGame;
    })();
    return this.booting;
  }

  /** A region was picked on the map (or by the test hook, the same way). */
  pick(region: string | undefined): void {
    if (!this.options) return;
    this.selected = region;
    this.mapGame?.scene.setSelected(region);
    this.options.onSelect?.(region);
  }

  private onHover(region: string | undefined, x: number, y: number): void {
    if (!region || !this.options) {
      this.hideTooltip();
      return;
    }
    this.showTooltip(region, x, y);
  }

  private showTooltip(region: string, x: number, y: number): void {
    if (!this.options) return;
    const lines = this.options.describe(region);
    const [title, ...rest] = lines;
    this.tooltip.replaceChildren(h('strong', {}, title ?? region), ...rest.map((line) => h('div', {}, line)));
    this.tooltip.hidden = false;
    const hostRect = this.host.getBoundingClientRect();
    const width = this.tooltip.offsetWidth;
    const height = this.tooltip.offsetHeight;
    const left = Math.min(Math.max(4, x + 16), hostRect.width - width - 4);
    const top = y + 16 + height > hostRect.height ? Math.max(4, y - height - 12) : y + 16;
    this.tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /** Hides and empties the tooltip: hidden text is still page text, and may be the last side's. */
  private hideTooltip(): void {
    this.tooltip.hidden = true;
    this.tooltip.replaceChildren();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.options || !this.geometry) return;
    const dirs: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const dir = dirs[e.key];
    if (dir) {
      e.preventDefault();
      this.moveFocus(dir);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && this.focused) {
      e.preventDefault();
      this.pick(this.focused === this.selected ? undefined : this.focused);
    } else if (e.key === 'Escape' && this.selected) {
      e.preventDefault();
      this.pick(undefined);
    }
  }

  /** Moves the keyboard focus to the nearest region in the arrow's direction. */
  private moveFocus([dx, dy]: [number, number]): void {
    const geometry = this.geometry;
    if (!geometry) return;
    const ids = Object.keys(geometry.regions);
    const from = this.focused ?? this.selected;
    const origin = from ? geometry.regions[from]?.label : undefined;
    let next: string | undefined;
    if (!origin) next = ids.find((id) => id === 'germany') ?? ids[0];
    else {
      let best = Infinity;
      for (const id of ids) {
        if (id === from) continue;
        const label = geometry.regions[id]?.label;
        if (!label) continue;
        const vx = label[0] - origin[0];
        const vy = label[1] - origin[1];
        const along = vx * dx + vy * dy;
        if (along <= 0) continue;
        const across = Math.abs(vx * dy - vy * dx);
        const score = along + 2.5 * across;
        if (score < best) {
          best = score;
          next = id;
        }
      }
    }
    if (!next) return;
    this.focused = next;
    this.mapGame?.scene.setHovered(next);
    const point = this.mapGame?.scene.regionPoint(next);
    if (point) this.showTooltip(next, point[0], point[1]);
  }
}
