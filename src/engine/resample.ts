/**
 * Resampling (OpenSpiel's ResampleFromInfostate): a full GameState consistent with
 * everything one side can see, the rest drawn at random. A search that must not cheat
 * builds its imagined states here from a SideView; what its side cannot see enters its
 * play only through these draws.
 *
 * Where each field of a resampled state comes from:
 *
 * | field | source |
 * |---|---|
 * | turn, year, phase, tension, provocation, alignment, home, contested, treaties, proposals, ratifyWindow, firedEvents, answers, currentEvents, crisisHistory, war, publicLog, tensionHistory | the view (public) |
 * | distinguishability, offenseAdvantage, noise | the view's base world (before treaties) |
 * | crisis | the view's crisis region and my own choice; the rival's choice is left open |
 * | pending | my submitted orders, if any; the rival's orders are never known |
 * | seed, rng | **drawn**: a fresh seed (the real dice are unknowable) |
 * | record | this scenario and rules version, the two intents, no steps |
 * | hostilityHistory | mine from the view; the rival's from the estimate of its reading of me (reading.ts) |
 * | my side | the view: intent, economy, belief and prior, fear, credibility, forces, readings, observations, ledger, score, promises, last assurance, action points, targets |
 * | rival: **intent** | **drawn** from my perceived hostility, or a chance the caller gives (a search may blend in its own reading of the rival's play) |
 * | rival: **forces** (true postures) | **drawn**: unit counts are public; troops I read as defensive are defensive, as offensive are offensive (unless ε-misread), as unknown are drawn by Bayes from δ, ε and an ω- and intent-dependent prior on offensive postures |
 * | rival: **belief** (its reading of me) | **drawn** around the estimate of its reading of me, never the true one |
 * | rival: **perceivedTroops** (its reading of my postures) | **drawn** per unit: true posture with chance δ, else unknown; then ε one step worse (truly, if it inspected last turn) |
 * | rival: observations, priorBelief | the estimate of its reading of me; the scenario's prior |
 * | rival: economy, fear, credibility, promises, last assurance, action points, targets | the view and the scenario (public) |
 * | rival: ledger, score | empty and 0 (its score is secret; a search compares score changes) |
 */
import type { Game } from './board.ts';
import { sigmoid, clampBelief } from './perception.ts';
import { rivalReadingOf } from './reading.ts';
import type { RivalReading } from './reading.ts';
import { ENGINE_VERSION } from './rules.ts';
import { drawnDiceState, gaussian, seedFrom } from './sampling.ts';
import type { Random } from './sampling.ts';
import type { Forces, GameState, Intent, PerceivedTroops, Side, SideState } from './types.ts';
import type { SideView } from './view.ts';

/** Everything a side's view does not show, drawn once. */
export interface HiddenSample {
  rivalIntent: Intent;
  /** The rival's true forces, postures included. */
  rivalForces: Forces[];
  /** Log-odds the rival holds that I am revisionist. */
  rivalBelief: number;
  /** The rival's reading of my troops' postures. */
  rivalPerceivedTroops: PerceivedTroops[];
  /** Seed of the engine's dice in this state. */
  seed: number;
}

export interface ResampleOptions {
  /** Added to my perceived hostility's log-odds before the rival's intent is drawn (temperament). */
  hostilityShift?: number;
  /** The chance of a revisionist rival to draw from, replacing perceived hostility (and shift). */
  revisionistChance?: number;
  /** Pins the rival's intent (to weigh states evenly by intent); otherwise drawn. */
  rivalIntent?: Intent;
}

/** The prior chance that a unit of a side with this intent is in offensive posture. */
export function offensivePrior(intent: Intent, omega: number): number {
  return intent === 'revisionist' ? 0.45 + 0.4 * omega : 0.15 + 0.25 * omega;
}

function emptyForces(): Forces {
  return { defensive: 0, offensive: 0, missileDefense: 0, strikeMissiles: 0 };
}

function emptyReading(): PerceivedTroops {
  return { offensive: 0, unknown: 0, defensive: 0 };
}

/**
 * Resampled states for one side's view. The public part (the template, the estimate of
 * the rival's reading of me) is worked out once; each `next` adds one draw of the hidden
 * part, so a search can draw many states cheaply.
 */
export class Resampler {
  /** How the rival probably reads me (the estimate the rival's belief is drawn around). */
  readonly reading: RivalReading;
  /** The chance the rival is revisionist that its intent is drawn from. */
  readonly revisionistChance: number;
  private readonly template: GameState;

