/**
 * No secret reachable from a private screen of the other side: in a hot-seat game the
 * game file (both intents, orders not yet played) can be saved only where both players
 * may look, after a warning; and leaving a game asks first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { clickAction, passHandoff, startNewGame, status, waitForScreen } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('privacy in hot-seat', () => {
  test('Save is offered on no hand-off or private screen, only on shared ones, with a warning', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2014-maidan', mode: 'random', seed: 21 });
    const seen: string[] = [];
    const noSave = async () => {
      const s = await status(page);
      seen.push(`${s.screen}:${s.side ?? ''}`);
      expect(await page.$('[data-action="save-file"]'), `Save on ${s.screen} of ${s.side}`).toBeNull();
      expect(await page.$('#topbar button:has-text("Save")'), `Save on ${s.screen} of ${s.side}`).toBeNull();
    };
    for (const side of ['blue', 'red'] as const) {
      await waitForScreen(page, 'handoff', side);
      await noSave();
      await passHandoff(page);
      await waitForScreen(page, 'briefing', side);
      await noSave();
      await clickAction(page, 'finish-briefing');
    }
    for (const side of ['blue', 'red'] as const) {
      await waitForScreen(page, 'handoff', side);
      await noSave();
      const s = await passHandoff(page);
      if (s.screen === 'summary') {
        await noSave();
        await clickAction(page, 'to-planning');
      }
      await waitForScreen(page, 'planning', side);
      await noSave();
      if (side === 'blue') {
        // Committing no orders asks first; going back keeps the planning screen.
        await page.click('[data-action="commit"]');
        await page.waitForSelector('dialog[data-confirm="commit-empty"][open]');
        await page.click('dialog[data-confirm="commit-empty"] [data-action="confirm-no"]');
        await waitForScreen(page, 'planning', side);
      }
      await clickAction(page, 'commit');
    }
    await waitForScreen(page, 'resolution');
    expect(seen).toEqual(expect.arrayContaining(['handoff:blue', 'briefing:blue', 'planning:blue', 'handoff:red', 'briefing:red', 'planning:red']));
    // On the year's results, both players may look: Save is there, and warns before it downloads.
    await page.click('#topbar [data-action="save-file"]');
    const dialog = await page.waitForSelector('dialog[data-confirm="save"]');
    expect(await dialog.textContent()).toContain('both sides’ secrets');
    await page.click('dialog[data-confirm="save"] [data-action="confirm-no"]');
    expect(await page.$('dialog[open]')).toBeNull();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('leaving a game asks first; staying keeps the game, leaving keeps it for Continue', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await startNewGame(page, { scenario: '2021-red-lines', mode: 'random', seed: 22 });
    await passHandoff(page);
    await waitForScreen(page, 'briefing', 'blue');
    await page.click('#topbar [data-action="leave-game"]');
    await page.waitForSelector('dialog[data-confirm="leave"]');
    // The safe answer has the focus: Escape or Enter keeps the game.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('confirm-no');
    await page.keyboard.press('Escape');
    expect(await page.$('dialog[open]')).toBeNull();
    expect((await status(page)).screen).toBe('briefing');
    await page.click('#topbar [data-action="leave-game"]');
    await page.click('dialog[data-confirm="leave"] [data-action="confirm-yes"]');
    await waitForScreen(page, 'title');
    expect(await page.$('[data-action="continue"]')).not.toBeNull();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
