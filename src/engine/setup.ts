/**
 * Creating a game state from a scenario and options, and copying states cheaply.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import { calendar, yearOfTurn } from './calendar.ts';
import { Dice, seedState } from './dice.ts';
import { ENGINE_VERSION, TREATY_RULES } from './rules.ts';
import { clampBelief, logit, sigmoid } from './perception.ts';
import { startTurn } from './turn.ts';
import { effectiveDistinguishability } from './treaties.ts';
import { SIDES } from './types.ts';
import type { Forces, GameOptions, GameState, Intent, PerceivedTroops, Side, SideState, Treaty } from './types.ts';

export function emptyPerceived(): PerceivedTroops {
  return { offensive: 0, unknown: 0, defensive: 0 };
}

/** The scenario's starting map, region by region: alignments, homes, separatists and forces. */
interface StartingBoard {
  alignment: readonly number[];
  home: readonly (Side | '')[];
  contested: readonly boolean[];
  forces: Record<Side, readonly Forces[]>;
}

const startingBoards = new WeakMap<Game, StartingBoard>();

/**
 * The starting map, read from the scenario's table of regions once per game rather than
 * for every new state: simulations start thousands of games.
 */
function startingBoard(game: Game): StartingBoard {
  let board = startingBoards.get(game);
  if (board) return board;
  const regions = game.regionIds.map((id) => game.scenario.regions[id]);
  const placed = (side: Side): Forces[] =>
    regions.map((region) => {
      const f = region?.forces?.[side];
      return { defensive: f?.defensive ?? 0, offensive: f?.offensive ?? 0, missileDefense: f?.missileDefense ?? 0, strikeMissiles: f?.strikeMissiles ?? 0 };
    });
  board = {
    alignment: regions.map((region) => region?.alignment ?? 0),
    home: regions.map((region) => region?.home ?? ''),
    contested: regions.map((region) => region?.contested ?? false),
    forces: { blue: placed('blue'), red: placed('red') },
  };
  startingBoards.set(game, board);
  return board;
}

/** A setting from the options, else the scenario's value. */
function setting(options: GameOptions, key: string, fallback: number): number {
  const value = options.settings?.[key];
  return value === undefined ? fallback : value;
}

/**
 * A new game: intents drawn (or taken from the options), forces placed, each side's
 * first reading of the rival's postures made, and turn 1 opened (its events, and a
 * crisis if the scenario starts at high tension). `recordedIntents` is for replay: the
 * intents a record says were drawn, so the options stay as they were given.
 */
export function createState(game: Game, options: GameOptions, recordedIntents?: Record<Side, Intent>): GameState {
  const scenario = game.scenario;
  const dice = new Dice(seedState(options.seed));
  const intents = {} as Record<Side, Intent>;
  for (const side of SIDES) {
    const prior = setting(options, `${side}.revisionistPrior`, scenario.sides[side].revisionistPrior);
    const drawn: Intent = dice.chance(prior) ? 'revisionist' : 'security';
    intents[side] = recordedIntents?.[side] ?? options.intents?.[side] ?? drawn;
  }
  const n = game.regionIds.length;
  const board = startingBoard(game);
  const sides = {} as Record<Side, SideState>;
  for (const side of SIDES) {
    const s = scenario.sides[side];
    const prior = clampBelief(logit(setting(options, `${side}.priorHostility`, s.priorHostility)));
    const forces = new Array<Forces>(n);
    const perceivedTroops = new Array<PerceivedTroops>(n);
    for (let r = 0; r < n; r++) {
      const f = board.forces[side][r] as Forces;
      // Each game its own records: firstReading counts readings up in place, and no state may share with another game.
      forces[r] = { defensive: f.defensive, offensive: f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles };
      perceivedTroops[r] = emptyPerceived();
    }
    sides[side] = {
      intent: intents[side],
      economy: s.economy,
      actionPoints: s.actionPoints,
      belief: prior,
      priorBelief: prior,
      fear: setting(options, `${side}.fear`, s.fear),
      credibility: setting(options, `${side}.credibility`, s.credibility),
      forces,
      perceivedTroops,
      observations: [],
      ledger: [],
      score: 0,
      promises: [],
      assuredTurn: -99,
      apBonus: 0,
      targets: [...s.targets],
    };
  }
  const treaties: Treaty[] = [...(options.treaties ?? scenario.world.treaties)];
  const cal = calendar(game, options.length);
  const state: GameState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed: options.seed,
    intentMode: options.intentMode ?? (options.intents ? 'chosen' : 'random'),
    length: cal.length,
    turn: 1,
    year: yearOfTurn(cal, 1),
    phase: 'planning',
    tension: setting(options, 'tension', scenario.world.tension),
    provocation: { blue: 0, red: 0 },
    distinguishability: setting(options, 'distinguishability', scenario.world.distinguishability),
    offenseAdvantage: setting(options, 'offenseAdvantage', scenario.world.offenseAdvantage),
    noise: setting(options, 'noise', scenario.world.noise),
    rng: [],
    alignment: board.alignment.slice(),
    home: board.home.slice(),
    contested: board.contested.slice(),
    treaties,
    proposals: [],
    ratifyWindow: 0,
    firedEvents: [],
    answers: {},
    currentEvents: [],
    crisisHistory: [],
    sides,
    pending: {},
    publicLog: [],
    tensionHistory: [],
    hostilityHistory: { blue: [], red: [] },
    record: { scenarioId: scenario.id, engineVersion: ENGINE_VERSION, options: cloneOptions(options), intents, steps: [] },
  };
  firstReading(state, dice);
  state.tensionHistory.push(state.tension);
  for (const side of SIDES) state.hostilityHistory[side].push(sigmoid(state.sides[side].belief));
  startTurn(game, state, dice);
  state.rng = dice.state();
  return state;
}

