/**
 * The order-bundle generator: a dozen or so coherent plans for this turn (build up,
 * reassure, sign treaties, expand, mixes), so the search chooses between strategies
 * rather than between thousands of order combinations. Every order is added only if
 * the engine's checkNextOrder accepts it after the ones before, so every bundle is legal.
 */
import { orderCost, orderDraft, takesSides, validateOrders } from '../engine/index.ts';
import type { Game, Order, OrderDraft, SideView } from '../engine/index.ts';
import { alarmingRegions, assess, defenceGain, deployable, deterrencePosts, expansionMoves, nextToHomeOf, ownUnits, towardsMe, treatyOrders } from './assess.ts';
import type { Assessment, ExpansionOptions } from './assess.ts';

export const BUNDLE_KINDS = [
  'quiet',
  'assure',
  'reinforce',
  'fortify',
  'exercise',
  'guardAndTalk',
  'reassure',
  'calm',
  'treaties',
  'detente',
  'standDown',
  'expand',
  'expandQuietly',
  'balanced',
  'inspect',
  'offensive',
  'grab',
  'pressure',
  'contest',
  'deter',
] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export interface Bundle {
  kind: BundleKind;
  orders: Order[];
}

/** Adds orders one by one, each only if legal after those already chosen. */
class Builder {
  private readonly draft: OrderDraft;
  constructor(
    game: Game,
    private readonly view: SideView,
  ) {
    this.draft = orderDraft(game, view, view.side);
  }
  get orders(): Order[] {
    return this.draft.orders;
  }
  add(order: Order): boolean {
    return this.draft.tryAdd(order);
  }
  /** Would the engine accept `order` next? */
  allows(order: Order): boolean {
    return this.draft.allows(order);
  }
  apLeft(): number {
    let used = 0;
    for (const o of this.orders) used += orderCost(o, this.view.ratifyWindow);
    return this.view.actionPoints - used;
  }
}

interface Planner {
  game: Game;
  view: SideView;
  a: Assessment;
  /** Event answers every bundle starts with. */
  answers: Order[];
  expansion: ExpansionOptions;
}

/** Deploys up to `count` troops where each helps my security most. */
function deployBest(p: Planner, b: Builder, count: number, posture: 'defensive' | 'offensive', regions?: readonly number[]): number {
  const { game, view, a } = p;
  const candidates = regions ?? deployable(game, view);
  const planned = new Map<number, number>();
  let done = 0;
  for (let k = 0; k < count; k++) {
    let best = -1;
    let bestGain = -Infinity;
    for (const r of candidates) {
      const extra = planned.get(r) ?? 0;
      // Outside the perimeter a unit only helps by being there (annexing, courting, war strength).
      const gain = regions ? 1 - 0.1 * extra : defenceGain(game, view, a, r, extra) + 0.001 * (game.values[r] ?? 1);
      if (gain > bestGain) {
        const order: Order = { type: 'deploy', region: game.regionIds[r] ?? '', kind: 'troops', posture };
        if (!b.allows(order)) continue;
        best = r;
        bestGain = gain;
      }
    }
    if (best < 0) break;
    if (b.add({ type: 'deploy', region: game.regionIds[best] ?? '', kind: 'troops', posture })) {
      planned.set(best, (planned.get(best) ?? 0) + 1);
      done++;
    }
  }
  return done;
}

/** Withdraws up to `count` troops where they are least needed. */
function withdrawLeastNeeded(p: Planner, b: Builder, count: number): number {
  const { game, view, a } = p;
  const options = view.ownForces
    .map((f, r) => ({ r, troops: f.defensive + f.offensive }))
    .filter((x) => x.troops > 0)
    .map((x) => ({ r: x.r, loss: defenceGain(game, view, a, x.r, -1) - (nextToHomeOf(game, view, x.r, view.rival) ? 0.2 : 0) }))
    .sort((x, y) => x.loss - y.loss || x.r - y.r);
  let done = 0;
  for (const { r } of options) {
    if (done >= count) break;
    if (ownUnits(view, r) <= 1 && towardsMe(view, r) === 3 && (a.threat[r] ?? 0) > 0.5) continue;
    if (b.add({ type: 'withdraw', region: game.regionIds[r] ?? '', kind: 'troops' })) done++;
  }
  return done;
}

