/**
 * The one place in the front end that holds the GameState. Screens get either the view
 * of the side at the screen (`privateView`, only on that side's private screens) or the
 * public board (`publicBoard`); the full state leaves this module only once the game is
 * over, for the debrief. Every change of step is autosaved.
 *
 * In a game against the AI there is one player at the screen, so there are no hand-off
 * screens, and the AI gets its own side's view (`aiTask`) and nothing else — never the
 * state, never the player's draft — and answers through `submitAi`.
 */
import {
  ENGINE_VERSION,
  awaiting,
  newGame,
  record,
  replay,
  submitCrisisChoice,
  submitOrders,
  view,
} from '../engine/index.ts';
import { rivalOf } from '../engine/index.ts';
import type { CrisisChoice, EngineError, Game, GameOptions, GameState, Intent, IntentMode, Order, Result, Scenario, Side, SideView } from '../engine/index.ts';
import { gameFor } from '../scenarios/catalog.ts';
import { publicBoardOf } from './board.ts';
import type { PublicBoard } from './board.ts';
import type { AiNote, AiOpponent } from './aiGame.ts';
import { SAVE_FORMAT } from './saves.ts';
import type { PendingSetup, SaveFile } from './saves.ts';
import { behindHandoff, isPrivate } from './steps.ts';
import type { PrivateScreen, Step } from './steps.ts';

export interface NewGameConfig {
  scenarioId: string;
  intentMode: IntentMode;
  /** Fixed mode: the intents the lesson sets. */
  intents?: Partial<Record<Side, Intent>>;
  /** Lab settings (GameOptions.settings). */
  settings?: Record<string, number>;
  seed: number;
  /** Play against the AI (absent: two players, hot-seat). */
  opponent?: AiOpponent;
}

/** A decision the AI owes: its own side's view, and a key naming the decision. */
export interface AiTask {
  key: string;
  kind: 'orders' | 'crisis';
  view: SideView;
}

/** The AI's answer to an AiTask. */
export interface AiAnswer {
  orders?: Order[];
  choice?: CrisisChoice;
  /** Its reasons in full (shown at the debrief) … */
  explanation: string;
  /** … and as the player may hear them during the game (defaults to the full text). */
  explanationForRival?: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** Everything the debrief may show: only available once the game is over. */
export interface FinishedGame {
  game: Game;
  state: GameState;
}

export class Session {
  private stateNow: GameState | undefined;
  private setup: PendingSetup | undefined;
  private stepNow: Step;
  private draftOrders: Order[] = [];
  /** The public board before the last resolution, for the resolution animation. */
  private boardBefore: PublicBoard | undefined;
  private readonly listeners: (() => void)[] = [];
  private readonly notes: AiNote[] = [];

  private constructor(
    readonly game: Game,
    step: Step,
    /** The AI's side and settings in a game against the AI. */
    readonly opponent?: AiOpponent,
  ) {
    this.stepNow = step;
  }

  static start(config: NewGameConfig): Loaded<Session> {
    const game = gameFor(config.scenarioId);
    if (!game) return { ok: false, message: `There is no scenario "${config.scenarioId}".` };
    const opponent = config.opponent ? { ...config.opponent, temperament: { ...config.opponent.temperament } } : undefined;
    const first: Step = opponent ? { screen: 'briefing', side: rivalOf(opponent.side) } : { screen: 'handoff', side: 'blue', next: 'briefing' };
    const session = new Session(game, first, opponent);
    const options: GameOptions = { seed: config.seed, intentMode: config.intentMode };
    if (config.settings && Object.keys(config.settings).length) options.settings = { ...config.settings };
    if (config.intentMode === 'chosen') session.setup = { options, chosen: {} };
    else {
      if (config.intentMode === 'fixed' && config.intents) options.intents = { ...config.intents };
      session.stateNow = newGame(game, options);
    }
    return { ok: true, value: session };
  }

