/**
 * A game against the AI, at the level of the front end's Session (no browser): no
 * hand-off screens, the AI is asked only with its own side's view — the same view
 * whatever the player has drafted or committed — its answers are refused when stale,
 * its words are shown only once its decision is resolved, and a save resumes exactly.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { legalOrders } from '../../src/engine/index.ts';
import type { Order, Side } from '../../src/engine/index.ts';
import { seededRandom } from '../../src/ai/random.ts';
import type { AiOpponent } from '../../src/ui/aiGame.ts';
import { checkSave } from '../../src/ui/saves.ts';
import { Session } from '../../src/ui/session/session.ts';
import type { NewGameConfig } from '../../src/ui/session/session.ts';

const OPPONENT: AiOpponent = { side: 'red', level: 'normal', temperament: { suspicion: 0.3, boldness: -0.2 }, seed: 7 };

function start(config: Partial<NewGameConfig> = {}): Session {
  const started = Session.start({
    scenarioId: '2008-bucharest',
    intentMode: 'fixed',
    intents: { blue: 'security', red: 'revisionist' },
    seed: 2008,
    opponent: OPPONENT,
    ...config,
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

/** Plays the player's side with scripted orders until a private screen for the player, the AI's turn or the debrief. */
function passReadingScreens(session: Session): void {
  for (let guard = 0; guard < 10; guard++) {
    const step = session.step;
    if (step.screen === 'briefing') session.finishBriefing();
    else if (step.screen === 'summary') session.finishSummary();
    else if (step.screen === 'resolution' || step.screen === 'crisisOutcome') session.continuePublic();
    else return;
  }
}

function firstLegalOrders(session: Session, count: number): Order[] {
  const view = session.privateView();
  if (!view) throw new Error('no private view');
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    const next = legalOrders(session.game, view, session.humanSide as Side, orders)[0];
    if (!next) break;
    orders.push(next);
  }
  return orders;
}

describe('a game against the AI (Session)', () => {
  it('has no hand-off screens: the player starts on their own briefing', () => {
    const session = start();
    expect(session.step).toEqual({ screen: 'briefing', side: 'blue' });
    expect(session.humanSide).toBe('blue');
    passReadingScreens(session);
    expect(session.step).toEqual({ screen: 'planning', side: 'blue' });
  });

  it('asks the AI with its own view only, the same whatever the player drafted or committed', () => {
    const session = start();
    passReadingScreens(session);
    const before = session.aiTask();
    expect(before?.kind).toBe('orders');
    expect(before?.view.rival).toBe('blue');
    expect(before?.view.me.intent).toBe('revisionist');
    const asked = JSON.stringify(before?.view);

    session.setDraft(firstLegalOrders(session, 2));
    expect(session.draft.length).toBe(2);
    expect(JSON.stringify(session.aiTask()?.view)).toBe(asked);

    expect(session.commitOrders()).toBeUndefined();
    expect(session.step).toEqual({ screen: 'waiting' });
    const after = session.aiTask();
    expect(after?.key).toBe(before?.key);
    expect(JSON.stringify(after?.view)).toBe(asked);
    // Nothing anywhere in what the AI is given names the player's intent or orders.
    expect(asked).not.toContain('"security"');
  });

  it('resolves the year when the AI answers last, and keeps its words until then', () => {
    const session = start();
    passReadingScreens(session);
    const task = session.aiTask();
    if (!task) throw new Error('no task');
    session.commitOrders();
    expect(session.submitAi(task.key, { orders: [], explanation: 'I held still.' })).toBeUndefined();
    expect(session.step).toEqual({ screen: 'resolution', turn: 1 });
    expect(session.aiNote(1, 'planning')).toBe('I held still.');
  });

  it('keeps the player on their screen when the AI answers first, and hides its words until the year resolves', () => {
    const session = start();
    passReadingScreens(session);
    const task = session.aiTask();
    if (!task) throw new Error('no task');
    session.setDraft(firstLegalOrders(session, 1));
    expect(session.submitAi(task.key, { orders: [], explanation: 'Waiting to see.' })).toBeUndefined();
    expect(session.step).toEqual({ screen: 'planning', side: 'blue' });
    expect(session.draft.length).toBe(1);
    expect(session.aiTask()).toBeUndefined();
    expect(session.aiNote(1, 'planning')).toBeUndefined();
    expect(session.resolvedNotes()).toEqual([]);
    session.commitOrders();
    expect(session.step).toEqual({ screen: 'resolution', turn: 1 });
    expect(session.aiNote(1, 'planning')).toBe('Waiting to see.');
  });

  it('refuses a stale or illegal answer and changes nothing', () => {
    const session = start();
    passReadingScreens(session);
    const task = session.aiTask();
    if (!task) throw new Error('no task');
    expect(session.submitAi('9:planning:0', { orders: [], explanation: '' })?.code).toBe('DECISION_CLOSED');
    const illegal = session.submitAi(task.key, { orders: [{ type: 'annex', region: 'atlantic' } as Order], explanation: '' });
    expect(illegal?.code).toBe('HOME_REGION');
    expect(session.aiTask()?.key).toBe(task.key);
    expect(session.resolvedNotes()).toEqual([]);
  });

  it('plays a whole game to the debrief with a scripted AI, and a save resumes it mid-way exactly', () => {
    let resumed = 0;
    for (const side of ['red', 'blue'] as const) {
      let session = start({ scenarioId: '2021-red-lines', intentMode: 'random', intents: undefined, seed: 21, opponent: { ...OPPONENT, side } });
      const bot = SCRIPTED_BOTS.prudent();
      const random = seededRandom(3);
      const human = session.humanSide as Side;
      const screens = new Set<string>();
      let resumedOnce = false;
      for (let guard = 0; guard < 200 && session.step.screen !== 'debrief'; guard++) {
        screens.add(session.step.screen);
        const task = session.aiTask();
        if (task && (session.step.screen === 'waiting' || random() < 0.5)) {
          const answer = task.kind === 'crisis' ? { choice: bot.chooseCrisis(task.view, { game: session.game, random }) } : { orders: bot.chooseOrders(task.view, { game: session.game, random }) };
          expect(session.submitAi(task.key, { ...answer, explanation: `note ${task.key}`, explanationForRival: `public ${task.key}` })).toBeUndefined();
          continue;
        }
        const step = session.step;
        if (step.screen === 'planning') {
          expect(step.side).toBe(human);
          session.setDraft(firstLegalOrders(session, 1));
          expect(session.commitOrders()).toBeUndefined();
        } else if (step.screen === 'crisis') {
          expect(session.chooseCrisis('deescalate')).toBeUndefined();
        } else passReadingScreens(session);
        if (!resumedOnce && session.publicStatus.turn === 3) {
          resumedOnce = true;
          const saved = checkSave(JSON.stringify(session.saveFile()));
          if (!saved.ok) throw new Error(saved.error.message);
          const again = Session.resume(saved.value);
          if (!again.ok) throw new Error(again.error.message);
          expect(again.value.step).toEqual(session.step);
          expect(again.value.opponent).toEqual(session.opponent);
          expect(again.value.resolvedNotes()).toEqual(session.resolvedNotes());
          expect(JSON.stringify(again.value.aiTask())).toBe(JSON.stringify(session.aiTask()));
          session = again.value;
        }
      }
      expect(session.step.screen).toBe('debrief');
      expect(screens.has('handoff')).toBe(false);
      expect(session.finished()).toBeDefined();
      expect(session.resolvedNotes().length).toBeGreaterThan(0);
      if (resumedOnce) resumed++;
    }
    expect(resumed).toBeGreaterThan(0);
  });
});
