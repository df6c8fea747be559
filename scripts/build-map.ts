/**
 * Builds the compact projected map the Phaser front end draws — the file the game ships
 * as it is (the site build only copies it):
 *
 *   npm run build:map        # writes assets/map/europe-geometry.json
 *
 * Inputs: world-atlas countries-50m (Natural Earth), scenarios/map/europe.json (the game regions
 * and the countries they are made of) and assets/map/cuts.json (hand-drawn lon/lat polygons that
 * split Russia and Ukraine). Steps:
 *
 *  1. countries to lon/lat multipolygons (antimeridian rings unwrapped, cropped to a window
 *     around the canvas so far-off parts such as French Guiana never matter);
 *  2. each region = union of its sources, a `cut` source being country ∩ cut polygon; the cuts
 *     of a country are checked to partition it (no gaps, no overlaps);
 *  3. all other land on the canvas (other countries, Russia east of the cuts, overseas parts of
 *     game countries such as the Canaries or Azores) becomes grey `context`;
 *  4. project with a conic conformal projection fitted to lon -12…50, lat 34…72 on 1280×720,
 *     clip to the canvas, simplify topologically (shared borders stay shared) with
 *     Douglas–Peucker at 0.6 px, round to 0.1 px;
 *  5. a label point per region (pole of inaccessibility of its largest ring), and a report of
 *     land borders compared with the neighbour lists of europe.json;
 *  6. compact the rings for shipping: half-pixel steps (10 KB gzip instead of 23 KB).
 *
 * Output format (canvas pixels, y down):
 *   { width, height, quantum, regions: { [id]: { rings: number[][], label: [x, y] } },
 *     context: number[][] }
 * where each ring is a flat [dx0, dy0, dx1, dy1, …] list, implicitly closed: each point is
 * the step from the one before (the first from 0, 0), in units of 1/quantum pixel. Labels
 * are plain pixels. src/ui/map/geometry.ts (`expandGeometry`) turns it back into pixels.
 * The projection's parameters are the constants below; the build prints them.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoConicConformal } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import polygonClipping from 'polygon-clipping';

type Pt = [number, number];
type Ring = Pt[];
type Poly = Ring[];
type MPoly = Poly[];

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rel = (p: string) => relative(root, p);

const WIDTH = 1280;
const HEIGHT = 720;
/** The lon/lat box that must fill the canvas. */
const FIT_BOX = { west: -12, east: 50, south: 34, north: 72 };
const ROTATE: [number, number, number] = [-19, 0, 0];
const PARALLELS: [number, number] = [43, 62];
/** Shipped coordinates are in 1/QUANTUM pixel: half pixels, finer than the eye can tell on the canvas. */
const QUANTUM = 2;
/** Douglas–Peucker tolerance in pixels. */
const SIMPLIFY_PX = 0.6;
/** Rings smaller than this (px²) after simplification are dropped. */
const MIN_RING_AREA = 2;
/** Everything is first cropped to this lon/lat window (it contains the whole canvas). */
const WINDOW: Ring = [[-70, 15], [110, 15], [110, 86], [-70, 86], [-70, 15]];
/**
 * world-atlas leaves some disputed areas without an id. europe.json names Kosovo by Natural
 * Earth's "-99"; the others get private keys (they end up as context).
 */
const ID_BY_NAME: Record<string, string> = { Kosovo: '-99', 'N. Cyprus': 'n-cyprus', Somaliland: 'somaliland' };
/**
 * Microstates, enclaves and crown dependencies that europe.json does not list, merged into the
 * region that surrounds them so that regions have no holes and the Channel Islands look British.
 */
const ABSORB: Record<string, string> = {
  '020': 'iberia', // Andorra
  '492': 'france', // Monaco
  '674': 'italy', // San Marino
  '336': 'italy', // Vatican
  '438': 'alpine', // Liechtenstein
  '831': 'uk', // Guernsey
  '832': 'uk', // Jersey
  '833': 'uk', // Isle of Man
  '248': 'finland', // Åland
};
/**
 * world-atlas 2.0.2 (Natural Earth 4.1) draws Crimea as a separate polygon of Russia (643), while
 * europe.json cuts the crimea region from Ukraine (804): polygons of `from` that lie inside the
 * named cut are moved to `to` before anything is cut.
 */
