/**
 * Rollouts: playing a resampled world forward a few turns with the engine itself,
 * both sides moved by fast scripted policies, and scoring the result for the
 * Strategist. The engine resolves every turn (submitOrders / submitCrisisChoice), so
 * the rollout obeys exactly the rules the real game does. The policies read the engine's
 * shared (uncopied) view: these states are the search's own, and copying every array
 * of a view each turn would cost more than the policies' decisions.
 */
import { calendar, parFor, rivalOf, sharedView, sigmoid, submitCrisisChoice, submitOrders, view as viewOf } from '../engine/index.ts';
import type { CrisisChoice, Game, GameState, Order, Side } from '../engine/index.ts';
import { SCORE_WEIGHTS } from '../engine/rules.ts';
import { yearsPlayed } from '../engine/payoff.ts';
import type { Bot, BotContext } from '../bots/types.ts';
import { seededRandom } from './random.ts';

/**
 * A policy that moves one side in a rollout: which bot, and the seed of its random
 * numbers. Each rollout starts the bot afresh from the same seed, so every candidate
 * is tried against the same behaviour (common random numbers).
 */
export interface RolloutPolicy {
  make: () => Bot;
  seed: number;
}

interface Player {
  bot: Bot;
  ctx: BotContext;
}

function start(game: Game, policy: RolloutPolicy): Player {
  return { bot: policy.make(), ctx: { game, random: seededRandom(policy.seed) } };
}

/** A world to search in: a resampled state and how the rival behaves in it. */
export interface World {
  state: GameState;
  rival: RolloutPolicy;
  /** The rival's move at the root (orders or crisis choice), sampled once per world so every candidate meets the same one. */
  rivalRootOrders?: Order[];
  rivalRootChoice?: CrisisChoice;
}

export interface RolloutResult {
  /** My score change over the rollout, plus the tail estimate. */
  mine: number;
  /** The rival's score change over the rollout, plus its tail estimate. */
  theirs: number;
  /** My and the rival's expected score changes from the root to the end of the game (undiscounted tails). */
  mineToEnd: number;
  theirsToEnd: number;
  war: boolean;
  /** Crises that opened during the rollout. */
  crises: number;
  /** Tension at the end. */
  tension: number;
}

export interface RolloutSettings {
  /** Turns to play out (the root turn counts as the first). */
  horizon: number;
  /** Discount per future turn in the tail estimate. */
  tailDiscount: number;
}

function orSubmitEmpty(game: Game, state: GameState, side: Side, orders: readonly Order[]): GameState {
  const next = submitOrders(game, state, side, orders);
  if (next.ok) return next.value;
  const empty = submitOrders(game, state, side, []);
  if (!empty.ok) throw new Error(`rollout: empty orders refused for ${side} at turn ${state.turn}: ${empty.error.message}`);
  return empty.value;
}

function orSubmitHold(game: Game, state: GameState, side: Side, choice: CrisisChoice): GameState {
  const next = submitCrisisChoice(game, state, side, choice);
  if (next.ok) return next.value;
  const hold = submitCrisisChoice(game, state, side, 'hold');
  if (!hold.ok) throw new Error(`rollout: crisis choice refused for ${side} at turn ${state.turn}: ${hold.error.message}`);
  return hold.value;
}

/**
 * The chance that a turn which starts at tension `t` ends in war: what scripted bots do
 * across the historical scenarios, smoothed (measured: about 0.05 at 6, 0.2 at 7, 0.5
 * at 8, 0.8 at 9, next to nothing below 5). It prices the war risk of the turns a
 * rollout does not play: tension a plan leaves behind keeps threatening war after the
 * horizon, not only when it has already reached the crisis line.
 */
export function warHazard(tension: number): number {
  return tension < 4 ? 0 : sigmoid(1.5 * (tension - 8));
}

/**
 * What a side can expect to add to its achievement from here to the end: its last
 * turn's score for each turn left that war has not cut short (the hazard at the tension
 * reached), and if war comes, its cost, a toll for every year it cuts off and — because
 * the par is cut to the years played — those years' par handed back. Zero once the game
 * is over. `discount` < 1 values later turns less (the search's valuation);
 * `undiscounted` is the plain expectation (for the winning margin).
 */
function tail(game: Game, state: GameState, side: Side, discount: number): { discounted: number; undiscounted: number } {
  if (state.phase === 'over') return { discounted: 0, undiscounted: 0 };
  const me = state.sides[side];
  const last = me.ledger[me.ledger.length - 1];
  if (!last) return { discounted: 0, undiscounted: 0 };
  const perTurn = last.total;
  const { turns, pars } = calendar(game, state.length);
  const left = turns - state.turn + 1;
  const peace = 1 - warHazard(state.tension);
  const w = SCORE_WEIGHTS[me.intent];
  const rivalIntent = state.sides[rivalOf(side)].intent;
  const fullPar = parFor(pars, side, me.intent, rivalIntent);
  let discounted = 0;
  let undiscounted = 0;
  let survive = 1;
  let weight = 1;
  for (let k = 0; k < left; k++) {
    const before = survive;
    survive *= peace;
    // War in this turn: its cost, a toll for this and every later year, their par handed back.
    const lost = left - k;
    const parLost = fullPar - parFor(pars, side, me.intent, rivalIntent, turns - lost);
    const warValue = (before - survive) * (w.war + w.warYear * lost + parLost);
    discounted += weight * (survive * perTurn + warValue);
    undiscounted += survive * perTurn + warValue;
    weight *= discount;
  }
  return { discounted, undiscounted };
}

