/**
 * Saving a session and rebuilding one from a save. A save holds the game record (the
 * engine's `replay` rebuilds the state exactly, and decides whether its steps are legal)
 * plus where the players were; a step that no longer fits the rebuilt state gives way to
 * the one the state asks for.
 */
import { ENGINE_VERSION, record, replay, rivalOf } from '../../engine/index.ts';
import type { Game, GameState, Order, Result } from '../../engine/index.ts';
import { refuse } from '../../engine/result.ts';
import { gameFor } from '../../scenarios/catalog.ts';
import type { AiNote, AiOpponent } from '../aiGame.ts';
import type { PublicBoard } from '../board.ts';
import { SAVE_FORMAT } from '../saves.ts';
import type { PendingSetup, SaveCode, SaveFile } from '../saves.ts';
import type { Step } from '../steps.ts';
import { firstStep, stepFits, stepForState } from './nextStep.ts';
import { publicBoardAt, resumedAt } from './secrecy.ts';

/** What a session holds besides its game and opponent: enough to save it, and what a save gives back. */
export interface TableContents {
  step: Step;
  /** The game; absent while the players are still choosing their intents. */
  state?: GameState;
  setup?: PendingSetup;
  /** Orders the side at the screen has chosen but not committed yet. */
  draft: Order[];
  /** What the AI said, in a game against the AI. */
  notes: AiNote[];
  /** The public board before the last resolution, for the resolution animation. */
  boardBefore?: PublicBoard;
}

export function saveFileOf(game: Game, contents: TableContents, opponent: AiOpponent | undefined): SaveFile {
  const save: SaveFile = {
    format: SAVE_FORMAT,
    engineVersion: contents.state?.engineVersion ?? ENGINE_VERSION,
    scenarioId: game.scenario.id,
    savedAt: new Date().toISOString(),
    step: contents.step,
  };
  if (contents.state) save.record = record(contents.state);
  if (contents.setup) save.setup = { options: contents.setup.options, chosen: { ...contents.setup.chosen } };
  if (contents.draft.length) save.draft = contents.draft.slice();
  if (opponent) {
    save.opponent = opponent;
    save.aiNotes = contents.notes.slice();
  }
  return save;
}

export interface Restored {
  game: Game;
  opponent?: AiOpponent;
  contents: TableContents;
}

/** Rebuilds a saved game with the engine's replay; private screens resume behind the hand-off. */
export function restore(save: SaveFile): Result<Restored, SaveCode> {
  const game = gameFor(save.scenarioId);
  if (!game) return refuse('SAVE_SCENARIO_UNKNOWN', `It is of a scenario this game does not have ("${save.scenarioId}").`, { scenarioId: save.scenarioId });
  const opponent = save.opponent;
  const humanSide = opponent ? rivalOf(opponent.side) : undefined;
  const contents: TableContents = { step: resumedAt(save.step, !!opponent), draft: [], notes: opponent && save.aiNotes ? save.aiNotes.slice() : [] };
  if (save.record) {
    const rebuilt = replay(game, save.record);
    if (!rebuilt.ok) return refuse('SAVE_REPLAY', `The rules engine could not rebuild it (${rebuilt.error.message}).`, { refusal: rebuilt.error });
    contents.state = rebuilt.value;
    if (!stepFits(contents.step, rebuilt.value, opponent?.side)) contents.step = stepForState(rebuilt.value, humanSide);
    if (contents.step.screen === 'resolution' || contents.step.screen === 'crisisOutcome') {
      const before = boardBeforeLastStep(game, rebuilt.value);
      if (before) contents.boardBefore = before;
    }
  } else if (save.setup) {
    contents.setup = { options: save.setup.options, chosen: { ...save.setup.chosen } };
    const first = firstStep(humanSide);
    if (JSON.stringify(contents.step) !== JSON.stringify(first)) contents.step = first;
  } else return refuse('SAVE_CORRUPT', 'The save holds no game.');
  const resumed = contents.step;
  const next = resumed.screen === 'handoff' ? resumed.next : resumed.screen;
  if (save.draft && (next === 'planning' || next === 'summary')) contents.draft = save.draft.slice();
  const restored: Restored = { game, contents };
  if (opponent) restored.opponent = opponent;
  return { ok: true, value: restored };
}

/** Replays all but the last step, to show what the last resolution changed. */
function boardBeforeLastStep(game: Game, state: GameState): PublicBoard | undefined {
  if (state.record.steps.length === 0) return undefined;
  const rec = record(state);
  rec.steps = rec.steps.slice(0, -1);
  const earlier = replay(game, rec);
  return earlier.ok ? publicBoardAt(game, earlier.value) : undefined;
}