const TRANSFERS = [{ from: '643', to: '804', cut: 'crimea' }];
/** Regions with no sources get a box in canvas pixels, placed from these lon/lat anchors. */
const OFFMAP_BOXES: Record<string, { east: number; north: number; south: number; widthPx: number }> = {
  atlantic: { east: -11.5, north: 52.5, south: 44.5, widthPx: 110 },
};

// ---------------------------------------------------------------- inputs

interface MapRegion {
  id: string;
  neighbors: string[];
  sources: { country: string; cut?: string }[];
}
interface CutsFile {
  cuts: Record<string, { country: string; ring: Pt[] }>;
}

const europePath = join(root, 'scenarios/map/europe.json');
const cutsPath = join(root, 'assets/map/cuts.json');
const outPath = join(root, 'assets/map/europe-geometry.json');

const europe = JSON.parse(readFileSync(europePath, 'utf8')) as { regions: MapRegion[] };
const cuts = (JSON.parse(readFileSync(cutsPath, 'utf8')) as CutsFile).cuts;
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;

// ---------------------------------------------------------------- small geometry helpers

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0, n = r.length, j = n - 1; i < n; j = i++) {
    const p = r[i]!, q = r[j]!;
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}
const mpArea = (mp: MPoly) =>
  mp.reduce((s, poly) => s + poly.reduce((t, r, i) => t + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0), 0);

function ringCentroid(r: Ring): Pt {
  let x = 0, y = 0;
  for (const p of r) { x += p[0]; y += p[1]; }
  return [x / r.length, y / r.length];
}

/** Makes a ring continuous across the antimeridian (lon may then exceed ±180). */
function unwrap(r: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < r.length; i++) {
    const p = r[i]!;
    if (i > 0) {
      const prev = r[i - 1]!;
      const d = p[0] - prev[0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([p[0] + shift, p[1]]);
  }
  if (Math.min(...out.map((p) => p[0])) < -180) for (const p of out) p[0] += 360;
  return out;
}

const pc = {
  union: (...g: MPoly[]): MPoly => (g.length === 0 ? [] : (polygonClipping.union(g[0]!, ...g.slice(1)) as MPoly)),
  intersection: (a: MPoly, b: MPoly): MPoly => (a.length && b.length ? (polygonClipping.intersection(a, b) as MPoly) : []),
  difference: (a: MPoly, ...b: MPoly[]): MPoly => (a.length ? (polygonClipping.difference(a, ...b) as MPoly) : []),
};

// ---------------------------------------------------------------- countries

const collection = feature(topology, topology.objects.countries);
const countries = new Map<string, { name: string; geom: MPoly }>();
for (const f of collection.features) {
  const name = f.properties?.name ?? '?';
  const id = f.id !== undefined ? String(f.id) : ID_BY_NAME[name] ?? `name:${name}`;
  const g = f.geometry;
  if (!g) continue;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as Pt[][][];
  const mp: MPoly = polys.map((poly) => poly.map((r) => unwrap(r.map((p) => [p[0]!, p[1]!] as Pt))));
  const windowed = pc.intersection(mp, [[WINDOW]]);
  if (windowed.length) countries.set(id, { name, geom: windowed });
}

for (const t of TRANSFERS) {
  const from = countries.get(t.from), to = countries.get(t.to), cut = cuts[t.cut];
  if (!from || !to || !cut) throw new Error(`transfer ${t.from}->${t.to}: missing input`);
  const cutGeom: MPoly = [[cut.ring]];
  const moved = from.geom.filter((poly) => mpArea(pc.intersection([poly], cutGeom)) > 0.99 * mpArea([poly]));
  if (moved.length) {
    from.geom = from.geom.filter((p) => !moved.includes(p));
    to.geom = pc.union(to.geom, moved);
    console.log(`moved ${moved.length} polygon(s) of ${from.name} inside cut '${t.cut}' to ${to.name}`);
  }
}

// ---------------------------------------------------------------- regions in lon/lat

const problems: string[] = [];
const regionIds = europe.regions.map((r) => r.id);
const usedCountries = new Set<string>();
for (const r of europe.regions) for (const s of r.sources) usedCountries.add(s.country);
for (const id of Object.keys(ABSORB)) usedCountries.add(id);

/** Cut partition check: for each country with cuts, pieces must be disjoint and cover it. */
const cutsByCountry = new Map<string, string[]>();
for (const [name, c] of Object.entries(cuts)) {
  cutsByCountry.set(c.country, [...(cutsByCountry.get(c.country) ?? []), name]);
}
const contextParts: MPoly[] = [];
for (const [countryId, names] of cutsByCountry) {
  const country = countries.get(countryId);
  if (!country) { problems.push(`cuts name unknown country ${countryId}`); continue; }
  const whole = mpArea(country.geom);
  const pieces = names.map((n) => pc.intersection(country.geom, [[cuts[n]!.ring]]));
  const sum = pieces.reduce((s, p) => s + mpArea(p), 0);
  let overlap = 0;
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++) overlap += mpArea(pc.intersection(pieces[i]!, pieces[j]!));
  const rest = pc.difference(country.geom, ...names.map((n): MPoly => [[cuts[n]!.ring]]));
  const restArea = mpArea(rest);
  // Land left outside every cut must lie east of the map (lon > 50): it becomes context.
  const restOnMap = mpArea(pc.intersection(rest, [[[[-70, 15], [FIT_BOX.east, 15], [FIT_BOX.east, 86], [-70, 86], [-70, 15]]]]));
  console.log(
    `cuts of ${country.name}: ${names.map((n, i) => `${n}=${mpArea(pieces[i]!).toFixed(2)}`).join(' ')} ` +
      `(deg²; sum ${sum.toFixed(3)} + outside cuts ${restArea.toFixed(3)} vs country ${whole.toFixed(3)}, overlap ${overlap.toExponential(1)}, ` +
      `uncut west of lon ${FIT_BOX.east}: ${restOnMap.toExponential(1)})`,
  );
  if (overlap > 1e-6 * whole) problems.push(`cuts of ${country.name} overlap (${overlap})`);
  if (Math.abs(sum + restArea - whole) > 1e-6 * whole) problems.push(`cuts of ${country.name} do not add up`);
  if (restOnMap > 1e-6 * whole) problems.push(`part of ${country.name} west of lon ${FIT_BOX.east} is in no cut (${restOnMap} deg²)`);
  for (const [i, n] of names.entries()) if (mpArea(pieces[i]!) === 0) problems.push(`cut ${n} is empty`);
  if (rest.length) contextParts.push(rest);
}

