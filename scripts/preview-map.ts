/**
 * Renders assets/map/europe-geometry.json to a PNG for eyeballing the map build:
 *
 *   npx tsx scripts/preview-map.ts [--out /tmp/map-preview.png] [--neighbours] [--zoom x,y,w,h]
 *
 * Each region gets its own colour and its id at its label point; context land is grey. With
 * --neighbours the neighbour pairs of scenarios/map/europe.json are drawn as lines between label
 * points. --zoom crops to a canvas rectangle and scales it up. Needs a Chromium: CHROMIUM_PATH
 * or /usr/bin/chromium.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandGeometry } from '../src/ui/map/geometry.ts';
import type { CompactGeometry } from '../src/ui/map/geometry.ts';
import { launch } from '../test/e2e/browser.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const outPath = opt('--out') ?? '/tmp/map-preview.png';
const showNeighbours = args.includes('--neighbours');
const zoom = opt('--zoom')?.split(',').map(Number);

const geo = expandGeometry(JSON.parse(readFileSync(join(root, 'assets/map/europe-geometry.json'), 'utf8')) as CompactGeometry);
const europe = JSON.parse(readFileSync(join(root, 'scenarios/map/europe.json'), 'utf8')) as {
  regions: { id: string; neighbors: string[] }[];
};

const path = (rings: number[][]) =>
  rings
    .map((r) => {
      let d = '';
      for (let i = 0; i < r.length; i += 2) d += `${i ? 'L' : 'M'}${r[i]},${r[i + 1]}`;
      return d + 'Z';
    })
    .join('');

const [zx, zy, zw, zh] = zoom && zoom.length === 4 ? zoom : [0, 0, geo.width, geo.height];
const scale = Math.min(geo.width / zw!, geo.height / zh!);
/** Text and marks keep about the same size on screen when zoomed in. */
const u = (v: number) => +(v / Math.sqrt(scale)).toFixed(3);

const ids = Object.keys(geo.regions);
const colour = (i: number) => `hsl(${Math.round((i * 137.508) % 360)}, 55%, ${i % 2 ? 62 : 72}%)`;
let svg = `<rect width="${geo.width}" height="${geo.height}" fill="#9cc3df"/>`;
svg += `<path d="${path(geo.context)}" fill="#c8c8c8" stroke="#a8a8a8" stroke-width="0.5" vector-effect="non-scaling-stroke"/>`;
ids.forEach((id, i) => {
  svg += `<path d="${path(geo.regions[id]!.rings)}" fill="${colour(i)}" stroke="#333" stroke-width="0.6" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`;
});
if (showNeighbours) {
  const done = new Set<string>();
  for (const r of europe.regions) {
    for (const n of r.neighbors) {
      const k = [r.id, n].sort().join();
      const a = geo.regions[r.id]?.label, b = geo.regions[n]?.label;
      if (done.has(k) || !a || !b) continue;
      done.add(k);
      svg += `<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" stroke="#c00" stroke-width="1.2" opacity="0.7" vector-effect="non-scaling-stroke"/>`;
    }
  }
}
for (const id of ids) {
  const [x, y] = geo.regions[id]!.label;
  svg += `<circle cx="${x}" cy="${y}" r="${u(2.5)}" fill="#000"/>`;
  svg += `<text x="${x}" y="${y - u(4)}" font-size="${u(11)}" font-family="sans-serif" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="${u(3)}">${id}</text>`;
}
const html = `<!doctype html><html><body style="margin:0;background:#fff">
<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(zw! * scale)}" height="${Math.round(zh! * scale)}" viewBox="${zx} ${zy} ${zw} ${zh}">${svg}</svg>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'map-preview-'));
const htmlPath = join(dir, 'preview.html');
writeFileSync(htmlPath, html);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: Math.round(zw! * scale), height: Math.round(zh! * scale) } });
  await page.goto(`file://${htmlPath}`);
  await page.screenshot({ path: outPath });
  console.log(`wrote ${outPath}`);
} finally {
  await browser.close();
}
