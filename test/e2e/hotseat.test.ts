/**
 * Full hot-seat games from the title screen to the debrief, driven only by clicks and
 * keys, in real Chromium. While one side plans, nothing of the other side's intent,
 * orders, postures or perception may be anywhere on the page (DOM or canvas).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshotPath } from './browser.ts';
import type { WatchedPage } from './browser.ts';
import { addOrder, chosenOrders, clickAction, finishedGame, passHandoff, playToDebrief, startNewGame, status, waitForScreen } from './driver.ts';
import { collectSecrets, everythingShown, leaks } from './secrets.ts';
import type { Secrets } from './secrets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function toPlanning(w: WatchedPage): Promise<void> {
  let s = await status(w.page);
  if (s.screen === 'summary') {
    await clickAction(w.page, 'to-planning');
    s = await waitForScreen(w.page, 'planning');
  }
  expect(s.screen).toBe('planning');
  await w.page.waitForFunction(() => (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive);
}

async function shot(w: WatchedPage, name: string): Promise<void> {
  await w.page.waitForTimeout(150);
  await w.page.screenshot({ path: screenshotPath(name) });
}

/** The planning side's own score, in view without scrolling; the only score on the page. */
async function ownScore(w: WatchedPage, side: 'blue' | 'red'): Promise<string> {
  const chips = await w.page.$$('[data-secret="score"]');
  expect(chips).toHaveLength(1);
  const chip = w.page.locator(`.planning-screen[data-owner="${side}"] [data-secret="score"]`);
  const text = ((await chip.textContent()) ?? '').trim();
  expect(text).toMatch(/^Your score −?\d+\.\d/);
  const box = await chip.boundingBox();
  const viewport = w.page.viewportSize();
  expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
  return text;
}

/** A hand-off screen shows no score of either side, anywhere (DOM, attributes, canvas). */
async function noScoreOnHandoff(w: WatchedPage): Promise<void> {
  expect((await status(w.page)).screen).toBe('handoff');
  expect(await everythingShown(w)).not.toMatch(/score/i);
}

/** The debrief opens with the engine's verdict, and shows each year a war cut off as "at war". */
async function checkDebrief(w: WatchedPage): Promise<void> {
  const { outcome, ledgers } = await finishedGame(w.page);
  const first = await w.page.locator('.debrief-screen p').first().textContent();
  expect(first).toBe(outcome.summary);
  for (const side of ['blue', 'red'] as const) {
    const rows = await w.page.locator(`.ledger.side-${side} tr[data-at-war]`).allTextContents();
    expect(rows).toHaveLength(ledgers[side].filter((l) => l.atWar).length);
    for (const row of rows) expect(row).toContain('at war');
  }
}