const inFitBox = (p: Pt) => p[0] >= FIT_BOX.west && p[0] <= FIT_BOX.east && p[1] >= FIT_BOX.south && p[1] <= FIT_BOX.north;
const regionGeo = new Map<string, MPoly>();
for (const r of europe.regions) {
  const parts: MPoly[] = [];
  for (const s of r.sources) {
    const c = countries.get(s.country);
    if (!c) { problems.push(`region ${r.id}: country ${s.country} not found in world-atlas`); continue; }
    if (s.cut) {
      const cut = cuts[s.cut];
      if (!cut) { problems.push(`region ${r.id}: cut ${s.cut} not in cuts.json`); continue; }
      if (cut.country !== s.country) problems.push(`region ${r.id}: cut ${s.cut} is drawn for ${cut.country}, not ${s.country}`);
      parts.push(pc.intersection(c.geom, [[cut.ring]]));
    } else parts.push(c.geom);
  }
  for (const [id, target] of Object.entries(ABSORB)) {
    if (target === r.id && countries.has(id)) parts.push(countries.get(id)!.geom);
  }
  if (!parts.length) continue;
  const merged = pc.union(...parts);
  // Overseas parts (Canaries, Azores, Madeira, Svalbard, …) are drawn as context, not as the region.
  const home = merged.filter((poly) => inFitBox(ringCentroid(poly[0]!)));
  const away = merged.filter((poly) => !home.includes(poly));
  if (away.length) contextParts.push(away);
  regionGeo.set(r.id, home);
}
for (const [id, c] of countries) if (!usedCountries.has(id)) contextParts.push(c.geom);
const contextGeo = pc.union(...contextParts);

// ---------------------------------------------------------------- projection

const fitOutline: Pt[] = [];
for (let lon = FIT_BOX.west; lon <= FIT_BOX.east; lon += 0.5) fitOutline.push([lon, FIT_BOX.south], [lon, FIT_BOX.north]);
for (let lat = FIT_BOX.south; lat <= FIT_BOX.north; lat += 0.5) fitOutline.push([FIT_BOX.west, lat], [FIT_BOX.east, lat]);
const projection = geoConicConformal()
  .rotate(ROTATE)
  .parallels(PARALLELS)
  .fitExtent([[0, 0], [WIDTH, HEIGHT]], { type: 'MultiPoint', coordinates: fitOutline })
  .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