function expandBy(p: Planner, b: Builder, count: number, quietOnly = false, denyingOnly = false): number {
  let done = 0;
  for (const move of expansionMoves(p.game, p.view, p.expansion)) {
    if (done >= count || b.apLeft() <= 0) break;
    if (move.worth <= 0) continue;
    if (quietOnly && move.alarming) continue;
    if (denyingOnly && move.denies <= 0) continue;
    if (b.add(move.order)) done++;
  }
  return done;
}

function diplomacy(p: Planner, b: Builder, max = 4): number {
  let done = 0;
  for (const o of treatyOrders(p.view)) {
    if (done >= max) break;
    if (b.add(o)) done++;
  }
  return done;
}

function restraintWhereAlarming(p: Planner, b: Builder, count: number): number {
  let done = 0;
  for (const r of alarmingRegions(p.game, p.view)) {
    if (done >= count) break;
    if (b.add({ type: 'restraint', region: p.game.regionIds[r] ?? '' })) done++;
  }
  return done;
}

/** Regions next to my revisionist targets where more of my troops would let me annex or court. */
function staging(p: Planner): number[] {
  const { game, view } = p;
  const targets = new Set(view.me.targets.map((id) => game.regionIndex.get(id)));
  return deployable(game, view)
    .filter((r) => targets.has(r) || (game.vicinity[r] ?? []).some((q) => targets.has(q) && view.home[q] === ''))
    .sort((x, y) => {
      const annexable = (r: number) => (targets.has(r) && view.contested[r] && takesSides(game, view.side, r) ? 1 : 0);
      const tx = annexable(x);
      const ty = annexable(y);
      return ty - tx || x - y;
    });
}

type Recipe = (p: Planner, b: Builder) => void;

const RECIPES: Record<BundleKind, Recipe> = {
  quiet: () => undefined,
  assure: (_p, b) => {
    b.add({ type: 'assure' });
  },
  reinforce: (p, b) => {
    deployBest(p, b, 2, 'defensive');
    diplomacy(p, b, 1);
  },
  fortify: (p, b) => {
    deployBest(p, b, 8, 'defensive');
  },
  exercise: (p, b) => {
    const worst = p.a.perimeter.slice().sort((x, y) => (p.a.exposure[y] ?? 0) - (p.a.exposure[x] ?? 0))[0];
    if (worst !== undefined) b.add({ type: 'exercise', region: p.game.regionIds[worst] ?? '' });
    deployBest(p, b, 8, 'defensive');
  },
  guardAndTalk: (p, b) => {
    deployBest(p, b, 2, 'defensive');
    b.add({ type: 'summit' });
    b.add({ type: 'assure' });
    diplomacy(p, b);
  },
  reassure: (p, b) => {
    b.add({ type: 'assure' });
    restraintWhereAlarming(p, b, 1);
    b.add({ type: 'summit' });
    diplomacy(p, b);
  },
  calm: (p, b) => {
    // Everything that lowers tension this turn: treaties into force, promises of restraint, a summit, withdrawals.
    for (const o of treatyOrders(p.view)) if (o.type === 'ratify') b.add(o);
    b.add({ type: 'assure' });
    restraintWhereAlarming(p, b, 8);
    b.add({ type: 'summit' });
    withdrawLeastNeeded(p, b, 8);
  },
  treaties: (p, b) => {
    b.add({ type: 'assure' });
    diplomacy(p, b);
    b.add({ type: 'summit' });
  },
  detente: (p, b) => {
    b.add({ type: 'assure' });
    b.add({ type: 'summit' });
    withdrawLeastNeeded(p, b, 1);
    diplomacy(p, b);
  },
  standDown: (p, b) => {
    b.add({ type: 'assure' });
    withdrawLeastNeeded(p, b, 2);
    diplomacy(p, b, 1);
  },
  expand: (p, b) => {
    expandBy(p, b, 8);
  },
  expandQuietly: (p, b) => {
    expandBy(p, b, 2, true);
    b.add({ type: 'assure' });
    b.add({ type: 'summit' });
    diplomacy(p, b, 1);
  },
  balanced: (p, b) => {
    deployBest(p, b, 1, 'defensive');
    expandBy(p, b, 1, true);
    diplomacy(p, b, 1);
    b.add({ type: 'summit' });
  },
  inspect: (p, b) => {
    if (!b.add({ type: 'inspect' })) return;
    diplomacy(p, b, 1);
    deployBest(p, b, 2, 'defensive');
  },
  offensive: (p, b) => {
    const stage = staging(p);
    if (stage.length > 0) deployBest(p, b, 2, 'offensive', stage);
    else deployBest(p, b, 2, 'offensive');
    expandBy(p, b, 2);
  },
  grab: (p, b) => {
    for (const move of expansionMoves(p.game, p.view, p.expansion)) if (move.order.type === 'annex' || move.order.type === 'support') b.add(move.order);
    const stage = staging(p);
    if (stage.length > 0) deployBest(p, b, 2, 'defensive', stage);
    expandBy(p, b, 4);
  },
  contest: (p, b) => {
    expandBy(p, b, 8, false, true);
    expandBy(p, b, 8);
  },
  deter: (p, b) => {
    const posts = deterrencePosts(p.game, p.view);
    if (posts.length > 0) deployBest(p, b, 2, 'defensive', posts);
    expandBy(p, b, 2, false, true);
  },
  pressure: (p, b) => {
    b.add({ type: 'sanction' });
    deployBest(p, b, 2, 'defensive');
    expandBy(p, b, 1);
  },
};