describe('hot-seat game', () => {
  test('2008: Bucharest, fixed intents, to the debrief — and no secret crosses the hand-off', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await shot(w, 'title');
    await startNewGame(page, { scenario: '2008-bucharest', mode: 'fixed', intents: { blue: 'security', red: 'revisionist' }, seed: 2008 });
    await shot(w, 'handoff-blue');
    await noScoreOnHandoff(w);

    // Briefings, each behind its hand-off.
    await passHandoff(page);
    expect((await status(page)).screen).toBe('briefing');
    await shot(w, 'briefing-blue');
    expect(await page.textContent('[data-secret="intent"]')).toContain('Security seeker');
    expect(await page.textContent('.briefing-screen .objectives')).toContain('par');
    await clickAction(page, 'finish-briefing');
    await waitForScreen(page, 'handoff', 'red');
    expect(await page.$('[data-owner]')).toBeNull();
    await passHandoff(page);
    expect(await page.textContent('[data-secret="intent"]')).toContain('Revisionist');
    await clickAction(page, 'finish-briefing');
    await waitForScreen(page, 'handoff', 'blue');

    // Blue plans turn 1, partly by keyboard: map arrows, Enter and Escape, Ctrl+Z.
    await w.resetCanvasText();
    await passHandoff(page);
    await toPlanning(w);
    expect(await ownScore(w, 'blue')).toBe('Your score 0.0');
    await page.focus('#map-host');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const filtered = await page.inputValue('#region-filter');
    expect(filtered).not.toBe('');
    // The region's orders open beside it, with the keyboard inside them.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.region-pop'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#region-filter')).toBe('');
    const poland = await page.evaluate(() => (window as unknown as { __game: { regionPoint(r: string): [number, number] } }).__game.regionPoint('poland'));
    await page.mouse.click(poland[0], poland[1]);
    expect(await page.inputValue('#region-filter')).toBe('poland');
    expect(await page.textContent('.region-pop h2')).toBe('Poland');
    await shot(w, 'planning-blue-filtered');
    expect(await addOrder(page, /^Deploy defensive troops in Poland$/)).toBeTruthy();
    await page.mouse.click(poland[0], poland[1]);
    expect(await page.inputValue('#region-filter')).toBe('');
    expect(await page.$('.region-pop')).toBeNull();
    expect(await addOrder(page, /^Assure$/)).toBeTruthy();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('.chosen .order-text').length === 1);
    expect(await addOrder(page, /^Assure$/)).toBeTruthy();
    expect(await chosenOrders(page)).toEqual(['Deploy defensive troops in Poland', 'Give a public assurance']);
    await page.selectOption('#region-filter', 'poland');
    expect(await page.textContent('#announcer')).toContain('Orders for Poland');
    const blue = await collectSecrets(page, 'blue', 'germany');
    expect(blue.orders).toContain('Deploy defensive troops in Poland');
    expect(blue.postures.length).toBeGreaterThan(0);
    await shot(w, 'planning-blue');
    await clickAction(page, 'commit');
    await waitForScreen(page, 'handoff', 'red');
    await shot(w, 'handoff-red');
    expect(leaks(blue, await everythingShown(w))).toEqual([]);
    await noScoreOnHandoff(w);

    // Red plans turn 1 with Blue's orders pending: none of Blue's secrets on the page.
    await w.resetCanvasText();
    await passHandoff(page);
    await toPlanning(w);
    expect(leaks(blue, await everythingShown(w, 'germany'))).toEqual([]);
    expect(await page.$('[data-owner="blue"]')).toBeNull();
    expect(await addOrder(page, /^Deploy offensive troops in (Kaliningrad|Central Russia|Northwest Russia|South Russia)/)).toBeTruthy();
    const red = await collectSecrets(page, 'red', 'central_russia');
    expect(red.intent).toContain('Revisionist');
    await shot(w, 'planning-red');
    await clickAction(page, 'commit');
    await waitForScreen(page, 'resolution');
    await page.waitForTimeout(1200);
    await shot(w, 'resolution');
    expect(leaks(blue, await everythingShown(w))).toEqual([]);
    expect(leaks(red, await everythingShown(w))).toEqual([]);
    expect(await page.textContent('.public-log')).toContain('Blue deployed troops in Poland.');
    await clickAction(page, 'continue');

    // Blue's next planning: nothing of Red's intent, last orders, postures or perception.
    await waitForScreen(page, 'handoff', 'blue');
    await w.resetCanvasText();
    await passHandoff(page);
    await shot(w, 'summary-blue');
    await toPlanning(w);
    expect(await ownScore(w, 'blue')).toMatch(/ \([+−]\d+\.\d last year\)$/);
    const redLeaks = leaks(red, await everythingShown(w, 'central_russia'));
    expect(redLeaks).toEqual([]);
    expect(await page.$('[data-owner="red"]')).toBeNull();

    const secretsOf: Partial<Record<'blue' | 'red', Secrets>> = {};
    await playToDebrief(
      page,
      (side) => (side === 'blue' ? [/^Deploy defensive troops in Poland$/, /^Court /] : [/^Deploy defensive troops in (Belarus|Kaliningrad)$/, /^Court /]),
      async (s) => {
        // Before each planning commit, remember the side's secrets; on the rival's planning, look for them.
        if (s.screen === 'handoff') await noScoreOnHandoff(w);
        if (s.screen !== 'planning' || !s.side) return;
        await ownScore(w, s.side);
        const rival = s.side === 'blue' ? 'red' : 'blue';
        const theirs = secretsOf[rival];
        const mine = await collectSecrets(page, s.side, s.side === 'blue' ? 'germany' : 'central_russia');
        if (theirs) expect(leaks(theirs, await everythingShown(w), mine)).toEqual([]);
        secretsOf[s.side] = mine;
      },
    );
    await waitForScreen(page, 'debrief');
    await shot(w, 'debrief');
    await page.screenshot({ path: screenshotPath('debrief-full'), fullPage: true });
    const debrief = (await page.textContent('#screen')) ?? '';
    expect(debrief).toContain('was a security seeker');
    expect(debrief).toContain('was a revisionist');
    expect(debrief).toContain('had Red been a security seeker, every payoff you received would have been the same');
    expect(await page.$$('.turning-points > li')).toHaveLength(3);
    expect(await page.$$('svg.chart')).toHaveLength(3);
    await checkDebrief(w);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('2014: Maidan as a lesson at 1280×720: the setup says how long each length takes; five key years to the debrief', async () => {
    const w = await openPage(browser, { width: 1280, height: 720 });
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await clickAction(page, 'new-game');
    await waitForScreen(page, 'setup');
    await page.check('[data-scenario="2014-maidan"]');
    const lengths = await page.locator('.length-choice label').allTextContents();
    expect(lengths).toEqual(['Full — 10 years, 2014–2023 — about 43 minutes', 'Lesson — 5 key years: 2014, 2015, 2017, 2019, 2021 — about 23 minutes']);
    await page.check('[data-length="lesson"]');
    await shot(w, 'setup-lesson-720');
    // The Lab has no lesson: only its full length is offered, and the choice falls back to it.
    await page.check('[data-scenario="lab"]');
    expect(await page.locator('.length-choice [data-length]').count()).toBe(1);
    await page.check('[data-scenario="2014-maidan"]');
    await clickAction(page, 'back');
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2014-maidan', mode: 'fixed', intents: { blue: 'security', red: 'security' }, seed: 14, length: 'lesson' });
    const years: number[] = [];
    await playToDebrief(
      page,
      () => [/^Give a public assurance/, /^Offer a summit/],
      async (s) => {
        if (s.screen === 'planning' && !years.includes(s.year)) {
          years.push(s.year);
          expect((await page.textContent('#topbar')) ?? '').toContain(`turn ${years.length} of 5`);
        }
      },
    );
    expect(years).toEqual([2014, 2015, 2017, 2019, 2021]);
    await checkDebrief(w);
    const { outcome } = await finishedGame(page);
    expect(outcome.sides.blue.parYears).toBe(5);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('2021: Red Lines, chosen intents, at 1920×1080, to the debrief', async () => {
    const w = await openPage(browser, { width: 1920, height: 1080 });
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2021-red-lines', mode: 'chosen', seed: 2021 });
    await passHandoff(page);
    // In chosen mode the intent is picked behind the hand-off, and required.
    await clickAction(page, 'finish-briefing');
    expect(await page.textContent('.briefing-screen .error')).toContain('Choose your intent');
    await page.check('[data-intent="revisionist"]');
    await shot(w, 'briefing-chosen-1080');
    await clickAction(page, 'finish-briefing');
    await waitForScreen(page, 'handoff', 'red');
    expect(await page.$('[data-intent]')).toBeNull();
    let sawCrisis = false;
    let planned = 0;
    await playToDebrief(
      page,
      (side) => (side === 'blue' ? [/^Deploy offensive troops in (Poland|Baltic States|Romania)$/, /^Hold an exercise/] : [/^Deploy offensive troops in (Belarus|Central Russia \(Moscow\))$/, /^Hold an exercise/]),
      async (s) => {
        if (s.screen === 'crisis' && !sawCrisis) {
          sawCrisis = true;
          await shot(w, 'crisis-1080');
        }
        if (s.screen === 'planning' && planned++ === 2) await shot(w, 'planning-1080');
      },
    );
    await shot(w, 'debrief-1080');
    expect(sawCrisis).toBe(true);
    expect((await page.textContent('#screen')) ?? '').toContain('Debrief');
    await checkDebrief(w);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('2021: Red Lines, both sides pushing and escalating, at 1024×768: war, and the debrief counts the years it cut off', async () => {
    const w = await openPage(browser, { width: 1024, height: 768 });
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2021-red-lines', mode: 'fixed', intents: { blue: 'security', red: 'revisionist' }, seed: 2021 });
    let firstTension: string | undefined;
    await playToDebrief(
      page,
      () => [/^Deploy offensive troops in/, /^Deploy offensive troops in/, /^Hold an exercise/],
      async (s) => {
        // The tension the players see in year 1 is where the debrief's tension starts.
        if (s.turn === 1 && firstTension === undefined && s.screen !== 'handoff')
          firstTension = (await page.textContent('#topbar .tension .gauge-value'))?.split(' / ')[0]?.trim();
        if (s.screen === 'handoff') await noScoreOnHandoff(w);
        if (s.screen === 'planning' && s.side) await ownScore(w, s.side);
      },
      'escalate',
    );
    await checkDebrief(w);
    expect(await page.textContent('.debrief-screen .lede')).toMatch(/^War broke out over /);
    expect(await page.$$('.ledger tr[data-at-war]')).not.toHaveLength(0);
    // After a war the tension word says war, not "on the brink".
    expect(await page.textContent('#topbar .tension .gauge-value')).toContain('war');
    expect(firstTension).toBeDefined();
    expect(await page.getAttribute('.debrief-screen svg[aria-label^="Tension."]', 'aria-label')).toContain(`Tension went from ${firstTension} as 2021 opened`);
    await shot(w, 'debrief-war-1024');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
