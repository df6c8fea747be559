/**
 * A full game against the AI in real Chromium, from the title to the debrief, through
 * the UI only. The AI thinks in a Web Worker (the page answers while it thinks), is sent
 * nothing but its own side's view, explains itself after each resolution, and the
 * debrief sets its perception of the player next to the player's real intent. Undo
 * works on the player's draft, and a reload mid-game resumes on the player's own screen.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshotPath } from './browser.ts';
import type { WatchedPage } from './browser.ts';
import { addOrder, chosenOrders, clickAction, playToDebrief, startAiGame, status, waitForScreen } from './driver.ts';
import type { Status } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Records every message the page sends to a Web Worker, as JSON, before any page script runs. */
const WORKER_MESSAGES_HOOK = `
(() => {
  const sent = [];
  Object.defineProperty(window, '__toWorkers', { value: sent, writable: false });
  const original = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) { sent.push(JSON.stringify(message)); return original.call(this, message, ...rest); };
})();`;

/** Holds every decision request to the AI back by 1.5 s, as a slow machine would, so the player must wait. */
/**
 * Holds every message to the AI's worker (but the first, which loads it) until the test
 * calls `__releaseAi()`: the player then surely commits first and waits for the AI,
 * however fast or slow the machine is. Afterwards messages pass straight through.
 */
const HELD_AI_HOOK = `
(() => {
  const original = Worker.prototype.postMessage;
  const held = [];
  let holding = true;
  window.__releaseAi = () => {
    holding = false;
    for (const [worker, message, rest] of held.splice(0)) original.call(worker, message, ...rest);
  };
  Worker.prototype.postMessage = function (message, ...rest) {
    if (holding && message && message.kind !== 'init') held.push([this, message, rest]);
    else original.call(this, message, ...rest);
  };
})();`;

interface SentToAi {
  kind: string;
  view?: Record<string, unknown> & { rival: string; me: { intent: string } };
}

async function sentToAi(w: WatchedPage): Promise<SentToAi[]> {
  const raw = await w.page.evaluate(() => ((window as unknown as { __toWorkers: string[] }).__toWorkers ?? []).slice());
  return raw.map((m) => JSON.parse(m) as SentToAi);
}

async function shot(w: WatchedPage, name: string): Promise<void> {
  await w.page.waitForTimeout(150);
  await w.page.screenshot({ path: screenshotPath(name) });
}

function waitForAiIdle(w: WatchedPage): Promise<unknown> {
  return w.page.waitForFunction(() => (window as unknown as { __game: { status(): Status } }).__game.status().aiThinking === false, undefined, { timeout: 15_000 });
}

