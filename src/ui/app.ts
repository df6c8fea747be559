/**
 * The front end's shell (the `Shell` screens are given): which screen is up, the shared
 * pieces every screen uses (map, sound, settings), global keys, the save slots and
 * autosave, and the test hook `window.__game`, which tells what a bystander could see
 * (screen, side, turn) and nothing secret.
 */
import type { Refusal, Side } from '../engine/index.ts';
import { announce, focusFirst, h } from './dom.ts';
import { muteLabel } from './format.ts';
import { MapView, preloadMap } from './map/mapView.ts';
import { AiDriver } from './opponent.ts';
import { showAiStatus } from './panels/topbar.ts';
import { checkSave, keepPreviousAutosave, putSaveAside, readAutosave, retireAutosave, writeAutosave } from './saves.ts';
import type { SaveFile } from './saves.ts';
import { renderScreen } from './screens/index.ts';
import { Session } from './session/session.ts';
import type { NewGameConfig } from './session/session.ts';
import { applySettingsToDocument, loadSettings, saveSettings } from './settings.ts';
import type { Settings } from './settings.ts';
import type { Notice, Route, SavedGameOffer, Shell } from './shell.ts';
import { SoundBoard } from './sound.ts';
import type { Step } from './steps.ts';

export interface GameHook {
  status(): {
    screen: string;
    side?: Side;
    phase: string;
    turn: number;
    year: number;
    scenarioId?: string;
    mapInteractive: boolean;
    /** In a game against the AI: the AI's side, and whether it is thinking right now. */
    aiSide?: Side;
    aiThinking?: boolean;
  };
  regionPoint(region: string): [number, number] | undefined;
  /** Picks a region as a click on the map would (undefined clears the pick). */
  pickRegion(region: string | undefined): void;
  canvasTexts(): string[];
  /** Where the map's names and markers are drawn (page coordinates), for the label checks. */
  mapLayout(): ReturnType<MapView['layoutBoxes']>;
}

declare global {
  interface Window {
    __game?: GameHook;
  }
}

export class App implements Shell {
  private route: Route = 'title';
  private session: Session | undefined;
  /** The AI player of a game against the AI. */
  opponent: AiDriver | undefined;
  settings: Settings;
  readonly sound: SoundBoard;
  readonly map: MapView;
  readonly topbar: HTMLElement;
  readonly screen: HTMLElement;
  /** A message for the title screen (a save that could not be loaded). */
  private notice: Notice | undefined;
  /** The autosave looked fine but could not be resumed: offer to put it aside, not to continue. */
  private autosaveBroken = false;
  /** Keys the current screen handles (Ctrl+Z on planning, …); cleared on every render. */
  screenKeys: ((e: KeyboardEvent) => boolean) | undefined;
  private renderedStep: Step | undefined;

