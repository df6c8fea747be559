/**
 * Paints the map picture with Canvas 2D: the static layer (sea, surrounding land) once
 * per canvas size into its own canvas; the regions (alignment fills, patterns, borders,
 * labels) over a copy of it only when the board or the palette changes — once a turn,
 * not once a frame.
 */
import type { Side } from '../../engine/index.ts';
import type { PublicBoard } from '../board.ts';
import { toScreen } from './geometry.ts';
import type { Fit, MapGeometry } from './geometry.ts';
import { SEA_REGIONS } from './labels.ts';
import { nearestOnBox } from './labelLayout.ts';
import type { PlacedLabel } from './labelLayout.ts';
import { mix } from './palette.ts';
import type { MapPalette } from './palette.ts';

export function ringPath(fit: Fit, rings: readonly number[][]): Path2D {
  const path = new Path2D();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const [x, y] = toScreen(fit, ring[i] ?? 0, ring[i + 1] ?? 0);
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    }
    path.closePath();
  }
  return path;
}

/** Region outlines in screen pixels, built once per canvas size. */
export function regionPaths(geometry: MapGeometry, fit: Fit): Map<string, Path2D> {
  const paths = new Map<string, Path2D>();
  for (const [id, shape] of Object.entries(geometry.regions)) paths.set(id, ringPath(fit, shape.rings));
  return paths;
}

export function paintStatic(ctx: CanvasRenderingContext2D, geometry: MapGeometry, fit: Fit, palette: MapPalette, width: number, height: number): void {
  ctx.fillStyle = palette.sea;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = palette.land;
  ctx.fill(ringPath(fit, geometry.context));
}

/** A small repeating tile: Blue gets diagonal stripes, Red gets dots; denser with stronger alignment. */
function patternFor(ctx: CanvasRenderingContext2D, side: Side, strength: number, palette: MapPalette): CanvasPattern | undefined {
  const size = strength >= 3 ? 7 : strength === 2 ? 9 : 12;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return undefined;
  const ink = strength >= 3 ? 'rgba(255,255,255,0.22)' : palette.sideDark[side];
  t.strokeStyle = ink;
  t.fillStyle = ink;
  if (side === 'blue') {
    t.lineWidth = strength >= 3 ? 1.2 : 1.6;
    t.beginPath();
    t.moveTo(0, size);
    t.lineTo(size, 0);
    t.moveTo(-size / 2, size / 2);
    t.lineTo(size / 2, -size / 2);
    t.moveTo(size / 2, size + size / 2);
    t.lineTo(size + size / 2, size / 2);
    t.stroke();
  } else {
    t.beginPath();
    t.arc(size / 2, size / 2, strength >= 3 ? 1.3 : 1.7, 0, Math.PI * 2);
    t.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? undefined;
}

/** The name font: 12 px on the smallest map (1024×768), growing to 18 px on large screens. */
export function labelFontPx(fit: Fit): number {
  return Math.round(Math.max(12, Math.min(18, 8 + 6 * fit.scale)));
}

/** The unit chips' font, a little smaller than the names. */
export function chipFontPx(fit: Fit): number {
  return Math.max(11, labelFontPx(fit) - 1);
}

export const LABEL_FONT = 'system-ui, "DejaVu Sans", sans-serif';

export function nameFont(px: number, sea = false): string {
  return `${sea ? 'italic ' : ''}600 ${px}px ${LABEL_FONT}`;
}

export function chipFont(px: number): string {
  return `bold ${px}px ${LABEL_FONT}`;
}

export interface RegionPaint {
  geometry: MapGeometry;
  fit: Fit;
  palette: MapPalette;
  paths: Map<string, Path2D>;
  board: PublicBoard | undefined;
  /** Where the names go (labelLayout.ts). */
  labels: readonly PlacedLabel[];
}

/** Paints regions over the static layer: fill by alignment, side pattern, borders, labels. */
export function paintRegions(ctx: CanvasRenderingContext2D, p: RegionPaint): void {
  const { palette, board, paths, fit } = p;
  const patterns = new Map<string, CanvasPattern | undefined>();
  const index = new Map((board?.regionIds ?? []).map((id, i) => [id, i]));
  for (const [id, path] of paths) {
    const i = index.get(id);
    const alignment = i === undefined || !board ? 0 : (board.alignment[i] ?? 0);
    const home = i === undefined || !board ? '' : (board.home[i] ?? '');
    const strength = Math.abs(alignment);
    const side: Side = alignment > 0 ? 'blue' : 'red';
    const sea = SEA_REGIONS.has(id);
    const ground = sea ? palette.seaZone : palette.neutral;
    ctx.fillStyle = strength === 0 ? ground : mix(ground, palette.side[side], (strength === 3 ? 1 : strength === 2 ? 0.62 : 0.32) * (sea ? 0.6 : 1));
    ctx.fill(path);
    if (strength > 0) {
      const key = `${side}${strength}`;
      if (!patterns.has(key)) patterns.set(key, patternFor(ctx, side, strength, palette));
      const pattern = patterns.get(key);
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fill(path);
      }
    }
    ctx.lineJoin = 'round';
    if (sea) seaFrame(ctx, path, palette);
    else {
      ctx.strokeStyle = palette.border;
      ctx.lineWidth = 1;
      ctx.stroke(path);
    }
    if (home) {
      ctx.save();
      ctx.clip(path);
      ctx.strokeStyle = palette.sideDark[home];
      ctx.lineWidth = 5;
      ctx.stroke(path);
      ctx.restore();
    }
    if (i !== undefined && board?.contested[i]) {
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = palette.contested;
      ctx.lineWidth = 2.5;
      ctx.stroke(path);
      ctx.restore();
    }
  }
  paintLabels(ctx, p.labels, fit, palette);
}

/** A sea region's frame: a double line in the sea's own blue, with a wave along the top. */
function seaFrame(ctx: CanvasRenderingContext2D, path: Path2D, palette: MapPalette): void {
  ctx.save();
  ctx.strokeStyle = palette.seaFrame;
  ctx.lineWidth = 3;
  ctx.stroke(path);
  ctx.clip(path);
  ctx.strokeStyle = palette.seaFrameInner;
  ctx.lineWidth = 9;
  ctx.globalAlpha = 0.35;
  ctx.stroke(path);
  ctx.restore();
}

function paintLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], fit: Fit, palette: MapPalette): void {
  const px = labelFontPx(fit);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  // Leader lines first, under every name.
  for (const label of labels) {
    if (!label.leader) continue;
    const [ax, ay] = label.leader;
    const [bx, by] = nearestOnBox(label.box, ax, ay);
    ctx.strokeStyle = palette.labelHalo;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
    ctx.strokeStyle = palette.label;
    ctx.lineWidth = 1.2;
    ctx.stroke();
    ctx.fillStyle = palette.label;
    ctx.beginPath();
    ctx.arc(ax, ay, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const label of labels) {
    ctx.font = nameFont(px, SEA_REGIONS.has(label.id));
    label.lines.forEach((line, k) => {
      const ly = label.lineYs[k] ?? 0;
      ctx.strokeStyle = palette.labelHalo;
      ctx.lineWidth = 3.5;
      ctx.strokeText(line, label.x, ly);
      ctx.fillStyle = palette.label;
      ctx.fillText(line, label.x, ly);
    });
  }
}

/** A region's label point on screen (from the map file): the anchor the label rule starts from. */
export function labelPoint(fit: Fit, label: readonly [number, number]): [number, number] {
  return toScreen(fit, label[0], label[1]);
}
