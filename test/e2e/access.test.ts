/**
 * Access and comfort: a whole turn with the keyboard alone, a tap on the map on a touch
 * screen, the mute key and settings that persist, and play offline after a first visit.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshotPath } from './browser.ts';
import { status, waitForChange, waitForScreen } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the focused element matches `selector` (as a keyboard user would). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function pressOn(page: Page, selector: string, key = 'Enter'): Promise<void> {
  const before = await status(page);
  await tabTo(page, selector);
  await page.keyboard.press(key);
  await waitForChange(page, before);
}

describe('access', () => {
  test('a whole first year with the keyboard alone', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-action="new-game"]');
    await tabTo(page, '[data-action="start"]');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'handoff', 'blue');
    for (const side of ['blue', 'red'] as const) {
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'briefing', side);
      await pressOn(page, '[data-action="finish-briefing"]');
    }
    for (const side of ['blue', 'red'] as const) {
      await waitForScreen(page, 'handoff', side);
      await page.keyboard.press('Enter');
      if ((await waitForChange(page, { screen: 'handoff', side, phase: '', turn: 1, year: 0, mapInteractive: false })).screen === 'summary')
        await pressOn(page, '[data-action="to-planning"]');
      await waitForScreen(page, 'planning', side);
      // Tab to the first order on show (the row of orders tied to no region) and take it with Space.
      await tabTo(page, '.order-option');
      await page.keyboard.press(' ');
      await page.waitForFunction(() => document.querySelectorAll('.chosen .order-text').length === 1);
      await pressOn(page, '[data-action="commit"]');
    }
    await waitForScreen(page, 'resolution');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'handoff', 'blue');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  test('on a touch screen a tap on the map picks a region; M mutes; settings persist', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await page.tap('text=Settings');
    await waitForScreen(page, 'settings');
    await page.tap('#palette');
    await page.tap('#reduced-motion');
    expect(await page.getAttribute('html', 'data-palette')).toBe('colourBlind');
    await page.tap('text=Back');
    await page.tap('[data-action="new-game"]');
    await page.tap('[data-action="start"]');
    for (let i = 0; i < 12 && (await status(page)).screen !== 'planning'; i++) {
      const s = await status(page);
      const action = { handoff: 'reveal', briefing: 'finish-briefing', summary: 'to-planning' }[s.screen as 'handoff' | 'briefing' | 'summary'];
      await page.tap(`[data-action="${action}"]`);
      await waitForChange(page, s);
    }
    await page.waitForFunction(() => (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive);
    const point = await page.evaluate(() => (window as unknown as { __game: { regionPoint(r: string): [number, number] } }).__game.regionPoint('germany'));
    await page.touchscreen.tap(point[0], point[1]);
    await page.waitForFunction(() => (document.getElementById('region-filter') as HTMLSelectElement | null)?.value === 'germany');
    expect(await page.textContent('.map-tooltip')).toContain('Germany');
    await page.screenshot({ path: screenshotPath('touch-colourblind-1024') });

    await page.keyboard.press('m');
    expect(await page.textContent('[data-action="mute"]')).toBe('Sound off (M)');
    await page.reload();
    await waitForScreen(page, 'handoff');
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('security-dilemma/settings'))) ?? '{}') as Record<string, unknown>;
    expect(stored).toMatchObject({ muted: true, palette: 'colourBlind', reducedMotion: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('after a first visit the game loads offline, map and all', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'title');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload({ timeout: 15_000 });
    await waitForScreen(page, 'title');
    await page.click('[data-action="new-game"]');
    await page.click('[data-action="start"]');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'briefing', 'blue');
    // On to Blue's planning: the map (Phaser and the map file) must come from the cache too.
    await page.click('[data-action="finish-briefing"]');
    await waitForScreen(page, 'handoff', 'red');
    await page.keyboard.press('Enter');
    await page.click('[data-action="finish-briefing"]');
    await waitForScreen(page, 'handoff', 'blue');
    await page.keyboard.press('Enter');
    // The first year's events may already have shown Blue something: its summary comes first.
    await page.waitForFunction(() => ['summary', 'planning'].includes((window as unknown as { __game: { status(): { screen: string } } }).__game.status().screen));
    if ((await status(page)).screen === 'summary') await page.click('[data-action="to-planning"]');
    await waitForScreen(page, 'planning', 'blue');
    await page.waitForFunction(() => (window as unknown as { __game: { status(): { mapInteractive: boolean } } }).__game.status().mapInteractive, undefined, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
