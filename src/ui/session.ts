/**
 * The one place in the front end that holds the GameState. Screens get either the view
 * of the side at the screen (`privateView`, only on that side's private screens) or the
 * public board (`publicBoard`); the full state leaves this module only once the game is
 * over, for the debrief. Every change of step is autosaved.
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
import type { CrisisChoice, EngineError, Game, GameOptions, GameState, Intent, IntentMode, Order, Scenario, Side, SideView } from '../engine/index.ts';
import { gameFor } from '../scenarios/catalog.ts';
import { publicBoardOf } from './board.ts';
import type { PublicBoard } from './board.ts';
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

  private constructor(
    readonly game: Game,
    step: Step,
  ) {
    this.stepNow = step;
  }

  static start(config: NewGameConfig): Loaded<Session> {
    const game = gameFor(config.scenarioId);
    if (!game) return { ok: false, message: `There is no scenario "${config.scenarioId}".` };
    const session = new Session(game, { screen: 'handoff', side: 'blue', next: 'briefing' });
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
    const session = new Session(game, behindHandoff(save.step));
    if (save.record) {
      const rebuilt = replay(game, save.record);
      if (!rebuilt.ok) return { ok: false, message: `the rules engine could not rebuild it (${rebuilt.error.message})` };
      session.stateNow = rebuilt.value;
      if (!session.stepFits(session.stepNow)) session.stepNow = session.stepForState(rebuilt.value);
      if (session.stepNow.screen === 'resolution' || session.stepNow.screen === 'crisisOutcome') session.boardBefore = session.boardBeforeLastStep();
    } else if (save.setup) {
      session.setup = { options: save.setup.options, chosen: { ...save.setup.chosen } };
      if (session.stepNow.screen !== 'handoff' || session.stepNow.next !== 'briefing') session.stepNow = { screen: 'handoff', side: 'blue', next: 'briefing' };
    } else return { ok: false, message: 'it holds no game' };
    const resumed = session.stepNow;
    if (save.draft && resumed.screen === 'handoff' && (resumed.next === 'planning' || resumed.next === 'summary')) session.draftOrders = save.draft.slice();
    return { ok: true, value: session };
  }

  get step(): Step {
    return this.stepNow;
  }

  get scenario(): Scenario {
    return this.game.scenario;
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
    if (step.side === 'blue') {
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
    const before = publicBoardOf(this.game, view(this.game, state, 'blue'));
    this.stateNow = result.value;
    this.draftOrders = [];
    if (result.value.turn === state.turn && result.value.phase === 'planning' && awaiting(result.value).length > 0) {
      this.go(this.stepForState(result.value));
    } else {
      this.boardBefore = before;
      this.go({ screen: 'resolution', turn: state.turn });
    }
    return undefined;
  }

  chooseCrisis(choice: CrisisChoice): EngineError | undefined {
    const step = this.stepNow;
    const state = this.stateNow;
    if (step.screen !== 'crisis' || !state) return undefined;
    const result = submitCrisisChoice(this.game, state, step.side, choice);
    if (!result.ok) return result.error;
    const before = publicBoardOf(this.game, view(this.game, state, 'blue'));
    this.stateNow = result.value;
    if (result.value.phase === 'crisis') this.go(this.stepForState(result.value));
    else {
      this.boardBefore = before;
      this.go({ screen: 'crisisOutcome', turn: state.turn });
    }
    return undefined;
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
    return save;
  }

  // ------------------------------------------------------------ internals

  private go(step: Step): void {
    this.stepNow = step;
    this.changed();
  }

  /** The next step a state asks for: the first side still to act, behind its hand-off. */
  private stepForState(state: GameState): Step {
    if (state.phase === 'over') return { screen: 'debrief' };
    const side = awaiting(state)[0] ?? 'blue';
    if (state.phase === 'crisis') return { screen: 'handoff', side, next: 'crisis' };
    const next: PrivateScreen = state.turn > 1 || state.sides[side].observations.length > 0 ? 'summary' : 'planning';
    return { screen: 'handoff', side, next };
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
