/**
 * Scenario and map loading. A scenario is data; this module checks it against one
 * schema and then against the map (region ids, alignments, forces, events), so a
 * malformed file fails at load time with the file, the JSON path and what is wrong.
 */
import * as v from 'valibot';
import { scheduledIn } from './calendar.ts';
import { refuse } from './result.ts';
import type { Result } from './result.ts';
import { SIDES, TREATIES, UNIT_KINDS, POSTURES } from './types.ts';
import type { EventCondition, GameMap, Scenario, ScenarioEvent, Side } from './types.ts';

const side = v.picklist(SIDES);
const treaty = v.picklist(TREATIES);
const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0, 'a unit count cannot be negative'), v.maxValue(9, 'at most 9 units per region'));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

const effect = v.variant('type', [
  v.strictObject({ type: v.literal('tension'), delta: v.number() }),
  v.strictObject({ type: v.literal('alignment'), region: nonEmpty, delta: v.pipe(v.number(), v.integer()) }),
  v.strictObject({ type: v.literal('perception'), side, delta: v.number() }),
  v.strictObject({ type: v.literal('economy'), side, delta: v.number() }),
  v.strictObject({ type: v.literal('credibility'), side, delta: v.number() }),
  v.strictObject({
    type: v.literal('forces'),
    side,
    region: nonEmpty,
    kind: v.picklist(UNIT_KINDS),
    posture: v.optional(v.picklist(POSTURES)),
    delta: v.pipe(v.number(), v.integer()),
  }),
  v.strictObject({ type: v.literal('treaty'), treaty, action: v.picklist(['enterForce', 'end']) }),
  v.strictObject({ type: v.literal('actionPoints'), side, delta: v.pipe(v.number(), v.integer()) }),
  v.strictObject({ type: v.literal('annex'), region: nonEmpty, side }),
]);

const alignmentStep = v.pipe(v.number(), v.integer(), v.minValue(-3), v.maxValue(3));
const condition: v.GenericSchema<EventCondition> = v.union([
  v.strictObject({ all: v.array(v.lazy(() => condition)) }),
  v.strictObject({ any: v.array(v.lazy(() => condition)) }),
  v.strictObject({ not: v.lazy(() => condition) }),
  v.strictObject({ chose: v.strictObject({ event: nonEmpty, option: nonEmpty }) }),
  v.strictObject({ fired: nonEmpty }),
  v.strictObject({ alignment: v.strictObject({ region: nonEmpty, atLeast: v.optional(alignmentStep), atMost: v.optional(alignmentStep) }) }),
  v.strictObject({ home: v.strictObject({ region: nonEmpty, side }) }),
  v.strictObject({ tension: v.strictObject({ atLeast: v.optional(v.number()), atMost: v.optional(v.number()) }) }),
  v.strictObject({ treaty }),
  v.strictObject({
    crisis: v.strictObject({
      result: v.optional(v.picklist(['bothDeescalate', 'holdWins', 'bothHold', 'escalateWins', 'war', 'brink'])),
      region: v.optional(nonEmpty),
    }),
  }),
]);

const flashpointSchema = v.strictObject({
  region: nonEmpty,
  weight: v.optional(v.pipe(v.number(), v.minValue(0))),
  when: v.optional(condition),
});

const scenarioEvent = v.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  text: nonEmpty,
  year: v.optional(v.pipe(v.number(), v.integer())),
  chance: v.optional(probability),
  when: v.optional(condition),
  until: v.optional(v.pipe(v.number(), v.integer())),
  effects: v.array(effect),
  choice: v.optional(
    v.strictObject({
      side,
      prompt: nonEmpty,
      options: v.pipe(
        v.array(v.strictObject({ id: nonEmpty, label: nonEmpty, effects: v.array(effect) })),
        v.minLength(2, 'a choice needs at least two options'),
      ),
    }),
  ),
});

const briefing = v.strictObject({
  title: nonEmpty,
  situation: nonEmpty,
  securityDilemma: nonEmpty,
  revisionism: nonEmpty,
  goals: v.strictObject({ security: nonEmpty, revisionist: nonEmpty }),
});

const scenarioSide = v.strictObject({
  name: nonEmpty,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')),
  actionPoints: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  economy: v.pipe(v.number(), v.minValue(0)),
  priorHostility: v.pipe(v.number(), v.minValue(0.01), v.maxValue(0.99)),
  fear: v.pipe(v.number(), v.minValue(0), v.maxValue(0.5)),
  credibility: probability,
  revisionistPrior: probability,
  targets: v.array(nonEmpty),
  briefing,
});

