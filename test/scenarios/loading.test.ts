/**
 * Scenario and map loading: every shipped file loads; a malformed file fails at load
 * time with a message naming the file, the JSON path and what is wrong.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGame } from '../../src/cli/args.ts';
import { createGame, newGame } from '../../src/engine/index.ts';
import { formatProblem, loadMap, loadScenario } from '../../src/engine/scenario.ts';
import type { DataProblem } from '../../src/engine/scenario.ts';
import { MAP, SCENARIOS } from '../../src/scenarios/catalog.ts';
import { ROOT, fixtureJson } from '../helpers.ts';
import type { FixtureScenario } from '../helpers.ts';

const SCENARIO_DIR = join(ROOT, 'scenarios');
const MAP_FILE = join(SCENARIO_DIR, 'map', 'europe.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const shippedFiles = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json'));

describe('shipped data', () => {
  it('the map loads: unique ids, neighbours that exist and list each other back', () => {
    const loaded = loadMap(readJson(MAP_FILE), 'scenarios/map/europe.json');
    expect(loaded.ok ? [] : loaded.error.details.problems.map(formatProblem)).toEqual([]);
  });

  it.each(shippedFiles)('%s loads without a problem, its id is its file name, and a game starts from it', (file) => {
    const loaded = loadScenario(readJson(join(SCENARIO_DIR, file)), MAP, `scenarios/${file}`);
    expect(loaded.ok ? [] : loaded.error.details.problems.map(formatProblem)).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.id).toBe(basename(file, '.json'));
    expect(SCENARIOS.map((s) => s.id)).toContain(loaded.value.id);
    const game = createGame(loaded.value, MAP);
    for (const intent of ['security', 'revisionist'] as const) {
      const s = newGame(game, { seed: 1, intents: { blue: intent, red: intent } });
      expect(s.turn).toBe(1);
      expect(s.year).toBe(loaded.value.year);
      if (loaded.value.lesson) expect(newGame(game, { seed: 1, intents: { blue: intent, red: intent }, length: 'lesson' }).year).toBe(loaded.value.year);
    }
  });

  it('the catalog holds every shipped scenario and nothing else', () => {
    expect(SCENARIOS.map((s) => `${s.id}.json`).sort()).toEqual([...shippedFiles].sort());
  });

  it('the test fixture loads', () => {
    const loaded = loadScenario(fixtureJson(), MAP, 'test/fixtures/fixture.json');
    expect(loaded.ok).toBe(true);
  });
});

type Breaker = (s: FixtureScenario) => void;

/** Loads a broken copy of the fixture; it must fail. */
function problemsOf(breakIt: Breaker, file = 'scenarios/broken.json'): DataProblem[] {
  const raw = fixtureJson() as unknown as FixtureScenario;
  breakIt(raw);
  const loaded = loadScenario(raw, MAP, file);
  if (loaded.ok) throw new Error('the broken scenario loaded');
  return loaded.error.details.problems;
}

const event = (extra: Record<string, unknown>) => ({ id: 'extra', title: 'Extra', text: 'Something.', ...extra });

/** Gives the fixture a lesson of these years (pars of the right length, but Blue's first par table of `parYears`, if given). */
function lesson(years: number[], parYears = years.length): Breaker {
  const yearly = (n = years.length) => Array.from({ length: n }, () => 0);
  const intents = () => ({ security: { security: yearly(), revisionist: yearly() }, revisionist: { security: yearly(), revisionist: yearly() } });
  const blue = { ...intents(), security: { security: yearly(parYears), revisionist: yearly() } };
  return (s) => void (s.lesson = { years, pars: { blue, red: intents() } });
}

