/**
 * The one Result shape of the project: a value, or a refusal with a stable code, a
 * message a person can read and the offending values. The engine's refusals of game
 * input, scenario and map loading, and the front end's saves all use it; each keeps its
 * own list of codes, so a caller can switch on them.
 */

/** Stable codes for refused game input (orders, crisis choices, records). */
export const ERROR_CODES = [
  'WRONG_PHASE',
  'GAME_OVER',
  'ALREADY_SUBMITTED',
  'NOT_SUBMITTED',
  'UNKNOWN_ORDER',
  'UNKNOWN_REGION',
  'UNKNOWN_TREATY',
  'UNKNOWN_EVENT',
  'BAD_PARAMETER',
  'NOT_ENOUGH_AP',
  'NOT_OWN_TERRITORY',
  'REGION_FULL',
  'DEPLOY_LIMIT',
  'NO_UNIT',
  'HOME_REGION',
  'ALIGNMENT',
  'NOT_CONTESTED',
  'NOT_A_BACKER',
  'OUTNUMBERED',
  'ONCE_PER_TURN',
  'ONE_ALLIANCE_ORDER_PER_REGION',
  'TREATY_IN_FORCE',
  'TREATY_NOT_IN_FORCE',
  'NO_PENDING_PROPOSAL',
  'NEEDS_VERIFICATION_TREATY',
  'RESTRAINT_PROMISED',
  'BAD_CRISIS_CHOICE',
  'NO_CRISIS',
  'NOT_OVER',
  'BAD_RECORD',
  /** A lesson length asked of a scenario that has none. */
  'NO_LESSON',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why something was refused. `details` holds the offending values, for a UI or bot to show or act on. */
export interface Refusal<Code extends string = ErrorCode, Details = Record<string, unknown>> {
  code: Code;
  message: string;
  details: Details;
}

/** A refusal of game input by the rules engine. */
export type EngineError = Refusal<ErrorCode>;

export type Result<T, Code extends string = ErrorCode, Details = Record<string, unknown>> =
  | { ok: true; value: T }
  | { ok: false; error: Refusal<Code, Details> };

export function refuse<T, Code extends string = ErrorCode, Details = Record<string, unknown>>(
  code: Code,
  message: string,
  details: Details = {} as Details,
): Result<T, Code, Details> {
  return { ok: false, error: { code, message, details } };
}