  /** Rebuilds a saved game with the engine's replay; private screens resume behind the hand-off. */
  static resume(save: SaveFile): Loaded<Session> {
    const game = gameFor(save.scenarioId);
    if (!game) return { ok: false, message: `it is of a scenario this game does not have ("${save.scenarioId}")` };
    // Against the AI nobody else is at the screen: no hand-off to resume behind.
    const session = new Session(game, save.opponent ? save.step : behindHandoff(save.step), save.opponent);
    if (save.opponent && save.aiNotes) session.notes.push(...save.aiNotes);
    if (save.record) {
      const rebuilt = replay(game, save.record);
      if (!rebuilt.ok) return { ok: false, message: `the rules engine could not rebuild it (${rebuilt.error.message})` };
      session.stateNow = rebuilt.value;
      if (!session.stepFits(session.stepNow)) session.stepNow = session.stepForState(rebuilt.value);
      if (session.stepNow.screen === 'resolution' || session.stepNow.screen === 'crisisOutcome') session.boardBefore = session.boardBeforeLastStep();
    } else if (save.setup) {
      session.setup = { options: save.setup.options, chosen: { ...save.setup.chosen } };
      const first = session.firstStep();
      if (JSON.stringify(session.stepNow) !== JSON.stringify(first)) session.stepNow = first;
    } else return { ok: false, message: 'it holds no game' };
    const resumed = session.stepNow;
    const next = resumed.screen === 'handoff' ? resumed.next : resumed.screen;
    if (save.draft && (next === 'planning' || next === 'summary')) session.draftOrders = save.draft.slice();
    return { ok: true, value: session };
  }

  get step(): Step {
    return this.stepNow;
  }

  get scenario(): Scenario {
    return this.game.scenario;
  }

  /** The side of the player at the screen, in a game against the AI. */
  get humanSide(): Side | undefined {
    return this.opponent ? rivalOf(this.opponent.side) : undefined;
  }

  /** True while the players are still choosing their intents (chosen mode). */
  get choosingIntents(): boolean {
    return this.setup !== undefined;
  }