const MALFORMED: [string, Breaker, string, RegExp][] = [
  ['a lesson that does not start in the scenario’s first year', lesson([2001, 2003, 2005]), 'lesson.years[0]', /starts in the scenario's first year, 2000/],
  ['a lesson year outside the scenario', lesson([2000, 2004, 2012]), 'lesson.years[2]', /outside the scenario/],
  ['lesson years out of order', lesson([2000, 2005, 2003]), 'lesson.years[2]', /go forward/],
  ['a lesson as long as the full game', lesson([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]), 'lesson.years', /shorter than the full game/],
  ['a lesson par of the wrong length', lesson([2000, 2003, 2006], 4), 'lesson.pars.blue.security.security', /one number per lesson year: 3, not 4/],
  [
    'a lesson in which an event comes in the same turn as the question it waits on',
    (s) => {
      s.events.push(event({ year: 2004, when: { chose: { event: 'choice', option: 'push' } }, effects: [{ type: 'tension', delta: 1 }] }));
      lesson([2000, 2002, 2005])(s);
    },
    'events[3].when',
    /in the lesson "extra" waits on the answer to "choice", but both come in 2005/,
  ],
  ['an unknown region id in regions', (s) => void (s.regions.narnia = { alignment: 0 }), 'regions.narnia', /unknown region "narnia"/],
  ['an unknown region among the targets', (s) => void s.sides.red.targets.push('atlantis'), 'sides.red.targets[4]', /unknown region "atlantis"/],
  [
    'an unknown region in an event effect',
    (s) => void s.events.push(event({ year: 2001, effects: [{ type: 'alignment', region: 'atlantis', delta: 1 }] })),
    'events[3].effects[0].region',
    /unknown region "atlantis"/,
  ],
  [
    'an unknown region in an event choice’s effect',
    (s) => {
      const choice = s.events[1]?.choice as { options: { effects: { region?: string }[] }[] };
      const effect = choice.options[1]?.effects[0];
      if (effect) effect.region = 'atlantis';
    },
    'events[1].choice.options[1].effects[0].region',
    /unknown region "atlantis"/,
  ],
  [
    'an unknown region in a forces effect',
    (s) => void s.events.push(event({ chance: 0.1, effects: [{ type: 'forces', side: 'blue', region: 'atlantis', kind: 'troops', delta: 1 }] })),
    'events[3].effects[0].region',
    /unknown region "atlantis"/,
  ],
  ['alignment 4', (s) => void (s.regions.poland!.alignment = 4), 'regions.poland.alignment', /3/],
  ['alignment −4', (s) => void (s.regions.sweden!.alignment = -4), 'regions.sweden.alignment', /-3/],
  ['a fractional alignment', (s) => void (s.regions.poland!.alignment = 2.5), 'regions.poland.alignment', /integer/i],
  ['a home region at alignment 1', (s) => void (s.regions.germany!.alignment = 1), 'regions.germany.alignment', /home region must have alignment 3/],
  ['a Red home region at alignment −2', (s) => void (s.regions.kaliningrad!.alignment = -2), 'regions.kaliningrad.alignment', /alignment -3/],
  ['negative forces', (s) => void (s.regions.germany!.forces = { blue: { defensive: -1 } }), 'regions.germany.forces.blue.defensive', /negative/],
  ['more than 9 units', (s) => void (s.regions.germany!.forces = { blue: { defensive: 6, offensive: 4 } }), 'regions.germany.forces.blue', /at most 9/],
  ['backers of a region without a conflict', (s) => void (s.regions.poland!.backers = ['red']), 'regions.poland.backers', /only a contested region/],
  ['a backer listed twice', (s) => void (s.regions.crimea = { alignment: -1, contested: true, backers: ['red', 'red'] }), 'regions.crimea.backers', /listed twice/],
  ['units in a rival bloc region', (s) => void (s.regions.belarus!.forces = { blue: { defensive: 1 } }), 'regions.belarus.forces.blue', /aligned with the rival/],
  ['an unknown treaty', (s) => void (s.world.treaties = ['openSkies', 'salt']), 'world.treaties[1]', /salt/],
  ['an event year before the scenario', (s) => void ((s.events[0] as { year: number }).year = 1999), 'events[0].year', /outside the scenario \(2000–2009\)/],
  ['an event year after the scenario', (s) => void ((s.events[0] as { year: number }).year = 2010), 'events[0].year', /outside the scenario/],
  ['an event with neither year nor chance', (s) => void delete (s.events[0] as { year?: number }).year, 'events[0]', /year.*chance/],
  ['an event that does nothing', (s) => void s.events.push(event({ year: 2001, effects: [] })), 'events[3].effects', /must do something/],
  ['an alignment event on a home region', (s) => void s.events.push(event({ year: 2001, effects: [{ type: 'alignment', region: 'germany', delta: -1 }] })), 'events[3].effects[0].region', /home region/],
  ['a duplicated event id', (s) => void s.events.push(event({ id: 'scheduled', year: 2001, effects: [{ type: 'tension', delta: 1 }] })), 'events[3].id', /used twice/],
  ['a treaty listed twice', (s) => void (s.world.treaties = ['cfe', 'cfe']), 'world.treaties', /twice/],
  [
    'a condition on an unknown event',
    (s) => void s.events.push(event({ year: 2003, when: { fired: 'nothing' }, effects: [{ type: 'tension', delta: 1 }] })),
    'events[3].when.fired',
    /unknown event "nothing"/,
  ],
  [
    'a condition on an answer not yet given (same year)',
    (s) => void s.events.push(event({ year: 2003, when: { all: [{ chose: { event: 'choice', option: 'push' } }] }, effects: [{ type: 'tension', delta: 1 }] })),
    'events[3].when.all[0].chose.event',
    /later year/,
  ],
  [
    'a condition on an option the choice does not have',
    (s) => void s.events.push(event({ year: 2005, when: { chose: { event: 'choice', option: 'surrender' } }, effects: [{ type: 'tension', delta: 1 }] })),
    'events[3].when.chose.option',
    /no option "surrender"/,
  ],
  ['an annexation of a region that is not contested', (s) => void s.events.push(event({ year: 2001, effects: [{ type: 'annex', region: 'poland', side: 'red' }] })), 'events[3].effects[0].region', /not contested/],
  ['a flashpoint that is a home', (s) => void (s.flashpoints = [{ region: 'germany' }]), 'flashpoints[0].region', /home region/],
  ['a window that closes before it opens', (s) => void s.events.push(event({ year: 2004, until: 2002, effects: [{ type: 'tension', delta: 1 }] })), 'events[3].until', /needs a year at or before/],
  ['a side without a home', (s) => Object.values(s.regions).forEach((r) => r.home === 'red' && (delete r.home, (r.alignment = -3))), 'regions', /red has no home region/],
];

describe('a malformed scenario fails with the file, the JSON path and what is wrong', () => {
  it.each(MALFORMED)('%s', (_name, breakIt, path, what) => {
    const problems = problemsOf(breakIt);
    const problem = problems.find((p) => p.path === path);
    expect(problem, `no problem at ${path}; got: ${problems.map(formatProblem).join(' | ')}`).toBeDefined();
    if (!problem) return;
    expect(problem.message).toMatch(what);
    expect(formatProblem(problem)).toBe(`scenarios/broken.json: ${path}: ${problem.message}`);
    // One mistake, one message: no cascade of follow-on problems.
    expect(problems.length).toBeLessThanOrEqual(2);
  });

  it('a lesson whose waiting event comes a played year after its question loads', () => {
    const raw = fixtureJson() as unknown as FixtureScenario;
    raw.events.push(event({ year: 2004, when: { chose: { event: 'choice', option: 'push' } }, effects: [{ type: 'tension', delta: 1 }] }));
    lesson([2000, 2003, 2005])(raw);
    const loaded = loadScenario(raw, MAP, 'scenarios/lesson.json');
    expect(loaded.ok ? [] : loaded.error.details.problems.map(formatProblem)).toEqual([]);
  });

  it('a value that is not a scenario at all fails at the root', () => {
    for (const junk of ['hello', null, 42]) {
      const loaded = loadScenario(junk, MAP, 'junk.json');
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) {
        expect(loaded.error.code).toBe('SCENARIO_SCHEMA');
        expect(formatProblem(loaded.error.details.problems[0] as DataProblem)).toMatch(/^junk\.json: \(root\): /);
      }
    }
  });

  it('an unknown field is named as unknown (not "Expected never")', () => {
    const [problem] = problemsOf((s) => void (s.regions.germany!.forces = { blue: { tanks: 1 } }));
    expect(problem?.path).toBe('regions.germany.forces.blue.tanks');
    expect(problem?.message).toMatch(/unknown|not allowed|unexpected/i);
  });

  it('a missing field is named as missing (not "Invalid key … received undefined")', () => {
    const [problem] = problemsOf((s) => void delete s.name);
    expect(problem?.path).toBe('name');
    expect(problem?.message).toMatch(/missing|required/i);
  });
});

