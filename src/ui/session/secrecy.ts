/**
 * The secrecy gate: who may see what, and when. A side's view only on that side's own
 * private screen (which a hot-seat game reaches only through the hand-off screen); the
 * public board on every other screen; the full state only once the game is over.
 */
import { view } from '../../engine/index.ts';
import type { Game, GameState, Intent, Side, SideView } from '../../engine/index.ts';
import { publicBoardOf } from '../board.ts';
import type { PublicBoard } from '../board.ts';
import type { PendingSetup } from '../saves.ts';
import { behindHandoff, isPrivate } from '../steps.ts';
import type { Step } from '../steps.ts';

/** Everything the debrief may show: only available once the game is over. */
export interface FinishedGame {
  game: Game;
  state: GameState;
}

/** The view of the side at the screen; only on that side's private screens. */
export function privateViewAt(game: Game, state: GameState | undefined, step: Step): SideView | undefined {
  return isPrivate(step) && state ? view(game, state, step.side) : undefined;
}

/** What both players may see (the same from either side's view): undefined before the game exists. */
export function publicBoardAt(game: Game, state: GameState | undefined): PublicBoard | undefined {
  return state ? publicBoardOf(game, view(game, state, 'blue')) : undefined;
}

/** The intent a side chose in chosen mode: only on that side's own private screen. */
export function chosenIntentAt(step: Step, setup: PendingSetup | undefined, side: Side): Intent | undefined {
  return isPrivate(step) && step.side === side ? setup?.chosen[side] : undefined;
}

/** The full game, for the debrief: only once it is over. */
export function finishedAt(game: Game, state: GameState | undefined): FinishedGame | undefined {
  return state && state.phase === 'over' ? { game, state } : undefined;
}

/** The hand-off was passed: the private screen behind it (undefined on any other screen). */
export function revealed(step: Step): Step | undefined {
  return step.screen === 'handoff' ? { screen: step.next, side: step.side } : undefined;
}

/**
 * Where a resumed game opens: a private screen behind its hand-off in a hot-seat game
 * (whoever reloads may not be the side whose screen it was); against the AI nobody else
 * is at the screen, so it opens where it was.
 */
export function resumedAt(step: Step, againstAi: boolean): Step {
  return againstAi ? step : behindHandoff(step);
}
