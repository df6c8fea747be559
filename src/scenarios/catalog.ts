/**
 * The scenarios that ship with the game, validated at load. Shared by the browser (Vite
 * bundles the JSON) and the command-line tools (tsx reads it the same way).
 */
import mapJson from '../../scenarios/map/europe.json';
import afterTheWall from '../../scenarios/1991-after-the-wall.json';
import bucharest from '../../scenarios/2008-bucharest.json';
import maidan from '../../scenarios/2014-maidan.json';
import redLines from '../../scenarios/2021-red-lines.json';
import lab from '../../scenarios/lab.json';
import { calendar, createGame, lengthsOf } from '../engine/index.ts';
import type { Game, GameLength, GameMap, Scenario } from '../engine/index.ts';
import { loadMap, loadScenario, ScenarioError } from '../engine/scenario.ts';

const files: Record<string, unknown> = {
  '1991-after-the-wall.json': afterTheWall,
  '2008-bucharest.json': bucharest,
  '2014-maidan.json': maidan,
  '2021-red-lines.json': redLines,
  'lab.json': lab,
};

function load(): { map: GameMap; scenarios: Scenario[] } {
  const map = loadMap(mapJson, 'scenarios/map/europe.json');
  if (!map.ok) throw new ScenarioError(map.error.details.problems);
  const scenarios = Object.entries(files).map(([file, json]) => {
    const loaded = loadScenario(json, map.value, `scenarios/${file}`);
    if (!loaded.ok) throw new ScenarioError(loaded.error.details.problems);
    return loaded.value;
  });
  return { map: map.value, scenarios };
}

const catalog = load();

export const MAP: GameMap = catalog.map;
export const SCENARIOS: readonly Scenario[] = catalog.scenarios;
/** The historical scenarios (everything but the Lab), oldest first. */
export const HISTORICAL_IDS: readonly string[] = SCENARIOS.filter((s) => !s.lab).map((s) => s.id);

const games = new Map<string, Game>();

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** The Game for a shipped scenario id (built once, then shared). */
export function gameFor(id: string): Game | undefined {
  const cached = games.get(id);
  if (cached) return cached;
  const scenario = findScenario(id);
  if (!scenario) return undefined;
  const game = createGame(scenario, MAP);
  games.set(id, game);
  return game;
}

/**
 * How long a game takes two new players, as the setup screen says it: a few minutes per
 * played year (reading the year's events, both sides planning, the resolution) and a
 * few more for the briefings and the debrief. An assumption, not a measurement: it
 * holds for players who plan at the map in a handful of clicks.
 */
export const PLAYING_TIME = { minutesPerYear: 4, minutesAround: 3 };

export interface PlayingTime {
  length: GameLength;
  /** The years the game plays, in order. */
  years: readonly number[];
  /** Estimated minutes for two new players. */
  minutes: number;
}

/** The lengths a shipped game can be played at, each with its years and estimated time. */
export function playingTimes(game: Game): PlayingTime[] {
  return lengthsOf(game.scenario).map((length) => {
    const { years } = calendar(game, length);
    return { length, years, minutes: PLAYING_TIME.minutesAround + PLAYING_TIME.minutesPerYear * years.length };
  });
}