describe('a malformed map fails with the file, the JSON path and what is wrong', () => {
  const broken = (f: (m: { regions: { id: string; neighbors: string[]; value: number }[] }) => void) => {
    const m = readJson(MAP_FILE) as { regions: { id: string; neighbors: string[]; value: number }[] };
    f(m);
    const loaded = loadMap(m, 'scenarios/map/europe.json');
    if (loaded.ok) throw new Error('the broken map loaded');
    return loaded.error.details.problems;
  };

  it('an unknown neighbour', () => {
    expect(broken((m) => m.regions[1]?.neighbors.push('atlantis')).map(formatProblem)).toEqual([
      'scenarios/map/europe.json: regions[1].neighbors[4]: unknown region "atlantis"',
    ]);
  });

  it('a neighbour that does not list the region back', () => {
    expect(broken((m) => m.regions[1]?.neighbors.push('crimea')).map(formatProblem)).toEqual([
      'scenarios/map/europe.json: regions[1].neighbors[4]: "crimea" does not list "uk" back as a neighbour',
    ]);
  });

  it('a duplicated region id is named at its place, without a cascade of follow-on problems', () => {
    const problems = broken((m) => {
      const germany = m.regions[5];
      if (germany) germany.id = 'uk';
    });
    expect(problems[0]?.path).toBe('regions[5].id');
    expect(problems[0]?.message).toMatch(/"uk"/);
    expect(problems.length).toBeLessThanOrEqual(2);
  });
});

