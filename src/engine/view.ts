/**
 * What one side may see (DESIGN §8): its own intent, ledger, true postures, pending
 * orders, perception and observation log; of the rival only what is public — unit
 * counts, alignment, tension, treaties, credibility, events. Nothing else leaves the
 * engine before the game is over.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import { calendar } from './calendar.ts';
import type { Situation } from './legal.ts';
import { sigmoid } from './perception.ts';
import { effectiveDistinguishability, effectiveOffenseAdvantage } from './treaties.ts';
import type {
  Commitment,
  CrisisChoice,
  CrisisOutcome,
  Forces,
  GameLength,
  GameState,
  Intent,
  IntentMode,
  Observation,
  Order,
  PerceivedTroops,
  PublicEntry,
  ScoreLine,
  Side,
  SideState,
  UnitCounts,
  WarOutcome,
} from './types.ts';

export interface SideView extends Situation {
  scenarioId: string;
  /**
   * How the intents were set (public, like the rules): drawn from the scenario's prior,
   * chosen by the players, or fixed by a lesson. Only a drawn rival follows the prior.
   */
  intentMode: IntentMode;
  rival: Side;
  year: number;
  /** The game's length (public): the full scenario or its lesson. */
  length: GameLength;
  /** How many turns the game has, and the year each plays (turn t is years[t − 1]). */
  turns: number;
  years: readonly number[];
  tension: number;
  /** Tension each side's own moves have raised so far (public). */
  provocation: Record<Side, number>;
  /** δ, ω, ε in force (treaties included): public rules of the world. */
  distinguishability: number;
  offenseAdvantage: number;
  noise: number;
  /** δ, ω, ε of the world itself, before treaties (the scenario's, or a Lab's settings). */
  baseWorld: { distinguishability: number; offenseAdvantage: number; noise: number };
  units: Record<Side, UnitCounts[]>;
  credibility: Record<Side, number>;
  /** Fear κ of each side: public, from the scenario's history. */
  fear: Record<Side, number>;
  /** Each side's income: the scenario's, changed only by public events. */
  economy: Record<Side, number>;
  /** Action points this turn's events granted (+) or took (−) from each side (public). */
  apBonus: Record<Side, number>;
  /** Each side's standing promises of restraint (public; mine are also in `promises`). */
  restraints: Record<Side, Commitment[]>;
  /** The turn of each side's last public assurance (−99: none yet). */
  assuredTurn: Record<Side, number>;
  crisis?: { region: string; myChoice?: CrisisChoice };
  crisisHistory: CrisisOutcome[];
  /** Scenario events that have fired so far, in order (public). */
  firedEvents: string[];
  /** How each answered event choice was answered: event id → option id (public). */
  answers: Record<string, string>;
  war?: WarOutcome;
  /** Everything that happened in public, as data (describeEntry puts it in words). */
  publicLog: PublicEntry[];
  tensionHistory: number[];
  me: {
    intent: Intent;
    economy: number;
    /** Log-odds that the rival is revisionist. */
    belief: number;
    /** Where my belief started, and where it drifts back to (log-odds). */
    priorBelief: number;
    perceivedHostility: number;
    hostilityHistory: number[];
    observations: Observation[];
    ledger: ScoreLine[];
    score: number;
    targets: string[];
    /** Orders submitted this turn; absent until submitted (an empty list: submitted none). */
    submitted?: Order[];
  };
  /** My reading of the rival's troops, per region. */
  perceivedTroops: PerceivedTroops[];
}

/**
 * Freezes the entries of an append-only log (once, on their first view), so that a
 * reader given them shared cannot change them: the engine never changes an entry once
 * written. Nested records (a public order, a war's strengths) are frozen with them.
 */
function freezeEntries<T extends object>(entries: readonly T[], flat: boolean): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as T;
    if (Object.isFrozen(e)) break; // entries before a frozen one were frozen with it
    // for…in rather than Object.values: no array per entry (views are made every turn).
    if (!flat)
      for (const key in e) {
        const v = e[key];
        if (v !== null && typeof v === 'object') Object.freeze(v);
      }
    Object.freeze(e);
  }
}