/** Which plans suit this side: revisionists and adventurous players also consider offensive ones. */
function kindsFor(view: SideView, adventurous: boolean): BundleKind[] {
  const kinds: BundleKind[] = BUNDLE_KINDS.filter((k) => k !== 'offensive' && k !== 'grab' && k !== 'inspect');
  if (view.treaties.includes('openSkies')) kinds.push('inspect');
  if (view.me.intent === 'revisionist' || adventurous) kinds.push('offensive');
  if (view.me.intent === 'revisionist') kinds.push('grab');
  return kinds;
}

function key(orders: readonly Order[]): string {
  return orders
    .map((o) => JSON.stringify(o))
    .sort()
    .join('|');
}

export interface BundleOptions {
  /** Adventurous temperament: also consider offensive build-ups as a security seeker. */
  adventurous?: boolean;
  /** How expansion weighs what it takes from the rival (see ExpansionOptions). */
  expansion?: ExpansionOptions;
}

/** The events waiting for my answer this turn, and their default (first) answers. */
function pendingEvents(game: Game, view: SideView) {
  const pending = view.currentEvents
    .map((id) => game.scenario.events.find((e) => e.id === id))
    .filter((e) => e?.choice?.side === view.side);
  const defaults: Order[] = [];
  for (const e of pending) {
    const option = e?.choice?.options[0];
    if (e && option) defaults.push({ type: 'respond', event: e.id, option: option.id });
  }
  return { pending, defaults };
}

/** The orders of one plan: the event answers first, then the kind's recipe. */
function build(game: Game, view: SideView, a: Assessment, kind: BundleKind, answers: Order[], options: BundleOptions): Order[] {
  const b = new Builder(game, view);
  for (const o of answers) b.add(o);
  RECIPES[kind]({ game, view, a, answers, expansion: options.expansion ?? {} }, b);
  return b.orders;
}

/** One plan of the given kind with the events' default answers (the search's later turns). */
export function generateBundle(game: Game, view: SideView, kind: BundleKind, options: BundleOptions = {}): Order[] {
  if (view.phase !== 'planning') return [];
  return build(game, view, assess(game, view), kind, pendingEvents(game, view).defaults, options);
}

/**
 * The candidate bundles for this turn, deduplicated, each legal. Events that ask me to
 * choose are answered with their default option in every bundle, and some plans are
 * also tried with each other option.
 */
export function generateBundles(game: Game, view: SideView, options: BundleOptions = {}): Bundle[] {
  if (view.phase !== 'planning') return [];
  const a = assess(game, view);
  const { pending, defaults } = pendingEvents(game, view);
  const out: Bundle[] = [];
  const seen = new Set<string>();
  const make = (kind: BundleKind, answers: Order[]) => {
    const orders = build(game, view, a, kind, answers, options);
    const k = key(orders);
    if (seen.has(k) || validateOrders(game, view, view.side, orders)) return;
    seen.add(k);
    out.push({ kind, orders });
  };
  for (const kind of kindsFor(view, options.adventurous ?? false)) make(kind, defaults);
  // The other answers to each event, tried with a few contrasting plans.
  for (const e of pending) {
    for (const option of e?.choice?.options.slice(1) ?? []) {
      if (!e) continue;
      const answers = defaults.map((o) => (o.type === 'respond' && o.event === e.id ? { type: 'respond' as const, event: e.id, option: option.id } : o));
      for (const kind of ['quiet', 'reinforce', 'reassure', 'expand'] as const) make(kind, answers);
    }
  }
  return out;
}