const project = (p: Pt): Pt => {
  const q = projection(p);
  if (!q) throw new Error(`cannot project ${p}`);
  return [Math.round(q[0] * 1000) / 1000, Math.round(q[1] * 1000) / 1000];
};
const canvas: MPoly = [[[[0, 0], [WIDTH, 0], [WIDTH, HEIGHT], [0, HEIGHT], [0, 0]]]];
const toCanvas = (mp: MPoly): MPoly => pc.intersection(mp.map((poly) => poly.map((r) => r.map(project))), canvas);

// ---------------------------------------------------------------- topological simplification

interface Owned { owner: string; ring: Ring }
const owned: Owned[] = [];
let holes = 0;
const pushRings = (owner: string, mp: MPoly) => {
  for (const poly of mp) {
    holes += poly.length - 1;
    // Only outer rings: the front end fills rings without holes (a hole's border is drawn by
    // whatever fills it: an enclave is absorbed into its region, other land is context).
    for (const r of poly.slice(0, 1)) {
      const open = r.slice(0, -1).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
      if (open.length >= 3) owned.push({ owner, ring: open });
    }
  }
};
const projected = new Map<string, MPoly>();
for (const [id, g] of regionGeo) projected.set(id, toCanvas(g));
// Sanity: the projected regions must not overlap each other.
{
  const ids = [...projected.keys()];
  const bbox = (mp: MPoly) => {
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of mp) for (const p of poly[0]!) { b[0] = Math.min(b[0]!, p[0]); b[1] = Math.min(b[1]!, p[1]); b[2] = Math.max(b[2]!, p[0]); b[3] = Math.max(b[3]!, p[1]); }
    return b;
  };
  const boxes = new Map(ids.map((id) => [id, bbox(projected.get(id)!)]));
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = boxes.get(ids[i]!)!, b = boxes.get(ids[j]!)!;
      if (a[0]! > b[2]! || b[0]! > a[2]! || a[1]! > b[3]! || b[1]! > a[3]!) continue;
      const o = mpArea(pc.intersection(projected.get(ids[i]!)!, projected.get(ids[j]!)!));
      if (o > 0.5) problems.push(`regions ${ids[i]} and ${ids[j]} overlap by ${o.toFixed(1)} px²`);
    }
}
for (const [id, g] of projected) pushRings(id, g);
pushRings('#context', toCanvas(contextGeo));

const key = (p: Pt) => `${p[0]},${p[1]}`;
// A point is a junction where the set of its neighbours differs between the rings that use it.
const firstSig = new Map<string, string>();
const junctions = new Set<string>();
for (const { ring } of owned) {
  for (let i = 0; i < ring.length; i++) {
    const k = key(ring[i]!);
    const a = key(ring[(i + ring.length - 1) % ring.length]!), b = key(ring[(i + 1) % ring.length]!);
    const sig = a < b ? `${a}|${b}` : `${b}|${a}`;
    const s = firstSig.get(k);
    if (s === undefined) firstSig.set(k, sig);
    else if (s !== sig) junctions.add(k);
  }
}

