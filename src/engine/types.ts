/**
 * The game's vocabulary as types. Everything here is plain data: a state is
 * JSON-serialisable and holds its own random-number generator state.
 */

export const SIDES = ['blue', 'red'] as const;
export type Side = (typeof SIDES)[number];

export const INTENTS = ['security', 'revisionist'] as const;
export type Intent = (typeof INTENTS)[number];

export const UNIT_KINDS = ['troops', 'missileDefense', 'strikeMissiles'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const POSTURES = ['defensive', 'offensive'] as const;
export type Posture = (typeof POSTURES)[number];

/** What an observer believes about a rival troop unit's posture. */
export type SeenPosture = Posture | 'unknown';

export const TREATIES = ['cfe', 'inf', 'abm', 'openSkies'] as const;
export type Treaty = (typeof TREATIES)[number];

export const CRISIS_CHOICES = ['deescalate', 'hold', 'escalate'] as const;
export type CrisisChoice = (typeof CRISIS_CHOICES)[number];

export const INTENT_MODES = ['random', 'chosen', 'fixed'] as const;
export type IntentMode = (typeof INTENT_MODES)[number];

/**
 * How long a game runs: the scenario's every year, or its lesson — a few key years
 * chosen for a game that fits a lesson (only scenarios that list a lesson have one).
 */
export const GAME_LENGTHS = ['full', 'lesson'] as const;
export type GameLength = (typeof GAME_LENGTHS)[number];

/** A side's units in one region. Troops are split by their (hidden) posture. */
export interface Forces {
  defensive: number;
  offensive: number;
  missileDefense: number;
  strikeMissiles: number;
}

/** What anyone can count of a side's units in one region. */
export interface UnitCounts {
  troops: number;
  missileDefense: number;
  strikeMissiles: number;
}

/** An observer's reading of the rival's troops in one region. */
export interface PerceivedTroops {
  offensive: number;
  unknown: number;
  defensive: number;
}

// ---------------------------------------------------------------- orders

export type Order =
  | { type: 'deploy'; region: string; kind: UnitKind; posture?: Posture }
  | { type: 'withdraw'; region: string; kind: UnitKind }
  | { type: 'exercise'; region: string }
  | { type: 'court'; region: string }
  | { type: 'admit'; region: string }
  | { type: 'support'; region: string }
  | { type: 'annex'; region: string }
  | { type: 'assure' }
  | { type: 'summit' }
  | { type: 'restraint'; region: string }
  | { type: 'sanction' }
  | { type: 'propose'; treaty: Treaty }
  | { type: 'ratify'; treaty: Treaty }
  | { type: 'withdrawTreaty'; treaty: Treaty }
  | { type: 'inspect' }
  | { type: 'respond'; event: string; option: string };

export type OrderType = Order['type'];

export const ORDER_CATEGORY = {
  deploy: 'deployment',
  withdraw: 'deployment',
  exercise: 'deployment',
  court: 'alliance',
  admit: 'alliance',
  support: 'alliance',
  annex: 'alliance',
  assure: 'diplomacy',
  summit: 'diplomacy',
  restraint: 'diplomacy',
  sanction: 'diplomacy',
  respond: 'diplomacy',
  propose: 'armsControl',
  ratify: 'armsControl',
  withdrawTreaty: 'armsControl',
  inspect: 'armsControl',
} as const satisfies Record<OrderType, string>;
export type OrderCategory = (typeof ORDER_CATEGORY)[OrderType];

// ---------------------------------------------------------------- errors

// Codes and the Result shape live in result.ts (shared with scenario loading and saves).
export { ERROR_CODES } from './result.ts';
export type { EngineError, ErrorCode, Refusal, Result } from './result.ts';

// ---------------------------------------------------------------- scenario

export interface MapRegion {
  id: string;
  name: string;
  value: number;
  port: boolean;
  neighbors: readonly string[];
  sources: readonly { country: string; cut?: string }[];
}

export interface GameMap {
  id: string;
  name: string;
  regions: readonly MapRegion[];
}

export type EventEffect =
  | { type: 'tension'; delta: number }
  | { type: 'alignment'; region: string; delta: number }
  | { type: 'perception'; side: Side; delta: number }
  | { type: 'economy'; side: Side; delta: number }
  | { type: 'credibility'; side: Side; delta: number }
  | { type: 'forces'; side: Side; region: string; kind: UnitKind; posture?: Posture; delta: number }
  | { type: 'treaty'; treaty: Treaty; action: 'enterForce' | 'end' }
  | { type: 'actionPoints'; side: Side; delta: number }
  /** A contested region becomes a side's home (Crimea in 2014). */
  | { type: 'annex'; region: string; side: Side };

/**
 * When an event may fire, from what happened before: earlier answers to event choices,
 * events that fired, the board and the tension. Alignment is read from Blue's side
 * (−3…+3), as in the scenario file.
 */
export type EventCondition =
  | { all: readonly EventCondition[] }
  | { any: readonly EventCondition[] }
  | { not: EventCondition }
  | { chose: { event: string; option: string } }
  | { fired: string }
  | { alignment: { region: string; atLeast?: number; atMost?: number } }
  | { home: { region: string; side: Side } }
  | { tension: { atLeast?: number; atMost?: number } }
  | { treaty: Treaty }
  /** Some crisis so far ended this way (and/or over this region). */
  | { crisis: { result?: CrisisOutcome['result']; region?: string } };

/** A region where crises may open, weighted by how central history makes it. */
export interface Flashpoint {
  region: string;
  /** How much likelier than a weight-1 flashpoint (default 1). */
  weight?: number;
  /** Only while this holds. */
  when?: EventCondition;
}

export interface EventOption {
  id: string;
  label: string;
  effects: readonly EventEffect[];
}

export interface ScenarioEvent {
  id: string;
  title: string;
  text: string;
  /** Scheduled: fires at the start of the turn of this year. */
  year?: number;
  /** Random: chance per turn of firing (once per game) when no year is given. */
  chance?: number;
  /**
   * Fires only if this holds when its turn opens. A scheduled event whose condition
   * does not hold in its year never fires, unless `until` gives it a window.
   */
  when?: EventCondition;
  /** Scheduled events: fire at the first turn from `year` to `until` whose condition holds. */
  until?: number;
  effects: readonly EventEffect[];
  /** Some events let one side choose; the first option is the default. */
  choice?: { side: Side; prompt: string; options: readonly EventOption[] };
}

export interface Briefing {
  title: string;
  situation: string;
  /** The security-dilemma reading of the situation, in fairness to both sides. */
  securityDilemma: string;
  /** The revisionist reading. */
  revisionism: string;
  /** What this side wants, per intent. */
  goals: { security: string; revisionist: string };
}

export interface ScenarioSide {
  name: string;
  color: string;
  actionPoints: number;
  economy: number;
  /** This side's prior that the rival is revisionist (0–1). */
  priorHostility: number;
  /** κ: how much threatening signals are amplified and reassuring ones discounted (0–0.5). */
  fear: number;
  credibility: number;
  /** Chance that this side is revisionist when intents are drawn at random. */
  revisionistPrior: number;
  targets: readonly string[];
  briefing: Briefing;
}

export interface ScenarioRegion {
  alignment: number;
  home?: Side;
  contested?: boolean;
  /**
   * The outside powers that take sides in a contested region's conflict: only they can
   * support a side there or annex it. Left out, both. In 1991 no Western power backed
   * Chișinău, Tbilisi or Kyiv against separatists, so there it is Russia alone.
   */
  backers?: readonly Side[];
  forces?: Partial<Record<Side, Partial<Forces>>>;
}

export interface LabSetting {
  key: string;
  label: string;
  min: number;
  max: number;
  step: number;
}

export interface Scenario {
  id: string;
  name: string;
  year: number;
  turns: number;
  summary: string;
  map: string;
  sides: Record<Side, ScenarioSide>;
  world: {
    tension: number;
    distinguishability: number;
    offenseAdvantage: number;
    noise: number;
    treaties: readonly Treaty[];
  };
  regions: Record<string, ScenarioRegion>;
  events: readonly ScenarioEvent[];
  /**
   * Regions the history makes flashpoints: where crises open. Left out, the contested
   * regions and both sides' targets, each of weight 1.
   */
  flashpoints?: readonly Flashpoint[];
  /**
   * Par: what a sensible (reference) player typically scores, year by year, per side,
   * own intent and the rival's intent (npm run calibrate).
   */
  pars: ParTable;
  /** Settings a class may change before play (Lab scenario). */
  lab?: readonly LabSetting[];
  /** The short game: the key years it plays, and its own pars (npm run calibrate). */
  lesson?: Lesson;
}

/**
 * A scenario played short: one turn for each of these years (the first is the
 * scenario's first year). A played year also brings the scheduled events of the skipped
 * years before it; see `calendar`.
 */
export interface Lesson {
  years: readonly number[];
  /** Pars for the lesson's turns: one number per lesson year. */
  pars: ParTable;
}

/**
 * Pars by side, then the side's own intent, then the rival's intent: a typical score
 * for each year of the scenario (the par for the whole game is their sum).
 */
export type ParTable = Record<Side, Record<Intent, Record<Intent, readonly number[]>>>;

// ---------------------------------------------------------------- state

/** One thing a side saw of its rival's turn, and how much it moved its perception. */
export interface Observation {
  turn: number;
  /** What was seen: 'deploy', 'withdraw', …, or 'violation', 'summitHeld', 'crisisBackedDown', 'event'. */
  signal: string;
  region?: string;
  kind?: UnitKind;
  treaty?: Treaty;
  /** For troop deployments: the posture as this observer read it. */
  seen?: SeenPosture;
  /** For signal 'event': the scenario event that moved the perception. */
  event?: string;
  /** Signal-table value λ: + looks hostile, − looks reassuring. */
  lambda: number;
  /** Proximity weight w. */
  weight: number;
  /** Bias multiplier m (fear, credibility). */
  bias: number;
  /** The change to log-odds this observation caused: w · m · λ. */
  delta: number;
}

export interface ScoreLine {
  turn: number;
  security: number;
  prosperity: number;
  influence: number;
  targets: number;
  war: number;
  /** Weighted by this side's actual intent. */
  total: number;
  /** A year a war cut off: it costs the war's yearly toll (no orders were played in it). */
  atWar?: boolean;
}

export interface PendingProposal {
  treaty: Treaty;
  by: Side;
  turn: number;
}

export interface Commitment {
  kind: 'restraint';
  region: string;
  untilTurn: number;
}

export interface SideState {
  intent: Intent;
  economy: number;
  actionPoints: number;
  /** Log-odds that the rival is revisionist. */
  belief: number;
  priorBelief: number;
  fear: number;
  credibility: number;
  /** Per region index: own units by kind and posture. */
  forces: Forces[];
  /** Per region index: own reading of the rival's troops there. */
  perceivedTroops: PerceivedTroops[];
  observations: Observation[];
  ledger: ScoreLine[];
  score: number;
  promises: Commitment[];
  /** Turn of this side's last `assure`, to catch an assurance followed by aggression. */
  assuredTurn: number;
  /** Extra AP granted (or taken) by this turn's events. */
  apBonus: number;
  targets: string[];
}

export interface Crisis {
  region: string;
  choices: Partial<Record<Side, CrisisChoice>>;
}

export interface CrisisOutcome {
  turn: number;
  region: string;
  blue: CrisisChoice;
  red: CrisisChoice;
  result: 'bothDeescalate' | 'holdWins' | 'bothHold' | 'escalateWins' | 'war' | 'brink';
  winner?: Side;
}

export interface WarOutcome {
  turn: number;
  region: string;
  theatre: string[];
  strength: Record<Side, number>;
  winner: Side;
  escalator?: Side;
}

// ---------------------------------------------------------------- the public record

/**
 * An order as everyone sees it: a deployment without its hidden posture. Answers to
 * event choices are recorded as `answer` entries, not as orders.
 */
export type PublicOrder = Exclude<Order, { type: 'deploy' | 'respond' }> | { type: 'deploy'; region: string; kind: UnitKind };

/**
 * What came of an order, as everyone saw it: carried out, or it came to nothing because
 * the board changed before it resolved (fizzled); a courtship worked or failed; courting
 * or backing a region already in a bloc had no effect (blocked); a summit nobody met
 * was not taken up.
 */
export const ORDER_OUTCOMES = ['done', 'fizzled', 'worked', 'failed', 'blocked', 'notTakenUp'] as const;
export type OrderOutcome = (typeof ORDER_OUTCOMES)[number];

/** Why an order fizzled: an admission of a region no longer a partner, an annexation whose conditions no longer held, a deployment no longer possible there. */
export const FIZZLE_REASONS = ['noLongerPartner', 'cannotAnnex', 'noLongerPossible'] as const;
export type FizzleReason = (typeof FIZZLE_REASONS)[number];

/** A side's order as it resolved. */
export interface OrderEntry {
  kind: 'order';
  turn: number;
  side: Side;
  order: PublicOrder;
  outcome: OrderOutcome;
  /** Only for a fizzled order. */
  reason?: FizzleReason;
  /** Only for restraint: the kind of unit pulled back (its owner's most threatening there). */
  unit?: UnitKind;
}

/** How a side answered an event's choice (the first option when it gave no answer). */
export interface AnswerEntry {
  kind: 'answer';
  turn: number;
  side: Side;
  event: string;
  option: string;
}

/** A scenario event fired at the start of the turn. */
export interface EventEntry {
  kind: 'event';
  turn: number;
  side?: undefined;
  event: string;
}

/** Both sides ordered a summit, so it was held. */
export interface SummitEntry {
  kind: 'summit';
  turn: number;
  side?: undefined;
}

/** A treaty entered into force because both sides signed up to it. */
export interface TreatyEntry {
  kind: 'treaty';
  turn: number;
  side?: undefined;
  treaty: Treaty;
}

/**
 * A promise whose breaking costs credibility: restraint in a region (broken by deploying
 * there), a treaty (broken by leaving it), an assurance (belied by moving against the
 * rival the next turn).
 */
export type BrokenPromise = { promise: 'restraint'; region: string } | { promise: 'treaty'; treaty: Treaty } | { promise: 'assurance' };

/** A side broke a promise and lost credibility. */
export type PromiseBrokenEntry = { kind: 'promiseBroken'; turn: number; side: Side } & BrokenPromise;

/** A side was caught breaking a treaty's cap or ban. */
export interface ViolationEntry {
  kind: 'violation';
  turn: number;
  side: Side;
  region: string;
  treaty: Treaty;
}

/** A crisis opened: tension stood at the crisis line when the turn began. */
export interface CrisisOpenedEntry {
  kind: 'crisis';
  stage: 'opened';
  turn: number;
  side?: undefined;
  region: string;
  tension: number;
}

/** A crisis ended short of war: both choices are public once made. */
export interface CrisisEndedEntry {
  kind: 'crisis';
  stage: 'ended';
  turn: number;
  side?: undefined;
  region: string;
  choices: Record<Side, CrisisChoice>;
  result: Exclude<CrisisOutcome['result'], 'war'>;
  winner?: Side;
}

/** War broke out; it ends the game. */
export interface WarEntry {
  kind: 'war';
  turn: number;
  side?: undefined;
  region: string;
  winner: Side;
  strength: Record<Side, number>;
}

/**
 * One thing everybody saw happen (no hidden postures), as data: the engine never writes
 * words into the state; `describeEntry` renders them. A `side` is the side that acted.
 */
export type PublicEntry =
  | OrderEntry
  | AnswerEntry
  | EventEntry
  | SummitEntry
  | TreatyEntry
  | PromiseBrokenEntry
  | ViolationEntry
  | CrisisOpenedEntry
  | CrisisEndedEntry
  | WarEntry;

export interface GameState {
  engineVersion: string;
  scenarioId: string;
  seed: number;
  intentMode: IntentMode;
  /** The scenario's full length or its lesson (GameOptions.length). */
  length: GameLength;
  turn: number;
  year: number;
  phase: 'crisis' | 'planning' | 'over';
  tension: number;
  /**
   * Tension each side's own moves have raised so far (provocations, and holding firm or
   * escalating in crises): public, and the measure of who does more to bring on a war.
   */
  provocation: Record<Side, number>;
  distinguishability: number;
  offenseAdvantage: number;
  noise: number;
  rng: number[];
  alignment: number[];
  home: (Side | '')[];
  contested: boolean[];
  treaties: Treaty[];
  proposals: PendingProposal[];
  /** Turns left in which `ratify` costs nothing after a crisis both backed down from. */
  ratifyWindow: number;
  firedEvents: string[];
  /** How each answered event choice was answered: event id → option id (public). */
  answers: Record<string, string>;
  /** Events of the current turn (public). */
  currentEvents: string[];
  crisis?: Crisis;
  crisisHistory: CrisisOutcome[];
  war?: WarOutcome;
  sides: Record<Side, SideState>;
  pending: Partial<Record<Side, Order[]>>;
  /** What everybody saw happen, turn by turn (no hidden postures). */
  publicLog: PublicEntry[];
  tensionHistory: number[];
  /** Perceived hostility per side at the end of each turn (index 0 = start). */
  hostilityHistory: Record<Side, number[]>;
  record: GameRecord;
}

export interface GameOptions {
  seed: number;
  intentMode?: IntentMode;
  /** Intents for 'chosen' or 'fixed' mode; a side left out is drawn from the prior. */
  intents?: Partial<Record<Side, Intent>>;
  /** Lab and simulator overrides, e.g. distinguishability, blue.fear. */
  settings?: Record<string, number>;
  /** Treaties in force at the start, replacing the scenario's. */
  treaties?: readonly Treaty[];
  /** The full scenario (default) or its lesson: a few key years (the scenario must have one). */
  length?: GameLength;
}

/** Everything needed to rebuild a game exactly. */
export interface GameRecord {
  scenarioId: string;
  engineVersion: string;
  options: GameOptions;
  intents: Record<Side, Intent>;
  steps: RecordStep[];
}

export type RecordStep =
  | { kind: 'orders'; side: Side; orders: Order[] }
  | { kind: 'crisis'; side: Side; choice: CrisisChoice };
