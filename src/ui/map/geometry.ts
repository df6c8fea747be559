/**
 * The projected map of Europe (assets/map/europe-geometry.json, built by
 * scripts/build-map.ts): region outlines and the surrounding land in pixels of a
 * 1280×720 frame, shipped compact. Fetched as a file (not bundled into the JS) so the
 * browser and the service worker cache it on its own.
 */

export interface RegionShape {
  /** Outer rings, each a flat [x0, y0, x1, y1, …] list. */
  rings: number[][];
  label: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  regions: Record<string, RegionShape>;
  context: number[][];
}

/** The part of the 1280×720 frame the game uses: every region with a little margin. */
export const VIEWPORT = { x: 140, y: 12, width: 900, height: 696 } as const;

/**
 * The map as scripts/build-map.ts writes it: each ring a list of steps from the point
 * before, in 1/quantum pixel (labels in plain pixels).
 */
export interface CompactGeometry extends MapGeometry {
  quantum: number;
}

function expandRing(ring: readonly number[], quantum: number): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i] ?? 0;
    y += ring[i + 1] ?? 0;
    out.push(x / quantum, y / quantum);
  }
  return out;
}

/** The compact map file in pixels. */
export function expandGeometry(file: CompactGeometry): MapGeometry {
  const quantum = file.quantum;
  const regions: Record<string, RegionShape> = {};
  for (const [id, shape] of Object.entries(file.regions)) regions[id] = { rings: shape.rings.map((r) => expandRing(r, quantum)), label: shape.label };
  return { width: file.width, height: file.height, regions, context: file.context.map((r) => expandRing(r, quantum)) };
}

export async function loadGeometry(url: string): Promise<MapGeometry> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The map could not be loaded (${response.status} ${response.statusText}).`);
  return expandGeometry((await response.json()) as CompactGeometry);
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Finds regions under a point quickly: a bounding box per ring before the exact test. */
export class RegionLocator {
  private readonly entries: { id: string; ring: number[]; box: Box }[] = [];

  constructor(geometry: MapGeometry) {
    for (const [id, shape] of Object.entries(geometry.regions))
      for (const ring of shape.rings) this.entries.push({ id, ring, box: boxOf(ring) });
  }

  regionAt(x: number, y: number): string | undefined {
    for (const { id, ring, box } of this.entries) {
      if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) continue;
      if (insideRing(ring, x, y)) return id;
    }
    return undefined;
  }
}

function boxOf(ring: readonly number[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = ring[i] ?? 0;
    const y = ring[i + 1] ?? 0;
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

/** Even–odd ray casting. */
function insideRing(ring: readonly number[], x: number, y: number): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] ?? 0;
    const yi = ring[2 * i + 1] ?? 0;
    const xj = ring[2 * j] ?? 0;
    const yj = ring[2 * j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Maps the game's 1280×720 frame onto a canvas of the given size, centred, keeping proportions. */
export interface Fit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitViewport(width: number, height: number): Fit {
  const scale = Math.min(width / VIEWPORT.width, height / VIEWPORT.height);
  return {
    scale,
    offsetX: (width - VIEWPORT.width * scale) / 2 - VIEWPORT.x * scale,
    offsetY: (height - VIEWPORT.height * scale) / 2 - VIEWPORT.y * scale,
  };
}

export function toScreen(fit: Fit, x: number, y: number): [number, number] {
  return [x * fit.scale + fit.offsetX, y * fit.scale + fit.offsetY];
}

export function toMap(fit: Fit, x: number, y: number): [number, number] {
  return [(x - fit.offsetX) / fit.scale, (y - fit.offsetY) / fit.scale];
}