const forces = v.strictObject({
  defensive: v.optional(count),
  offensive: v.optional(count),
  missileDefense: v.optional(count),
  strikeMissiles: v.optional(count),
});

const scenarioRegion = v.strictObject({
  alignment: v.pipe(v.number(), v.integer(), v.minValue(-3), v.maxValue(3)),
  home: v.optional(side),
  contested: v.optional(v.boolean()),
  backers: v.optional(v.pipe(v.array(side), v.minLength(1), v.maxLength(2))),
  forces: v.optional(v.strictObject({ blue: v.optional(forces), red: v.optional(forces) })),
});

/** Par against each rival intent: a typical score for each year. */
const yearly = v.array(v.number());
const rivalPars = v.strictObject({ security: yearly, revisionist: yearly });
const intentPars = v.strictObject({ security: rivalPars, revisionist: rivalPars });

export const scenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'an id is lower-case letters, digits and dashes')),
  name: nonEmpty,
  year: v.pipe(v.number(), v.integer()),
  turns: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
  summary: nonEmpty,
  map: nonEmpty,
  sides: v.strictObject({ blue: scenarioSide, red: scenarioSide }),
  world: v.strictObject({
    tension: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
    distinguishability: probability,
    offenseAdvantage: v.pipe(v.number(), v.minValue(0.2), v.maxValue(1)),
    noise: v.pipe(v.number(), v.minValue(0), v.maxValue(0.5)),
    treaties: v.array(treaty),
  }),
  regions: v.record(v.string(), scenarioRegion),
  events: v.array(scenarioEvent),
  flashpoints: v.optional(v.array(flashpointSchema)),
  pars: v.strictObject({ blue: intentPars, red: intentPars }),
  lab: v.optional(
    v.array(v.strictObject({ key: nonEmpty, label: nonEmpty, min: v.number(), max: v.number(), step: v.number() })),
  ),
  lesson: v.optional(
    v.strictObject({
      years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(2, 'a lesson plays at least two years')),
      pars: v.strictObject({ blue: intentPars, red: intentPars }),
    }),
  ),
});

const mapSchema = v.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  note: v.optional(v.string()),
  regions: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(/^[a-z_]+$/)),
        name: nonEmpty,
        value: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)),
        port: v.boolean(),
        neighbors: v.array(v.string()),
        sources: v.array(v.strictObject({ country: v.string(), cut: v.optional(v.string()) })),
      }),
    ),
    v.minLength(2),
  ),
});

/** A problem found in a data file: where it is and what is wrong. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

/** A JSON path like `regions.poland.forces` or `events[3].year`; odd keys are quoted. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => {
      if (typeof item.key === 'number') return `[${item.key}]`;
      const key = String(item.key);
      return /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    })
    .join('')
    .replace(/^\./, '');
}

/** valibot's wording for strict objects, said the way a scenario author would. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  const unknown = /^Invalid key: Expected never but received (.*)$/.exec(issue.message);
  if (unknown) return `unknown field ${unknown[1]}`;
  const missing = /^Invalid key: Expected (".*") but received undefined$/.exec(issue.message);
  if (missing) return `missing field ${missing[1]}`;
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.received !== 'Object') return `expected an object, got ${issue.received}`;
  return issue.message;
}

function schemaProblems(file: string, issues: readonly v.BaseIssue<unknown>[]): DataProblem[] {
  return issues.map((issue) => ({ file, path: pathOf(issue), message: plainMessage(issue) }));
}

/**
 * Stable codes for a data file that cannot be loaded: it does not fit the schema, or it
 * fits but contradicts itself or its map (an unknown region, a neighbour not listed back…).
 */
export const LOADING_CODES = ['MAP_SCHEMA', 'MAP_INCONSISTENT', 'SCENARIO_SCHEMA', 'SCENARIO_INCONSISTENT'] as const;
export type LoadingCode = (typeof LOADING_CODES)[number];

/** A loaded file, or every problem found in it (`error.details.problems`, each with its JSON path). */
export type Loading<T> = Result<T, LoadingCode, { problems: DataProblem[] }>;

