/**
 * Saves: the game record (what the engine needs to rebuild the game exactly) plus where
 * the players were. Kept in localStorage after every step, and exported or imported as
 * a .json file. A save is only ever checked here for shape; the engine's `replay`
 * decides whether its steps are legal.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { GameOptions, GameRecord, Intent, Order, Side } from '../engine/index.ts';
import { parseNotes, parseOpponent } from './aiGame.ts';
import type { AiNote, AiOpponent } from './aiGame.ts';
import { parseStep } from './steps.ts';
import type { Step } from './steps.ts';

export const SAVE_FORMAT = 'security-dilemma-save';

/** While players are still choosing their intents, the game does not exist yet. */
export interface PendingSetup {
  options: GameOptions;
  chosen: Partial<Record<Side, Intent>>;
}

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  engineVersion: string;
  scenarioId: string;
  savedAt: string;
  step: Step;
  record?: GameRecord;
  setup?: PendingSetup;
  /** Orders the side at the screen has chosen but not committed yet. */
  draft?: Order[];
  /** A game against the AI: the AI's side and settings, and what it said so far. */
  opponent?: AiOpponent;
  aiNotes?: AiNote[];
}

export type SaveCheck = { ok: true; save: SaveFile } | { ok: false; message: string };

const SLOT = 'security-dilemma/save';
const BROKEN_SLOT = 'security-dilemma/save.broken';
const PREVIOUS_SLOT = 'security-dilemma/save.previous';

function isRecord(x: unknown): x is GameRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.scenarioId === 'string' && typeof r.engineVersion === 'string' && Array.isArray(r.steps) && typeof r.intents === 'object' && typeof r.options === 'object';
}

/** Checks the shape and engine version of a save (or of a bare game record). */
export function checkSave(text: string): SaveCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The save is not valid JSON: it may be damaged or not a Security Dilemma file.' };
  }
  if (isRecord(json)) {
    // A bare record (e.g. from the command-line tools): resume where it leaves off.
    if (json.engineVersion !== ENGINE_VERSION) return versionMismatch(json.engineVersion);
    return { ok: true, save: { format: SAVE_FORMAT, engineVersion: json.engineVersion, scenarioId: json.scenarioId, savedAt: '', step: { screen: 'debrief' }, record: json } };
  }
  if (typeof json !== 'object' || json === null || (json as Record<string, unknown>).format !== SAVE_FORMAT)
    return { ok: false, message: 'This file is not a Security Dilemma save or game record.' };
  const s = json as Record<string, unknown>;
  if (typeof s.engineVersion !== 'string' || typeof s.scenarioId !== 'string') return { ok: false, message: 'The save is incomplete: it names no engine version or scenario.' };
  if (s.engineVersion !== ENGINE_VERSION) return versionMismatch(s.engineVersion);
  const step = parseStep(s.step);
  if (!step) return { ok: false, message: 'The save does not say where the game was.' };
  if (s.record !== undefined && !isRecord(s.record)) return { ok: false, message: 'The game record in the save is damaged.' };
  if (s.record === undefined && s.setup === undefined) return { ok: false, message: 'The save holds no game.' };
  const save: SaveFile = { format: SAVE_FORMAT, engineVersion: s.engineVersion, scenarioId: s.scenarioId, savedAt: String(s.savedAt ?? ''), step };
  if (s.record) save.record = s.record as GameRecord;
  if (s.setup) save.setup = s.setup as PendingSetup;
  if (Array.isArray(s.draft)) save.draft = s.draft as Order[];
  if (s.opponent !== undefined) {
    const opponent = parseOpponent(s.opponent);
    if (!opponent) return { ok: false, message: 'The save is of a game against the AI, but the AI’s settings in it are damaged.' };
    save.opponent = opponent;
    save.aiNotes = parseNotes(s.aiNotes);
  }
  return { ok: true, save };
}

function versionMismatch(found: string): SaveCheck {
  return { ok: false, message: `This save was made with rules version ${found}; this game plays version ${ENGINE_VERSION}, so it cannot be resumed exactly.` };
}

/** The autosave, if there is one: undefined when none, a check result otherwise. */
export function readAutosave(): SaveCheck | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(SLOT);
  } catch {
    return undefined;
  }
  return text === null ? undefined : checkSave(text);
}

export function writeAutosave(save: SaveFile): void {
  try {
    localStorage.setItem(SLOT, JSON.stringify(save));
  } catch {
    // Storage full or blocked: play goes on, only the autosave is lost.
  }
}

/**
 * Makes room for a new game. A save that could not be read is moved aside rather than
 * overwritten, so a teacher can still recover it from the browser's storage.
 */
export function retireAutosave(): void {
  try {
    const text = localStorage.getItem(SLOT);
    if (text !== null && !checkSave(text).ok) localStorage.setItem(BROKEN_SLOT, text);
    localStorage.removeItem(SLOT);
  } catch {
    // Nothing to retire.
  }
}

/** Before an imported game takes the autosave's place, the game it replaces is kept aside. */
export function keepPreviousAutosave(): void {
  try {
    const text = localStorage.getItem(SLOT);
    if (text !== null) localStorage.setItem(PREVIOUS_SLOT, text);
  } catch {
    // Nothing to keep.
  }
}

/** Moves the autosave to its own key (one that cannot be continued), out of Continue's way. */
export function putSaveAside(): void {
  try {
    const text = localStorage.getItem(SLOT);
    if (text !== null) localStorage.setItem(BROKEN_SLOT, text);
    localStorage.removeItem(SLOT);
  } catch {
    // Nothing to move.
  }
}

/** Offers the save as a .json file download. */
export function downloadSave(save: SaveFile, fileName: string): void {
  const blob = new Blob([JSON.stringify(save, undefined, 1)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
