/**
 * A hot-seat game at the level of the front end's Session (no browser): the secrecy gate
 * (a side's view only on its own screen, behind the hand-off; nothing secret before or
 * between), the step machine (whose screen comes next), and saves — resumed behind the
 * hand-off, or refused with a stable code and a message the title can show.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, legalOrders } from '../../src/engine/index.ts';
import type { Order } from '../../src/engine/index.ts';
import { checkSave } from '../../src/ui/saves.ts';
import type { SaveFile } from '../../src/ui/saves.ts';
import { Session } from '../../src/ui/session/session.ts';
import type { NewGameConfig } from '../../src/ui/session/session.ts';

function start(config: Partial<NewGameConfig> = {}): Session {
  const started = Session.start({ scenarioId: '2014-maidan', intentMode: 'random', seed: 14, ...config });
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

function resume(save: SaveFile): Session {
  const resumed = Session.resume(save);
  if (!resumed.ok) throw new Error(resumed.error.message);
  return resumed.value;
}

/** Passes both briefings: the game then waits behind Blue's hand-off to planning. */
function passBriefings(session: Session): void {
  for (let i = 0; i < 2; i++) {
    session.reveal();
    expect(session.finishBriefing()).toBeUndefined();
  }
}

describe('the secrecy gate and the step machine (hot seat)', () => {
  it('shows a side its view only behind its own hand-off, and each briefing in turn', () => {
    const session = start();
    expect(session.step).toEqual({ screen: 'handoff', side: 'blue', next: 'briefing' });
    expect(session.privateView()).toBeUndefined();
    expect(session.publicBoard()?.turn).toBe(1);
    session.reveal();
    expect(session.step).toEqual({ screen: 'briefing', side: 'blue' });
    expect(session.privateView()?.side).toBe('blue');
    session.finishBriefing();
    expect(session.step).toEqual({ screen: 'handoff', side: 'red', next: 'briefing' });
    expect(session.privateView()).toBeUndefined();
    session.reveal();
    expect(session.privateView()?.side).toBe('red');
    session.finishBriefing();
    // The first year has nothing to look back on: straight to planning, behind Blue's hand-off.
    expect(session.step).toEqual({ screen: 'handoff', side: 'blue', next: 'planning' });
    expect(session.finished()).toBeUndefined();
  });

  it('after Blue commits, Red is next behind its hand-off; after Red, both see the public outcome', () => {
    const session = start();
    passBriefings(session);
    session.reveal();
    expect(session.commitOrders()).toBeUndefined();
    // Red may already have seen something this year (Blue's public moves): its summary first.
    expect(session.step).toMatchObject({ screen: 'handoff', side: 'red' });
    session.reveal();
    session.finishSummary();
    expect(session.step).toEqual({ screen: 'planning', side: 'red' });
    expect(session.commitOrders()).toBeUndefined();
    expect(session.step).toEqual({ screen: 'resolution', turn: 1 });
    expect(session.privateView()).toBeUndefined();
    expect(session.previousBoard()?.turn).toBe(1);
    session.continuePublic();
    expect(session.previousBoard()).toBeUndefined();
    expect(session.step).toMatchObject({ screen: 'handoff', side: 'blue' });
  });

  it('in chosen mode nothing exists before both intents are chosen, and each side sees only its own choice', () => {
    const session = start({ intentMode: 'chosen' });
    expect(session.publicBoard()).toBeUndefined();
    session.reveal();
    expect(session.finishBriefing()?.code).toBe('INTENT_NOT_CHOSEN');
    expect(session.step).toEqual({ screen: 'briefing', side: 'blue' });
    session.chooseIntent('revisionist');
    expect(session.chosenIntent('blue')).toBe('revisionist');
    expect(session.chosenIntent('red')).toBeUndefined();
    session.finishBriefing();
    expect(session.chosenIntent('blue')).toBeUndefined();
    session.reveal();
    session.chooseIntent('security');
    session.finishBriefing();
    expect(session.publicBoard()?.turn).toBe(1);
  });
});