function refuseFile<T>(code: LoadingCode, problems: DataProblem[]): Loading<T> {
  return refuse(code, problems.map(formatProblem).join('\n'), { problems });
}

/** Checks a map file: schema, unique ids, symmetric neighbours that exist. */
export function loadMap(json: unknown, file = 'map'): Loading<GameMap> {
  const parsed = v.safeParse(mapSchema, json);
  if (!parsed.success) return refuseFile('MAP_SCHEMA', schemaProblems(file, parsed.issues));
  const map = parsed.output;
  const problems: DataProblem[] = [];
  const ids = new Map<string, number>();
  map.regions.forEach((r, i) => {
    const first = ids.get(r.id);
    if (first !== undefined) problems.push({ file, path: `regions[${i}].id`, message: `region id "${r.id}" is already used by regions[${first}]` });
    else ids.set(r.id, i);
  });
  if (problems.length) return refuseFile('MAP_INCONSISTENT', problems);
  map.regions.forEach((region, i) => {
    region.neighbors.forEach((n, j) => {
      const other = ids.get(n);
      const path = `regions[${i}].neighbors[${j}]`;
      if (other === undefined) problems.push({ file, path, message: `unknown region "${n}"` });
      else if (!map.regions[other]?.neighbors.includes(region.id))
        problems.push({ file, path, message: `"${n}" does not list "${region.id}" back as a neighbour` });
    });
  });
  return problems.length ? refuseFile('MAP_INCONSISTENT', problems) : { ok: true, value: map };
}

/**
 * Checks a scenario against the schema and then against its map: every region id,
 * alignment, force, target, treaty and event must refer to something real.
 */
