/**
 * The AI's seat at the table in a game against the AI. The AI is asked with its own
 * side's view and nothing else — never the state, never the player's draft — and its
 * answer is checked like a player's: by the decision it answers (a late answer, after a
 * load or a new game, is refused) and by the rules engine. What it says is kept from the
 * moment it decides and shown only once that decision has been resolved.
 */
import { awaiting, rivalOf, submitCrisisChoice, submitOrders, view } from '../../engine/index.ts';
import type { CrisisChoice, ErrorCode, Game, GameState, Order, Refusal, Result, Side, SideView } from '../../engine/index.ts';
import type { AiNote, AiOpponent } from '../aiGame.ts';

/** A decision the AI owes: its own side's view, and a key naming the decision. */
export interface AiTask {
  key: string;
  kind: 'orders' | 'crisis';
  view: SideView;
}

/** The AI's answer to an AiTask. */
export interface AiAnswer {
  orders?: Order[];
  choice?: CrisisChoice;
  /** Its reasons in full (shown at the debrief) … */
  explanation: string;
  /** … and as the player may hear them during the game (defaults to the full text). */
  explanationForRival?: string;
}

/** An answer to a decision that is no longer asked for: refused, whatever it says. */
export type AiAnswerCode = ErrorCode | 'DECISION_CLOSED';

export class AiSeat {
  private readonly notes: AiNote[];

  constructor(
    readonly opponent: AiOpponent,
    notes: readonly AiNote[] = [],
  ) {
    this.notes = notes.slice();
  }

  get side(): Side {
    return this.opponent.side;
  }

  /** The side of the player at the screen. */
  get humanSide(): Side {
    return rivalOf(this.opponent.side);
  }

  /** The decision the AI owes in this state, if any: the AI's own view and nothing more. */
  task(game: Game, state: GameState | undefined): AiTask | undefined {
    if (!state || !awaiting(state).includes(this.side)) return undefined;
    return { key: taskKey(state), kind: state.phase === 'crisis' ? 'crisis' : 'orders', view: view(game, state, this.side) };
  }

  /**
   * The state after the AI's answer to the decision `key`, or the refusal (a stale key,
   * or the engine's). An accepted answer's words are kept.
   */
  answer(game: Game, state: GameState | undefined, key: string, answer: AiAnswer): Result<GameState, AiAnswerCode> {
    if (!state || !awaiting(state).includes(this.side) || taskKey(state) !== key) return { ok: false, error: closedDecision(key) };
    const result =
      state.phase === 'crisis' ? submitCrisisChoice(game, state, this.side, answer.choice ?? 'hold') : submitOrders(game, state, this.side, answer.orders ?? []);
    if (!result.ok) return result;
    this.notes.push({ turn: state.turn, phase: state.phase === 'crisis' ? 'crisis' : 'planning', text: answer.explanationForRival ?? answer.explanation, full: answer.explanation });
    return result;
  }

  /** Everything the AI has said about decisions already resolved, in order. */
  resolvedNotes(state: GameState | undefined): AiNote[] {
    if (!state) return [];
    // The AI has decided but the player has not: its last note is about the open decision.
    const open = state.phase !== 'over' && awaiting(state).length === 1 && awaiting(state)[0] === this.humanSide;
    return open ? this.notes.slice(0, -1) : this.notes.slice();
  }

  /** Everything it said, resolved or not: for the save. */
  allNotes(): AiNote[] {
    return this.notes.slice();
  }
}

/** The refusal of an answer to a decision nobody is asking for (any more). */
export function closedDecision(key: string): Refusal<'DECISION_CLOSED'> {
  return { code: 'DECISION_CLOSED', message: 'That decision is no longer asked for.', details: { key } };
}

/** Names the decision a state asks for: its turn, phase and how many crises came before. */
function taskKey(state: GameState): string {
  return `${state.turn}:${state.phase}:${state.crisisHistory.length}`;
}
