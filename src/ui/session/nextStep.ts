/**
 * The step machine: which screen comes next, for whom. It reads only the game state and
 * who is at the screen (both sides in a hot-seat game, one player against the AI); it
 * changes nothing.
 */
import { awaiting } from '../../engine/index.ts';
import type { GameState, Side } from '../../engine/index.ts';
import type { PrivateScreen, Step } from '../steps.ts';

/**
 * Where a new game starts: the first briefing — Blue's behind its hand-off in a hot-seat
 * game, the player's own against the AI.
 */
export function firstStep(humanSide: Side | undefined): Step {
  return humanSide ? { screen: 'briefing', side: humanSide } : { screen: 'handoff', side: 'blue', next: 'briefing' };
}

/** After a side's briefing in a hot-seat game: Red's briefing, or undefined when the game begins. */
export function nextBriefing(step: Step, againstAi: boolean): Step | undefined {
  return step.screen === 'briefing' && step.side === 'blue' && !againstAi ? { screen: 'handoff', side: 'red', next: 'briefing' } : undefined;
}

/**
 * The step a state asks for: the first side still to act, behind its hand-off; or,
 * against the AI, the player's own screen, or waiting while only the AI has to act.
 */
export function stepForState(state: GameState, humanSide: Side | undefined): Step {
  if (state.phase === 'over') return { screen: 'debrief' };
  if (humanSide && !awaiting(state).includes(humanSide)) return { screen: 'waiting' };
  const side = humanSide ?? awaiting(state)[0] ?? 'blue';
  const next: PrivateScreen = state.phase === 'crisis' ? 'crisis' : state.turn > 1 || state.sides[side].observations.length > 0 ? 'summary' : 'planning';
  return humanSide ? { screen: next, side } : { screen: 'handoff', side, next };
}

/**
 * After a submission: a resolved turn or crisis shows its public outcome (`resolved`: the
 * board before it is worth keeping, for the animation); otherwise the next side to act is up.
 */
export function stepAfterSubmission(before: GameState, after: GameState, humanSide: Side | undefined): { step: Step; resolved: boolean } {
  const resolved = after.phase === 'over' || after.turn !== before.turn || after.phase !== before.phase || awaiting(after).length === 2;
  if (!resolved) return { step: stepForState(after, humanSide), resolved };
  return { step: { screen: before.phase === 'crisis' ? 'crisisOutcome' : 'resolution', turn: before.turn }, resolved };
}

/** Whether a saved step still matches the rebuilt state (else the state decides). */
export function stepFits(step: Step, state: GameState, aiSide: Side | undefined): boolean {
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
    case 'waiting':
      return !!aiSide && state.phase !== 'over' && awaiting(state).length === 1 && awaiting(state)[0] === aiSide;
  }
}