  constructor(
    private readonly game: Game,
    private readonly view: SideView,
    private readonly options: ResampleOptions = {},
  ) {
    this.reading = rivalReadingOf(game, view);
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
      const seen = view.perceivedTroops[r] ?? emptyReading();
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

    const rivalBelief = clampBelief(this.reading.belief + this.reading.spread * gaussian(random));

    const truly = this.reading.inspectedLastTurn;
    const rivalPerceivedTroops: PerceivedTroops[] = view.ownForces.map((f) => {
      const p = emptyReading();
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

  /** A full state: the public template with one draw of the hidden part. */
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
    const state: GameState = {
      ...t,
      provocation: { ...t.provocation },
      seed: sample.seed,
      rng: drawnDiceState(sample.seed),
      alignment: t.alignment.slice(),
      home: t.home.slice(),
      contested: t.contested.slice(),
      treaties: t.treaties.slice(),
      proposals: t.proposals.map((p) => ({ ...p })),
      firedEvents: t.firedEvents.slice(),
      answers: { ...t.answers },
      currentEvents: t.currentEvents.slice(),
      crisisHistory: t.crisisHistory.slice(),
      sides: { [me]: mySide, [rival]: rivalSide } as Record<Side, SideState>,
      pending: { ...t.pending },
      publicLog: t.publicLog.slice(),
      tensionHistory: t.tensionHistory.slice(),
      hostilityHistory: { [me]: t.hostilityHistory[me].slice(), [rival]: rivalHistory } as Record<Side, number[]>,
      record: { ...t.record, options: { seed: sample.seed, intentMode: t.intentMode }, intents, steps: [] },
    };
    if (t.crisis) state.crisis = { region: t.crisis.region, choices: { ...t.crisis.choices } };
    return state;
  }

  /** One resampled state, drawn with `random`. */
  next(random: Random): { state: GameState; sample: HiddenSample } {
    const sample = this.sample(random);
    return { state: this.build(sample), sample };
  }

  /** The public part of every resampled state; the hidden fields hold placeholders. */
  private buildTemplate(): GameState {
    const { game, view, reading } = this;
    const me = view.side;
    const rival = view.rival;
    const scenario = game.scenario;
    const n = game.regionIds.length;
    const mine: SideState = {
      intent: view.me.intent,
      economy: view.me.economy,
      actionPoints: scenario.sides[me].actionPoints,
      belief: view.me.belief,
      priorBelief: view.me.priorBelief,
      fear: view.fear[me],
      credibility: view.credibility[me],
      forces: view.ownForces.map((f) => ({ ...f })),
      perceivedTroops: view.perceivedTroops.map((p) => ({ ...p })),
      observations: view.me.observations.map((o) => ({ ...o })),
      ledger: view.me.ledger.map((l) => ({ ...l })),
      score: view.me.score,
      promises: view.promises.map((p) => ({ ...p })),
      assuredTurn: view.assuredTurn[me],
      apBonus: view.apBonus[me],
      targets: view.me.targets.slice(),
    };
    const theirs: SideState = {
      intent: 'security',
      economy: view.economy[rival],
      actionPoints: scenario.sides[rival].actionPoints,
      belief: reading.belief,
      priorBelief: reading.priorBelief,
      fear: view.fear[rival],
      credibility: view.credibility[rival],
      forces: Array.from({ length: n }, emptyForces),
      perceivedTroops: Array.from({ length: n }, emptyReading),
      observations: reading.observations.map((o) => ({ ...o })),
      ledger: [],
      score: 0,
      promises: view.restraints[rival].map((p) => ({ ...p })),
      assuredTurn: view.assuredTurn[rival],
      apBonus: view.apBonus[rival],
      targets: [...scenario.sides[rival].targets],
    };
    // The rival's hostility history: my estimate of it, one entry per resolved turn.
    const rivalHistory = view.me.hostilityHistory.map((_, i) => reading.history[Math.min(i, reading.history.length - 1)] ?? 0.5);
    const intents = { [me]: view.me.intent, [rival]: 'security' } as Record<Side, Intent>;
    const state: GameState = {
      engineVersion: ENGINE_VERSION,
      scenarioId: view.scenarioId,
      seed: 0,
      intentMode: view.intentMode,
      length: view.length,
      turn: view.turn,
      year: view.year,
      phase: view.phase,
      tension: view.tension,
      provocation: { ...view.provocation },
      distinguishability: view.baseWorld.distinguishability,
      offenseAdvantage: view.baseWorld.offenseAdvantage,
      noise: view.baseWorld.noise,
      rng: [],
      alignment: view.alignment.slice(),
      home: view.home.slice(),
      contested: view.contested.slice(),
      treaties: view.treaties.slice(),
      proposals: view.proposals.map((p) => ({ ...p })),
      ratifyWindow: view.ratifyWindow,
      firedEvents: view.firedEvents.slice(),
      answers: { ...view.answers },
      currentEvents: view.currentEvents.slice(),
      crisisHistory: view.crisisHistory.map((c) => ({ ...c })),
      sides: { [me]: mine, [rival]: theirs } as Record<Side, SideState>,
      pending: view.me.submitted ? { [me]: view.me.submitted.map((o) => ({ ...o })) } : {},
      // Entries are never changed once written (and are frozen in a view): shared.
      publicLog: view.publicLog.slice(),
      tensionHistory: view.tensionHistory.slice(),
      hostilityHistory: { [me]: view.me.hostilityHistory.slice(), [rival]: rivalHistory } as Record<Side, number[]>,
      record: { scenarioId: view.scenarioId, engineVersion: ENGINE_VERSION, options: { seed: 0, length: view.length }, intents, steps: [] },
    };
    if (view.crisis) state.crisis = { region: view.crisis.region, choices: view.crisis.myChoice ? { [me]: view.crisis.myChoice } : {} };
    if (view.war) state.war = JSON.parse(JSON.stringify(view.war)) as GameState['war'];
    return state;
  }
}

/**
 * One state consistent with `view`, every hidden field drawn from `random`: the rival's
 * intent, its true postures, its reading of me and of my postures, and the dice.
 */
export function resample(game: Game, view: SideView, random: Random, options: ResampleOptions = {}): GameState {
  return new Resampler(game, view, options).next(random).state;
}
