/**
 * Plays a game between two bots. Each bot gets only its side's view and its own seeded
 * random numbers; a bot that throws or gives illegal orders forfeits that turn's orders
 * (its fault is recorded) but cannot stop the game.
 */
import { awaiting, isOver, newGame, submitCrisisChoice, submitOrders, view } from '../engine/index.ts';
import type { CrisisChoice, Game, GameOptions, GameState, Order, Side } from '../engine/index.ts';
import type { Bot, BotContext } from '../bots/types.ts';
import { Dice, seedState } from '../engine/dice.ts';

export interface BotFault {
  side: Side;
  turn: number;
  message: string;
}

export interface PlayedGame {
  state: GameState;
  faults: BotFault[];
}

/** A bot's own random numbers, seeded from the game seed and its side. */
export function botRandom(seed: number, side: Side): () => number {
  const dice = new Dice(seedState((seed ^ (side === 'blue' ? 0x2545f491 : 0x6a09e667)) | 0));
  return () => dice.next();
}

const SAFE_CRISIS_CHOICE: CrisisChoice = 'hold';

/**
 * Sees every accepted step: the state before a side's orders or crisis choice and the
 * state after it (where a turn or crisis may have resolved). Measurements such as the
 * balance benchmark use it to see when crises and wars open; it must not change either.
 */
export type StepObserver = (before: GameState, after: GameState) => void;

export function playGame(game: Game, bots: Record<Side, Bot>, options: GameOptions, budgetMs?: number, onStep?: StepObserver): PlayedGame {
  let state = newGame(game, options);
  const faults: BotFault[] = [];
  const contexts: Record<Side, BotContext> = {
    blue: { game, random: botRandom(options.seed, 'blue'), budgetMs },
    red: { game, random: botRandom(options.seed, 'red'), budgetMs },
  };
  // Every step either resolves something or submits for a side, so this terminates;
  // the guard only catches an engine bug.
  for (let guard = 0; !isOver(state); guard++) {
    if (guard > 10_000) throw new Error(`playGame: no end after 10000 steps (scenario ${game.scenario.id}, seed ${options.seed})`);
    for (const side of awaiting(state)) {
      const sideView = view(game, state, side);
      if (state.phase === 'crisis') {
        let choice: CrisisChoice = SAFE_CRISIS_CHOICE;
        try {
          choice = bots[side].chooseCrisis(sideView, contexts[side]);
        } catch (e) {
          faults.push({ side, turn: state.turn, message: `crisis choice threw: ${String(e)}` });
        }
        let next = submitCrisisChoice(game, state, side, choice);
        if (!next.ok) {
          faults.push({ side, turn: state.turn, message: next.error.message });
          next = submitCrisisChoice(game, state, side, SAFE_CRISIS_CHOICE);
        }
        if (!next.ok) throw new Error(`playGame: safe crisis choice refused: ${next.error.message}`);
        onStep?.(state, next.value);
        state = next.value;
      } else {
        let orders: Order[] = [];
        try {
          orders = bots[side].chooseOrders(sideView, contexts[side]);
        } catch (e) {
          faults.push({ side, turn: state.turn, message: `orders threw: ${String(e)}` });
        }
        let next = submitOrders(game, state, side, orders);
        if (!next.ok) {
          faults.push({ side, turn: state.turn, message: next.error.message });
          next = submitOrders(game, state, side, []);
        }
        if (!next.ok) throw new Error(`playGame: empty orders refused: ${next.error.message}`);
        onStep?.(state, next.value);
        state = next.value;
      }
    }
  }
  return { state, faults };
}
