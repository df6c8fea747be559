/**
 * Checks every scenario file against the engine's schema and its map.
 *
 *   npx tsx scripts/check-scenarios.ts            # ok <file> or every problem
 *   npx tsx scripts/check-scenarios.ts --stats    # also events, choices and units per side
 *
 * Besides `loadScenario`'s own checks it asks two things of the project's data: a
 * scenario's id is its file name, and it lists every region of its map explicitly.
 * Exits 1 on any problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadMap, loadScenario } from '../src/engine/scenario.ts';
import type { DataProblem } from '../src/engine/scenario.ts';
import { SIDES } from '../src/engine/types.ts';
import type { GameMap, Scenario } from '../src/engine/types.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const scenarioDir = join(root, 'scenarios');
const mapDir = join(scenarioDir, 'map');
const showStats = process.argv.includes('--stats');
const rel = (path: string) => relative(root, path);

function readJson(path: string, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push({ file: rel(path), path: '', message: `cannot read JSON: ${(err as Error).message}` });
    return undefined;
  }
}

function stats(s: Scenario): string {
  const units = { blue: 0, red: 0 };
  for (const region of Object.values(s.regions))
    for (const side of SIDES) {
      const f = region.forces?.[side];
      if (f) units[side] += (f.defensive ?? 0) + (f.offensive ?? 0) + (f.missileDefense ?? 0) + (f.strikeMissiles ?? 0);
    }
  const choices = s.events.filter((e) => e.choice).length;
  const random = s.events.filter((e) => e.year === undefined).length;
  return `   ${s.events.length} events (${choices} with a choice, ${random} random), units blue ${units.blue}, red ${units.red}`;
}

/** The project's own conventions, checked on the raw JSON so they show even when the schema fails. */
function projectProblems(json: unknown, map: GameMap, file: string, expectedId: string): DataProblem[] {
  const found: DataProblem[] = [];
  const raw = json as { id?: unknown; regions?: unknown };
  if (typeof raw.id === 'string' && raw.id !== expectedId)
    found.push({ file, path: 'id', message: `id "${raw.id}" should be the file name "${expectedId}"` });
  if (raw.regions && typeof raw.regions === 'object')
    for (const region of map.regions)
      if (!(region.id in raw.regions)) found.push({ file, path: 'regions', message: `region "${region.id}" of map "${map.id}" is not listed` });
  return found;
}

const problems: DataProblem[] = [];
const maps = new Map<string, GameMap>();

for (const name of readdirSync(mapDir).filter((f) => f.endsWith('.json')).sort()) {
  const path = join(mapDir, name);
  const found: DataProblem[] = [];
  const json = readJson(path, found);
  if (json !== undefined) {
    const loaded = loadMap(json, rel(path));
    if (!loaded.ok) found.push(...loaded.error.details.problems);
    else {
      maps.set(loaded.value.id, loaded.value);
      console.log(`ok ${rel(path)}`);
    }
  }
  found.forEach((p) => console.log(formatProblem(p)));
  problems.push(...found);
}

for (const name of readdirSync(scenarioDir).filter((f) => f.endsWith('.json')).sort()) {
  const path = join(scenarioDir, name);
  const file = rel(path);
  const found: DataProblem[] = [];
  const json = readJson(path, found);
  if (json !== undefined) {
    const wanted = (json as { map?: unknown }).map;
    const map = typeof wanted === 'string' ? maps.get(wanted) : undefined;
    if (!map) found.push({ file, path: 'map', message: `no valid map "${String(wanted)}" in ${rel(mapDir)}` });
    else {
      const loaded = loadScenario(json, map, file);
      if (!loaded.ok) found.push(...loaded.error.details.problems);
      found.push(...projectProblems(json, map, file, basename(name, '.json')));
      if (loaded.ok && found.length === 0) {
        console.log(`ok ${file}`);
        if (showStats) console.log(stats(loaded.value));
      }
    }
  }
  found.forEach((p) => console.log(formatProblem(p)));
  problems.push(...found);
}

if (problems.length) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