describe('a game against the AI', () => {
  test('2008 Bucharest as Blue against a Red AI, title to debrief', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await w.context.addInitScript(WORKER_MESSAGES_HOOK);
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startAiGame(page, {
      scenario: '2008-bucharest',
      play: 'blue',
      level: 'normal',
      temperament: { suspicion: 0.5, boldness: -0.3 },
      mode: 'fixed',
      intents: { blue: 'security', red: 'revisionist' },
      seed: 2008,
    }, () => page.screenshot({ path: screenshotPath('ai-setup'), fullPage: true }).then(() => undefined));
    // The AI starts on its first orders at once, while the player reads the briefing; it
    // thinks in its worker, so the page keeps answering.
    // Thinking, and the top bar says so — checked in one look, since under load the AI may
    // finish its ~150 ms before a second look.
    await page.waitForFunction(
      () =>
        (window as unknown as { __game: { status(): Status } }).__game.status().aiThinking === true &&
        (document.querySelector('[data-ai-status]')?.textContent ?? '').includes('Red is thinking'),
      undefined,
      { timeout: 5000 },
    );
    const t0 = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(Date.now() - t0).toBeLessThan(250);
    await page.screenshot({ path: screenshotPath('ai-briefing-thinking') });
    expect(await page.textContent('[data-secret="intent"]')).toContain('Security seeker');
    expect(await page.textContent('.who')).toContain('vs Red (AI)');
    await waitForAiIdle(w);
    expect(await page.textContent('[data-ai-status]')).toContain('Red has decided');
    await clickAction(page, 'finish-briefing');
    await page.waitForFunction(() => ['summary', 'planning'].includes((window as unknown as { __game: { status(): Status } }).__game.status().screen));
    if ((await status(page)).screen === 'summary') await clickAction(page, 'to-planning');
    await waitForScreen(page, 'planning', 'blue');

    // Undo of the player's own draft: add two orders, take one back with Ctrl+Z, one with the button.
    expect(await addOrder(page, /^Deploy defensive troops in Poland$/)).toBeTruthy();
    expect(await addOrder(page, /^Assure$/)).toBeTruthy();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('.chosen .order-text').length === 1);
    expect(await chosenOrders(page)).toEqual(['Deploy defensive troops in Poland']);
    await shot(w, 'ai-planning');
    await clickAction(page, 'commit');
    await waitForScreen(page, 'resolution');
    await page.waitForSelector('[data-ai-note="planning"]');
    // Its words after the year: what it did as Blue could see it — no troop postures.
    const note = (await page.textContent('[data-ai-note="planning"]')) ?? '';
    expect(note).toMatch(/ so I /);
    expect(note).not.toMatch(/offensive|defensively/);
    await shot(w, 'ai-resolution');

    // Year 2: draft an order, then reload: the game resumes on the player's own screen, draft kept.
    await clickAction(page, 'continue');
    let s = await waitForScreen(page, 'summary', 'blue');
    await clickAction(page, 'to-planning');
    s = await waitForScreen(page, 'planning', 'blue');
    expect(s.turn).toBe(2);
    expect(await addOrder(page, /^Assure$/)).toBeTruthy();
    await page.reload();
    s = await waitForScreen(page, 'planning', 'blue');
    expect(s.turn).toBe(2);
    expect(s.aiSide).toBe('red');
    expect(await chosenOrders(page)).toEqual(['Give a public assurance']);

    // The rest of the game, committing before the AI has decided whenever it is still thinking.
    let sawWaiting = false;
    await playToDebrief(
      page,
      () => [/^Deploy defensive troops in /, /^Assure$/],
      async (step) => {
        if (step.screen === 'waiting' && !sawWaiting) {
          sawWaiting = true;
          await shot(w, 'ai-waiting');
        }
      },
    );
    await page.waitForSelector('.debrief-screen');
    await page.waitForTimeout(150);
    await page.screenshot({ path: screenshotPath('ai-debrief') });
    await page.click('[data-more="ai-notes"] summary');
    await page.locator('.ai-notes').screenshot({ path: screenshotPath('ai-debrief-notes') });

    // The debrief: the AI's perception of the player next to the player's real intent.
    const verdict = (await page.textContent('.ai-verdict')) ?? '';
    expect(verdict).toContain('You were a security seeker');
    expect(verdict).toMatch(/thought you \d+% likely hostile/);
    expect(await page.textContent('.charts')).toContain('The AI’s (Red’s) perceived hostility of you');
    const notes = await page.$$eval('.ai-notes li', (els) => els.map((e) => e.textContent ?? ''));
    expect(notes.length).toBeGreaterThanOrEqual(2);

    // What crossed to the AI: the game's public data once, then only Red's own views.
    const sent = await sentToAi(w);
    const decisions = sent.filter((m) => m.kind !== 'init');
    expect(sent.filter((m) => m.kind === 'init').length).toBeGreaterThanOrEqual(1);
    // (The record starts afresh with the reload in year 2.)
    expect(decisions.length).toBeGreaterThanOrEqual(notes.length - 2);
    for (const m of decisions) {
      expect(['orders', 'crisis']).toContain(m.kind);
      const v = m.view;
      if (!v) throw new Error('a decision without a view');
      expect(v.rival).toBe('blue');
      expect(v.me.intent).toBe('revisionist');
      for (const stateOnly of ['sides', 'pending', 'record', 'rng']) expect(Object.keys(v)).not.toContain(stateOnly);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('as Red against a Blue AI, with chosen intents: the player chooses, the AI draws its own', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await w.context.addInitScript(HELD_AI_HOOK);
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startAiGame(page, { scenario: '2021-red-lines', play: 'red', level: 'easy', mode: 'chosen', seed: 21 });
    await page.check('[data-intent="revisionist"]');
    // The AI is held back here: the player commits first and waits for it.
    await clickAction(page, 'finish-briefing');
    const first = await status(page);
    expect(['summary', 'planning']).toContain(first.screen);
    expect(first.side).toBe('red');
    if (first.screen === 'summary') await clickAction(page, 'to-planning');
    await waitForScreen(page, 'planning', 'red');
    await clickAction(page, 'commit');
    await waitForScreen(page, 'waiting');
    expect(await page.textContent('.waiting-screen')).toContain('Blue is deciding');
    expect(await page.textContent('[data-ai-status]')).toContain('Blue is thinking');
    await page.screenshot({ path: screenshotPath('ai-waiting') });
    await page.evaluate(() => (window as unknown as { __releaseAi(): void }).__releaseAi());
    await waitForScreen(page, 'resolution');
    await playToDebrief(page, () => [/^Deploy defensive troops in /]);
    await page.waitForSelector('.ai-verdict');
    expect(await page.textContent('.ai-verdict')).toContain('You were a revisionist');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
