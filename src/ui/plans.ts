/**
 * Suggested plans: three one-click drafts a player may start from, then change freely.
 *
 * A plan is only a preference over the orders the engine says are legal now. The
 * engine's `orderDraft` adds the preferred orders one at a time (so a plan never holds an
 * illegal order or spends action points it does not have), and every fact a preference
 * uses is the engine's: `explainOrder` for how the rival will read an order, the public
 * unit counts and region values. The heuristics, in full:
 *
 *  - reassure: the orders the rival is expected to find most reassuring;
 *  - deter: defensive troops in the regions with the most rival units in or next to them;
 *  - expand: alliance orders (court, admit, back, annex) in the most valuable regions.
 *
 * At most three orders, one per region; answers to events already in the draft are kept.
 */
import { regionValue } from '../engine/board.ts';
import { explainOrder, ORDER_CATEGORY, orderDraft } from '../engine/index.ts';
import type { Game, Order, SideView } from '../engine/index.ts';

export type PlanId = 'reassure' | 'deter' | 'expand';

export interface PlanIdea {
  id: PlanId;
  label: string;
  /** A few words, beside the button. */
  short: string;
  /** One line: what the plan does, and its price. */
  text: string;
}

export const PLANS: readonly PlanIdea[] = [
  { id: 'reassure', label: 'Reassure', short: 'Orders the rival finds calming', text: 'The orders your rival should find least threatening: they calm its fears but build no strength.' },
  { id: 'deter', label: 'Deter', short: 'Defensive troops nearest the rival', text: 'Defensive troops where the rival’s forces stand closest: safer, though the rival may still feel threatened.' },
  { id: 'expand', label: 'Expand', short: 'Court the most valuable regions', text: 'Court and win over the most valuable regions you can: more influence, and more suspicion.' },
];

const MAX_ORDERS = 3;

/** Rival units (public counts) in a region and its neighbours. */
function rivalUnitsNear(game: Game, view: SideView, r: number): number {
  let sum = 0;
  for (const q of game.vicinity[r] ?? []) {
    const c = view.units[view.rival][q];
    if (c) sum += c.troops + c.missileDefense + c.strikeMissiles;
  }
  return sum;
}

/** How much `plan` wants `order` (higher first); undefined: not part of this plan. */
function preference(plan: PlanId, game: Game, view: SideView, order: Order): number | undefined {
  const r = 'region' in order ? game.regionIndex.get(order.region) : undefined;
  switch (plan) {
    case 'reassure': {
      const reading = explainOrder(game, view, order);
      return reading.reading === 'reassuring' ? -reading.expectedShift : undefined;
    }
    case 'deter': {
      if (order.type !== 'deploy' || order.kind !== 'troops' || order.posture !== 'defensive' || r === undefined) return undefined;
      const near = rivalUnitsNear(game, view, r);
      return near > 0 ? near + regionValue(game, view.side, r) / 100 : undefined;
    }
    case 'expand':
      return ORDER_CATEGORY[order.type] === 'alliance' && r !== undefined ? regionValue(game, view.side, r) : undefined;
  }
}

/** The orders of a suggested plan, legal in the order given; event answers in `draft` are kept. */
export function suggestPlan(game: Game, view: SideView, plan: PlanId, draft: readonly Order[] = []): Order[] {
  const built = orderDraft(game, view, view.side, draft.filter((o) => o.type === 'respond'));
  const used = new Set<string>();
  for (let added = 0; added < MAX_ORDERS; added++) {
    let best: Order | undefined;
    let bestScore = -Infinity;
    for (const order of built.legal()) {
      if (order.type === 'respond' || ('region' in order && used.has(order.region))) continue;
      const score = preference(plan, game, view, order);
      if (score !== undefined && score > bestScore) {
        best = order;
        bestScore = score;
      }
    }
    if (!best || built.add(best)) break;
    if ('region' in best) used.add(best.region);
  }
  return built.orders.slice();
}
