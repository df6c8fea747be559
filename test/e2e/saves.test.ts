/**
 * Saves: a reload mid-turn resumes behind the hand-off screen with nothing lost; a game
 * file exports and imports; a corrupt or incompatible save gives a clear message and
 * leaves the other stored data alone.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshotPath } from './browser.ts';
import { addOrder, chosenOrders, clickAction, passHandoff, startNewGame, status, waitForScreen } from './driver.ts';
import type { Page } from 'playwright-core';
import { ENGINE_VERSION } from '../../src/engine/index.ts';

const SAVE = 'security-dilemma/save';
const SETTINGS = 'security-dilemma/settings';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function toPlanning(page: Page): Promise<void> {
  if ((await status(page)).screen === 'summary') await clickAction(page, 'to-planning');
  await waitForScreen(page, 'planning');
}

/** Title → new game → both briefings → Blue's planning. */
async function reachBluePlanning(page: Page, seed: number): Promise<void> {
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  await startNewGame(page, { scenario: '2014-maidan', mode: 'random', seed });
  for (const side of ['blue', 'red'] as const) {
    await passHandoff(page);
    await clickAction(page, 'finish-briefing');
    await waitForScreen(page, 'handoff', side === 'blue' ? 'red' : 'blue');
  }
  await passHandoff(page);
  await toPlanning(page);
}

describe('saves', () => {
  test('a reload mid-turn resumes behind the hand-off screen, with committed and drafted orders kept', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await reachBluePlanning(page, 14);
    const blueOrder = await addOrder(page, /^Deploy defensive troops in Poland$/);
    expect(blueOrder).toBeTruthy();
    await clickAction(page, 'commit');
    await waitForScreen(page, 'handoff', 'red');
    await passHandoff(page);
    await toPlanning(page);
    const redOrder = await addOrder(page, /^Deploy defensive troops in /);
    expect(redOrder).toBeTruthy();

    await page.reload();
    const resumed = await waitForScreen(page, 'handoff', 'red');
    expect(resumed.turn).toBe(1);
    expect(await page.$('[data-owner]')).toBeNull();
    await page.screenshot({ path: screenshotPath('reload-handoff') });
    await passHandoff(page);
    await toPlanning(page);
    expect(await chosenOrders(page)).toEqual([redOrder]);
    await clickAction(page, 'commit');
    await waitForScreen(page, 'resolution');
    // Blue's orders, committed before the reload, were resolved.
    expect(await page.textContent('.public-log')).toContain('Blue deployed troops in Poland.');

    // A reload on a public screen stays there; one on a hand-off stays behind it.
    await page.reload();
    await waitForScreen(page, 'resolution');
    await clickAction(page, 'continue');
    await waitForScreen(page, 'handoff', 'blue');
    await page.reload();
    await waitForScreen(page, 'handoff', 'blue');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('a game file exports and imports, and Continue resumes it from the title', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await reachBluePlanning(page, 15);
    await addOrder(page, /^Assure$/);
    await clickAction(page, 'commit');
    await waitForScreen(page, 'handoff', 'red');
    // The file holds both sides' secrets: it is saved on a screen both players may see.
    await passHandoff(page);
    await toPlanning(page);
    await clickAction(page, 'commit');
    await waitForScreen(page, 'resolution');
    await page.click('#topbar [data-action="save-file"]');
    await page.waitForSelector('dialog[data-confirm="save"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('dialog[data-confirm="save"] [data-action="confirm-yes"]')]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { record: { steps: unknown[] } };
    expect(saved.record.steps).toHaveLength(2);

    // Back to the title (after saying yes): Continue is offered and resumes on the year's results.
    await page.click('#topbar [data-action="leave-game"]');
    await page.click('dialog[data-confirm="leave"] [data-action="confirm-yes"]');
    await waitForScreen(page, 'title');
    await clickAction(page, 'continue');
    await waitForScreen(page, 'resolution');

    // A fresh browser imports the file and lands in the same place.
    const other = await openPage(browser);
    await other.page.goto(inject('baseUrl'));
    await waitForScreen(other.page, 'title');
    expect(await other.page.$('[data-action="continue"]')).toBeNull();
    await other.page.setInputFiles('#load-file', file);
    await waitForScreen(other.page, 'resolution');
    expect(other.errors).toEqual([]);
    expect(w.errors).toEqual([]);
    await other.context.close();
    await w.context.close();
  });

  test('a corrupt or incompatible save shows a clear message and leaves other data alone', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    const settings = JSON.stringify({ volume: 0.3, muted: true, music: false, palette: 'colourBlind', reducedMotion: true });

    const cases: { save: string; message: RegExp; code: string }[] = [
      { save: '{"format": "security-dilemma-save", "engineVersion": ', message: /not valid JSON/, code: 'SAVE_CORRUPT' },
      {
        save: JSON.stringify({ format: 'security-dilemma-save', engineVersion: '0.0.1', scenarioId: '2014-maidan', step: { screen: 'debrief' }, record: {} }),
        message: /rules version 0\.0\.1/,
        code: 'SAVE_VERSION',
      },
      {
        save: JSON.stringify({
          format: 'security-dilemma-save',
          engineVersion: ENGINE_VERSION,
          scenarioId: '2014-maidan',
          step: { screen: 'handoff', side: 'blue', next: 'planning' },
          record: {
            scenarioId: '2014-maidan',
            engineVersion: ENGINE_VERSION,
            options: { seed: 1 },
            intents: { blue: 'security', red: 'security' },
            steps: [{ kind: 'orders', side: 'blue', orders: [{ type: 'annex', region: 'uk' }] }],
          },
        }),
        message: /could not rebuild it/,
        code: 'SAVE_REPLAY',
      },
    ];
    for (const { save, message, code } of cases) {
      await page.evaluate(([k, v, sk, sv]) => {
        localStorage.setItem(k, v);
        localStorage.setItem(sk, sv);
      }, [SAVE, save, SETTINGS, settings] as const);
      await page.reload();
      await waitForScreen(page, 'title');
      // A save that only fails when replayed is found on Continue.
      if (await page.$('[data-action="continue"]')) await clickAction(page, 'continue');
      const alert = (await page.textContent('[role="alert"]')) ?? '';
      expect(alert).toMatch(message);
      expect(await page.getAttribute('[role="alert"]', 'data-code')).toBe(code);
      await page.screenshot({ path: screenshotPath(`bad-save-${cases.findIndex((c) => c.save === save)}`) });
      expect(await page.evaluate((k) => localStorage.getItem(k), SETTINGS)).toBe(settings);
      expect(await page.evaluate((k) => localStorage.getItem(k), SAVE)).toBe(save);
    }
    // Putting a broken save aside keeps it in storage under another key.
    await page.evaluate(([k]) => localStorage.setItem(k, '{oops'), [SAVE] as const);
    await page.reload();
    await page.click('text=Put the broken save aside');
    expect(await page.evaluate(() => localStorage.getItem('security-dilemma/save.broken'))).toBe('{oops');
    expect(await page.evaluate((k) => localStorage.getItem(k), SAVE)).toBeNull();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
