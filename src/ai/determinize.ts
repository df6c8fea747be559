/**
 * Determinization: a full GameState consistent with everything one side can see, with
 * the rest sampled. The Strategist never reads a real state; it builds its own from a
 * SideView, so what it cannot see can only enter its play through these samples.
 *
 * Every field of the state, and where it comes from:
 *
 * | field | source |
 * |---|---|
 * | engineVersion, scenarioId, record | template: `newGame(game, …)` (record steps emptied) |
 * | intentMode | the view (public: drawn, chosen or fixed) |
 * | seed, rng | **sampled**: a fresh seed drawn from ctx.random (the real dice are unknowable) |
 * | turn, year, phase, tension, alignment, home, contested, treaties, proposals, ratifyWindow, currentEvents, crisisHistory, war, publicLog, tensionHistory | the view (public) |
 * | distinguishability, offenseAdvantage, noise | the scenario's base values, or worked back from the view's after-treaty values |
 * | firedEvents | the public log (event lines), plus this turn's events |
 * | crisis | the view's crisis region and my own choice; the rival's choice is left open |
 * | pending | empty: the rival's orders are sampled by the rival model, never read |
 * | hostilityHistory | mine from the view; the rival's from the public-record estimate |
 * | my side: intent, economy, belief, fear, credibility, forces, perceivedTroops, observations, ledger, score, promises, targets | the view |
 * | my side: actionPoints, apBonus | the scenario's allowance, and the view's AP minus it |
 * | my side: priorBelief | the first entry of my hostility history |
 * | my side: assuredTurn | the public log (my last `assure`) |
 * | rival: **intent** | **sampled** from my perceived hostility (shifted by temperament; the Strategist also blends in its reading of the rival's play, see strategist.ts) |
 * | rival: **forces** (true postures) | **sampled**: unit counts are public; troops I read as defensive are defensive, as offensive are offensive (unless ε-misread), as unknown are drawn by Bayes from δ, ε and an ω- and intent-dependent prior on offensive postures |
 * | rival: **belief** (its reading of me) | **sampled** around a replay of my public moves through the published signal table (public-record.ts), never the true one |
 * | rival: **perceivedTroops** (its reading of my postures) | **sampled** per unit: true posture with chance δ, else unknown; then ε one step worse (truly, if it inspected last turn) |
 * | rival: observations | the replay of my public moves (what it would have seen, with expected readings) |
 * | rival: priorBelief, fear, credibility, targets, actionPoints | the scenario and the view (public) |
 * | rival: economy | the scenario's plus public event effects |
 * | rival: apBonus, promises, assuredTurn | this turn's public events; the public log (restraint promises not yet broken; last assurance) |
 * | rival: ledger, score | empty and 0 (its score is never read; the search only compares score changes) |
 */
import { newGame } from '../engine/index.ts';
import type { Forces, Game, GameState, Intent, PerceivedTroops, Side, SideState, SideView } from '../engine/index.ts';
import { BELIEF_LIMIT } from '../engine/rules.ts';
import { readPublicRecord } from './public-record.ts';
import type { PublicRecord } from './public-record.ts';
import { engineRngState, gaussian, seedFrom, sigmoid } from './random.ts';
import type { Random } from './random.ts';

export interface HiddenSample {
  rivalIntent: Intent;
  /** The rival's true forces, postures included. */
  rivalForces: Forces[];
  /** Log-odds the rival holds that I am revisionist. */
  rivalBelief: number;
  /** The rival's reading of my troops' postures. */
  rivalPerceivedTroops: PerceivedTroops[];
  /** Seed of the engine's dice in this world. */
  seed: number;
}

export interface DeterminizeOptions {
  /** Added to my perceived hostility's log-odds before the rival's intent is drawn (temperament). */
  hostilityShift?: number;
  /** The chance of a revisionist rival to draw from, replacing perceived hostility (and shift). */
  revisionistChance?: number;
  /** Pins the rival's intent (used to weigh worlds evenly by intent); otherwise drawn. */
  rivalIntent?: Intent;
}

