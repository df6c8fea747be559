/**
 * What one side may see (DESIGN §8): its own intent, ledger, true postures, pending
 * orders, perception and observation log; of the rival only what is public — unit
 * counts, alignment, tension, treaties, credibility, events. Nothing else leaves the
 * engine before the game is over.
 */
import type { Game } from './board.ts';
import { rivalOf } from './board.ts';
import type { Situation } from './legal.ts';
import { sigmoid } from './perception.ts';
import { effectiveDistinguishability, effectiveOffenseAdvantage } from './treaties.ts';
import type {
  Commitment,
  CrisisChoice,
  CrisisOutcome,
  Forces,
  GameState,
  Intent,
  IntentMode,
  Observation,
  Order,
  PendingProposal,
  PerceivedTroops,
  PublicEntry,
  ScoreLine,
  Side,
  Treaty,
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
  turns: number;
  tension: number;
  /** Tension each side's own moves have raised so far (public). */
  provocation: Record<Side, number>;
  /** δ, ω, ε in force (treaties included): public rules of the world. */
  distinguishability: number;
  offenseAdvantage: number;
  noise: number;
  units: Record<Side, UnitCounts[]>;
  credibility: Record<Side, number>;
  /** Fear κ of each side: public, from the scenario's history. */
  fear: Record<Side, number>;
  crisis?: { region: string; myChoice?: CrisisChoice };
  crisisHistory: CrisisOutcome[];
  /** Scenario events that have fired so far, in order (public). */
  firedEvents: string[];
  /** How each answered event choice was answered: event id → option id (public). */
  answers: Record<string, string>;
  war?: WarOutcome;
  publicLog: PublicEntry[];
  tensionHistory: number[];
  me: {
    intent: Intent;
    economy: number;
    /** Log-odds that the rival is revisionist. */
    belief: number;
    perceivedHostility: number;
    hostilityHistory: number[];
    observations: Observation[];
    ledger: ScoreLine[];
    score: number;
    targets: string[];
    /** Orders submitted this turn (empty until submitted). */
    submitted: Order[];
  };
  /** My reading of the rival's troops, per region. */
  perceivedTroops: PerceivedTroops[];
}

/**
 * A copy of an append-only log whose entries are shared, not copied: the engine never
 * changes an entry once written, and freezing it (once, on its first view) makes sure
 * no reader can either.
 */
function shareFrozen<T extends object>(entries: readonly T[]): T[] {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as T;
    if (Object.isFrozen(e)) break; // entries before a frozen one were frozen with it
    Object.freeze(e);
  }
  return entries.slice();
}

function counts(forces: readonly Forces[]): UnitCounts[] {
  return forces.map((f) => ({ troops: f.defensive + f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles }));
}

/**
 * One side's view. It is a fresh copy: changing it changes nothing in the game, and it
 * holds nothing of the rival's intent, postures, orders, score or perception.
 */
export function viewFor(game: Game, state: GameState, side: Side): SideView {
  const me = state.sides[side];
  const rival = rivalOf(side);
  const rivalForces = state.sides[rival].forces;
  const crisis = state.crisis ? { region: state.crisis.region, myChoice: state.crisis.choices[side] } : undefined;
  if (crisis && crisis.myChoice === undefined) delete crisis.myChoice;
  const view: SideView = {
    side,
    rival,
    scenarioId: state.scenarioId,
    intentMode: state.intentMode,
    turn: state.turn,
    year: state.year,
    turns: game.scenario.turns,
    phase: state.phase,
    tension: state.tension,
    provocation: { blue: state.provocation.blue, red: state.provocation.red },
    distinguishability: effectiveDistinguishability(state),
    offenseAdvantage: effectiveOffenseAdvantage(state),
    noise: state.noise,
    alignment: state.alignment.slice(),
    home: state.home.slice(),
    contested: state.contested.slice(),
    ownForces: me.forces.map((f) => ({ defensive: f.defensive, offensive: f.offensive, missileDefense: f.missileDefense, strikeMissiles: f.strikeMissiles })),
    rivalUnitTotals: rivalForces.map((f) => f.defensive + f.offensive + f.missileDefense + f.strikeMissiles),
    units: { [side]: counts(me.forces), [rival]: counts(rivalForces) } as Record<Side, UnitCounts[]>,
    treaties: state.treaties.slice() as Treaty[],
    proposals: state.proposals.map((p) => ({ ...p })) as PendingProposal[],
    ratifyWindow: state.ratifyWindow,
    actionPoints: me.actionPoints + me.apBonus,
    promises: me.promises.map((p) => ({ ...p })) as Commitment[],
    currentEvents: state.currentEvents.slice(),
    credibility: { blue: state.sides.blue.credibility, red: state.sides.red.credibility },
    fear: { blue: state.sides.blue.fear, red: state.sides.red.fear },
    crisisHistory: shareFrozen(state.crisisHistory),
    firedEvents: state.firedEvents.slice(),
    answers: { ...state.answers },
    publicLog: shareFrozen(state.publicLog),
    tensionHistory: state.tensionHistory.slice(),
    me: {
      intent: me.intent,
      economy: me.economy,
      belief: me.belief,
      perceivedHostility: sigmoid(me.belief),
      hostilityHistory: state.hostilityHistory[side].slice(),
      observations: shareFrozen(me.observations),
      ledger: shareFrozen(me.ledger),
      score: me.score,
      targets: me.targets.slice(),
      submitted: (state.pending[side] ?? []).map((o) => ({ ...o })),
    },
    perceivedTroops: me.perceivedTroops.map((p) => ({ offensive: p.offensive, unknown: p.unknown, defensive: p.defensive })),
  };
  if (crisis) view.crisis = crisis;
  if (state.war) view.war = JSON.parse(JSON.stringify(state.war)) as WarOutcome;
  return view;
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
    rivalUnitTotals: state.sides[rivalOf(side)].forces.map((f) => f.defensive + f.offensive + f.missileDefense + f.strikeMissiles),
    treaties: state.treaties,
    proposals: state.proposals,
    ratifyWindow: state.ratifyWindow,
    actionPoints: me.actionPoints + me.apBonus,
    promises: me.promises,
    currentEvents: state.currentEvents,
  };
}
