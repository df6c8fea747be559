/**
 * Where each region's name and unit markers go on screen, placed by a rule so that at
 * any map size no two labels overlap and no label sits under a marker:
 *
 * 1. Every region has an anchor (its label point from the map file) and a block: its
 *    name (full, or abbreviated where space is short) with its unit chips below it or
 *    beside it.
 * 2. Regions are placed most crowded first. Each tries candidate spots around its anchor,
 *    nearest first, and takes the cheapest that overlaps nothing placed before and stays
 *    on the map. Cost: distance from the anchor, plus a little for an abbreviation, for
 *    chips beside the name, and for a name outside its own region.
 * 3. A block moved off its region gets a leader line from the anchor, and the name can
 *    be picked like the region itself (MapScene hit-tests placed names first).
 *
 * Pure: text widths come from the caller (a canvas's measureText in the browser).
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ChipSpec {
  text: string;
  side: 'blue' | 'red';
}

export interface LabelInput {
  id: string;
  /** The region's label point on screen. */
  anchor: [number, number];
  /** Name variants, preferred first; each a list of lines. */
  names: string[][];
  chips: ChipSpec[];
  /** Whether a screen point lies in the region. */
  inside(x: number, y: number): boolean;
}

export interface LabelFonts {
  /** Name font size, px. */
  name: number;
  /** Chip font size, px. */
  chip: number;
}

export interface PlacedChip extends ChipSpec {
  box: Box;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Centre of the name's first line… last line: the y of each line's middle. */
  x: number;
  lineYs: number[];
  /** The name's box. */
  box: Box;
  chips: PlacedChip[];
  /** The anchor, when the block was moved far enough to need a leader line to it. */
  leader?: [number, number];
  /** The block met another block everywhere (the rule could not place it cleanly). */
  overlaps: boolean;
}

/** Horizontal padding of a chip (each side), and the gap kept between blocks. */
export const CHIP_PAD_X = 4;
export const CHIP_PAD_Y = 1;
const GAP = 5;
const LINE = 1.05;

const RADII = [0, 5, 10, 15, 21, 28, 36, 45, 56, 68, 82, 98];
const DIRECTIONS = 16;

function candidates(): [number, number][] {
  const out: [number, number][] = [];
  for (const r of RADII) {
    if (r === 0) {
      out.push([0, 0]);
      continue;
    }
    for (let k = 0; k < DIRECTIONS; k++) {
      const a = (k / DIRECTIONS) * Math.PI * 2;
      out.push([Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a) * 0.75)]);
    }
  }
  return out;
}

const OFFSETS = candidates();

export function overlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

interface Block {
  box: Box;
  chips: Box[];
  lineYs: number[];
}

/** Lays out one name with its chips around a centre point. */
function block(cx: number, cy: number, lines: readonly string[], chips: readonly ChipSpec[], beside: boolean, fonts: LabelFonts, measure: Measure): Block {
  const nameW = Math.max(...lines.map((l) => measure(l, 'name'))) + 4;
  const nameH = lines.length * fonts.name * LINE + 2;
  const chipH = Math.round(fonts.chip * 1.25) + 2 * CHIP_PAD_Y;
  const chipWs = chips.map((c) => measure(c.text, 'chip') + 2 * CHIP_PAD_X);
  const box = { x0: cx - nameW / 2, y0: cy - nameH / 2, x1: cx + nameW / 2, y1: cy + nameH / 2 };
  const lineYs = lines.map((_, k) => cy + (k - (lines.length - 1) / 2) * fonts.name * LINE);
  const chipBoxes: Box[] = [];
  if (beside) {
    let x = box.x1 + 2;
    for (const w of chipWs) {
      chipBoxes.push({ x0: x, y0: cy - chipH / 2, x1: x + w, y1: cy + chipH / 2 });
      x += w + 2;
    }
  } else {
    let y = box.y1 + 1;
    for (const w of chipWs) {
      chipBoxes.push({ x0: cx - w / 2, y0: y, x1: cx + w / 2, y1: y + chipH });
      y += chipH + 1;
    }
  }
  return { box, chips: chipBoxes, lineYs };
}