/** The prior chance that a unit of a side with this intent is in offensive posture. */
export function offensivePrior(intent: Intent, omega: number): number {
  return intent === 'revisionist' ? 0.45 + 0.4 * omega : 0.15 + 0.25 * omega;
}

function troopsOf(f: Forces | undefined): number {
  return f ? f.defensive + f.offensive : 0;
}

/**
 * Builds determinized states for one decision. The public part (template, public
 * record) is computed once; each call to `sample`/`build` adds one set of hidden draws.
 */
export class Determinizer {
  readonly record: PublicRecord;
  /** The chance I give the rival of being revisionist, after temperament. */
  readonly revisionistChance: number;
  private readonly template: GameState;

  constructor(
    private readonly game: Game,
    private readonly view: SideView,
    private readonly options: DeterminizeOptions = {},
  ) {
    this.record = readPublicRecord(game, view);
    this.revisionistChance = options.revisionistChance ?? sigmoid(view.me.belief + (options.hostilityShift ?? 0));
    this.template = this.buildTemplate();
  }

  /** Draws everything the view does not show. */
  sample(random: Random): HiddenSample {
    const view = this.view;
    const rivalIntent: Intent = this.options.rivalIntent ?? (random() < this.revisionistChance ? 'revisionist' : 'security');
    const delta = view.distinguishability;
    const eps = view.noise;
    const prior = offensivePrior(rivalIntent, view.offenseAdvantage);
    // Bayes: P(offensive | read unknown) and P(offensive | read offensive).
    const unknownIfOff = (1 - delta) * (1 - eps);
    const unknownIfDef = (1 - delta) * (1 - eps) + delta * eps;
    const offIfUnknown = (prior * unknownIfOff) / Math.max(1e-9, prior * unknownIfOff + (1 - prior) * unknownIfDef);
    const seenOffIfOff = delta + (1 - delta) * eps;
    const seenOffIfDef = (1 - delta) * eps;
    const offIfSeenOff = (prior * seenOffIfOff) / Math.max(1e-9, prior * seenOffIfOff + (1 - prior) * seenOffIfDef);

    const rivalForces: Forces[] = view.units[view.rival].map((u, r) => {
      const seen = view.perceivedTroops[r] ?? { offensive: 0, unknown: 0, defensive: 0 };
      // Keep the invariant: my reading adds up to the rival's public troop count.
      let defensive = Math.min(seen.defensive, u.troops);
      const offensiveSeen = Math.min(seen.offensive, u.troops - defensive);
      const unknown = u.troops - defensive - offensiveSeen;
      let offensive = 0;
      for (let i = 0; i < offensiveSeen; i++) {
        if (random() < offIfSeenOff) offensive++;
        else defensive++;
      }
      for (let i = 0; i < unknown; i++) {
        if (random() < offIfUnknown) offensive++;
        else defensive++;
      }
      return { defensive, offensive, missileDefense: u.missileDefense, strikeMissiles: u.strikeMissiles };
    });

    const rivalBelief = Math.max(-BELIEF_LIMIT, Math.min(BELIEF_LIMIT, this.record.rivalBeliefEstimate + this.record.rivalBeliefSpread * gaussian(random)));

    const truly = this.record.rivalInspectedLastTurn;
    const rivalPerceivedTroops: PerceivedTroops[] = view.ownForces.map((f) => {
      const p: PerceivedTroops = { offensive: 0, unknown: 0, defensive: 0 };
      for (const posture of ['defensive', 'offensive'] as const)
        for (let i = 0; i < f[posture]; i++) {
          if (truly) {
            p[posture]++;
            continue;
          }
          let seen: 'defensive' | 'offensive' | 'unknown' = random() < delta ? posture : 'unknown';
          if (random() < eps) seen = seen === 'defensive' ? 'unknown' : 'offensive';
          p[seen]++;
        }
      return p;
    });
    return { rivalIntent, rivalForces, rivalBelief, rivalPerceivedTroops, seed: seedFrom(random) };
  }