function douglasPeucker(line: Pt[], tol: number): Pt[] {
  if (line.length <= 2) return line.slice();
  const keep = new Uint8Array(line.length);
  keep[0] = 1; keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop()!;
    const a = line[s]!, b = line[e]!;
    const dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy;
    let best = -1, bestD = tol * tol;
    for (let i = s + 1; i < e; i++) {
      const p = line[i]!;
      let d: number;
      if (len2 === 0) d = (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        d = (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2;
      }
      if (d > bestD) { bestD = d; best = i; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([s, best], [best, e]); }
  }
  return line.filter((_, i) => keep[i]);
}

interface Arc { points: Pt[]; owners: Set<string> }
const arcs = new Map<string, Arc>();
/** Simplifies an arc once for all rings that share it, whichever way round they run. */
function sharedArc(points: Pt[], owner: string, closed: boolean): Pt[] {
  const keys = points.map(key);
  const rev = [...keys].reverse();
  let forward = true;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== rev[i]) { forward = keys[i]! < rev[i]!; break; }
  }
  const id = (forward ? keys : rev).join(' ');
  let arc = arcs.get(id);
  if (!arc) {
    const canon = forward ? points : [...points].reverse();
    let simp: Pt[];
    if (closed) {
      // Fix the first point and the one farthest from it, simplify both halves.
      const p0 = canon[0]!;
      let far = 1, fd = -1;
      for (let i = 1; i < canon.length; i++) {
        const d = (canon[i]![0] - p0[0]) ** 2 + (canon[i]![1] - p0[1]) ** 2;
        if (d > fd) { fd = d; far = i; }
      }
      const h1 = douglasPeucker(canon.slice(0, far + 1), SIMPLIFY_PX);
      const h2 = douglasPeucker([...canon.slice(far), p0], SIMPLIFY_PX);
      simp = [...h1.slice(0, -1), ...h2.slice(0, -1)];
    } else simp = douglasPeucker(canon, SIMPLIFY_PX);
    arc = { points: simp, owners: new Set() };
    arcs.set(id, arc);
  }
  arc.owners.add(owner);
  return forward ? arc.points : [...arc.points].reverse();
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const outRings = new Map<string, Ring[]>();
let droppedRings = 0;
const droppedBy = new Map<string, number>();
for (const { owner, ring } of owned) {
  const idx: number[] = [];
  for (let i = 0; i < ring.length; i++) if (junctions.has(key(ring[i]!))) idx.push(i);
  let simple: Ring;
  if (idx.length === 0) {
    // A ring shared with nobody along a stretch: start it at its smallest point so that a ring
    // used twice (island region and its hole, say) simplifies the same way both times.
    let m = 0;
    for (let i = 1; i < ring.length; i++) if (key(ring[i]!) < key(ring[m]!)) m = i;
    simple = sharedArc([...ring.slice(m), ...ring.slice(0, m)], owner, true);
  } else {
    const start = idx[0]!;
    const rot = [...ring.slice(start), ...ring.slice(0, start), ring[start]!];
    const cuts2 = idx.map((i) => i - start);
    cuts2.push(ring.length);
    simple = [];
    for (let c = 0; c + 1 < cuts2.length; c++) {
      const piece = sharedArc(rot.slice(cuts2[c]!, cuts2[c + 1]! + 1), owner, false);
      simple.push(...piece.slice(0, -1));
    }
  }
  const rounded = simple
    .map((p): Pt => [round1(p[0]), round1(p[1])])
    .filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
  while (rounded.length > 1 && key(rounded[0]!) === key(rounded[rounded.length - 1]!)) rounded.pop();
  if (rounded.length < 3 || Math.abs(ringArea(rounded)) < MIN_RING_AREA) {
    droppedRings++;
    droppedBy.set(owner, (droppedBy.get(owner) ?? 0) + 1);
    if (process.env.MAP_DEBUG) console.log(`dropped ${owner} ring at ${rounded[0]} area ${ringArea(rounded)}`);
    continue;
  }
  outRings.set(owner, [...(outRings.get(owner) ?? []), rounded]);
}

// ---------------------------------------------------------------- labels

