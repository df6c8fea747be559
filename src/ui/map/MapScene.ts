/**
 * The map scene. Thin on purpose: the map picture (sea, land, regions, labels) is a
 * Canvas 2D layer under the transparent game canvas — its static part painted once per
 * size, the regions repainted only when the board changes — and the scene draws what
 * moves over it: unit markers, hover / selection / crisis outlines, the resolution
 * animations, and it turns pointer input into regions.
 *
 * Why the picture is not a WebGL texture: in software-rendered WebGL (SwiftShader,
 * headless Chromium, cheap tablets) a full-screen textured quad alone costs 25–150 ms a
 * frame; the browser composites a 2D canvas layer for next to nothing.
 */
import * as Phaser from 'phaser';
import type { Side } from '../../engine/index.ts';
import type { MapModel, PublicBoard } from '../board.ts';
import { fitViewport, RegionLocator, toMap, toScreen } from './geometry.ts';
import type { Fit, MapGeometry } from './geometry.ts';
import { markerTexts } from './markers.ts';
import { chipFont, chipFontPx, LABEL_FONT, labelFontPx, labelPoint, nameFont, paintRegions, paintStatic, regionPaths } from './paint.ts';
import type { MapPalette } from './palette.ts';
import { nameVariants } from './labels.ts';
import { CHIP_PAD_X, CHIP_PAD_Y, placeLabels } from './labelLayout.ts';
import type { Box, LabelInput, PlacedLabel } from './labelLayout.ts';

/** Where the names and unit markers are on the canvas, for the tests that check none overlap. */
export interface MapLayout {
  labels: { region: string; text: string; box: Box }[];
  markers: { region: string; text: string; box: Box }[];
}

export interface MapHooks {
  geometry: MapGeometry;
  /** The 2D canvas under the game canvas that holds the map picture. */
  picture: HTMLCanvasElement;
  palette: MapPalette;
  reducedMotion: boolean;
  onHover(region: string | undefined, x: number, y: number): void;
  onSelect(region: string | undefined): void;
  onReady(): void;
}

export class MapScene extends Phaser.Scene {
  private hooks: MapHooks | undefined;
  private locator: RegionLocator | undefined;
  private fit: Fit = { scale: 1, offsetX: 0, offsetY: 0 };
  private staticLayer: HTMLCanvasElement | undefined;
  private paths = new Map<string, Path2D>();
  private markers: { region: string; text: Phaser.GameObjects.Text }[] = [];
  private labels: PlacedLabel[] = [];
  private outlines: Phaser.GameObjects.Graphics | undefined;
  private marks: Phaser.GameObjects.Graphics | undefined;
  private flashes: Phaser.GameObjects.Graphics | undefined;
  private model: MapModel | undefined;
  private hovered: string | undefined;
  private selected: string | undefined;
  /** Render until this time (performance.now()), then let the loop sleep. */
  private awakeUntil = 0;
  private density = 1;

  constructor() {
    super('map');
  }

  init(hooks: MapHooks): void {
    this.hooks = hooks;
    this.locator = new RegionLocator(hooks.geometry);
  }

