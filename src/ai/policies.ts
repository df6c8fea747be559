/**
 * The policy the Strategist assumes for its own later turns in a rollout: a scripted
 * bot for orders (prudent as a security seeker, opportunist as a revisionist), with a
 * level-headed crisis rule. The scripted bots' crisis rules (hold whenever hostility
 * looks high) would have its imagined future selves walk into wars it would avoid, and
 * make every plan look doomed. A revisionist's order plans are followed through instead
 * (committedPolicy); this policy still plays its later turns after a crisis choice.
 */
import type { CrisisChoice, Game, Intent, SideView } from '../engine/index.ts';
import { SCRIPTED_BOTS } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';
import { ownUnits } from './assess.ts';
import { generateBundle } from './bundles.ts';
import type { BundleKind, BundleOptions } from './bundles.ts';

/** My units against the rival's in and around the crisis region. */
export function localBalance(game: Game, view: SideView): { mine: number; theirs: number } {
  const r = view.crisis ? game.regionIndex.get(view.crisis.region) : undefined;
  let mine = 0;
  let theirs = 0;
  if (r === undefined) return { mine, theirs };
  for (const q of game.vicinity[r] ?? []) {
    mine += ownUnits(view, q);
    theirs += view.rivalUnitTotals[q] ?? 0;
  }
  return { mine, theirs };
}

/** Step back unless clearly stronger on the spot and far from the brink. */
export function levelHeadedCrisis(game: Game, view: SideView): CrisisChoice {
  const { mine, theirs } = localBalance(game, view);
  if (view.tension >= 8.5) return 'deescalate';
  if (view.me.intent === 'revisionist') return mine >= theirs ? 'hold' : 'deescalate';
  return mine > 1.5 * theirs + 1 ? 'hold' : 'deescalate';
}

const ORDERS_BOT = { security: 'prudent', revisionist: 'opportunist' } as const;

/** A fresh rollout policy for my own side. */
export function ownPolicy(intent: Intent): () => Bot {
  return () => {
    const orders = SCRIPTED_BOTS[ORDERS_BOT[intent]]();
    return {
      name: `own-${ORDERS_BOT[intent]}`,
      chooseOrders: (view, ctx) => orders.chooseOrders(view, ctx),
      chooseCrisis: (view, ctx) => levelHeadedCrisis(ctx.game, view),
    };
  };
}

/**
 * A rollout policy that keeps to one kind of plan: each later turn it plays the plan of
 * that kind the bundle generator makes for the position then. Searching over such
 * policies compares strategies, not single moves: "calm now" is then followed by calm,
 * not credited with the expansions a different future self would make.
 */
export function committedPolicy(kind: BundleKind, options: BundleOptions): () => Bot {
  return () => ({
    name: `own-${kind}`,
    chooseOrders: (view, ctx) => generateBundle(ctx.game, view, kind, options),
    chooseCrisis: (view, ctx) => levelHeadedCrisis(ctx.game, view),
  });
}
