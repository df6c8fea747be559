/**
 * The one interface every bot implements, built-in or written by a student. A bot is
 * given only its side's view (never the game state) and answers with orders or a crisis
 * choice. It may keep no secret channel to the engine: whatever it returns is checked
 * by the engine like a human's orders.
 */
import type { CrisisChoice, Game, Order, SideView } from '../engine/index.ts';

export interface BotContext {
  /** The static game: map, scenario (public data). */
  game: Game;
  /** The bot's own seeded random numbers in [0, 1): never Math.random. */
  random: () => number;
  /** Soft time budget for this decision, in milliseconds (search bots use it). */
  budgetMs?: number;
}

export interface Bot {
  readonly name: string;
  /** Orders for this turn. Illegal orders are refused and replaced by none. */
  chooseOrders(view: SideView, ctx: BotContext): Order[];
  /** A secret crisis choice. */
  chooseCrisis(view: SideView, ctx: BotContext): CrisisChoice;
  /** One or two plain sentences on why it acted as it did last. */
  explain?(): string;
}
