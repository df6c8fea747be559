/**
 * `security-dilemma/bot`: the one module a student bot may import. It gives the same
 * helpers the built-in bots use — drafting legal orders, checking them, reading how the
 * rival will take an order, what moved my perception — and the game's types. In a
 * tournament it runs inside the bot's sandbox, bundled with the rules it needs, so the
 * helpers answer exactly as the engine that referees the game (docs/BOTS.md).
 *
 * Every helper reads only what a side may see: the static game (`ctx.game`) and the
 * side's view. Nothing here can reach the game state or the other bot.
 */

// Orders: build a legal bundle one order at a time, or ask what is legal.
export { orderDraft, legalOrders, validateOrders, checkNextOrder, orderCost, OrderDraft } from '../engine/index.ts';
// Reading the situation: how the rival will take an order, what moved my perception.
export { explainOrder, perceptionDrivers, proximityIn } from '../engine/index.ts';
// Orders, observations and the public log in plain words (for `explain()`).
export { describeOrder, describeObservation, describeEntry, SIDE_NAMES } from '../engine/index.ts';
// For bots that search: a full state consistent with my view (what I cannot see drawn at
// random), how the rival probably reads me, and the rules to play a state forward.
export { resample, rivalReadingOf } from '../engine/index.ts';
export { submitOrders, submitCrisisChoice, view, awaiting, isOver, outcome } from '../engine/index.ts';
// The game's vocabulary as values.
export {
  rivalOf,
  takesSides,
  SIDES,
  INTENTS,
  UNIT_KINDS,
  POSTURES,
  TREATIES,
  CRISIS_CHOICES,
  ORDER_CATEGORY,
  ERROR_CODES,
} from '../engine/index.ts';
// The static game from a scenario and its map (ctx.game is one already; the sandbox
// builds it with this).
export { createGame } from '../engine/index.ts';

export type {
  Game,
  SideView,
  Order,
  OrderType,
  OrderCategory,
  OrderReading,
  CrisisChoice,
  Side,
  Intent,
  UnitKind,
  Posture,
  SeenPosture,
  Treaty,
  Forces,
  UnitCounts,
  PerceivedTroops,
  Observation,
  PendingProposal,
  PublicEntry,
  CrisisOutcome,
  ScenarioEvent,
  EventOption,
  IntentMode,
  EngineError,
  ErrorCode,
  Scenario,
  GameMap,
  GameState,
  Result,
  Outcome,
  RivalReading,
  Random,
} from '../engine/index.ts';
export type { Bot, BotContext } from '../bots/types.ts';