/** Signed distance from p to the ring's outline: positive inside. */
function pointToRing(p: Pt, r: Ring): number {
  let inside = false, min = Infinity;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const a = r[i]!, b = r[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    const dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    min = Math.min(min, (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2);
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

/** Pole of inaccessibility (the polylabel algorithm), to `precision` pixels. */
function poleOfInaccessibility(r: Ring, precision = 0.5): Pt {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of r) { x0 = Math.min(x0, p[0]); y0 = Math.min(y0, p[1]); x1 = Math.max(x1, p[0]); y1 = Math.max(y1, p[1]); }
  const size = Math.min(x1 - x0, y1 - y0);
  if (size <= 0) return [x0, y0];
  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const cell = (x: number, y: number, h: number): Cell => {
    const d = pointToRing([x, y], r);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const heap: Cell[] = [];
  const push = (c: Cell) => {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]!.max >= heap[i]!.max) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = (): Cell => {
    const top = heap[0]!, last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, rr = l + 1;
        let m = i;
        if (l < heap.length && heap[l]!.max > heap[m]!.max) m = l;
        if (rr < heap.length && heap[rr]!.max > heap[m]!.max) m = rr;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  const h = size / 2;
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) push(cell(x + h, y + h, h));
  const c = ringCentroid(r);
  let best = cell(c[0], c[1], 0);
  const mid = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  if (mid.d > best.d) best = mid;
  while (heap.length) {
    const c2 = pop();
    if (c2.d > best.d) best = c2;
    if (c2.max - best.d <= precision) continue;
    const h2 = c2.h / 2;
    push(cell(c2.x - h2, c2.y - h2, h2)); push(cell(c2.x + h2, c2.y - h2, h2));
    push(cell(c2.x - h2, c2.y + h2, h2)); push(cell(c2.x + h2, c2.y + h2, h2));
  }
  return [round1(best.x), round1(best.y)];
}

// ---------------------------------------------------------------- off-map boxes

for (const [id, box] of Object.entries(OFFMAP_BOXES)) {
  const ne = project([box.east, box.north]), se = project([box.east, box.south]);
  const right = Math.round(Math.min(ne[0], se[0]));
  const top = Math.round(ne[1]), bottom = Math.round(se[1]);
  const left = right - box.widthPx;
  if (left < 0 || top < 0 || bottom > HEIGHT) problems.push(`off-map box ${id} leaves the canvas`);
  outRings.set(id, [[[left, top], [right, top], [right, bottom], [left, bottom]]]);
}

// ---------------------------------------------------------------- output

const flat = (r: Ring) => r.flatMap((p) => [p[0], p[1]]);
const regionsOut: Record<string, { rings: number[][]; label: [number, number] }> = {};
for (const id of regionIds) {
  const rings = outRings.get(id);
  if (!rings?.length) { problems.push(`region ${id} has no geometry on the canvas`); continue; }
  const largest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const label = OFFMAP_BOXES[id] ? (ringCentroid(largest).map(round1) as Pt) : poleOfInaccessibility(largest);
  // Largest ring first, so a client that only wants the main body can take rings[0].
  const ordered = [largest, ...rings.filter((r) => r !== largest)];
  regionsOut[id] = { rings: ordered.map(flat), label };
}
/** A ring as steps from the point before, in 1/QUANTUM pixel: small integers that compress well. */
function compactRing(ring: readonly number[]): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = Math.round((ring[i] ?? 0) * QUANTUM);
    const y = Math.round((ring[i + 1] ?? 0) * QUANTUM);
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

const out = {
  width: WIDTH,
  height: HEIGHT,
  quantum: QUANTUM,
  regions: Object.fromEntries(Object.entries(regionsOut).map(([id, r]) => [id, { rings: r.rings.map(compactRing), label: r.label }])),
  context: (outRings.get('#context') ?? []).map(flat).map(compactRing),
};

mkdirSync(dirname(outPath), { recursive: true });
// No trailing newline: the file ships byte for byte as it is written.
const text = JSON.stringify(out);
writeFileSync(outPath, text);

// ---------------------------------------------------------------- report

const neighbours = new Map<string, Set<string>>();
for (const arc of arcs.values()) {
  const o = [...arc.owners].filter((x) => x !== '#context');
  for (const a of o) for (const b of o) if (a !== b) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  }
}
const listed = new Set<string>();
for (const r of europe.regions) for (const n of r.neighbors) listed.add([r.id, n].sort().join(' – '));
const land = new Set<string>();
for (const [a, s] of neighbours) for (const b of s) land.add([a, b].sort().join(' – '));
const notListed = [...land].filter((p) => !listed.has(p)).sort();
const seaOnly = [...listed].filter((p) => !land.has(p)).sort();
console.log(`land borders not listed as neighbours: ${notListed.join(', ') || 'none'}`);
console.log(`listed neighbours without a land border (sea links): ${seaOnly.join(', ') || 'none'}`);

const points = [...outRings.values()].reduce((s, rs) => s + rs.reduce((t, r) => t + r.length, 0), 0);
console.log(
  `${Object.keys(regionsOut).length} regions, ${out.context.length} context rings, ${points} points, ` +
    `${holes} hole(s) in the clipped geometry (not kept), ${droppedRings} speck(s) under ${MIN_RING_AREA} px² dropped ` +
    `(${[...droppedBy].map(([o, n]) => `${o} ${n}`).join(', ')})`,
);
console.log(
  `projection: conicConformal, rotate ${JSON.stringify(ROTATE)}, parallels ${JSON.stringify(PARALLELS)}, ` +
    `scale ${Math.round(projection.scale() * 1e6) / 1e6}, translate ${JSON.stringify(projection.translate().map((v) => Math.round(v * 1e6) / 1e6))}, ` +
    `fitted to lon ${FIT_BOX.west}…${FIT_BOX.east}, lat ${FIT_BOX.south}…${FIT_BOX.north} on ${WIDTH}×${HEIGHT}, simplified at ${SIMPLIFY_PX} px`,
);
console.log(`wrote ${rel(outPath)}: ${text.length} bytes, ${gzipSync(text).length} bytes gzip`);
if (problems.length) {
  for (const p of problems) console.error(`problem: ${p}`);
  process.exit(1);
}