  create(): void {
    this.marks = this.add.graphics().setDepth(2);
    this.flashes = this.add.graphics().setDepth(3);
    this.outlines = this.add.graphics().setDepth(4);
    this.layout();
    this.scale.on('resize', () => this.layout());
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.pointAt(p.x, p.y, false));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => this.pointAt(p.x, p.y, true));
    this.input.on('gameout', () => {
      this.setHovered(undefined);
      this.hooks?.onHover(undefined, 0, 0);
    });
    this.hooks?.onReady();
  }

  /**
   * The map renders on demand: after a change it draws for a short while (and for as
   * long as an animation plays), then the game loop sleeps. A still map costs no frame
   * time at all, which matters on tablets and in software-rendered browsers.
   */
  requestRender(ms = 250): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  override update(): void {
    if (performance.now() < this.awakeUntil) return;
    if (this.tweens.getTweens().some((t) => t.isPlaying())) return;
    this.game.loop.sleep();
  }

  /** The map was hidden: draw the emptied map once more (no old board stays in the canvas), then sleep. */
  rest(): void {
    this.awakeUntil = performance.now() + 100;
  }

  /** Shows a board (or nothing). With `before`, plays what changed since then. */
  show(model: MapModel | undefined, before?: PublicBoard): void {
    this.model = model;
    this.tweens.killAll();
    this.flashes?.clear();
    this.placeLabels();
    this.paintPicture();
    this.placeMarkers(before);
    this.drawMarks();
    this.drawOutlines();
    if (model && before) this.playChanges(model.board, before);
    this.requestRender();
  }

  setPalette(palette: MapPalette, reducedMotion: boolean): void {
    if (!this.hooks) return;
    this.hooks.palette = palette;
    this.hooks.reducedMotion = reducedMotion;
    this.show(this.model);
  }

  setMarked(regions: readonly string[]): void {
    if (!this.model) return;
    this.model = { ...this.model, marked: regions };
    this.drawMarks();
    this.requestRender();
  }

  setSelected(region: string | undefined): void {
    this.selected = region;
    this.drawOutlines();
    this.requestRender();
  }

  setHovered(region: string | undefined): void {
    if (region === this.hovered) return;
    this.hovered = region;
    this.drawOutlines();
    this.requestRender();
  }

  /** Screen point of a region's name (for the tooltip and for tests that click the map): picking it picks the region. */
  regionPoint(region: string): [number, number] | undefined {
    const placed = this.labels.find((l) => l.id === region);
    if (placed) return [(placed.box.x0 + placed.box.x1) / 2, (placed.box.y0 + placed.box.y1) / 2];
    const shape = this.hooks?.geometry.regions[region];
    return shape ? labelPoint(this.fit, shape.label) : undefined;
  }

  /** The texts the canvas shows now: region labels and unit markers. */
  texts(): string[] {
    return [...this.labels.map((l) => l.lines.join('\n')), ...this.markers.map((m) => m.text.text)];
  }

  /** Where the names and markers are now, in canvas pixels (markers as Phaser drew them). */
  layoutBoxes(): MapLayout {
    return {
      labels: this.labels.map((l) => ({ region: l.id, text: l.lines.join(' '), box: l.box })),
      markers: this.markers.map((m) => {
        const b = m.text.getBounds();
        return { region: m.region, text: m.text.text, box: { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height } };
      }),
    };
  }

  // ------------------------------------------------------------ drawing

  private layout(): void {
    const hooks = this.hooks;
    if (!hooks) return;
    const { width, height } = this.scale;
    if (width < 2 || height < 2) return;
    this.cameras.main.setSize(width, height);
    this.fit = fitViewport(width, height);
    this.paths = regionPaths(hooks.geometry, this.fit);
    // The picture is painted at the screen's pixel density, so labels stay sharp on tablets.
    const density = Math.min(2, window.devicePixelRatio || 1);
    for (const canvas of [hooks.picture, (this.staticLayer = document.createElement('canvas'))]) {
      canvas.width = Math.round(width * density);
      canvas.height = Math.round(height * density);
    }
    hooks.picture.style.width = `${width}px`;
    hooks.picture.style.height = `${height}px`;
    const ctx = this.staticLayer.getContext('2d');
    if (ctx) {
      ctx.setTransform(density, 0, 0, density, 0, 0);
      paintStatic(ctx, hooks.geometry, this.fit, hooks.palette, width, height);
    }
    this.density = density;
    this.show(this.model);
  }

  private paintPicture(): void {
    const hooks = this.hooks;
    if (!hooks || !this.staticLayer) return;
    const ctx = hooks.picture.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.staticLayer, 0, 0);
    ctx.setTransform(this.density, 0, 0, this.density, 0, 0);
    paintRegions(ctx, { geometry: hooks.geometry, fit: this.fit, palette: hooks.palette, paths: this.paths, board: this.model?.board, labels: this.labels });
  }

  /** Places every name and marker by the label rule (labelLayout.ts), for this size and board. */
  private placeLabels(): void {
    const hooks = this.hooks;
    if (!hooks) return;
    const model = this.model;
    const namePx = labelFontPx(this.fit);
    const chipPx = chipFontPx(this.fit);
    const ctx = document.createElement('canvas').getContext('2d');
    const widths = new Map<string, number>();
    const measure = (text: string, font: 'name' | 'chip'): number => {
      const key = `${font}|${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        if (!ctx) w = text.length * (font === 'name' ? namePx : chipPx) * 0.62;
        else {
          ctx.font = font === 'name' ? nameFont(namePx) : chipFont(chipPx);
          w = ctx.measureText(text).width;
        }
        widths.set(key, w);
      }
      return w;
    };
    const index = new Map((model?.board.regionIds ?? []).map((id, i) => [id, i]));
    const inputs: LabelInput[] = Object.entries(hooks.geometry.regions).map(([id, shape]) => {
      const i = index.get(id);
      return {
        id,
        anchor: labelPoint(this.fit, shape.label),
        names: nameVariants(id),
        chips: model && i !== undefined ? markerTexts(model, i) : [],
        inside: (x, y) => {
          const [mx, my] = toMap(this.fit, x, y);
          return this.locator?.regionAt(mx, my) === id;
        },
      };
    });
    this.labels = placeLabels(inputs, { name: namePx, chip: chipPx }, measure, { width: this.scale.width, height: this.scale.height });
  }

  private placeMarkers(before: PublicBoard | undefined): void {
    for (const m of this.markers) m.text.destroy();
    this.markers = [];
    const hooks = this.hooks;
    const model = this.model;
    if (!hooks || !model) return;
    const chipPx = chipFontPx(this.fit);
    const index = new Map(model.board.regionIds.map((id, i) => [id, i]));
    for (const label of this.labels) {
      const i = index.get(label.id);
      if (i === undefined) continue;
      for (const chip of label.chips) {
        const text = this.add
          .text((chip.box.x0 + chip.box.x1) / 2, chip.box.y0, chip.text, {
            fontFamily: LABEL_FONT,
            fontSize: `${chipPx}px`,
            fontStyle: 'bold',
            color: '#ffffff',
            backgroundColor: hooks.palette.sideDark[chip.side],
            padding: { x: CHIP_PAD_X, y: CHIP_PAD_Y },
          })
          .setOrigin(0.5, 0)
          .setDepth(5);
        this.markers.push({ region: label.id, text });
        if (before && !hooks.reducedMotion && changedUnits(before, model.board, i, chip.side)) {
          text.setScale(1.6);
          this.tweens.add({ targets: text, scale: 1, duration: 700, ease: 'Back.easeOut', delay: 250 });
        }
      }
    }
  }

  /** Crisis region and regions of chosen orders. */
  private drawMarks(): void {
    const g = this.marks;
    const hooks = this.hooks;
    if (!g || !hooks) return;
    this.tweens.killTweensOf(g);
    g.clear();
    g.setAlpha(1);
    const model = this.model;
    if (!model) return;
    for (const id of model.marked ?? []) this.strokeRegion(g, id, 2, hooks.palette.marked, 0.9);
    const crisis = model.board.crisisRegion ?? (model.board.war ? model.board.war.region : undefined);
    if (crisis) {
      this.strokeRegion(g, crisis, 4, hooks.palette.crisis, 1);
      // A few pulses draw the eye; an endless one would keep the map rendering forever.
      if (!hooks.reducedMotion) this.tweens.add({ targets: g, alpha: 0.35, duration: 700, yoyo: true, repeat: 5 });
    }
  }

  private drawOutlines(): void {
    const g = this.outlines;
    const hooks = this.hooks;
    if (!g || !hooks) return;
    g.clear();
    if (this.hovered && this.hovered !== this.selected) this.strokeRegion(g, this.hovered, 2, hooks.palette.hover, 0.9);
    if (this.selected) this.strokeRegion(g, this.selected, 3.5, hooks.palette.selected, 1);
  }

  private strokeRegion(g: Phaser.GameObjects.Graphics, id: string, width: number, color: number, alpha: number): void {
    const shape = this.hooks?.geometry.regions[id];
    if (!shape) return;
    g.lineStyle(width, color, alpha);
    for (const ring of shape.rings) {
      if (ring.length < 6) continue;
      g.beginPath();
      for (let k = 0; k + 1 < ring.length; k += 2) {
        const [x, y] = toScreen(this.fit, ring[k] ?? 0, ring[k + 1] ?? 0);
        if (k === 0) g.moveTo(x, y);
        else g.lineTo(x, y);
      }
      g.closePath();
      g.strokePath();
    }
  }

  /** Flashes the regions whose alignment changed, so players see where the turn moved things. */
  private playChanges(after: PublicBoard, before: PublicBoard): void {
    const g = this.flashes;
    const hooks = this.hooks;
    if (!g || !hooks) return;
    const changed = after.regionIds.filter((_, i) => (after.alignment[i] ?? 0) !== (before.alignment[i] ?? 0));
    if (!changed.length) return;
    for (const id of changed) this.strokeRegion(g, id, 4, 0xffffff, 1);
    if (hooks.reducedMotion) return;
    g.setAlpha(1);
    this.tweens.add({ targets: g, alpha: 0.15, duration: 600, yoyo: true, repeat: 2 });
  }

  // ------------------------------------------------------------ input

  private pointAt(x: number, y: number, click: boolean): void {
    const [mx, my] = toMap(this.fit, x, y);
    // A name picks its region, even one moved off it (small regions are picked by their name).
    const named = this.labels.find((l) => x >= l.box.x0 && x <= l.box.x1 && y >= l.box.y0 && y <= l.box.y1)?.id;
    const region = named ?? this.locator?.regionAt(mx, my);
    this.setHovered(region);
    this.hooks?.onHover(region, x, y);
    if (click) this.hooks?.onSelect(region);
  }
}

function changedUnits(before: PublicBoard, after: PublicBoard, i: number, side: Side): boolean {
  const a = before.units[side][i];
  const b = after.units[side][i];
  if (!a || !b) return false;
  return a.troops !== b.troops || a.missileDefense !== b.missileDefense || a.strikeMissiles !== b.strikeMissiles;
}
