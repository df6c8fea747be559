/**
 * Saves: the game record (what the engine needs to rebuild the game exactly) plus where
 * the players were. Kept in localStorage after every step, and exported or imported as
 * a .json file. A save is only ever checked here for shape; the engine's `replay`
 * decides whether its steps are legal.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { GameOptions, GameRecord, Intent, Order, Result, Side } from '../engine/index.ts';
import { refuse } from '../engine/result.ts';
import { parseNotes, parseOpponent } from './aiGame.ts';
import type { AiNote, AiOpponent } from './aiGame.ts';
import { download } from './dom.ts';
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

/**
 * Why a save cannot be resumed. Checking the file (`checkSave`) finds the first three;
 * rebuilding the game from it (session/saving.ts) the last two.
 */
export const SAVE_CODES = [
  /** Not JSON, or a part of it (the record, the step, the AI's settings) is damaged or missing. */
  'SAVE_CORRUPT',
  /** Some other file: neither a save nor a game record. */
  'SAVE_NOT_A_SAVE',
  /** Made with another version of the rules: it would not replay exactly. */
  'SAVE_VERSION',
  /** Of a scenario this game does not ship. */
  'SAVE_SCENARIO_UNKNOWN',
  /** The rules engine refused to replay its record (`details.refusal` says why). */
  'SAVE_REPLAY',
] as const;
export type SaveCode = (typeof SAVE_CODES)[number];

export type SaveCheck = Result<SaveFile, SaveCode>;

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
    return refuse('SAVE_CORRUPT', 'The save is not valid JSON: it may be damaged or not a Security Dilemma file.');
  }
  if (isRecord(json)) {
    // A bare record (e.g. from the command-line tools): resume where it leaves off.
    if (json.engineVersion !== ENGINE_VERSION) return versionMismatch(json.engineVersion);
    return { ok: true, value: { format: SAVE_FORMAT, engineVersion: json.engineVersion, scenarioId: json.scenarioId, savedAt: '', step: { screen: 'debrief' }, record: json } };
  }
  if (typeof json !== 'object' || json === null || (json as Record<string, unknown>).format !== SAVE_FORMAT)
    return refuse('SAVE_NOT_A_SAVE', 'This file is not a Security Dilemma save or game record.');
  const s = json as Record<string, unknown>;
  if (typeof s.engineVersion !== 'string' || typeof s.scenarioId !== 'string') return refuse('SAVE_CORRUPT', 'The save is incomplete: it names no engine version or scenario.');
  if (s.engineVersion !== ENGINE_VERSION) return versionMismatch(s.engineVersion);
  const step = parseStep(s.step);
  if (!step) return refuse('SAVE_CORRUPT', 'The save does not say where the game was.', { step: s.step });
  if (s.record !== undefined && !isRecord(s.record)) return refuse('SAVE_CORRUPT', 'The game record in the save is damaged.');
  if (s.record === undefined && s.setup === undefined) return refuse('SAVE_CORRUPT', 'The save holds no game.');
  const save: SaveFile = { format: SAVE_FORMAT, engineVersion: s.engineVersion, scenarioId: s.scenarioId, savedAt: String(s.savedAt ?? ''), step };
  if (s.record) save.record = s.record as GameRecord;
  if (s.setup) save.setup = s.setup as PendingSetup;
  if (Array.isArray(s.draft)) save.draft = s.draft as Order[];
  if (s.opponent !== undefined) {
    const opponent = parseOpponent(s.opponent);
    if (!opponent) return refuse('SAVE_CORRUPT', 'The save is of a game against the AI, but the AI’s settings in it are damaged.', { opponent: s.opponent });
    save.opponent = opponent;
    save.aiNotes = parseNotes(s.aiNotes);
  }
  return { ok: true, value: save };
}

function versionMismatch(found: string): SaveCheck {
  return refuse('SAVE_VERSION', `This save was made with rules version ${found}; this game plays version ${ENGINE_VERSION}, so it cannot be resumed exactly.`, {
    found,
    expected: ENGINE_VERSION,
  });
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
  download(JSON.stringify(save, undefined, 1), fileName, 'application/json');
}
