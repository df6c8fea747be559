/**
 * The AI driver of the front end, without a browser (the AI then runs in-process): it
 * plays the AI's side of a whole game through the Session, and when the AI fails it
 * falls back to a fresh in-process AI, or holds still and says why — the game goes on.
 */
import { describe, expect, it } from 'vitest';
import { createAiPlayer } from '../../src/ai/client.ts';
import type { AiPlayer, AiPlayerOptions } from '../../src/ai/client.ts';
import { AiDriver } from '../../src/ui/opponent.ts';
import type { AiStatus } from '../../src/ui/opponent.ts';
import { Session } from '../../src/ui/session/session.ts';

function start(seed: number): Session {
  const started = Session.start({
    scenarioId: '2021-red-lines',
    intentMode: 'fixed',
    intents: { blue: 'security', red: 'security' },
    seed,
    opponent: { side: 'red', level: 'easy', temperament: { suspicion: 0, boldness: 0 }, seed },
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

/** Lets the AI's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

/** Plays the player's side (no orders, de-escalate) until the debrief, the AI deciding for Red. */
async function playOut(session: Session): Promise<void> {
  for (let guard = 0; guard < 200 && session.step.screen !== 'debrief'; guard++) {
    const step = session.step;
    if (step.screen === 'briefing') session.finishBriefing();
    else if (step.screen === 'summary') session.finishSummary();
    else if (step.screen === 'planning') session.commitOrders();
    else if (step.screen === 'crisis') session.chooseCrisis('deescalate');
    else if (step.screen === 'resolution' || step.screen === 'crisisOutcome') session.continuePublic();
    else if (step.screen === 'waiting') await waitFor(() => session.step.screen !== 'waiting');
  }
}

describe('the AI driver', () => {
  it('plays the AI side of a whole game, thinking while the player plans', async () => {
    const session = start(5);
    const seen: AiStatus[] = [];
    const driver = new AiDriver(session, (s) => seen.push(s));
    driver.poke();
    expect(driver.status).toBe('thinking');
    await playOut(session);
    expect(session.step.screen).toBe('debrief');
    expect(seen).toContain('idle');
    expect(seen).not.toContain('failed');
    const notes = session.resolvedNotes();
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.text).toMatch(/, so /);
    driver.dispose();
  });

  it('when the AI fails, the game goes on: it holds still and the player is told why', async () => {
    const session = start(6);
    const broken = (options: AiPlayerOptions): AiPlayer => {
      const real = createAiPlayer(options);
      return { ...real, chooseOrders: () => Promise.reject(new Error('out of memory')), chooseCrisis: () => Promise.reject(new Error('out of memory')) };
    };
    const driver = new AiDriver(session, () => undefined, broken);
    driver.poke();
    await waitFor(() => driver.status === 'failed');
    expect(driver.problem).toContain('out of memory');
    expect(session.aiTask()).toBeUndefined();
    session.finishBriefing();
    await playOut(session);
    expect(session.step.screen).toBe('debrief');
    expect(session.resolvedNotes()[0]?.text).toContain('held still');
    driver.dispose();
  });
});
