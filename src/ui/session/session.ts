/**
 * The one place in the front end that holds the GameState: a game at the table. Screens
 * get either the view of the side at the screen (`privateView`, only on that side's
 * private screens) or the public board (`publicBoard`); the full state leaves only once
 * the game is over, for the debrief. Every change of step is announced (and autosaved by
 * the shell).
 *
 * The jobs live in their own modules: the secrecy gate (secrecy.ts), the step machine
 * (nextStep.ts), the AI's seat (aiSeat.ts) and saving (saving.ts). This class keeps the
 * state and runs the transitions through them.
 *
 * In a game against the AI there is one player at the screen, so there are no hand-off
 * screens, and the AI gets its own side's view (`aiTask`) and nothing else — never the
 * state, never the player's draft — and answers through `submitAi`.
 */
import { awaiting, checkOptions, newGame, rivalOf, submitCrisisChoice, submitOrders } from '../../engine/index.ts';
import type { CrisisChoice, EngineError, ErrorCode, Game, GameLength, GameOptions, GameState, Intent, IntentMode, Order, Refusal, Result, Scenario, Side, SideView } from '../../engine/index.ts';
import { refuse } from '../../engine/result.ts';
import { gameFor } from '../../scenarios/catalog.ts';
import type { AiNote, AiOpponent } from '../aiGame.ts';
import type { PublicBoard } from '../board.ts';
import type { PendingSetup, SaveCode, SaveFile } from '../saves.ts';
import { isPrivate } from '../steps.ts';
import type { Step } from '../steps.ts';
import { AiSeat, closedDecision } from './aiSeat.ts';
import type { AiAnswer, AiAnswerCode, AiTask } from './aiSeat.ts';
import { firstStep, nextBriefing, stepAfterSubmission, stepForState } from './nextStep.ts';
import { restore, saveFileOf } from './saving.ts';
import type { TableContents } from './saving.ts';
import { chosenIntentAt, finishedAt, privateViewAt, publicBoardAt, revealed } from './secrecy.ts';
import type { FinishedGame } from './secrecy.ts';

export type { AiAnswer, AiTask } from './aiSeat.ts';
export type { FinishedGame } from './secrecy.ts';

export interface NewGameConfig {
  scenarioId: string;
  intentMode: IntentMode;
  /** Fixed mode: the intents the lesson sets. */
  intents?: Partial<Record<Side, Intent>>;
  /** Lab settings (GameOptions.settings). */
  settings?: Record<string, number>;
  seed: number;
  /** The full scenario (default) or its lesson: a few key years. */
  length?: GameLength;
  /** Play against the AI (absent: two players, hot-seat). */
  opponent?: AiOpponent;
}

export class Session {
  private stateNow: GameState | undefined;
  private setup: PendingSetup | undefined;
  private stepNow: Step;
  private draftOrders: Order[];
  /** The public board before the last resolution, for the resolution animation. */
  private boardBefore: PublicBoard | undefined;
  private readonly listeners: (() => void)[] = [];
  /** The AI's seat, in a game against the AI. */
  private readonly aiSeat: AiSeat | undefined;

  private constructor(
    readonly game: Game,
    contents: TableContents,
    /** The AI's side and settings in a game against the AI. */
    readonly opponent?: AiOpponent,
  ) {
    this.stepNow = contents.step;
    this.stateNow = contents.state;
    this.setup = contents.setup;
    this.draftOrders = contents.draft.slice();
    this.boardBefore = contents.boardBefore;
    this.aiSeat = opponent ? new AiSeat(opponent, contents.notes) : undefined;
  }

  static start(config: NewGameConfig): Result<Session, 'SCENARIO_UNKNOWN' | ErrorCode> {
    const game = gameFor(config.scenarioId);
    if (!game) return refuse('SCENARIO_UNKNOWN', `There is no scenario "${config.scenarioId}".`, { scenarioId: config.scenarioId });
    const opponent = config.opponent ? { ...config.opponent, temperament: { ...config.opponent.temperament } } : undefined;
    const contents: TableContents = { step: firstStep(opponent ? rivalOf(opponent.side) : undefined), draft: [], notes: [] };
    const options: GameOptions = { seed: config.seed, intentMode: config.intentMode };
    if (config.settings && Object.keys(config.settings).length) options.settings = { ...config.settings };
    if (config.length && config.length !== 'full') options.length = config.length;
    const problem = checkOptions(game, options);
    if (problem) return { ok: false, error: problem };
    if (config.intentMode === 'chosen') contents.setup = { options, chosen: {} };
    else {
      if (config.intentMode === 'fixed' && config.intents) options.intents = { ...config.intents };
      contents.state = newGame(game, options);
    }
    return { ok: true, value: new Session(game, contents, opponent) };
  }

