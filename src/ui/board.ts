/**
 * The public board: exactly what both players may see (DESIGN §8) — unit counts,
 * alignment, tension, treaties, credibility, events. Public screens (resolution, crisis
 * outcome) are drawn from this alone, never from a side's view.
 */
import type {
  CrisisOutcome,
  Forces,
  Game,
  PendingProposal,
  PerceivedTroops,
  PublicEntry,
  Side,
  SideView,
  Treaty,
  UnitCounts,
  WarOutcome,
} from '../engine/index.ts';

export interface PublicBoard {
  turn: number;
  year: number;
  turns: number;
  /** The year each turn plays (turn t is years[t − 1]): consecutive in a full game, the key years in a lesson. */
  years: readonly number[];
  phase: 'crisis' | 'planning' | 'over';
  tension: number;
  regionIds: readonly string[];
  alignment: readonly number[];
  home: readonly (Side | '')[];
  contested: readonly boolean[];
  units: Record<Side, readonly UnitCounts[]>;
  treaties: readonly Treaty[];
  proposals: readonly PendingProposal[];
  credibility: Record<Side, number>;
  publicLog: readonly PublicEntry[];
  tensionHistory: readonly number[];
  crisisHistory: readonly CrisisOutcome[];
  currentEvents: readonly string[];
  /** The region of the open crisis (public), without anyone's choice. */
  crisisRegion?: string;
  war?: WarOutcome;
}

/** Strips a side's view down to the public board. */
export function publicBoardOf(game: Game, v: SideView): PublicBoard {
  const board: PublicBoard = {
    turn: v.turn,
    year: v.year,
    turns: v.turns,
    years: v.years,
    phase: v.phase,
    tension: v.tension,
    regionIds: game.regionIds,
    alignment: v.alignment,
    home: v.home,
    contested: v.contested,
    units: v.units,
    treaties: v.treaties,
    proposals: v.proposals,
    credibility: v.credibility,
    publicLog: v.publicLog,
    tensionHistory: v.tensionHistory,
    crisisHistory: v.crisisHistory,
    currentEvents: v.currentEvents,
  };
  if (v.crisis) board.crisisRegion = v.crisis.region;
  if (v.war) board.war = v.war;
  return board;
}

/** What the side at the screen knows beyond the public board: its true forces and its readings. */
export interface Viewer {
  side: Side;
  ownForces: readonly Forces[];
  perceivedTroops: readonly PerceivedTroops[];
}

export function viewerOf(v: SideView): Viewer {
  return { side: v.side, ownForces: v.ownForces, perceivedTroops: v.perceivedTroops };
}

/** Everything the map draws. `viewer` is absent on public screens. */
export interface MapModel {
  board: PublicBoard;
  viewer?: Viewer;
  /** Regions to mark (the crisis region, regions of chosen orders). */
  marked?: readonly string[];
}
