/**
 * One way through the house: each folder of src/ sits on a layer, and an import only
 * ever points down — scenario → engine → view → UI or bot → orders → engine, never the
 * reverse. A lower layer that imports a higher one fails here, naming the import. Within
 * a layer imports must not go round in a circle either (a type-only import counts: a
 * screen that names the whole app ties every screen to every other).
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

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+\.ts)['"]/g;

/** The src/ files a file imports (relative imports only: packages cannot import us back). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1] ?? m[2] ?? m[3] ?? '')));
}

/**
 * Every import cycle, one per strongly connected group of files (Tarjan), each as a
 * path that starts and ends at the same file.
 */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      group.push(w);
    }
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => cycleThrough(graph, new Set(group)));
}

/** The shortest way from the group's first file (alphabetically) back to itself, inside the group. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] ?? '';
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let at = v; at !== start; ) {
          at = cameFrom.get(at) ?? start;
          path.unshift(at);
        }
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

describe('layers', () => {
  it('every src/ folder has a layer', () => {
    const folders = readdirSync('src').filter((f) => statSync(join('src', f)).isDirectory());
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  for (const file of files('src')) {
    const from = folderOf(file);
    if (!from) continue;
    it(`${file} imports nothing from a higher layer`, () => {
      const upward: string[] = [];
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (!to || to === from) continue;
        if ((LAYERS[to] ?? Infinity) >= (LAYERS[from] ?? -Infinity)) upward.push(`${relative(dirname(file), target)} (${from} → ${to})`);
      }
      expect(upward).toEqual([]);
    });
  }
});

describe('import cycles', () => {
  it('no file in src/ imports itself back, however far round', () => {
    const graph = new Map(files('src').map((file) => [file, importsOf(file)]));
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('the check finds a cycle when there is one, and names its files in order', () => {
    const graph = new Map([
      ['app.ts', ['screens/index.ts', 'dom.ts']],
      ['screens/index.ts', ['screens/title.ts']],
      ['screens/title.ts', ['app.ts', 'dom.ts']],
      ['dom.ts', []],
      ['self.ts', ['self.ts']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['app.ts', 'screens/index.ts', 'screens/title.ts', 'app.ts'],
      ['self.ts', 'self.ts'],
    ]);
  });
});
