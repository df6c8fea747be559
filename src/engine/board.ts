/**
 * The static part of a game: the scenario and its map, indexed for fast rule checks.
 * A Game never changes during play; a GameState refers to it by scenario id.
 */
import { SIDES } from './types.ts';
import type { GameMap, Scenario, ScenarioEvent, Side } from './types.ts';

export interface Game {
  readonly scenario: Scenario;
  readonly map: GameMap;
  /** Region ids in map order; every per-region array in a state uses this order. */
  readonly regionIds: readonly string[];
  readonly regionNames: readonly string[];
  readonly regionIndex: ReadonlyMap<string, number>;
  readonly neighbors: readonly (readonly number[])[];
  /** The region and its neighbours (what a unit there threatens or defends). */
  readonly vicinity: readonly (readonly number[])[];
  readonly values: readonly number[];
  readonly ports: readonly boolean[];
  /** The sides that may support or annex in each region (the scenario's `backers`; both by default). */
  readonly backers: readonly (readonly Side[])[];
}

export function createGame(scenario: Scenario, map: GameMap): Game {
  const regionIds = map.regions.map((r) => r.id);
  const regionIndex = new Map(regionIds.map((id, i) => [id, i]));
  const neighbors = map.regions.map((r) => r.neighbors.map((n) => indexOf(regionIndex, n)));
  return {
    scenario,
    map,
    regionIds,
    regionNames: map.regions.map((r) => r.name),
    regionIndex,
    neighbors,
    vicinity: neighbors.map((ns, i) => [i, ...ns]),
    values: map.regions.map((r) => r.value),
    ports: map.regions.map((r) => r.port),
    backers: regionIds.map((id) => scenario.regions[id]?.backers ?? SIDES),
  };
}

/** May `side` take sides in region `r`'s conflict (support or annex there), if it has one? */
export function takesSides(game: Game, side: Side, r: number): boolean {
  return (game.backers[r] ?? SIDES).includes(side);
}

function indexOf(index: ReadonlyMap<string, number>, id: string): number {
  const i = index.get(id);
  if (i === undefined) throw new Error(`map refers to unknown region "${id}"`);
  return i;
}

export function eventById(game: Game, id: string): ScenarioEvent | undefined {
  // A loop, not find(): a closure over `id` at each of the many lookups of a turn.
  for (const e of game.scenario.events) if (e.id === id) return e;
  return undefined;
}

export function rivalOf(side: Side): Side {
  return side === 'blue' ? 'red' : 'blue';
}

/** Alignment of a region seen from a side: +3 is that side's bloc, −3 the rival's. */
export function towards(alignment: number, side: Side): number {
  return side === 'blue' ? alignment : -alignment;
}

/** Alignment value that is `steps` towards `side`. */
export function stepsTowards(side: Side, steps: number): number {
  return side === 'blue' ? steps : -steps;
}

/**
 * What a region is worth to a side. Warm-water ports count one more for Red, which has
 * few of them (why Crimea matters so much to Moscow).
 */
export function regionValue(game: Game, side: Side, region: number): number {
  return (game.values[region] ?? 0) + (side === 'red' && game.ports[region] ? 1 : 0);
}