/** At the start each side has seen the rival's troops once: postures read with chance δ. */
function firstReading(state: GameState, dice: Dice): void {
  const delta = effectiveDistinguishability(state);
  for (const side of SIDES) {
    const rivalForces = state.sides[rivalOf(side)].forces;
    const seen = state.sides[side].perceivedTroops;
    // The readings are this new state's own, not yet shared: counted up in place. Defensive
    // units are read first, then offensive ones (the dice are drawn in that order).
    for (let r = 0; r < rivalForces.length; r++) {
      const f = rivalForces[r];
      const p = seen[r];
      if (!f || !p) continue;
      for (let i = 0; i < f.defensive; i++) {
        if (dice.chance(delta)) p.defensive++;
        else p.unknown++;
      }
      for (let i = 0; i < f.offensive; i++) {
        if (dice.chance(delta)) p.offensive++;
        else p.unknown++;
      }
    }
  }
}

/**
 * A copy of the options as JSON would make it (the record must be plain JSON). Most games
 * are started with a seed alone, and a JSON round trip was a fifth of a new game's cost,
 * so that case is copied directly (a finite seed other than −0 reads back the same).
 */
function cloneOptions(options: GameOptions): GameOptions {
  const seed = options.seed;
  let keys = 0;
  for (const _ in options) keys++;
  if (keys === 1 && Object.hasOwn(options, 'seed') && Number.isFinite(seed) && !Object.is(seed, -0)) return { seed };
  return JSON.parse(JSON.stringify(options)) as GameOptions;
}

function cloneSide(s: SideState): SideState {
  // Explicit literals rather than spreads: this is the engine's hottest copy.
  return {
    intent: s.intent,
    economy: s.economy,
    actionPoints: s.actionPoints,
    belief: s.belief,
    priorBelief: s.priorBelief,
    fear: s.fear,
    credibility: s.credibility,
    // Region records are replaced, never changed (forces.ts): share them, copy the arrays.
    forces: s.forces.slice(),
    perceivedTroops: s.perceivedTroops.slice(),
    observations: s.observations.slice(),
    ledger: s.ledger.slice(),
    score: s.score,
    promises: s.promises.slice(),
    assuredTurn: s.assuredTurn,
    apBonus: s.apBonus,
    targets: s.targets,
  };
}

/**
 * A copy of everything a turn can change, as deep as the engine's changes go. Logs and
 * ledgers are append-only and the engine never changes an entry once written; region
 * records (forces, readings) and promises are replaced, never changed; the record and a
 * finished war are replaced too. So copying their arrays (not their entries) is enough,
 * and the old state stays as it was whatever the new one goes through.
 */
export function cloneState(state: GameState): GameState {
  const copy: GameState = {
    engineVersion: state.engineVersion,
    scenarioId: state.scenarioId,
    seed: state.seed,
    intentMode: state.intentMode,
    length: state.length,
    turn: state.turn,
    year: state.year,
    phase: state.phase,
    tension: state.tension,
    provocation: { blue: state.provocation.blue, red: state.provocation.red },
    distinguishability: state.distinguishability,
    offenseAdvantage: state.offenseAdvantage,
    noise: state.noise,
    rng: state.rng.slice(),
    alignment: state.alignment.slice(),
    home: state.home.slice(),
    contested: state.contested.slice(),
    treaties: state.treaties.slice(),
    proposals: state.proposals.slice(),
    ratifyWindow: state.ratifyWindow,
    firedEvents: state.firedEvents.slice(),
    answers: { ...state.answers },
    currentEvents: state.currentEvents.slice(),
    crisisHistory: state.crisisHistory.slice(),
    sides: { blue: cloneSide(state.sides.blue), red: cloneSide(state.sides.red) },
    pending: { ...state.pending },
    publicLog: state.publicLog.slice(),
    tensionHistory: state.tensionHistory.slice(),
    hostilityHistory: { blue: state.hostilityHistory.blue.slice(), red: state.hostilityHistory.red.slice() },
    record: state.record,
  };
  if (state.crisis) copy.crisis = { region: state.crisis.region, choices: { ...state.crisis.choices } };
  if (state.war) copy.war = state.war;
  return copy;
}
