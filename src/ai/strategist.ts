/**
 * The Strategist: a search-based bot that plays well without cheating. For each
 * decision it (1) lists a dozen coherent plans (bundles.ts), (2) draws worlds consistent
 * with its own view — the rival's intent from its own perceived hostility, the rival's
 * postures from its own readings, the rival's view of it from public signals
 * (determinize.ts), (3) gives each world's rival a personality from a model of how each
 * intent plays (rival-model.ts), (4) plays every plan out a few turns in each world with
 * the engine (rollout.ts), and (5) keeps the plan with the best average score for its own
 * side, dropping the worse half of the plans as evidence accumulates (search.ts). It
 * thinks for a time budget, not a fixed number of iterations.
 */
import { CRISIS_CHOICES } from '../engine/index.ts';
import type { CrisisChoice, Game, Order, Side, SideView } from '../engine/index.ts';
import type { Bot, BotContext } from '../bots/types.ts';
import { generateBundles } from './bundles.ts';
import type { Bundle, BundleKind } from './bundles.ts';
import { Determinizer } from './determinize.ts';
import { explainCrisis, explainOrders } from './explain.ts';
import { OWN_ROLLOUT_POLICY, pickRivalBot, policyOf } from './rival-model.ts';
import { rollout, sampleRivalRoot } from './rollout.ts';
import type { RolloutResult, World } from './rollout.ts';
import { halvingSearch } from './search.ts';
import type { SearchResult } from './search.ts';
import { seededRandom, seedFrom } from './random.ts';
import type { Random } from './random.ts';