/**
 * The par of the years a war in this state cut off, which the outcome hands back (0 in
 * peace). Both sides score every peaceful year, so the years played are read from my own
 * ledger: in a searched world the rival's ledger holds only the rollout's turns (its
 * score is secret, so the resampler leaves its past empty), and counting from it would
 * hand back nearly the whole par — a war would look ruinous to a rival whose par is
 * negative and a windfall to one whose par is positive.
 */
function parHandedBack(game: Game, state: GameState, me: Side, side: Side): number {
  if (!state.war) return 0;
  const intent = state.sides[side].intent;
  const rivalIntent = state.sides[rivalOf(side)].intent;
  const { pars } = calendar(game, state.length);
  return parFor(pars, side, intent, rivalIntent) - parFor(pars, side, intent, rivalIntent, yearsPlayed(state.sides[me].ledger));
}

/**
 * Plays one rollout: `me` starts with `action` (orders, or a crisis choice when the
 * world is in a crisis), the rival with its sampled root move, then both sides follow
 * their policies until the horizon or the end of the game.
 */
export function rollout(
  game: Game,
  world: World,
  me: Side,
  action: readonly Order[] | CrisisChoice,
  mine: RolloutPolicy,
  settings: RolloutSettings,
): RolloutResult {
  const rival = rivalOf(me);
  const root = world.state;
  let state = root;
  const myPlayer = start(game, mine);
  const rivalPlayer = start(game, world.rival);
  let crises = 0;
  if (state.phase === 'crisis') {
    const choice = typeof action === 'string' ? action : 'hold';
    state = orSubmitHold(game, state, me, choice);
    state = orSubmitHold(game, state, rival, world.rivalRootChoice ?? 'hold');
  } else if (state.phase === 'planning') {
    const orders = typeof action === 'string' ? [] : action;
    state = orSubmitEmpty(game, state, me, orders);
    state = orSubmitEmpty(game, state, rival, world.rivalRootOrders ?? []);
  }
  const endTurn = root.turn + settings.horizon;
  for (let guard = 0; state.phase !== 'over' && state.turn < endTurn; guard++) {
    if (guard > 100) throw new Error(`rollout: no progress at turn ${state.turn}`);
    if (state.phase === 'crisis') {
      crises++;
      const mineChoice = myPlayer.bot.chooseCrisis(sharedView(game, state, me), myPlayer.ctx);
      const theirChoice = rivalPlayer.bot.chooseCrisis(sharedView(game, state, rival), rivalPlayer.ctx);
      state = orSubmitHold(game, state, me, mineChoice);
      state = orSubmitHold(game, state, rival, theirChoice);
    } else {
      const mineOrders = myPlayer.bot.chooseOrders(sharedView(game, state, me), myPlayer.ctx);
      const theirOrders = rivalPlayer.bot.chooseOrders(sharedView(game, state, rival), rivalPlayer.ctx);
      state = orSubmitEmpty(game, state, me, mineOrders);
      state = orSubmitEmpty(game, state, rival, theirOrders);
    }
  }
  const myTail = tail(game, state, me, settings.tailDiscount);
  const theirTail = tail(game, state, rival, settings.tailDiscount);
  // In achievement terms: a war's cut par comes back (the engine already charged its cost).
  const myChange = state.sides[me].score - root.sides[me].score + parHandedBack(game, state, me, me);
  const theirChange = state.sides[rival].score - root.sides[rival].score + parHandedBack(game, state, me, rival);
  return {
    mine: myChange + myTail.discounted,
    theirs: theirChange + theirTail.discounted,
    mineToEnd: myChange + myTail.undiscounted,
    theirsToEnd: theirChange + theirTail.undiscounted,
    war: state.war !== undefined,
    crises,
    tension: state.tension,
  };
}

/** Samples the rival's root move in a world, on the rival's own (engine) view of it. */
export function sampleRivalRoot(game: Game, world: World, rival: Side): void {
  const rivalView = viewOf(game, world.state, rival);
  // A separate stream from the rollouts' (seed + 1), so the root move does not shift them.
  const player = start(game, { make: world.rival.make, seed: world.rival.seed + 1 });
  if (world.state.phase === 'crisis') world.rivalRootChoice = player.bot.chooseCrisis(rivalView, player.ctx);
  else if (world.state.phase === 'planning') world.rivalRootOrders = player.bot.chooseOrders(rivalView, player.ctx);
}