export type Measure = (text: string, font: 'name' | 'chip') => number;

/** Places every region's name and chips; see the header for the rule. */
export function placeLabels(inputs: readonly LabelInput[], fonts: LabelFonts, measure: Measure, bounds: { width: number; height: number }): PlacedLabel[] {
  const margin = 2;
  const crowd = (r: LabelInput) =>
    inputs.filter((q) => q !== r && Math.hypot(q.anchor[0] - r.anchor[0], q.anchor[1] - r.anchor[1]) < 90).length + r.chips.length * 0.5;
  const order = [...inputs].sort((a, b) => crowd(b) - crowd(a) || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const result = new Map<string, PlacedLabel>();
  for (const r of order) {
    let best: { cost: number; block: Block; lines: string[]; cx: number; bad: number } | undefined;
    // Only blocks placed near this anchor can be in the way.
    const reach = RADII[RADII.length - 1] as number;
    const near = placed.filter((p) => p.x1 > r.anchor[0] - reach - 160 && p.x0 < r.anchor[0] + reach + 160 && p.y1 > r.anchor[1] - reach - 120 && p.y0 < r.anchor[1] + reach + 120);
    const shapes: { lines: string[]; beside: boolean; extra: number }[] = [];
    r.names.forEach((lines, variant) => {
      for (const beside of r.chips.length ? [false, true] : [false]) shapes.push({ lines, beside, extra: variant * 14 + (beside ? 6 : 0) });
    });
    for (const [dx, dy] of OFFSETS) {
      const distance = Math.hypot(dx, dy);
      // Offsets come nearest first: once a clean spot costs less than this, none further on can win.
      if (best && best.bad === 0 && distance >= best.cost) break;
      const cx = r.anchor[0] + dx;
      const cy = r.anchor[1] + dy;
      for (const shape of shapes) {
        const base = distance + shape.extra;
        if (best && best.bad === 0 && base >= best.cost) continue;
        const b = block(cx, cy, shape.lines, r.chips, shape.beside, fonts, measure);
        let bad = 0;
        for (const x of [b.box, ...b.chips]) {
          if (x.x0 < margin || x.y0 < margin || x.x1 > bounds.width - margin || x.y1 > bounds.height - margin) bad += 1000;
          for (const p of near) if (overlap(x, p, GAP)) bad += Math.min(x.x1, p.x1) - Math.max(x.x0, p.x0) + (Math.min(x.y1, p.y1) - Math.max(x.y0, p.y0));
          if (best && bad > best.bad) break;
        }
        if (best && bad > best.bad) continue;
        // The point-in-region test is the dear part: only for spots still in the running.
        const cost = base + (r.inside(cx, cy) ? 0 : 18);
        if (!best || bad < best.bad || cost < best.cost) best = { cost, block: b, lines: shape.lines, cx, bad };
      }
    }
    if (!best) continue;
    placed.push(best.block.box, ...best.block.chips);
    const [ax, ay] = r.anchor;
    const b = best.block.box;
    const moved = !r.inside((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) || Math.hypot((b.x0 + b.x1) / 2 - ax, (b.y0 + b.y1) / 2 - ay) > 22;
    const label: PlacedLabel = {
      id: r.id,
      lines: best.lines,
      x: best.cx,
      lineYs: best.block.lineYs,
      box: b,
      chips: best.block.chips.map((box, i) => ({ ...(r.chips[i] as ChipSpec), box })),
      overlaps: best.bad > 0,
    };
    if (moved && !(ax >= b.x0 && ax <= b.x1 && ay >= b.y0 && ay <= b.y1)) label.leader = [ax, ay];
    result.set(r.id, label);
  }
  return inputs.map((r) => result.get(r.id)).filter((l): l is PlacedLabel => l !== undefined);
}

/** The point of a box nearest to (x, y): where a leader line meets the label. */
export function nearestOnBox(box: Box, x: number, y: number): [number, number] {
  return [Math.max(box.x0, Math.min(box.x1, x)), Math.max(box.y0, Math.min(box.y1, y))];
}
