/**
 * The Strategist: a search-based bot that plays well without cheating. For each
 * decision it (1) lists a dozen or so coherent plans (bundles.ts); (2) draws worlds
 * consistent with its own view — the rival's intent from its own perceived hostility,
 * the rival's postures from its own readings, the rival's view of it from public signals
 * (the engine's resampling); (3) gives each world's rival a personality from a model of how each
 * intent plays, sharpened by what the rival has been seen to do (rival-model.ts,
 * opponent-model.ts); (4) plays every plan out a few turns in each world with the engine
 * (rollout.ts) — as a revisionist, keeping to the plan's kind in the later turns too —
 * and (5) keeps the plan with the best average value — mostly its chance of the higher
 * achievement, since the game is won on the difference —
 * dropping the worse half of the plans as evidence accumulates (search.ts). It thinks
 * for a time budget, not a fixed number of iterations, and remembers nothing but what
 * its views showed it.
 */
import { CRISIS_CHOICES, calendar, exp, log, parFor, Resampler, seedFrom, sigmoid } from '../engine/index.ts';
import type { CrisisChoice, Game, Intent, Order, Side, SideView } from '../engine/index.ts';
import type { Bot, BotContext } from '../bots/types.ts';
import { generateBundles } from './bundles.ts';
import type { Bundle, BundleKind } from './bundles.ts';
import { explainCrisis, explainOrders } from './explain.ts';
import { committedPolicy, ownPolicy } from './policies.ts';
import { OpponentModel } from './opponent-model.ts';
import { PLAY_STYLE, policyOf } from './rival-model.ts';
import { rollout, sampleRivalRoot } from './rollout.ts';
import type { RolloutResult, World } from './rollout.ts';
import { clock } from './clock.ts';
import { halvingSearch } from './search.ts';
import { normalCdf, RivalStanding } from './standing.ts';
import type { SearchResult } from './search.ts';
import { pickWeighted, seededRandom } from './random.ts';
import type { Random } from './random.ts';