export function loadScenario(json: unknown, map: GameMap, file = 'scenario'): Loading<Scenario> {
  const parsed = v.safeParse(scenarioSchema, json);
  if (!parsed.success) return refuseFile('SCENARIO_SCHEMA', schemaProblems(file, parsed.issues));
  const scenario = parsed.output as Scenario;
  const problems: DataProblem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const regionIds = new Set(map.regions.map((r) => r.id));
  if (scenario.map !== map.id) add('map', `scenario wants map "${scenario.map}" but was given "${map.id}"`);

  for (const [id, region] of Object.entries(scenario.regions)) {
    const path = `regions.${id}`;
    if (!regionIds.has(id)) {
      add(path, `unknown region "${id}"`);
      continue;
    }
    if (region.home && region.alignment !== (region.home === 'blue' ? 3 : -3))
      add(`${path}.alignment`, `a ${region.home} home region must have alignment ${region.home === 'blue' ? 3 : -3}, not ${region.alignment}`);
    if (region.home && region.contested) add(`${path}.contested`, 'a home region cannot be contested');
    if (region.backers && !region.contested) add(`${path}.backers`, 'only a contested region has a conflict to back');
    if (region.backers && new Set(region.backers).size !== region.backers.length) add(`${path}.backers`, 'a side is listed twice');
    for (const s of SIDES) {
      const f = region.forces?.[s];
      if (!f) continue;
      const total = (f.defensive ?? 0) + (f.offensive ?? 0) + (f.missileDefense ?? 0) + (f.strikeMissiles ?? 0);
      if (total > 9) add(`${path}.forces.${s}`, `${total} units: at most 9 per side per region`);
      const towards = s === 'blue' ? region.alignment : -region.alignment;
      if (total > 0 && towards <= -2 && !region.contested)
        add(`${path}.forces.${s}`, `${s} units in a region aligned with the rival (alignment ${region.alignment})`);
    }
  }
  const homes: Record<Side, number> = { blue: 0, red: 0 };
  for (const region of Object.values(scenario.regions)) if (region.home) homes[region.home]++;
  for (const s of SIDES) {
    if (homes[s] === 0) add('regions', `${s} has no home region`);
    scenario.sides[s].targets.forEach((t, i) => {
      if (!regionIds.has(t)) add(`sides.${s}.targets[${i}]`, `unknown region "${t}"`);
    });
  }
  if (new Set(scenario.world.treaties).size !== scenario.world.treaties.length) add('world.treaties', 'a treaty is listed twice');
  for (const s of SIDES)
    for (const mine of ['security', 'revisionist'] as const)
      for (const theirs of ['security', 'revisionist'] as const)
        if (scenario.pars[s][mine][theirs].length !== scenario.turns)
          add(`pars.${s}.${mine}.${theirs}`, `a par has one number per year: ${scenario.turns}, not ${scenario.pars[s][mine][theirs].length}`);

  const eventIds = new Set<string>();
  scenario.events.forEach((event, i) => {
    const path = `events[${i}]`;
    if (eventIds.has(event.id)) add(`${path}.id`, `event id "${event.id}" is used twice`);
    eventIds.add(event.id);
    if (event.year === undefined && event.chance === undefined) add(path, 'an event needs a year (scheduled) or a chance (random)');
    if (event.year !== undefined && (event.year < scenario.year || event.year >= scenario.year + scenario.turns))
      add(`${path}.year`, `year ${event.year} is outside the scenario (${scenario.year}–${scenario.year + scenario.turns - 1})`);
    const effectLists = [{ path: `${path}.effects`, effects: event.effects }];
    event.choice?.options.forEach((o, j) => effectLists.push({ path: `${path}.choice.options[${j}].effects`, effects: o.effects }));
    if (event.choice && new Set(event.choice.options.map((o) => o.id)).size !== event.choice.options.length)
      add(`${path}.choice.options`, 'option ids must be unique');
    if (event.effects.length === 0 && !event.choice) add(`${path}.effects`, 'an event must do something: give effects or a choice');
    for (const list of effectLists)
      list.effects.forEach((e, k) => {
        if ((e.type === 'alignment' || e.type === 'forces' || e.type === 'annex') && !regionIds.has(e.region))
          add(`${list.path}[${k}].region`, `unknown region "${e.region}"`);
        if (e.type === 'annex' && !scenario.regions[e.region]?.contested)
          add(`${list.path}[${k}].region`, `"${e.region}" is not contested: only a contested region can be annexed`);
        if (e.type === 'alignment' && scenario.regions[e.region]?.home)
          add(`${list.path}[${k}].region`, `"${e.region}" is a home region: its alignment cannot change`);
      });
  });
  scenario.events.forEach((event, i) => {
    if (event.when) checkCondition(event.when, `events[${i}].when`, scenario, regionIds, add, event.year);
    if (event.until !== undefined && (event.year === undefined || event.until < event.year))
      add(`events[${i}].until`, 'until closes the window of a scheduled event: it needs a year at or before it');
  });
  scenario.flashpoints?.forEach((f, i) => {
    if (!regionIds.has(f.region)) add(`flashpoints[${i}].region`, `unknown region "${f.region}"`);
    else if (scenario.regions[f.region]?.home) add(`flashpoints[${i}].region`, `"${f.region}" is a home region: crises open over regions still in play`);
    if (f.when) checkCondition(f.when, `flashpoints[${i}].when`, scenario, regionIds, add);
  });
  if (scenario.lesson) checkLesson(scenario, add);
  if (scenario.lab) {
    scenario.lab.forEach((s, i) => {
      if (!LAB_KEYS.includes(s.key)) add(`lab[${i}].key`, `unknown setting "${s.key}" (known: ${LAB_KEYS.join(', ')})`);
      if (s.min > s.max) add(`lab[${i}]`, 'min is above max');
    });
  }
  return problems.length ? refuseFile('SCENARIO_INCONSISTENT', problems) : { ok: true, value: scenario };
}

/**
 * A lesson's years are key years of the scenario, in order, starting with its first; its
 * pars have one number per lesson year; and an event that waits on an answer must still
 * be able to fire in a later lesson turn than the one that asks the question (the
 * skipped years' events come together in the next played year).
 */