  constructor(root: HTMLElement) {
    this.settings = loadSettings();
    applySettingsToDocument(this.settings);
    this.sound = new SoundBoard(this.settings);
    this.topbar = h('header', { id: 'topbar' });
    this.screen = h('main', { id: 'screen', tabindex: -1 });
    const mapHost = h('div', { id: 'map-host', class: 'map-off', inert: true });
    root.replaceChildren(this.topbar, mapHost, this.screen, h('div', { id: 'announcer', class: 'visually-hidden', 'aria-live': 'polite' }));
    this.map = new MapView(mapHost, this.settings.palette, this.settings.reducedMotion);
    this.map.onInteractive = () => this.sound.allowLoading();
    document.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest('button:not([disabled])')) this.sound.play('click');
    });
    window.__game = this.hook();
    preloadMap();
  }

  navigate(route: Route): void {
    this.route = route;
    this.render();
  }

  /** Renders the screen for the current route or game step. */
  render(): void {
    this.screenKeys = undefined;
    // The live region may still hold the last player's words ("Orders filtered to Poland").
    announce('');
    this.renderedStep = this.session?.step;
    document.body.dataset.screen = this.screenName();
    renderScreen(this, this.route, this.session);
    this.screen.scrollTop = 0;
    focusFirst(this.screen);
  }

  screenName(): string {
    return this.route === 'game' && this.session ? this.session.step.screen : this.route;
  }

  startGame(config: NewGameConfig): Refusal<string> | undefined {
    const started = Session.start(config);
    if (!started.ok) return started.error;
    if (this.autosaveBroken) putSaveAside();
    else retireAutosave();
    this.autosaveBroken = false;
    this.notice = undefined;
    this.adopt(started.value);
    return undefined;
  }

  private resume(save: SaveFile): Refusal<string> | undefined {
    const resumed = Session.resume(save);
    if (!resumed.ok) return resumed.error;
    this.adopt(resumed.value);
    return undefined;
  }

  /**
   * On start: a refresh during a game (this tab was in a game: sessionStorage) resumes it
   * at once, behind the hand-off screen; a new visit starts at the title, with Continue.
   */
  start(): void {
    let wasPlaying = false;
    try {
      wasPlaying = sessionStorage.getItem(IN_GAME) === '1';
    } catch {
      // No session storage: always start at the title.
    }
    if (wasPlaying && readAutosave()) this.continueSaved();
    else this.render();
  }

  private adopt(session: Session): void {
    this.opponent?.dispose();
    this.session = session;
    this.opponent = session.opponent ? new AiDriver(session, () => this.showAiStatus()) : undefined;
    markInGame(true);
    session.onChange(() => {
      writeAutosave(session.saveFile());
      // A new step gets a new screen; draft edits are redrawn by the planning screen itself.
      if (this.session === session && this.route === 'game' && session.step !== this.renderedStep) this.render();
    });
    writeAutosave(session.saveFile());
    this.navigate('game');
    // A new or resumed game may already owe the AI a decision.
    this.opponent?.poke();
  }

  /** Back to the title; the game stays in the autosave for Continue. */
  leaveGame(): void {
    if (this.session) writeAutosave(this.session.saveFile());
    this.session = undefined;
    this.opponent?.dispose();
    this.opponent = undefined;
    markInGame(false);
    this.map.hide();
    this.navigate('title');
  }

  continueSaved(): void {
    const saved = readAutosave();
    if (!saved) {
      this.render();
      return;
    }
    if (!saved.ok) {
      this.notice = cannotContinue(saved.error);
      this.render();
      return;
    }
    const problem = this.resume(saved.value);
    if (problem) {
      this.notice = cannotContinue(problem);
      this.autosaveBroken = true;
      this.route = 'title';
      this.render();
    }
  }

  /** What the title says of the autosave. A notice is shown once, unless the save stays broken. */
  savedGame(): SavedGameOffer {
    const saved = readAutosave();
    const broken = (saved !== undefined && !saved.ok) || (saved?.ok === true && this.autosaveBroken);
    const offer: SavedGameOffer = { broken };
    if (saved?.ok && !broken) offer.save = saved.value;
    const notice = this.notice ?? (saved && !saved.ok ? cannotContinue(saved.error) : undefined);
    if (notice) offer.notice = notice;
    if (!this.autosaveBroken) this.notice = undefined;
    return offer;
  }

  loadGameFile(text: string): void {
    const checked = checkSave(text);
    let problem: Refusal<string> | undefined = checked.ok ? undefined : checked.error;
    if (checked.ok) {
      keepPreviousAutosave();
      problem = this.resume(checked.value);
    }
    if (!problem) return;
    this.notice = { code: problem.code, message: `That file could not be loaded. ${problem.message} Your saves are untouched.` };
    this.render();
  }

  /** Moves a save that cannot be continued to its own key, where a teacher can still find it. */
  putBrokenSaveAside(): void {
    putSaveAside();
    this.autosaveBroken = false;
    this.notice = undefined;
    this.render();
  }

  updateSettings(change: Partial<Settings>): void {
    const before = this.settings;
    this.settings = { ...this.settings, ...change };
    saveSettings(this.settings);
    applySettingsToDocument(this.settings);
    this.sound.apply(this.settings);
    if (before.palette !== this.settings.palette || before.reducedMotion !== this.settings.reducedMotion)
      this.map.setLook(this.settings.palette, this.settings.reducedMotion);
  }

  toggleMute(): void {
    this.updateSettings({ muted: !this.settings.muted });
    announce(this.settings.muted ? 'Sound off' : 'Sound on');
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-action="mute"]')) {
      b.textContent = muteLabel(this.settings.muted);
      b.setAttribute('aria-pressed', String(this.settings.muted));
    }
  }

  private showAiStatus(): void {
    if (this.session && this.opponent) showAiStatus(this.session, this.opponent);
  }

  private onKey(e: KeyboardEvent): void {
    // An open dialog (the rules) has the keyboard to itself.
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    const typing = !!target?.closest('input, textarea, select');
    if (this.screenKeys?.(e)) {
      e.preventDefault();
      return;
    }
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'm' || e.key === 'M')) {
      e.preventDefault();
      this.toggleMute();
    }
  }

  private hook(): GameHook {
    return {
      status: () => {
        const step = this.route === 'game' ? this.session?.step : undefined;
        const side = step && 'side' in step ? step.side : undefined;
        const pub = this.session?.publicStatus;
        const status: ReturnType<GameHook['status']> = {
          screen: this.screenName(),
          phase: pub?.phase ?? 'none',
          turn: pub?.turn ?? 0,
          year: pub?.year ?? 0,
          mapInteractive: this.map.interactive,
        };
        if (side) status.side = side;
        if (this.session) status.scenarioId = this.session.scenario.id;
        const ai = this.session?.opponent?.side;
        if (ai) {
          status.aiSide = ai;
          status.aiThinking = this.opponent?.status === 'thinking';
        }
        return status;
      },
      regionPoint: (region) => this.map.regionClientPoint(region),
      pickRegion: (region) => this.map.pick(region),
      canvasTexts: () => this.map.canvasTexts(),
      mapLayout: () => this.map.layoutBoxes(),
    };
  }
}

const IN_GAME = 'security-dilemma/in-game';

function markInGame(playing: boolean): void {
  try {
    if (playing) sessionStorage.setItem(IN_GAME, '1');
    else sessionStorage.removeItem(IN_GAME);
  } catch {
    // Without session storage a refresh shows the title, with Continue.
  }
}

function cannotContinue(problem: Refusal<string>): Notice {
  return { code: problem.code, message: `The saved game cannot be continued. ${problem.message}` };
}