export const LEVELS = ['easy', 'normal', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Temperament, each axis from −1 to +1:
 * - `suspicion`: −1 trusting … +1 suspicious. Shifts the log-odds of the rival being
 *   revisionist (±1.5) before it draws the rival's intent, so a suspicious Strategist
 *   imagines more revisionist rivals.
 * - `boldness`: −1 cautious … +1 adventurous. A cautious Strategist counts war and
 *   crises as twice as bad as a neutral one does (CAUTION_WAR); an adventurous one takes
 *   them at what the score says and also weighs offensive build-ups.
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
  /**
   * How much the rival's gains count against mine (0 = only my own score, 1 = only the
   * difference). The game is won on the difference of achievements, so by default the
   * Strategist plays to win: DEFAULT_RIVALRY.
   */
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

/**
 * The game is won by the higher achievement, so a point the rival gains is (almost) a
 * point I lose. Tuned with `npm run bench:ai -- --rivalry R`: 0.7 wins as often as 1 and
 * starts fewer wars; 0 (own score only) wins far less against revisionists.
 */
export const DEFAULT_RIVALRY = 0.7;

/**
 * The game is won on the difference of achievements, not of scores: a rollout counts
 * WIN_POINTS × the chance of winning it leaves (normal in the estimated final margin,
 * spread SPREAD_BASE + SPREAD_PER_TURN per turn the rollout leaves unplayed), plus
 * LINEAR_SHARE × the plain score difference.
 */
const WIN_POINTS = 100;
const LINEAR_SHARE = 0.25;
const SPREAD_BASE = 10;
const SPREAD_PER_TURN = 3;

/**
 * What a war and each crisis cost beyond what the rollouts say (score points), for a
 * Strategist of neutral temperament; a fully cautious one counts twice as much, a fully
 * adventurous one nothing. The search misjudges war in ways that all flatter it: a war
 * ends the game, and the rollouts play my later turns with a scripted policy that scores
 * less than I will, so cutting the game short looks cheaper than it is; and a war's value
 * in a world hangs on the rival intent drawn for it, which stays a coin flip against a
 * rival whose play gives nothing away. Tuned with `npm run bench:ai -- --boldness B`:
 * against the random bot the aversion starts fewer wars and wins a little more often
 * (differences of about a point, near the benchmark's noise); the scripted bots barely
 * notice it. Raising it further trades war losses for peace losses (see the issue notes).
 */
const CAUTION_WAR = 25;
const CAUTION_CRISIS = 4;
/** Log-odds shift of perceived hostility at full suspicion. */
const SUSPICION_SHIFT = 1.5;

export interface PlanReport {
  kind: BundleKind | CrisisChoice;
  orders?: Order[];
  /** Mean value of the plan in the search (score points). */
  mean: number;
  /** Mean score changes it led to for me and for the rival, over the horizon plus the tail estimate. */
  mine: number;
  theirs: number;
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
  /**
   * The same explanation as the rival may hear it during the game: it says where troops
   * went but not their posture, which the rival's eyes may not have made out.
   */
  explanationForRival: string;
}

export interface Strategist extends Bot {
  readonly options: Readonly<StrategistOptions>;
  explain(): string;
  /** The last explanation without what the rival cannot see (troop postures). */
  explainToRival(): string;
  lastDecision(): Decision | undefined;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

const defaultNow = clock;

/** My achievement and the rival's, as the search estimates them. */
interface Standing {
  mine: number;
  theirs: number;
}

export function createStrategist(options: StrategistOptions = {}): Strategist {
  const level = LEVEL_SETTINGS[options.level ?? 'normal'];
  const suspicion = clamp(options.temperament?.suspicion ?? 0, -1, 1);
  const boldness = clamp(options.temperament?.boldness ?? 0, -1, 1);
  const rivalry = options.rivalry ?? DEFAULT_RIVALRY;
  const horizon = options.horizon ?? level.horizon;
  const now = options.now ?? defaultNow;
  let last: Decision | undefined;
  const opponent = new OpponentModel();
  const standing = new RivalStanding();

  /**
   * A rollout's value to me, in score points: the chance it leaves me of winning (my
   * estimated final achievement against the rival's, see standing.ts) counted WIN_POINTS,
   * plus a share of the plain score difference — my gain less the rival's (rivalry) — so
   * that plans still differ when the result looks settled; less the aversion to war and
   * crises, which temperament scales (see CAUTION_WAR).
   */
  function value(r: RolloutResult, soFar: Standing, spread: number): number {
    const caution = 1 - boldness;
    const mine = soFar.mine + r.mineToEnd;
    const theirs = soFar.theirs + r.theirsToEnd;
    // The chance of the higher achievement. The verdict's draws in peace (mutual security,
    // a shared failure) are not modelled: valuing mutual security at half a win was tried,
    // and it made the Strategist start more wars and score less (bench:ai, 288 games: 17%
    // of games at war against 10%) — a war is decided by the margin, a peace often is not.
    // The higher achievement is what wins whenever a game is decided, so it plays for that.
    const win = normalCdf((mine - theirs) / spread);
    return WIN_POINTS * win + LINEAR_SHARE * (r.mine - rivalry * r.theirs) - caution * (CAUTION_WAR * (r.war ? 1 : 0) + CAUTION_CRISIS * r.crises);
  }

  function budgetFor(ctx: BotContext): number {
    return options.budgetMs ?? ctx.budgetMs ?? level.budgetMs;
  }

  /** Takes in what the rival did since last time, and predicts its kinds' next moves. */
  function learn(game: Game, view: SideView, random: Random): void {
    opponent.observe(view);
    opponent.predict(game, view, random);
  }

  /** A sentence on how the rival seems to play, once the evidence says so clearly. */
  function styleNote(view: SideView): string {
    if (opponent.evidence < 2) return '';
    const intent = view.me.perceivedHostility >= 0.5 ? 'revisionist' : 'security';
    const { type, weight } = opponent.likeliest(intent);
    return weight >= 0.6 ? `You seem to me to play ${PLAY_STYLE[type]}.` : '';
  }

  /**
   * The chance I give the rival of being revisionist: the prior — the scenario's when the
   * engine drew the intents from it, even odds when the players chose them or a lesson
   * fixed them — updated by what the rival's public behaviour says (the opponent model's
   * likelihood ratio), then shifted by temperament. My perceived hostility is not evidence
   * of its own: it is the same public moves read through a biased lens (fear, a fixed
   * signal table), and a rival who plays erratically moves it without saying anything
   * about its intent.
   */
  function rivalRevisionistChance(game: Game, view: SideView): number {
    const shift = SUSPICION_SHIFT * suspicion;
    const prior = view.intentMode === 'random' ? clamp(game.scenario.sides[view.rival].revisionistPrior, 0.02, 0.98) : 0.5;
    const evidence = opponent.evidence > 0 ? clamp(opponent.intentEvidence(), -6, 6) : 0;
    return sigmoid(log(prior / (1 - prior)) + evidence + shift);
  }

  /** Runs the search over `actions` (bundles or crisis choices) in worlds drawn from `view`. */
  function search(
    game: Game,
    view: SideView,
    random: Random,
    actions: readonly (readonly Order[] | CrisisChoice)[],
    budgetMs: number,
    continuations?: readonly (() => Bot)[],
  ) {
    const me: Side = view.side;
    const resampler = new Resampler(game, view, { revisionistChance: rivalRevisionistChance(game, view) });
    const worldRandom = seededRandom(seedFrom(random));
    const myPolicy = ownPolicy(view.me.intent);
    const settings = { horizon, tailDiscount: 0.9 };
    standing.observe(game, view, resampler, seededRandom(seedFrom(random)));
    const { pars } = calendar(game, view.length);
    // My achievement and the rival's as they would stand with the game played out at the
    // pace so far: score so far less the whole par (the rollouts add the rest), for each
    // intent the rival may have — the pars and the rival's score so far depend on it.
    const standingIf = (rivalIntent: Intent): Standing => ({
      mine: view.me.score - parFor(pars, me, view.me.intent, rivalIntent),
      theirs: standing.scoreSoFar(view, rivalIntent) - parFor(pars, view.rival, rivalIntent, view.me.intent),
    });
    const soFar = { security: standingIf('security'), revisionist: standingIf('revisionist') };
    // How far the final margin may stray from a rollout's estimate: more, the more turns the rollout leaves unplayed.
    const unplayed = Math.max(0, view.turns - (view.turn + horizon - 1));
    const spread = SPREAD_BASE + SPREAD_PER_TURN * unplayed;
    const result = halvingSearch(
      actions.length,
      () => {
        const { state, sample } = resampler.next(worldRandom);
        const rivalKind = pickWeighted(opponent.weights(sample.rivalIntent), worldRandom);
        const world: World = { state, rival: policyOf(rivalKind, worldRandom) };
        sampleRivalRoot(game, world, view.rival);
        const seed = seedFrom(worldRandom);
        return (arm: number) => {
          const mine = { make: continuations?.[arm] ?? myPolicy, seed };
          const r = rollout(game, world, me, actions[arm] ?? [], mine, settings);
          return { value: value(r, soFar[sample.rivalIntent], spread), war: r.war, mine: r.mine, theirs: r.theirs };
        };
      },
      { budgetMs, maxWorlds: options.maxWorlds, now },
    );
    return { result, revisionistChance: resampler.revisionistChance };
  }

  /** The arm to play: the best finalist, or (easy level) a softmax draw over all plans. */
  function choose(result: SearchResult, random: Random): number {
    const best = result.finalists[0] ?? 0;
    if (level.choiceNoise <= 0) return best;
    const top = result.arms[best]?.mean ?? 0;
    const weights = result.arms.map((a) => (a.n > 0 ? exp((a.mean - top) / level.choiceNoise) : 0));
    const total = weights.reduce((s, w) => s + w, 0);
    let x = random() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return i;
    }
    return best;
  }

  function report(kind: PlanReport['kind'], orders: Order[] | undefined, arm: SearchResult['arms'][number] | undefined): PlanReport {
    const r: PlanReport = { kind, mean: arm?.mean ?? 0, mine: arm?.mine ?? 0, theirs: arm?.theirs ?? 0, worlds: arm?.n ?? 0, warRate: arm?.warRate ?? 0 };
    if (orders) r.orders = orders;
    return r;
  }

  function decideOrders(view: SideView, ctx: BotContext): Order[] {
    const t0 = now();
    if (view.phase !== 'planning') return [];
    const game = ctx.game;
    learn(game, view, ctx.random);
    const bundleOptions = {
      adventurous: boldness > 0.3,
      expansion: { denial: rivalry, rivalRevisionist: rivalRevisionistChance(game, view) },
    };
    const bundles: Bundle[] = generateBundles(game, view, bundleOptions);
    if (bundles.length === 0) return [];
    // A revisionist's plans differ in how hard it pushes, and a push pays over several
    // years: each plan is followed through in the rollouts (committedPolicy), or "calm
    // now" borrows the expansions of a pushier future self, and every later self borrows
    // again. Measured against the random bot as a revisionist (256 games at 100 worlds a
    // decision): 66.4% of games won with the scripted continuation, 73.8% with this. A
    // security seeker's later turns keep the prudent policy, which answers each threat as
    // it comes (following its plans through made no difference: 97.7% against 98.4%).
    const committing = view.me.intent === 'revisionist';
    const { result, revisionistChance } = search(
      game,
      view,
      ctx.random,
      bundles.map((b) => b.orders),
      Math.max(1, budgetFor(ctx) - (now() - t0)),
      committing ? bundles.map((b) => committedPolicy(b.kind, bundleOptions)) : undefined,
    );
    const pick = choose(result, ctx.random);
    const chosen = bundles[pick] ?? bundles[0];
    if (!chosen) return [];
    const plans = bundles.map((b, i) => report(b.kind, b.orders, result.arms[i]));
    const summary = { plans: bundles.length, worlds: result.worlds, warRate: result.arms[pick]?.warRate ?? 0, judged: revisionistChance };
    const explanation = explainOrders(game, view, chosen.orders, summary, styleNote(view));
    const explanationForRival = explainOrders(game, view, chosen.orders, summary, styleNote(view), { forRival: true });
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
      explanationForRival,
    };
    return chosen.orders.map((o) => ({ ...o }));
  }

  function decideCrisis(view: SideView, ctx: BotContext): CrisisChoice {
    const t0 = now();
    if (view.phase !== 'crisis') return 'hold';
    const game = ctx.game;
    learn(game, view, ctx.random);
    const choices = [...CRISIS_CHOICES];
    const { result, revisionistChance } = search(game, view, ctx.random, choices, Math.max(1, budgetFor(ctx) - (now() - t0)));
    const pick = choose(result, ctx.random);
    const choice = choices[pick] ?? 'hold';
    const warRates: Partial<Record<CrisisChoice, number>> = {};
    choices.forEach((c, i) => {
      const a = result.arms[i];
      if (a && a.n > 0) warRates[c] = a.warRate;
    });
    const plans = choices.map((c, i) => report(c, undefined, result.arms[i]));
    // A crisis choice becomes public as soon as it is resolved: nothing to hide in its explanation.
    const explanation = explainCrisis(game, view, choice, warRates, styleNote(view), revisionistChance);
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
      explanation,
      explanationForRival: explanation,
    };
    return choice;
  }

  return {
    name: options.name ?? `strategist${options.level && options.level !== 'normal' ? `-${options.level}` : ''}`,
    options,
    chooseOrders: decideOrders,
    chooseCrisis: decideCrisis,
    explain: () => last?.explanation ?? '',
    explainToRival: () => last?.explanationForRival ?? '',
    lastDecision: () => last,
  };
}