/** A copy of an append-only log whose entries are shared (frozen), not copied. */
function shareFrozen<T extends object>(entries: readonly T[]): T[] {
  freezeEntries(entries, false);
  return entries.slice();
}

/** An entry with no record inside it: every field a number, string or flag. */
type FlatEntry<T> = { [K in keyof T]: string | number | boolean | undefined };

/**
 * shareFrozen for a log of flat entries (the type checks it): nothing inside them needs
 * freezing, which spares the walk over each entry's fields.
 */
function shareFlat<T extends FlatEntry<T>>(entries: readonly T[]): T[] {
  freezeEntries(entries, true);
  return entries.slice();
}

// The per-region loops below fill arrays made at their full length rather than pushing:
// every view makes several, and growing them one element at a time showed in profiles.

function counts(forces: readonly Forces[]): UnitCounts[] {
  const out = new Array<UnitCounts>(forces.length);
  for (let r = 0; r < forces.length; r++) {
    const f = forces[r] as Forces;
    out[r] = { troops: f.defensive + f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles };
  }
  return out;
}

function totals(counts: readonly UnitCounts[]): number[] {
  const out = new Array<number>(counts.length);
  for (let r = 0; r < counts.length; r++) {
    const u = counts[r] as UnitCounts;
    out[r] = u.troops + u.missileDefense + u.strikeMissiles;
  }
  return out;
}

/** One field of both sides' states, by side. */
function ofBoth<K extends keyof SideState>(state: GameState, key: K): Record<Side, SideState[K]> {
  return { blue: state.sides.blue[key], red: state.sides.red[key] };
}

/**
 * One side's view that shares the state's arrays and records instead of copying them:
 * for the engine's trusted callers only — the search's own imagined states, which
 * nobody else holds — where copying every array would cost more than the decision. A
 * reader must not change it (it would change the state). `viewFor` is the same view,
 * copied.
 */
export function sharedView(game: Game, state: GameState, side: Side): SideView {
  const me = state.sides[side];
  const rival = rivalOf(side);
  const myCounts = counts(me.forces);
  const rivalCounts = counts(state.sides[rival].forces);
  const cal = calendar(game, state.length);
  const view: SideView = {
    side,
    rival,
    scenarioId: state.scenarioId,
    intentMode: state.intentMode,
    turn: state.turn,
    year: state.year,
    length: state.length,
    turns: cal.turns,
    years: cal.years,
    phase: state.phase,
    tension: state.tension,
    provocation: state.provocation,
    distinguishability: effectiveDistinguishability(state),
    offenseAdvantage: effectiveOffenseAdvantage(state),
    noise: state.noise,
    baseWorld: { distinguishability: state.distinguishability, offenseAdvantage: state.offenseAdvantage, noise: state.noise },
    alignment: state.alignment,
    home: state.home,
    contested: state.contested,
    ownForces: me.forces,
    rivalUnitTotals: totals(rivalCounts),
    // Mine first, then the rival's, as the view has always listed them.
    units: side === 'blue' ? { blue: myCounts, red: rivalCounts } : { red: myCounts, blue: rivalCounts },
    treaties: state.treaties,
    proposals: state.proposals,
    ratifyWindow: state.ratifyWindow,
    actionPoints: me.actionPoints + me.apBonus,
    promises: me.promises,
    currentEvents: state.currentEvents,
    credibility: ofBoth(state, 'credibility'),
    fear: ofBoth(state, 'fear'),
    economy: ofBoth(state, 'economy'),
    apBonus: ofBoth(state, 'apBonus'),
    restraints: ofBoth(state, 'promises'),
    assuredTurn: ofBoth(state, 'assuredTurn'),
    crisisHistory: state.crisisHistory,
    firedEvents: state.firedEvents,
    answers: state.answers,
    publicLog: state.publicLog,
    tensionHistory: state.tensionHistory,
    me: {
      intent: me.intent,
      economy: me.economy,
      belief: me.belief,
      priorBelief: me.priorBelief,
      perceivedHostility: sigmoid(me.belief),
      hostilityHistory: state.hostilityHistory[side],
      observations: me.observations,
      ledger: me.ledger,
      score: me.score,
      targets: me.targets,
    },
    perceivedTroops: me.perceivedTroops,
  };
  const submitted = state.pending[side];
  if (submitted) view.me.submitted = submitted;
  if (state.crisis) {
    view.crisis = { region: state.crisis.region };
    const myChoice = state.crisis.choices[side];
    if (myChoice !== undefined) view.crisis.myChoice = myChoice;
  }
  if (state.war) view.war = state.war;
  return view;
}