  /** A full state: the public template with one sample of the hidden part. */
  build(sample: HiddenSample): GameState {
    const t = this.template;
    const me = this.view.side;
    const rival = this.view.rival;
    const mine = t.sides[me];
    const theirs = t.sides[rival];
    const rivalSide: SideState = {
      ...theirs,
      intent: sample.rivalIntent,
      belief: sample.rivalBelief,
      forces: sample.rivalForces.map((f) => ({ ...f })),
      perceivedTroops: sample.rivalPerceivedTroops.map((p) => ({ ...p })),
      observations: theirs.observations.slice(),
      ledger: [],
      promises: theirs.promises.map((p) => ({ ...p })),
      targets: theirs.targets.slice(),
    };
    const mySide: SideState = {
      ...mine,
      forces: mine.forces.map((f) => ({ ...f })),
      perceivedTroops: mine.perceivedTroops.map((p) => ({ ...p })),
      observations: mine.observations.slice(),
      ledger: mine.ledger.slice(),
      promises: mine.promises.map((p) => ({ ...p })),
      targets: mine.targets.slice(),
    };
    const rivalHistory = t.hostilityHistory[rival].slice();
    if (rivalHistory.length > 0) rivalHistory[rivalHistory.length - 1] = sigmoid(sample.rivalBelief);
    const intents = { [me]: mine.intent, [rival]: sample.rivalIntent } as Record<Side, Intent>;
    return {
      ...t,
      provocation: { ...t.provocation },
      seed: sample.seed,
      rng: engineRngState(sample.seed),
      alignment: t.alignment.slice(),
      home: t.home.slice(),
      contested: t.contested.slice(),
      treaties: t.treaties.slice(),
      proposals: t.proposals.map((p) => ({ ...p })),
      firedEvents: t.firedEvents.slice(),
      answers: { ...t.answers },
      currentEvents: t.currentEvents.slice(),
      crisis: t.crisis ? { region: t.crisis.region, choices: { ...t.crisis.choices } } : undefined,
      crisisHistory: t.crisisHistory.slice(),
      sides: { [me]: mySide, [rival]: rivalSide } as Record<Side, SideState>,
      pending: {},
      publicLog: t.publicLog.slice(),
      tensionHistory: t.tensionHistory.slice(),
      hostilityHistory: { [me]: t.hostilityHistory[me].slice(), [rival]: rivalHistory } as Record<Side, number[]>,
      record: { ...t.record, intents, steps: [] },
    };
  }

  /** One determinized state, drawn with `random`. */
  next(random: Random): { state: GameState; sample: HiddenSample } {
    const sample = this.sample(random);
    return { state: this.build(sample), sample };
  }

