/**
 * What a screen may ask of the front end, and nothing more: the screen's own area and
 * the map, sound and settings; moving between screens; starting, resuming and leaving
 * games; and, in a game, the `Table` — the view of the side at the screen or the public
 * board, and that side's decisions. Screens depend on these types only; app.ts provides
 * the Shell and session/session.ts the Table.
 */
import type { CrisisChoice, EngineError, Game, Intent, Order, Refusal, Scenario, Side, SideView } from '../engine/index.ts';
import type { AiNote, AiOpponent, AiStatus } from './aiGame.ts';
import type { PublicBoard } from './board.ts';
import type { MapView } from './map/mapView.ts';
import type { SaveFile } from './saves.ts';
import type { FinishedGame, NewGameConfig } from './session/session.ts';
import type { Settings } from './settings.ts';
import type { SoundBoard } from './sound.ts';
import type { Step } from './steps.ts';

export type Route = 'title' | 'setup' | 'setupAi' | 'howto' | 'settings' | 'classTournament' | 'game';

/** A message for the title screen, with the code of the refusal behind it. */
export interface Notice {
  message: string;
  code: string;
}

/** The autosave as the title offers it: a game to continue, or why it cannot be continued. */
export interface SavedGameOffer {
  /** A save that can be continued. */
  save?: SaveFile;
  notice?: Notice;
  /** The autosave cannot be continued: offer to put it aside. */
  broken: boolean;
}

/** The AI player's state, for the top bar: thinking, or failed and why. */
export interface AiPlayerStatus {
  readonly status: AiStatus;
  readonly problem: string;
}

export interface Shell {
  /** The screen's own area, and the bar above a game's screens. */
  readonly screen: HTMLElement;
  readonly topbar: HTMLElement;
  readonly map: Pick<MapView, 'show' | 'hide' | 'setMarked' | 'setSelected' | 'host' | 'regionClientPoint'>;
  readonly sound: Pick<SoundBoard, 'play'>;
  readonly settings: Settings;
  /** The AI player, in a game against the AI. */
  readonly opponent: AiPlayerStatus | undefined;
  /** Keys the current screen handles (Ctrl+Z on planning, …); cleared on every render. */
  screenKeys: ((e: KeyboardEvent) => boolean) | undefined;

  navigate(route: Route): void;
  updateSettings(change: Partial<Settings>): void;
  toggleMute(): void;

  /** Starts a game and shows its first screen, or says why it cannot start. */
  startGame(config: NewGameConfig): Refusal<string> | undefined;
  savedGame(): SavedGameOffer;
  continueSaved(): void;
  /** Resumes a game file's game (keeping the autosave it replaces aside), or says why not on the title. */
  loadGameFile(text: string): void;
  putBrokenSaveAside(): void;
  /** Back to the title; the game stays in the autosave for Continue. */
  leaveGame(): void;
}

/** The game at the table, as the screens may touch it. */
export interface Table {
  readonly game: Game;
  /** Which screen the game is at, and for which side. */
  readonly step: Step;
  readonly scenario: Scenario;
  /** The AI's side and settings in a game against the AI. */
  readonly opponent?: AiOpponent;
  /** The phase and turn anyone may know. */
  readonly publicStatus: { phase: string; turn: number; year: number };
  /** True while the players are still choosing their intents (chosen mode). */
  readonly choosingIntents: boolean;
  /** Orders the side at the screen has chosen but not committed yet. */
  readonly draft: readonly Order[];

  /** The view of the side at the screen: only on that side's private screens. */
  privateView(): SideView | undefined;
  /** What both players may see: undefined before the game exists. */
  publicBoard(): PublicBoard | undefined;
  /** The public board before the last resolution, for its animation. */
  previousBoard(): PublicBoard | undefined;
  /** The intent a side chose in chosen mode: only on that side's own briefing. */
  chosenIntent(side: Side): Intent | undefined;
  /** The full game, for the debrief: only once it is over. */
  finished(): FinishedGame | undefined;

  setDraft(orders: readonly Order[]): void;
  reveal(): void;
  chooseIntent(intent: Intent): void;
  finishBriefing(): Refusal<string> | undefined;
  finishSummary(): void;
  commitOrders(): EngineError | undefined;
  chooseCrisis(choice: CrisisChoice): EngineError | undefined;
  continuePublic(): void;

  /** Whether the AI has answered the open decision (not what it chose). */
  aiHasDecided(): boolean;
  /** What the AI said about a decision, once that decision has been resolved. */
  aiNote(turn: number, phase: 'planning' | 'crisis'): string | undefined;
  resolvedNotes(): AiNote[];
  saveFile(): SaveFile;
}