function checkLesson(scenario: Scenario, add: (path: string, message: string) => void): void {
  const lesson = scenario.lesson;
  if (!lesson) return;
  const last = scenario.year + scenario.turns - 1;
  const years = lesson.years;
  if (years[0] !== scenario.year) add('lesson.years[0]', `a lesson starts in the scenario's first year, ${scenario.year}, not ${years[0]}`);
  years.forEach((y, i) => {
    if (y < scenario.year || y > last) add(`lesson.years[${i}]`, `year ${y} is outside the scenario (${scenario.year}–${last})`);
    const before = years[i - 1];
    if (before !== undefined && y <= before) add(`lesson.years[${i}]`, `the lesson's years go forward: ${y} comes after ${before}`);
  });
  if (years.length >= scenario.turns) add('lesson.years', `a lesson is shorter than the full game: fewer than ${scenario.turns} years, not ${years.length}`);
  for (const s of SIDES)
    for (const mine of ['security', 'revisionist'] as const)
      for (const theirs of ['security', 'revisionist'] as const)
        if (lesson.pars[s][mine][theirs].length !== years.length)
          add(`lesson.pars.${s}.${mine}.${theirs}`, `a lesson par has one number per lesson year: ${years.length}, not ${lesson.pars[s][mine][theirs].length}`);
  if (outOfOrder(years)) return;
  // The lesson turns (1-based) in which a scheduled event may fire.
  const turnsOf = (e: ScenarioEvent | undefined): number[] => {
    const out: number[] = [];
    years.forEach((y, i) => {
      const from = i === 0 ? scenario.year : (years[i - 1] ?? 0) + 1;
      if (e && scheduledIn(e, from, y)) out.push(i + 1);
    });
    return out;
  };
  scenario.events.forEach((event, i) => {
    if (!event.when) return;
    const mine = turnsOf(event);
    const lastTurn = mine[mine.length - 1];
    if (lastTurn === undefined) return;
    for (const asked of chosenEvents(event.when)) {
      const first = turnsOf(scenario.events.find((e) => e.id === asked))[0];
      if (first !== undefined && first >= lastTurn)
        add(`events[${i}].when`, `in the lesson "${event.id}" waits on the answer to "${asked}", but both come in ${years[lastTurn - 1]}: play a year between them`);
    }
  });
}

function outOfOrder(years: readonly number[]): boolean {
  return years.some((y, i) => i > 0 && y <= (years[i - 1] ?? 0));
}

/** The events whose answers a condition waits on. */
function chosenEvents(c: EventCondition): string[] {
  if ('all' in c) return c.all.flatMap(chosenEvents);
  if ('any' in c) return c.any.flatMap(chosenEvents);
  if ('not' in c) return chosenEvents(c.not);
  if ('chose' in c) return [c.chose.event];
  return [];
}

/**
 * Every event, option and region a condition names must exist. An answer is known only
 * once its turn has resolved, so an event that waits on one must come in a later year.
 */
function checkCondition(
  c: EventCondition,
  path: string,
  scenario: Scenario,
  regionIds: ReadonlySet<string>,
  add: (path: string, message: string) => void,
  year?: number,
): void {
  const sub = (x: EventCondition, p: string) => checkCondition(x, p, scenario, regionIds, add, year);
  if ('all' in c) c.all.forEach((x, i) => sub(x, `${path}.all[${i}]`));
  else if ('any' in c) c.any.forEach((x, i) => sub(x, `${path}.any[${i}]`));
  else if ('not' in c) sub(c.not, `${path}.not`);
  else if ('chose' in c) {
    const event = scenario.events.find((e) => e.id === c.chose.event);
    if (!event) add(`${path}.chose.event`, `unknown event "${c.chose.event}"`);
    else if (!event.choice?.options.some((o) => o.id === c.chose.option))
      add(`${path}.chose.option`, `event "${c.chose.event}" has no option "${c.chose.option}"`);
    else if (year !== undefined && event.year !== undefined && event.year >= year)
      add(`${path}.chose.event`, `"${c.chose.event}" is answered in ${event.year}: an event that waits on the answer must come in a later year`);
  } else if ('fired' in c) {
    if (!scenario.events.some((e) => e.id === c.fired)) add(`${path}.fired`, `unknown event "${c.fired}"`);
  } else if ('alignment' in c) {
    if (!regionIds.has(c.alignment.region)) add(`${path}.alignment.region`, `unknown region "${c.alignment.region}"`);
  } else if ('home' in c) {
    if (!regionIds.has(c.home.region)) add(`${path}.home.region`, `unknown region "${c.home.region}"`);
  } else if ('crisis' in c) {
    if (c.crisis.region !== undefined && !regionIds.has(c.crisis.region)) add(`${path}.crisis.region`, `unknown region "${c.crisis.region}"`);
  }
}

/** Settings a Lab scenario or the simulator may change (GameOptions.settings keys). */
export const LAB_KEYS: readonly string[] = [
  'distinguishability',
  'offenseAdvantage',
  'noise',
  'tension',
  'blue.priorHostility',
  'red.priorHostility',
  'blue.fear',
  'red.fear',
  'blue.credibility',
  'red.credibility',
  'blue.revisionistPrior',
  'red.revisionistPrior',
];