  /** The public part of every determinized state; the hidden fields hold placeholders. */
  private buildTemplate(): GameState {
    const { game, view, record } = this;
    const me = view.side;
    const rival = view.rival;
    const base = newGame(game, { seed: 1, intents: { [me]: view.me.intent, [rival]: 'security' } as Record<Side, Intent> });
    const scenario = game.scenario;
    const n = game.regionIds.length;
    const mine: SideState = {
      ...base.sides[me],
      intent: view.me.intent,
      economy: view.me.economy,
      actionPoints: scenario.sides[me].actionPoints,
      apBonus: record.apBonus[me],
      belief: view.me.belief,
      priorBelief: record.priorBelief[me],
      fear: view.fear[me],
      credibility: view.credibility[me],
      forces: view.ownForces.map((f) => ({ ...f })),
      perceivedTroops: view.perceivedTroops.map((p) => ({ ...p })),
      observations: view.me.observations.map((o) => ({ ...o })),
      ledger: view.me.ledger.map((l) => ({ ...l })),
      score: view.me.score,
      promises: view.promises.map((p) => ({ ...p })),
      assuredTurn: record.assuredTurn[me],
      targets: view.me.targets.slice(),
    };
    const theirs: SideState = {
      ...base.sides[rival],
      intent: 'security',
      economy: record.rivalEconomy,
      actionPoints: scenario.sides[rival].actionPoints,
      apBonus: record.apBonus[rival],
      belief: record.rivalBeliefEstimate,
      priorBelief: record.priorBelief[rival],
      fear: view.fear[rival],
      credibility: view.credibility[rival],
      forces: Array.from({ length: n }, () => ({ defensive: 0, offensive: 0, missileDefense: 0, strikeMissiles: 0 })),
      perceivedTroops: Array.from({ length: n }, () => ({ offensive: 0, unknown: 0, defensive: 0 })),
      observations: record.rivalObservations.map((o) => ({ ...o })),
      ledger: [],
      score: 0,
      promises: record.rivalPromises.map((p) => ({ ...p })),
      assuredTurn: record.assuredTurn[rival],
      targets: [...scenario.sides[rival].targets],
    };
    // The rival's hostility history: my estimate of it, one entry per resolved turn.
    const rivalHistory = view.me.hostilityHistory.map((_, i) => record.rivalHostilityHistory[Math.min(i, record.rivalHostilityHistory.length - 1)] ?? 0.5);
    const state: GameState = {
      ...base,
      intentMode: view.intentMode,
      turn: view.turn,
      year: view.year,
      phase: view.phase,
      tension: view.tension,
      provocation: { ...view.provocation },
      distinguishability: record.baseWorld.distinguishability,
      offenseAdvantage: record.baseWorld.offenseAdvantage,
      noise: record.baseWorld.noise,
      alignment: view.alignment.slice(),
      home: view.home.slice(),
      contested: view.contested.slice(),
      treaties: view.treaties.slice(),
      proposals: view.proposals.map((p) => ({ ...p })),
      ratifyWindow: view.ratifyWindow,
      firedEvents: view.firedEvents.slice(),
      answers: { ...view.answers },
      currentEvents: view.currentEvents.slice(),
      crisis: view.crisis ? { region: view.crisis.region, choices: view.crisis.myChoice ? { [me]: view.crisis.myChoice } : {} } : undefined,
      crisisHistory: view.crisisHistory.map((c) => ({ ...c })),
      sides: { [me]: mine, [rival]: theirs } as Record<Side, SideState>,
      pending: {},
      publicLog: view.publicLog.map((e) => ({ ...e })),
      tensionHistory: view.tensionHistory.slice(),
      hostilityHistory: { [me]: view.me.hostilityHistory.slice(), [rival]: rivalHistory } as Record<Side, number[]>,
      record: { ...base.record, steps: [] },
    };
    if (view.war) state.war = JSON.parse(JSON.stringify(view.war)) as GameState['war'];
    else delete state.war;
    if (!state.crisis) delete state.crisis;
    return state;
  }
}

/** One determinized state for `view`, all hidden fields drawn from `random`. */
export function determinize(game: Game, view: SideView, random: Random, options: DeterminizeOptions = {}): GameState {
  return new Determinizer(game, view, options).next(random).state;
}

/**
 * Broken invariants of a state, as plain sentences (empty when sound): each side's
 * reading of the rival's troops adds up to the rival's troop count, and no count is
 * negative. For tests and for checking determinizations.
 */
export function invariantProblems(state: GameState): string[] {
  const problems: string[] = [];
  for (const side of ['blue', 'red'] as const) {
    const rival = side === 'blue' ? 'red' : 'blue';
    state.sides[side].perceivedTroops.forEach((p, r) => {
      const troops = troopsOf(state.sides[rival].forces[r]);
      if (p.offensive + p.unknown + p.defensive !== troops) problems.push(`${side} reads ${p.offensive + p.unknown + p.defensive} ${rival} troops in region ${r}, there are ${troops}`);
      if (p.offensive < 0 || p.unknown < 0 || p.defensive < 0) problems.push(`${side} has a negative reading in region ${r}`);
    });
    state.sides[side].forces.forEach((f, r) => {
      if (f.defensive < 0 || f.offensive < 0 || f.missileDefense < 0 || f.strikeMissiles < 0) problems.push(`${side} has negative forces in region ${r}`);
    });
  }
  if (!Number.isFinite(state.sides.blue.belief) || !Number.isFinite(state.sides.red.belief)) problems.push('a belief is not a number');
  return problems;
}

