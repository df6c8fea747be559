/**
 * Every number of the rules in one place. DESIGN.md marks most of them "(tune)"; the
 * players' rules document (docs/RULES.md) repeats them and must change with them.
 */
import type { Intent, OrderType, SeenPosture, Treaty } from './types.ts';

/** Rules version: saves and records from another version cannot be replayed exactly. */
export const ENGINE_VERSION = '2.2.0';

export const MAX_UNITS_PER_REGION = 9;
export const MAX_DEPLOYS_PER_REGION_PER_TURN = 2;

/** Action-point cost of each order; missiles cost more than troops. */
export const AP_COST: Record<OrderType, number> = {
  deploy: 1,
  withdraw: 1,
  exercise: 1,
  court: 1,
  admit: 2,
  support: 1,
  annex: 2,
  assure: 0,
  summit: 1,
  restraint: 1,
  sanction: 1,
  propose: 1,
  ratify: 1,
  withdrawTreaty: 1,
  inspect: 1,
  respond: 0,
};
export const MISSILE_DEPLOY_COST = 2;

export const COURT = { base: 0.6, rivalUnits: -0.2, ownUnits: 0.1 };
/** Units an exercise counts as, for deterrence (own side) and as unreadable threat (rival). */
export const EXERCISE_UNITS = 2;
export const RESTRAINT_TURNS = 2;

/**
 * The signal table λ(o) = ln P(o | revisionist) / P(o | security seeker): + looks
 * hostile, − looks reassuring.
 */
export const SIGNAL = {
  deploy: { offensive: 0.6, defensive: 0.05 },
  strikeMissiles: 0.8,
  missileDefense: 0.3,
  exercise: 0.3,
  withdraw: -0.4,
  court: 0.2,
  admit: 0.8,
  support: 0.6,
  annex: 2.0,
  assure: -0.1,
  summitOffered: -0.1,
  summitHeld: -0.5,
  /** A treaty both sides signed up to enters into force: each reads the other as bound. */
  treatyInForce: -0.3,
  restraint: -0.8,
  sanction: 0.3,
  propose: -0.3,
  ratify: -0.4,
  withdrawTreaty: 0.8,
  violation: 1.5,
} as const;

/**
 * λ of a troop deployment as read: an unreadable (unknown) unit counts as offensive to
 * the degree ω that offense has the advantage (Jervis: where offense dominates, every
 * ambiguous build-up looks like a threat).
 */
export function deploySignal(seen: SeenPosture, offenseAdvantage: number): number {
  if (seen === 'unknown') return offenseAdvantage * SIGNAL.deploy.offensive + (1 - offenseAdvantage) * SIGNAL.deploy.defensive;
  return SIGNAL.deploy[seen];
}

/** Proximity weight w(o): how close to the observer the signal happened. */
export const PROXIMITY = { home: 1.0, member: 0.6, elsewhere: 0.3, nonRegional: 1.0 };
/** ρ: each turn beliefs drift back towards the prior by this share (slow forgetting). */
export const FORGETTING = 0.1;
/** Log-odds are kept within ±BELIEF_LIMIT (perceived hostility 0.0003…0.9997). */
export const BELIEF_LIMIT = 8;

export const CREDIBILITY = { brokenPromise: 0.2, recovery: 0.05 };

/** Weights of a rival unit in the security payoff, by how it is perceived. */
export const THREAT_WEIGHT = { offensive: 1.0, defensive: 0.2, strikeMissiles: 3, missileDefense: 0.5 };

/** Sanctions cut trade both ways: the side that imposes them loses as much as the side that suffers them. */
export const PROSPERITY = { upkeepPerUnit: 0.75, sanctionSuffered: 2, sanctionImposed: 2, tradeCalm: 3 };

export const TENSION = {
  deployNearRival: 0.15,
  exercise: 0.4,
  admitNearRivalHome: 1,
  annex: 2,
  sanction: 0.3,
  leaveTreaty: 0.5,
  violationFound: 1,
  summit: -1,
  treatyInForce: -1,
  restraint: -0.5,
  withdraw: -0.2,
  mutualFear: 0.5,
  naturalCalm: -0.4,
  crisisAt: 7,
  warAt: 10,
  /** Events alone never bring tension past this: wars come from decisions. */
  eventCeiling: 9.5,
};

export const CRISIS = {
  bothDeescalate: -2,
  ratifyWindowTurns: 2,
  backedDownReads: 0.3,
  bothHold: 1,
  escalateWins: 1,
  brink: 2,
  warBase: 0.3,
  warPerTension: 0.1,
  warPerOffense: 0.2,
  /** How much each crisis choice counts as provocation (towards a side's share of a war's cost). */
  provocation: { deescalate: 0, hold: 0.5, escalate: 1 },
  /** Extra weight, in the draw of a crisis region, of a flashpoint not yet in a bloc. */
  inPlayWeight: 2,
};

export const WAR = { die: 6, regionWonValue: 5 };

/** Achievements closer than this many points are a dead heat: a draw, not a win. */
export const DEAD_HEAT = 2;

export interface TreatyRule {
  distinguishability: number;
  offenseAdvantage: number;
  /** Units per side allowed in regions in or next to the rival's perimeter. */
  cap?: number;
  bans?: 'strikeMissiles' | 'missileDefense';
  verification?: boolean;
}

export const TREATY_RULES: Record<Treaty, TreatyRule> = {
  cfe: { distinguishability: 0.1, offenseAdvantage: -0.1, cap: 4 },
  inf: { distinguishability: 0, offenseAdvantage: -0.15, bans: 'strikeMissiles' },
  abm: { distinguishability: 0, offenseAdvantage: 0, bans: 'missileDefense' },
  openSkies: { distinguishability: 0.3, offenseAdvantage: 0, verification: true },
};
export const VIOLATION_FOUND = 0.5;
export const MIN_OFFENSE_ADVANTAGE = 0.2;

export const TREATY_NAMES: Record<Treaty, string> = {
  cfe: 'CFE (conventional forces caps)',
  inf: 'INF (no strike missiles)',
  abm: 'ABM (no missile defence)',
  openSkies: 'Open Skies (overflights, inspections)',
};

export interface ScoreWeights {
  security: number;
  prosperity: number;
  influence: number;
  targets: number;
  war: number;
  /** Per value point of each region won in a war. */
  warRegionWon: number;
  /** The war's toll for each year it cuts off (the side's par is cut to the years played). */
  warYear: number;
}

/** Score weights by a side's actual intent. */
export const SCORE_WEIGHTS: Record<Intent, ScoreWeights> = {
  security: { security: 1.0, prosperity: 1.0, influence: 0.1, targets: 0, war: -40, warRegionWon: 0, warYear: -12 },
  revisionist: { security: 0.4, prosperity: 0.5, influence: 1.0, targets: 2.0, war: -30, warRegionWon: 5, warYear: -12 },
};