describe('saves (hot seat)', () => {
  it('a save made on a private screen resumes behind its hand-off, with the draft kept', () => {
    const session = start();
    passBriefings(session);
    session.reveal();
    const view = session.privateView();
    if (!view) throw new Error('no view on planning');
    const draft: Order[] = legalOrders(session.game, view, 'blue').slice(0, 1);
    session.setDraft(draft);
    const checked = checkSave(JSON.stringify(session.saveFile()));
    if (!checked.ok) throw new Error(checked.error.message);
    const again = resume(checked.value);
    expect(again.step).toEqual({ screen: 'handoff', side: 'blue', next: 'planning' });
    expect(again.privateView()).toBeUndefined();
    expect(again.draft).toEqual(draft);
  });

  it('a saved step that no longer fits the game gives way to the step the game asks for', () => {
    const session = start();
    passBriefings(session);
    const save = { ...session.saveFile(), step: { screen: 'crisis', side: 'red' } as const };
    expect(resume(save).step).toEqual({ screen: 'handoff', side: 'blue', next: 'planning' });
  });

  it('a save that cannot be resumed is refused with a stable code and a message', () => {
    const session = start();
    passBriefings(session);
    const save = session.saveFile();
    const codeOf = (s: SaveFile) => {
      const resumed = Session.resume(s);
      return resumed.ok ? 'resumed' : resumed.error.code;
    };
    expect(codeOf({ ...save, scenarioId: '1815-vienna' })).toBe('SAVE_SCENARIO_UNKNOWN');
    const { record: _record, ...empty } = save;
    expect(codeOf(empty)).toBe('SAVE_CORRUPT');
    const record = save.record;
    if (!record) throw new Error('no record');
    const cheat = { ...save, record: { ...record, steps: [{ kind: 'orders' as const, side: 'blue' as const, orders: [{ type: 'annex', region: 'uk' } as Order] }] } };
    const refused = Session.resume(cheat);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('SAVE_REPLAY');
      expect(refused.error.message).toMatch(/could not rebuild it/);
      expect((refused.error.details.refusal as { code?: string } | undefined)?.code).toBeTypeOf('string');
    }
  });

  it('checking a file names what is wrong with it by code', () => {
    const codeOf = (text: string) => {
      const checked = checkSave(text);
      return checked.ok ? 'ok' : checked.error.code;
    };
    expect(codeOf('{"format": "security-dilemma-save", ')).toBe('SAVE_CORRUPT');
    expect(codeOf('{"hello": "world"}')).toBe('SAVE_NOT_A_SAVE');
    const base = { format: 'security-dilemma-save', engineVersion: ENGINE_VERSION, scenarioId: '2014-maidan', step: { screen: 'debrief' } };
    expect(codeOf(JSON.stringify({ ...base, engineVersion: '0.0.1', record: {} }))).toBe('SAVE_VERSION');
    expect(codeOf(JSON.stringify({ ...base, step: { screen: 'nowhere' }, setup: {} }))).toBe('SAVE_CORRUPT');
    expect(codeOf(JSON.stringify(base))).toBe('SAVE_CORRUPT');
    const old = checkSave(JSON.stringify({ ...base, engineVersion: '0.0.1', record: {} }));
    if (!old.ok) expect(old.error.details).toEqual({ found: '0.0.1', expected: ENGINE_VERSION });
  });

  it('a game of a scenario that does not exist does not start', () => {
    const started = Session.start({ scenarioId: 'atlantis', intentMode: 'random', seed: 1 });
    expect(started.ok ? 'started' : started.error.code).toBe('SCENARIO_UNKNOWN');
  });

  it('a lesson-length game shows its key years, and its save resumes at the same length', () => {
    const session = start({ length: 'lesson' });
    expect(session.publicBoard()?.turns).toBe(5);
    expect(session.publicBoard()?.years).toEqual([2014, 2015, 2017, 2019, 2021]);
    const save = session.saveFile();
    expect(save.record?.options.length).toBe('lesson');
    expect(save.engineVersion).toBe(ENGINE_VERSION);
    expect(resume(save).publicBoard()?.years).toEqual([2014, 2015, 2017, 2019, 2021]);
    // Chosen intents: the length waits in the pending setup with the other options.
    const chosen = start({ length: 'lesson', intentMode: 'chosen' });
    expect(chosen.saveFile().setup?.options.length).toBe('lesson');
  });

  it('a lesson of a scenario that has none does not start: NO_LESSON', () => {
    const started = Session.start({ scenarioId: 'lab', intentMode: 'random', seed: 1, length: 'lesson' });
    expect(started.ok ? 'started' : started.error.code).toBe('NO_LESSON');
  });
});