  /** The phase and turn anyone may know. */
  get publicStatus(): { phase: string; turn: number; year: number } {
    const s = this.stateNow;
    return s ? { phase: s.phase, turn: s.turn, year: s.year } : { phase: 'setup', turn: 0, year: this.scenario.year };
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** The view of the side at the screen; only on that side's private screens. */
  privateView(): SideView | undefined {
    const step = this.stepNow;
    if (!isPrivate(step) || !this.stateNow) return undefined;
    return view(this.game, this.stateNow, step.side);
  }

  /** What both players may see: undefined before the game exists. */
  publicBoard(): PublicBoard | undefined {
    return this.stateNow ? publicBoardOf(this.game, view(this.game, this.stateNow, 'blue')) : undefined;
  }

  previousBoard(): PublicBoard | undefined {
    return this.boardBefore;
  }

  /** The intent a side chose in chosen mode (only asked on that side's briefing). */
  chosenIntent(side: Side): Intent | undefined {
    const step = this.stepNow;
    if (!isPrivate(step) || step.side !== side) return undefined;
    return this.setup?.chosen[side];
  }

  get draft(): readonly Order[] {
    return this.draftOrders;
  }

  setDraft(orders: readonly Order[]): void {
    this.draftOrders = orders.slice();
    this.changed();
  }

  // ------------------------------------------------------------ transitions

  /** The hand-off screen was passed: show the private screen behind it. */
  reveal(): void {
    const step = this.stepNow;
    if (step.screen !== 'handoff') return;
    this.go({ screen: step.next, side: step.side });
  }

  chooseIntent(intent: Intent): void {
    const step = this.stepNow;
    if (!this.setup || step.screen !== 'briefing') return;
    this.setup.chosen[step.side] = intent;
    this.changed();
  }

  finishBriefing(): EngineError | string | undefined {
    const step = this.stepNow;
    if (step.screen !== 'briefing') return undefined;
    if (this.setup && !this.setup.chosen[step.side]) return 'Choose your intent first.';
    if (step.side === 'blue' && !this.opponent) {
      this.go({ screen: 'handoff', side: 'red', next: 'briefing' });
      return undefined;
    }
    if (this.setup) {
      const options: GameOptions = { ...this.setup.options, intents: { ...this.setup.chosen } };
      this.stateNow = newGame(this.game, options);
      this.setup = undefined;
    }
    const state = this.stateNow;
    if (state) this.go(this.stepForState(state));
    return undefined;
  }

  finishSummary(): void {
    const step = this.stepNow;
    if (step.screen === 'summary') this.go({ screen: 'planning', side: step.side });
  }

  commitOrders(): EngineError | undefined {
    const step = this.stepNow;
    const state = this.stateNow;
    if (step.screen !== 'planning' || !state) return undefined;
    const result = submitOrders(this.game, state, step.side, this.draftOrders);
    if (!result.ok) return result.error;
    this.draftOrders = [];
    this.advance(state, result.value);
    return undefined;
  }

  chooseCrisis(choice: CrisisChoice): EngineError | undefined {
    const step = this.stepNow;
    const state = this.stateNow;
    if (step.screen !== 'crisis' || !state) return undefined;
    const result = submitCrisisChoice(this.game, state, step.side, choice);
    if (!result.ok) return result.error;
    this.advance(state, result.value);
    return undefined;
  }

  // ------------------------------------------------------------ the AI

  /**
   * The decision the AI owes now, if any: the AI's own view and nothing more. The key
   * names the decision (turn and phase), so an answer that comes late — after a load or
   * a new game — is refused.
   */
  aiTask(): AiTask | undefined {
    const state = this.stateNow;
    const ai = this.opponent?.side;
    if (!state || !ai || !awaiting(state).includes(ai)) return undefined;
    return { key: taskKey(state), kind: state.phase === 'crisis' ? 'crisis' : 'orders', view: view(this.game, state, ai) };
  }

  /** The AI's answer to the task `key`; refused (with the engine's error) like a player's. */
  submitAi(key: string, answer: AiAnswer): EngineError | string | undefined {
    const state = this.stateNow;
    const ai = this.opponent?.side;
    if (!state || !ai || !awaiting(state).includes(ai) || taskKey(state) !== key) return 'That decision is no longer asked for.';
    const result: Result<GameState> =
      state.phase === 'crisis' ? submitCrisisChoice(this.game, state, ai, answer.choice ?? 'hold') : submitOrders(this.game, state, ai, answer.orders ?? []);
    if (!result.ok) return result.error;
    this.notes.push({ turn: state.turn, phase: state.phase === 'crisis' ? 'crisis' : 'planning', text: answer.explanationForRival ?? answer.explanation, full: answer.explanation });
    // The player may still be deciding: then only the (hidden) state changed, not the screen.
    if (this.humanSide && awaiting(state).includes(this.humanSide)) {
      this.stateNow = result.value;
      this.changed();
    } else this.advance(state, result.value);
    return undefined;
  }

  /** What the AI said about a decision, once that decision has been resolved. */
  aiNote(turn: number, phase: 'planning' | 'crisis'): string | undefined {
    return this.resolvedNotes().find((n) => n.turn === turn && n.phase === phase)?.text;
  }

  /** Everything the AI has said about decisions already resolved, in order. */
  resolvedNotes(): AiNote[] {
    const state = this.stateNow;
    const human = this.humanSide;
    if (!state || !human) return [];
    // The AI has decided but the player has not: its last note is about the open decision.
    const open = state.phase !== 'over' && awaiting(state).length === 1 && awaiting(state)[0] === human;
    return open ? this.notes.slice(0, -1) : this.notes.slice();
  }

  /** Leaves a public screen (resolution, crisis outcome) for whatever comes next. */
  continuePublic(): void {
    const state = this.stateNow;
    if (!state || isPrivate(this.stepNow) || this.stepNow.screen === 'handoff') return;
    this.boardBefore = undefined;
    this.go(this.stepForState(state));
  }

  /** The full game, for the debrief: only once it is over. */
  finished(): FinishedGame | undefined {
    const state = this.stateNow;
    return state && state.phase === 'over' ? { game: this.game, state } : undefined;
  }

  // ------------------------------------------------------------ saving

  saveFile(): SaveFile {
    const save: SaveFile = {
      format: SAVE_FORMAT,
      engineVersion: this.stateNow?.engineVersion ?? ENGINE_VERSION,
      scenarioId: this.game.scenario.id,
      savedAt: new Date().toISOString(),
      step: this.stepNow,
    };
    if (this.stateNow) save.record = record(this.stateNow);
    if (this.setup) save.setup = { options: this.setup.options, chosen: { ...this.setup.chosen } };
    if (this.draftOrders.length) save.draft = this.draftOrders.slice();
    if (this.opponent) {
      save.opponent = this.opponent;
      save.aiNotes = this.notes.slice();
    }
    return save;
  }

  // ------------------------------------------------------------ internals

  private go(step: Step): void {
    this.stepNow = step;
    this.changed();
  }

  /**
   * After a submission: a resolved turn or crisis shows its public outcome (remembering
   * the board before it, for the animation); otherwise the next side to act is up.
   */
  private advance(before: GameState, after: GameState): void {
    const boardBefore = publicBoardOf(this.game, view(this.game, before, 'blue'));
    this.stateNow = after;
    const resolved = after.phase === 'over' || after.turn !== before.turn || after.phase !== before.phase || awaiting(after).length === 2;
    if (!resolved) return this.go(this.stepForState(after));
    this.boardBefore = boardBefore;
    this.go({ screen: before.phase === 'crisis' ? 'crisisOutcome' : 'resolution', turn: before.turn });
  }

  /** Where a new game starts: the first briefing (behind its hand-off in a hot-seat game). */
  private firstStep(): Step {
    return this.humanSide ? { screen: 'briefing', side: this.humanSide } : { screen: 'handoff', side: 'blue', next: 'briefing' };
  }

  /**
   * The next step a state asks for: the first side still to act, behind its hand-off; or,
   * against the AI, the player's own screen, or waiting while only the AI has to act.
   */
  private stepForState(state: GameState): Step {
    if (state.phase === 'over') return { screen: 'debrief' };
    const human = this.humanSide;
    if (human && !awaiting(state).includes(human)) return { screen: 'waiting' };
    const side = human ?? awaiting(state)[0] ?? 'blue';
    const next: PrivateScreen = state.phase === 'crisis' ? 'crisis' : state.turn > 1 || state.sides[side].observations.length > 0 ? 'summary' : 'planning';
    return human ? { screen: next, side } : { screen: 'handoff', side, next };
  }

  /** Whether a saved step still matches the rebuilt state (else the state decides). */
  private stepFits(step: Step): boolean {
    const state = this.stateNow;
    if (!state) return false;
    switch (step.screen) {
      case 'handoff':
      case 'briefing':
      case 'summary':
      case 'planning':
      case 'crisis': {
        const next = step.screen === 'handoff' ? step.next : step.screen;
        if (next === 'briefing') return state.record.steps.length === 0;
        const phase = next === 'crisis' ? 'crisis' : 'planning';
        return state.phase === phase && awaiting(state).includes(step.side);
      }
      case 'resolution':
        return state.record.steps.length > 0 && (state.phase === 'over' || awaiting(state).length === 2) && step.turn <= state.turn;
      case 'crisisOutcome':
        return state.crisisHistory.some((c) => c.turn === step.turn);
      case 'debrief':
        return state.phase === 'over';
      case 'waiting': {
        const ai = this.opponent?.side;
        return !!ai && state.phase !== 'over' && awaiting(state).length === 1 && awaiting(state)[0] === ai;
      }
    }
  }

  /** Replays all but the last step, to show what the last resolution changed. */
  private boardBeforeLastStep(): PublicBoard | undefined {
    const state = this.stateNow;
    if (!state || state.record.steps.length === 0) return undefined;
    const rec = record(state);
    rec.steps = rec.steps.slice(0, -1);
    const earlier = replay(this.game, rec);
    return earlier.ok ? publicBoardOf(this.game, view(this.game, earlier.value, 'blue')) : undefined;
  }
}


/** Names the decision a state asks for: its turn, phase and how many crises came before. */
function taskKey(state: GameState): string {
  return `${state.turn}:${state.phase}:${state.crisisHistory.length}`;
}
