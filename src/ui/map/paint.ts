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
import { LABEL_NUDGE, SHORT_NAMES } from './labels.ts';
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

export function labelFontPx(fit: Fit): number {
  return Math.round(Math.max(14, Math.min(18, 11 + 3.5 * fit.scale)));
}

export interface RegionPaint {
  geometry: MapGeometry;
  fit: Fit;
  palette: MapPalette;
  paths: Map<string, Path2D>;
  board: PublicBoard | undefined;
}

/** Paints regions over the static layer: fill by alignment, side pattern, borders, labels. */
export function paintRegions(ctx: CanvasRenderingContext2D, p: RegionPaint): void {
  const { palette, board, paths, geometry, fit } = p;
  const patterns = new Map<string, CanvasPattern | undefined>();
  const index = new Map((board?.regionIds ?? []).map((id, i) => [id, i]));
  for (const [id, path] of paths) {
    const i = index.get(id);
    const alignment = i === undefined || !board ? 0 : (board.alignment[i] ?? 0);
    const home = i === undefined || !board ? '' : (board.home[i] ?? '');
    const strength = Math.abs(alignment);
    const side: Side = alignment > 0 ? 'blue' : 'red';
    ctx.fillStyle = strength === 0 ? palette.neutral : mix(palette.neutral, palette.side[side], strength === 3 ? 1 : strength === 2 ? 0.62 : 0.32);
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
    ctx.strokeStyle = palette.border;
    ctx.lineWidth = 1;
    ctx.stroke(path);
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
  paintLabels(ctx, geometry, fit, palette);
}

function paintLabels(ctx: CanvasRenderingContext2D, geometry: MapGeometry, fit: Fit, palette: MapPalette): void {
  const px = labelFontPx(fit);
  ctx.font = `600 ${px}px system-ui, "DejaVu Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const [id, shape] of Object.entries(geometry.regions)) {
    const [x, y] = labelPoint(fit, id, shape.label);
    const lines = (SHORT_NAMES[id] ?? titleCase(id)).split('\n');
    lines.forEach((line, k) => {
      const ly = y + (k - (lines.length - 1) / 2) * px * 1.05;
      ctx.strokeStyle = palette.labelHalo;
      ctx.lineWidth = 3.5;
      ctx.strokeText(line, x, ly);
      ctx.fillStyle = palette.label;
      ctx.fillText(line, x, ly);
    });
  }
}

/** Where a region's label sits on screen. Unit markers go just below it. */
export function labelPoint(fit: Fit, id: string, label: readonly [number, number]): [number, number] {
  const nudge = LABEL_NUDGE[id] ?? [0, 0];
  return toScreen(fit, label[0] + nudge[0], label[1] + nudge[1]);
}

function titleCase(id: string): string {
  return id
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