/**
 * One side's view. It is a fresh copy: changing it changes nothing in the game, and it
 * holds nothing of the rival's intent, postures, orders, score or perception.
 */
export function viewFor(game: Game, state: GameState, side: Side): SideView {
  // sharedView's object and its `me` are fresh: only what they point to is shared, so
  // those fields are replaced by copies here rather than the whole view copied again.
  const v = sharedView(game, state, side);
  v.provocation = { ...v.provocation };
  v.alignment = v.alignment.slice();
  v.home = v.home.slice();
  v.contested = v.contested.slice();
  v.ownForces = copyForces(v.ownForces);
  v.treaties = v.treaties.slice();
  v.proposals = v.proposals.map((p) => ({ ...p }));
  v.promises = v.promises.map((p) => ({ ...p }));
  v.currentEvents = v.currentEvents.slice();
  v.restraints = { blue: v.restraints.blue.map((p) => ({ ...p })), red: v.restraints.red.map((p) => ({ ...p })) };
  v.crisisHistory = shareFlat(v.crisisHistory);
  v.firedEvents = v.firedEvents.slice();
  v.answers = { ...v.answers };
  v.publicLog = shareFrozen(v.publicLog);
  v.tensionHistory = v.tensionHistory.slice();
  // The calendar's years are frozen, and V8 slices a frozen array many times slower than it spreads one.
  v.years = [...v.years];
  const me = v.me;
  me.hostilityHistory = me.hostilityHistory.slice();
  me.observations = shareFlat(me.observations);
  me.ledger = shareFlat(me.ledger);
  me.targets = me.targets.slice();
  if (me.submitted) me.submitted = me.submitted.map((o) => ({ ...o }));
  v.perceivedTroops = copyReadings(v.perceivedTroops);
  if (v.crisis) v.crisis = { ...v.crisis };
  if (v.war) v.war = JSON.parse(JSON.stringify(v.war)) as WarOutcome;
  return v;
}

function copyForces(forces: readonly Forces[]): Forces[] {
  const out = new Array<Forces>(forces.length);
  for (let r = 0; r < forces.length; r++) {
    const f = forces[r] as Forces;
    out[r] = { defensive: f.defensive, offensive: f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles };
  }
  return out;
}

function copyReadings(readings: readonly PerceivedTroops[]): PerceivedTroops[] {
  const out = new Array<PerceivedTroops>(readings.length);
  for (let r = 0; r < readings.length; r++) {
    const p = readings[r] as PerceivedTroops;
    out[r] = { offensive: p.offensive, unknown: p.unknown, defensive: p.defensive };
  }
  return out;
}

function forceTotals(forces: readonly Forces[]): number[] {
  const out = new Array<number>(forces.length);
  for (let r = 0; r < forces.length; r++) {
    const f = forces[r] as Forces;
    out[r] = f.defensive + f.offensive + f.missileDefense + f.strikeMissiles;
  }
  return out;
}

/**
 * The cheap Situation the engine itself checks orders against: the same fields a view
 * has, read straight from the state without copying.
 */
export function situationOf(state: GameState, side: Side): Situation {
  const me = state.sides[side];
  return {
    side,
    turn: state.turn,
    phase: state.phase,
    alignment: state.alignment,
    home: state.home,
    contested: state.contested,
    ownForces: me.forces,
    rivalUnitTotals: forceTotals(state.sides[rivalOf(side)].forces),
    treaties: state.treaties,
    proposals: state.proposals,
    ratifyWindow: state.ratifyWindow,
    actionPoints: me.actionPoints + me.apBonus,
    promises: me.promises,
    currentEvents: state.currentEvents,
  };
}