export const LEVELS = ['easy', 'normal', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Temperament, each axis from −1 to +1:
 * - `suspicion`: −1 trusting … +1 suspicious. Shifts its perceived hostility (log-odds
 *   ±1.5) before it draws the rival's intent, so a suspicious Strategist imagines more
 *   revisionist rivals.
 * - `boldness`: −1 cautious … +1 adventurous. A cautious Strategist counts war and
 *   crises as worse than the score says; an adventurous one discounts them and also
 *   weighs offensive build-ups.
 */
export interface Temperament {
  suspicion: number;
  boldness: number;
}

export interface StrategistOptions {
  level?: Level;
  temperament?: Partial<Temperament>;
  /** Time budget per decision in ms; otherwise ctx.budgetMs, otherwise the level's. */
  budgetMs?: number;
  /** Cap on worlds per decision (for reproducible tests); unlimited by default. */
  maxWorlds?: number;
  /** Turns each rollout plays out (the current one included). */
  horizon?: number;
  /** How much the rival's gains count against mine (0 = only my own score). */
  rivalry?: number;
  /** Clock in ms; defaults to performance.now. */
  now?: () => number;
  name?: string;
}

interface LevelSettings {
  budgetMs: number;
  horizon: number;
  /** Softmax temperature (score points) for choosing among plans; 0 = always the best. */
  choiceNoise: number;
}

export const LEVEL_SETTINGS: Record<Level, LevelSettings> = {
  easy: { budgetMs: 40, horizon: 2, choiceNoise: 6 },
  normal: { budgetMs: 150, horizon: 3, choiceNoise: 0 },
  hard: { budgetMs: 400, horizon: 4, choiceNoise: 0 },
};

/** Extra cost a fully cautious Strategist puts on a war and on each crisis (score points). */
const CAUTION_WAR = 25;
const CAUTION_CRISIS = 4;
/** Log-odds shift of perceived hostility at full suspicion. */
const SUSPICION_SHIFT = 1.5;

export interface PlanReport {
  kind: BundleKind | CrisisChoice;
  orders?: Order[];
  mean: number;
  worlds: number;
  warRate: number;
}

/** What the Strategist decided last and why: for the explanation, the debrief and tests. */
export interface Decision {
  turn: number;
  phase: 'planning' | 'crisis';
  orders?: Order[];
  choice?: CrisisChoice;
  chosen: PlanReport;
  plans: PlanReport[];
  worlds: number;
  thinkMs: number;
  /** My perceived hostility of the rival, and the chance of revisionism I sampled from. */
  perceivedHostility: number;
  revisionistChance: number;
  explanation: string;
}

export interface Strategist extends Bot {
  readonly options: Readonly<StrategistOptions>;
  explain(): string;
  lastDecision(): Decision | undefined;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

const defaultNow = () => performance.now();

export function createStrategist(options: StrategistOptions = {}): Strategist {
  const level = LEVEL_SETTINGS[options.level ?? 'normal'];
  const suspicion = clamp(options.temperament?.suspicion ?? 0, -1, 1);
  const boldness = clamp(options.temperament?.boldness ?? 0, -1, 1);
  const rivalry = options.rivalry ?? 0;
  const horizon = options.horizon ?? level.horizon;
  const now = options.now ?? defaultNow;
  let last: Decision | undefined;

  /** A rollout's value to me: my gain, less the rival's (rivalry), less what caution adds for war and crises. */
  function value(r: RolloutResult): number {
    const caution = -boldness;
    return r.mine - rivalry * r.theirs - caution * (CAUTION_WAR * (r.war ? 1 : 0) + CAUTION_CRISIS * r.crises);
  }

  function budgetFor(ctx: BotContext): number {
    return options.budgetMs ?? ctx.budgetMs ?? level.budgetMs;
  }

  /** Runs the search over `actions` (bundles or crisis choices) in worlds drawn from `view`. */
  function search(game: Game, view: SideView, random: Random, actions: readonly (readonly Order[] | CrisisChoice)[], budgetMs: number) {
    const me: Side = view.side;
    const determinizer = new Determinizer(game, view, { hostilityShift: SUSPICION_SHIFT * suspicion });
    const worldRandom = seededRandom(seedFrom(random));
    const myPolicyName = OWN_ROLLOUT_POLICY[view.me.intent];
    const settings = { horizon, tailDiscount: 0.9 };
    const result = halvingSearch(
      actions.length,
      () => {
        const { state, sample } = determinizer.next(worldRandom);
        const world: World = { state, rival: policyOf(pickRivalBot(sample.rivalIntent, worldRandom), worldRandom) };
        sampleRivalRoot(game, world, view.rival);
        const mine = policyOf(myPolicyName, worldRandom);
        return (arm: number) => {
          const r = rollout(game, world, me, actions[arm] ?? [], mine, settings);
          return { value: value(r), war: r.war };
        };
      },
      { budgetMs, maxWorlds: options.maxWorlds, now },
    );
    return { result, revisionistChance: determinizer.revisionistChance };
  }

  /** The arm to play: the best finalist, or (easy level) a softmax draw over all plans. */
  function choose(result: SearchResult, random: Random): number {
    const best = result.finalists[0] ?? 0;
    if (level.choiceNoise <= 0) return best;
    const top = result.arms[best]?.mean ?? 0;
    const weights = result.arms.map((a) => (a.n > 0 ? Math.exp((a.mean - top) / level.choiceNoise) : 0));
    const total = weights.reduce((s, w) => s + w, 0);
    let x = random() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return i;
    }
    return best;
  }

  function report(kind: PlanReport['kind'], orders: Order[] | undefined, arm: SearchResult['arms'][number] | undefined): PlanReport {
    const r: PlanReport = { kind, mean: arm?.mean ?? 0, worlds: arm?.n ?? 0, warRate: arm?.warRate ?? 0 };
    if (orders) r.orders = orders;
    return r;
  }

  function decideOrders(view: SideView, ctx: BotContext): Order[] {
    const t0 = now();
    if (view.phase !== 'planning') return [];
    const game = ctx.game;
    const bundles: Bundle[] = generateBundles(game, view, { adventurous: boldness > 0.3 });
    if (bundles.length === 0) return [];
    const { result, revisionistChance } = search(
      game,
      view,
      ctx.random,
      bundles.map((b) => b.orders),
      budgetFor(ctx),
    );
    const pick = choose(result, ctx.random);
    const chosen = bundles[pick] ?? bundles[0];
    if (!chosen) return [];
    const plans = bundles.map((b, i) => report(b.kind, b.orders, result.arms[i]));
    const others = result.arms.filter((_, i) => i !== pick && (result.arms[i]?.n ?? 0) > 0).map((a) => a.mean);
    const margin = (result.arms[pick]?.mean ?? 0) - (others.length > 0 ? Math.max(...others) : 0);
    const explanation = explainOrders(game, view, chosen.orders, {
      plans: bundles.length,
      worlds: result.worlds,
      warRate: result.arms[pick]?.warRate ?? 0,
      margin,
    });
    last = {
      turn: view.turn,
      phase: 'planning',
      orders: chosen.orders,
      chosen: plans[pick] ?? report(chosen.kind, chosen.orders, undefined),
      plans,
      worlds: result.worlds,
      thinkMs: now() - t0,
      perceivedHostility: view.me.perceivedHostility,
      revisionistChance,
      explanation,
    };
    return chosen.orders.map((o) => ({ ...o }));
  }

  function decideCrisis(view: SideView, ctx: BotContext): CrisisChoice {
    const t0 = now();
    const game = ctx.game;
    const choices = [...CRISIS_CHOICES];
    const { result, revisionistChance } = search(game, view, ctx.random, choices, budgetFor(ctx));
    const pick = choose(result, ctx.random);
    const choice = choices[pick] ?? 'hold';
    const warRates: Partial<Record<CrisisChoice, number>> = {};
    choices.forEach((c, i) => {
      const a = result.arms[i];
      if (a && a.n > 0) warRates[c] = a.warRate;
    });
    const plans = choices.map((c, i) => report(c, undefined, result.arms[i]));
    last = {
      turn: view.turn,
      phase: 'crisis',
      choice,
      chosen: plans[pick] ?? report(choice, undefined, undefined),
      plans,
      worlds: result.worlds,
      thinkMs: now() - t0,
      perceivedHostility: view.me.perceivedHostility,
      revisionistChance,
      explanation: explainCrisis(game, view, choice, warRates),
    };
    return choice;
  }

  return {
    name: options.name ?? `strategist${options.level && options.level !== 'normal' ? `-${options.level}` : ''}`,
    options,
    chooseOrders: decideOrders,
    chooseCrisis: decideCrisis,
    explain: () => last?.explanation ?? '',
    lastDecision: () => last,
  };
}
