/**
 * Who is the rival? The Strategist keeps a posterior over the kinds of player the
 * rival might be — the scripted bots, standing for ways of playing each intent — and
 * updates it from the rival's public moves: each turn it predicts, in a few imagined
 * worlds, what each kind of player would do; next turn it reads in the public log what
 * the rival did, and the kinds that predicted it well gain weight. Only public
 * information and the Strategist's own imagined worlds enter it.
 */
import { Resampler, seedFrom, view as viewOf } from '../engine/index.ts';
import type { CrisisChoice, Game, Intent, Order, PublicEntry, Side, SideView } from '../engine/index.ts';
import { INTENTS } from '../engine/index.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../bots/scripted.ts';
import type { ScriptedBotName } from '../bots/scripted.ts';
import { seededRandom } from './random.ts';
import type { Random } from './random.ts';
import { RIVAL_MODEL } from './rival-model.ts';
import type { Mixture } from './rival-model.ts';

/**
 * How sharply a wrong prediction counts against a kind of player (per order missed or
 * extra). The scripted kinds are predictable: in imagined worlds their own kind almost
 * always predicts their public moves exactly, so a miss is strong evidence.
 */
const SHARPNESS = 1;
/** The random player's likelihood per turn: what a mismatch of one and a half orders scores. */
const RANDOM_LIKELIHOOD = Math.exp(-SHARPNESS * 1.5);
/** The worst a single turn can count against a kind (keeps one odd turn from ruling it out). */
const FLOOR = Math.exp(-4);
/** Imagined worlds per intent in which each kind's move is predicted. */
const WORLDS = 3;

/** What a public log line reveals of an order: its type and region. */
function publicKey(type: string, region: string | undefined): string {
  return `${type}:${region ?? ''}`;
}

function keysOfOrders(orders: readonly Order[]): string[] {
  return orders.filter((o) => o.type !== 'inspect').map((o) => publicKey(o.type, 'region' in o ? o.region : undefined));
}

/**
 * The rival's orders of `turn` as the public log shows them (an inspection is not
 * compared: it is logged only when a treaty allows it).
 */
function actualKeys(log: readonly PublicEntry[], rival: Side, turn: number): string[] {
  const keys: string[] = [];
  for (const e of log) {
    if (e.turn !== turn) continue;
    if (e.kind === 'order' && e.side === rival && e.order.type !== 'inspect') keys.push(publicKey(e.order.type, 'region' in e.order ? e.order.region : undefined));
    else if (e.kind === 'answer' && e.side === rival) keys.push(publicKey('respond', undefined));
    // A summit that was held is logged once, without a side: both sides ordered it.
    else if (e.kind === 'summit') keys.push(publicKey('summit', undefined));
  }
  return keys;
}

/** Orders in one list and not the other, counting repeats. */
function mismatch(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let extra = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else extra++;
  }
  let missing = 0;
  for (const n of counts.values()) missing += n;
  return missing + extra;
}

type Hypothesis = `${Intent}:${ScriptedBotName}`;

interface Pending {
  turn: number;
  phase: 'planning' | 'crisis';
  orders?: Map<Hypothesis, string[][]>;
  choices?: Map<Hypothesis, CrisisChoice[]>;
}

export class OpponentModel {
  private game: string | undefined;
  private side: Side | undefined;
  private lastTurn = 0;
  private readonly logLikelihood = new Map<Hypothesis, number>();
  private pending: Pending[] = [];
  /** Turns of evidence taken in. */
  evidence = 0;

  /** Forgets everything when a new game starts (another scenario, side, or an earlier turn). */
  private resetIfNewGame(view: SideView): void {
    if (this.game === view.scenarioId && this.side === view.side && view.turn >= this.lastTurn) return;
    this.game = view.scenarioId;
    this.side = view.side;
    this.logLikelihood.clear();
    this.pending = [];
    this.evidence = 0;
  }