describe('a refused file carries a stable code, every problem, and all of them in its message', () => {
  const codeOf = (loaded: { ok: boolean; error?: { code: string } }) => (loaded.ok ? 'loaded' : loaded.error?.code);

  it('a scenario that does not fit the schema is SCENARIO_SCHEMA; one that contradicts its map is SCENARIO_INCONSISTENT', () => {
    const unnamed = fixtureJson() as unknown as FixtureScenario;
    delete (unnamed as { name?: string }).name;
    expect(codeOf(loadScenario(unnamed, MAP, 'a.json'))).toBe('SCENARIO_SCHEMA');
    const lost = fixtureJson() as unknown as FixtureScenario;
    lost.sides.red.targets.push('atlantis');
    const loaded = loadScenario(lost, MAP, 'b.json');
    expect(codeOf(loaded)).toBe('SCENARIO_INCONSISTENT');
    if (!loaded.ok) expect(loaded.error.message).toBe(loaded.error.details.problems.map(formatProblem).join('\n'));
  });

  it('a map that does not fit the schema is MAP_SCHEMA; one whose neighbours disagree is MAP_INCONSISTENT', () => {
    expect(codeOf(loadMap({ id: 'm', name: 'M', regions: [] }, 'm.json'))).toBe('MAP_SCHEMA');
    const m = readJson(MAP_FILE) as { regions: { neighbors: string[] }[] };
    m.regions[1]?.neighbors.push('crimea');
    expect(codeOf(loadMap(m, 'm.json'))).toBe('MAP_INCONSISTENT');
  });
});

describe('scenario files given by path (as the CLI loads them)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-scenarios-'));

  it('a file that is not JSON fails naming the file and saying it is not valid JSON', () => {
    const path = join(dir, 'garbage.json');
    writeFileSync(path, 'this is { not json');
    expect(() => loadGame(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });

  it('a malformed scenario file fails naming the file and the JSON path', () => {
    const raw = fixtureJson() as unknown as FixtureScenario;
    raw.regions.poland!.alignment = 4;
    const path = join(dir, 'bad-alignment.json');
    writeFileSync(path, JSON.stringify(raw));
    expect(() => loadGame(path)).toThrow(`${path}: regions.poland.alignment: `);
  });

  it('a good scenario file loads', () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, JSON.stringify(fixtureJson()));
    expect(loadGame(path).scenario.id).toBe('fixture');
  });
});