  /** Rebuilds a saved game (saving.ts); private screens resume behind the hand-off. */
  static resume(save: SaveFile): Result<Session, SaveCode> {
    const restored = restore(save);
    if (!restored.ok) return restored;
    const { game, contents, opponent } = restored.value;
    return { ok: true, value: new Session(game, contents, opponent) };
  }

  get step(): Step {
    return this.stepNow;
  }

  get scenario(): Scenario {
    return this.game.scenario;
  }

  /** The side of the player at the screen, in a game against the AI. */
  get humanSide(): Side | undefined {
    return this.aiSeat?.humanSide;
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

  // ------------------------------------------------------------ what may be seen (secrecy.ts)

  privateView(): SideView | undefined {
    return privateViewAt(this.game, this.stateNow, this.stepNow);
  }

  publicBoard(): PublicBoard | undefined {
    return publicBoardAt(this.game, this.stateNow);
  }

  previousBoard(): PublicBoard | undefined {
    return this.boardBefore;
  }

  chosenIntent(side: Side): Intent | undefined {
    return chosenIntentAt(this.stepNow, this.setup, side);
  }

  finished(): FinishedGame | undefined {
    return finishedAt(this.game, this.stateNow);
  }

  get draft(): readonly Order[] {
    return this.draftOrders;
  }

  setDraft(orders: readonly Order[]): void {
    this.draftOrders = orders.slice();
    this.changed();
  }

  // ------------------------------------------------------------ transitions (nextStep.ts)

  /** The hand-off screen was passed: show the private screen behind it. */
  reveal(): void {
    const behind = revealed(this.stepNow);
    if (behind) this.go(behind);
  }

  chooseIntent(intent: Intent): void {
    const step = this.stepNow;
    if (!this.setup || step.screen !== 'briefing') return;
    this.setup.chosen[step.side] = intent;
    this.changed();
  }

  finishBriefing(): Refusal<'INTENT_NOT_CHOSEN'> | undefined {
    const step = this.stepNow;
    if (step.screen !== 'briefing') return undefined;
    if (this.setup && !this.setup.chosen[step.side]) return { code: 'INTENT_NOT_CHOSEN', message: 'Choose your intent first.', details: { side: step.side } };
    const otherBriefing = nextBriefing(step, !!this.opponent);
    if (otherBriefing) {
      this.go(otherBriefing);
      return undefined;
    }
    if (this.setup) {
      const options: GameOptions = { ...this.setup.options, intents: { ...this.setup.chosen } };
      this.stateNow = newGame(this.game, options);
      this.setup = undefined;
    }
    const state = this.stateNow;
    if (state) this.go(stepForState(state, this.humanSide));
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

  /** Leaves a public screen (resolution, crisis outcome) for whatever comes next. */
  continuePublic(): void {
    const state = this.stateNow;
    if (!state || isPrivate(this.stepNow) || this.stepNow.screen === 'handoff') return;
    this.boardBefore = undefined;
    this.go(stepForState(state, this.humanSide));
  }

  // ------------------------------------------------------------ the AI (aiSeat.ts)

  /**
   * The decision the AI owes now, if any: the AI's own view and nothing more. The key
   * names the decision (turn and phase), so an answer that comes late — after a load or
   * a new game — is refused.
   */
  aiTask(): AiTask | undefined {
    return this.aiSeat?.task(this.game, this.stateNow);
  }

  /** Whether the AI has answered the open decision (the top bar may say so; not what it chose). */
  aiHasDecided(): boolean {
    const phase = this.stateNow?.phase;
    return !!this.aiSeat && (phase === 'planning' || phase === 'crisis') && !this.aiTask();
  }

  /** The AI's answer to the task `key`; refused (with the engine's error) like a player's. */
  submitAi(key: string, answer: AiAnswer): Refusal<AiAnswerCode> | undefined {
    const state = this.stateNow;
    if (!this.aiSeat || !state) return closedDecision(key);
    const result = this.aiSeat.answer(this.game, state, key, answer);
    if (!result.ok) return result.error;
    // The player may still be deciding: then only the (hidden) state changed, not the screen.
    const human = this.humanSide;
    if (human && awaiting(state).includes(human)) {
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
    return this.aiSeat?.resolvedNotes(this.stateNow) ?? [];
  }

  // ------------------------------------------------------------ saving (saving.ts)

  saveFile(): SaveFile {
    const contents: TableContents = { step: this.stepNow, draft: this.draftOrders, notes: this.aiSeat?.allNotes() ?? [] };
    if (this.stateNow) contents.state = this.stateNow;
    if (this.setup) contents.setup = this.setup;
    return saveFileOf(this.game, contents, this.opponent);
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
    const boardBefore = publicBoardAt(this.game, before);
    this.stateNow = after;
    const next = stepAfterSubmission(before, after, this.humanSide);
    if (next.resolved) this.boardBefore = boardBefore;
    this.go(next.step);
  }
}