  /** Scores the predictions made for earlier turns against what the rival was seen to do. */
  observe(view: SideView): void {
    this.resetIfNewGame(view);
    this.lastTurn = view.turn;
    const still: Pending[] = [];
    for (const p of this.pending) {
      if (p.phase === 'planning' && p.orders && p.turn < view.turn) {
        const actual = actualKeys(view.publicLog, view.rival, p.turn);
        for (const [h, worlds] of p.orders) {
          const type = h.split(':')[1] as ScriptedBotName;
          let lik = 0;
          for (const predicted of worlds) lik += Math.exp(-SHARPNESS * mismatch(predicted, actual));
          lik = type === 'random' ? RANDOM_LIKELIHOOD : Math.max(FLOOR, lik / Math.max(1, worlds.length));
          this.logLikelihood.set(h, (this.logLikelihood.get(h) ?? 0) + Math.log(lik));
        }
        this.evidence++;
      } else if (p.phase === 'crisis' && p.choices) {
        const outcome = view.crisisHistory.find((c) => c.turn === p.turn);
        if (!outcome) {
          if (p.turn >= view.turn) still.push(p);
          continue;
        }
        const actual = outcome[view.rival];
        for (const [h, choices] of p.choices) {
          const type = h.split(':')[1] as ScriptedBotName;
          const share = choices.filter((c) => c === actual).length / Math.max(1, choices.length);
          const lik = type === 'random' ? 1 / 3 : 0.1 + 0.9 * share;
          this.logLikelihood.set(h, (this.logLikelihood.get(h) ?? 0) + Math.log(lik));
        }
        this.evidence++;
      } else still.push(p);
    }
    this.pending = still;
  }

  /**
   * Predicts, in a few imagined worlds per intent, what each kind of player would do
   * now, to be scored once the rival's move is public.
   */
  predict(game: Game, view: SideView, random: Random): void {
    this.resetIfNewGame(view);
    if (view.phase === 'over') return;
    const phase = view.phase;
    const entry: Pending = { turn: view.turn, phase };
    if (phase === 'planning') entry.orders = new Map();
    else entry.choices = new Map();
    const worldRandom = seededRandom(seedFrom(random));
    for (const intent of INTENTS) {
      const resampler = new Resampler(game, view, { rivalIntent: intent });
      for (let w = 0; w < WORLDS; w++) {
        const state = resampler.next(worldRandom).state;
        const rivalView = viewOf(game, state, view.rival);
        for (const type of SCRIPTED_BOT_NAMES) {
          const bot = SCRIPTED_BOTS[type]();
          const ctx = { game, random: seededRandom(seedFrom(worldRandom)) };
          const h: Hypothesis = `${intent}:${type}`;
          if (phase === 'planning') {
            const list = entry.orders?.get(h) ?? [];
            list.push(keysOfOrders(bot.chooseOrders(rivalView, ctx)));
            entry.orders?.set(h, list);
          } else {
            const list = entry.choices?.get(h) ?? [];
            list.push(bot.chooseCrisis(rivalView, ctx));
            entry.choices?.set(h, list);
          }
        }
      }
    }
    this.pending = this.pending.filter((p) => !(p.turn === entry.turn && p.phase === entry.phase));
    this.pending.push(entry);
  }

  /** The posterior over kinds of player, given the rival's intent. */
  weights(intent: Intent): Mixture {
    const prior = RIVAL_MODEL[intent];
    let best = -Infinity;
    for (const type of SCRIPTED_BOT_NAMES) best = Math.max(best, this.logLikelihood.get(`${intent}:${type}`) ?? 0);
    const out = {} as Mixture;
    let total = 0;
    for (const type of SCRIPTED_BOT_NAMES) {
      const w = prior[type] * Math.exp((this.logLikelihood.get(`${intent}:${type}`) ?? 0) - (Number.isFinite(best) ? best : 0));
      out[type] = w;
      total += w;
    }
    for (const type of SCRIPTED_BOT_NAMES) out[type] = total > 0 ? out[type] / total : 1 / SCRIPTED_BOT_NAMES.length;
    return out;
  }

  /**
   * How much better the rival's public behaviour so far is explained by a revisionist
   * than by a security seeker (log likelihood ratio, each intent's kinds of player
   * weighed by their prior): + means it plays like a revisionist.
   */
  intentEvidence(): number {
    const marginal = (intent: Intent): number => {
      let best = -Infinity;
      for (const type of SCRIPTED_BOT_NAMES) best = Math.max(best, this.logLikelihood.get(`${intent}:${type}`) ?? 0);
      let sum = 0;
      for (const type of SCRIPTED_BOT_NAMES) sum += RIVAL_MODEL[intent][type] * Math.exp((this.logLikelihood.get(`${intent}:${type}`) ?? 0) - best);
      return best + Math.log(sum);
    };
    return marginal('revisionist') - marginal('security');
  }

  /** The most likely kind of player given an intent, and its weight. */
  likeliest(intent: Intent): { type: ScriptedBotName; weight: number } {
    const w = this.weights(intent);
    let type: ScriptedBotName = 'prudent';
    for (const t of SCRIPTED_BOT_NAMES) if (w[t] > w[type]) type = t;
    return { type, weight: w[type] };
  }
}
