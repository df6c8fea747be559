/**
 * One way through the house: each folder of src/ sits on a layer, and an import only
 * ever points down — scenario → engine → view → UI or bot → orders → engine, never the
 * reverse. A lower layer that imports a higher one fails here, naming the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Lowest first. Bots never import the AI (the AI may use the bots' scripted policies).
 * bot-api, the one module a student bot imports, sits above bots for the Bot types.
 */
const LAYERS: Record<string, number> = {
  engine: 0,
  scenarios: 1,
  bots: 1,
  'bot-api': 2,
  ai: 2,
  players: 3,
  match: 4,
  tournament: 5,
  ui: 6,
  cli: 6,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(path) ? [path] : [];
  });
}

/** The src/ folder a path lies in ('engine', 'ui', …), or undefined outside src/. */
function folderOf(path: string): string | undefined {
  const parts = relative('src', path).split('/');
  return parts[0] === '..' || parts.length < 2 ? undefined : parts[0];
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

describe('layers', () => {
  it('every src/ folder has a layer', () => {
    const folders = readdirSync('src').filter((f) => statSync(join('src', f)).isDirectory());
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  for (const file of files('src')) {
    const from = folderOf(file);
    if (!from) continue;
    it(`${file} imports nothing from a higher layer`, () => {
      const source = readFileSync(file, 'utf8');
      const upward: string[] = [];
      for (const m of source.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? '';
        const to = folderOf(normalize(join(dirname(file), spec)));
        if (!to || to === from) continue;
        if ((LAYERS[to] ?? Infinity) >= (LAYERS[from] ?? -Infinity)) upward.push(`${spec} (${from} → ${to})`);
      }
      expect(upward).toEqual([]);
    });
  }
});
