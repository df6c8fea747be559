/**
 * What one side must never see of the other: collected from that side's own screen
 * while it plays, then looked for everywhere on the page while the rival plays.
 */
import type { Page } from 'playwright-core';
import type { WatchedPage } from './browser.ts';
import { chosenOrders } from './driver.ts';

export interface Secrets {
  side: 'blue' | 'red';
  /** e.g. "You: Revisionist" */
  intent: string;
  /** e.g. "How hostile Blue looks to you" and its value "45.0%" */
  perceptionLabel: string;
  perceptionValue: string;
  /** Chosen orders as their owner sees them ("Deploy offensive troops in Kaliningrad"). */
  orders: string[];
  /** True postures as the owner's tooltip shows them, e.g. "(2 defensive, 1 offensive)". */
  postures: string[];
  /** What the screen reader was last told ("Orders for Poland."). */
  announced: string;
}

async function tooltipOf(page: Page, region: string): Promise<string> {
  const point = await page.evaluate((r) => (window as unknown as { __game: { regionPoint(r: string): [number, number] | undefined } }).__game.regionPoint(r), region);
  if (!point) return '';
  // A region's orders, open beside it, cover part of the map: close them first.
  if (await page.$('[data-action="close-region"]')) await page.click('[data-action="close-region"]');
  // Come in from outside the map, as a player's pointer would.
  await page.mouse.move(1, 1);
  await page.mouse.move(point[0], point[1], { steps: 4 });
  await page.waitForSelector('.map-tooltip:not([hidden])', { timeout: 5000 });
  return (await page.textContent('.map-tooltip')) ?? '';
}

/** Reads a side's secrets off its own planning screen; `ownRegion` has units of that side. */
export async function collectSecrets(page: Page, side: 'blue' | 'red', ownRegion: string): Promise<Secrets> {
  const intent = (await page.textContent('.planning-screen [data-secret="intent"]'))?.trim() ?? '';
  const perceptionLabel = (await page.textContent('.planning-screen [data-secret="perception"] .gauge-label'))?.trim() ?? '';
  const perceptionValue = (await page.textContent('.planning-screen [data-secret="perception"] .gauge-value'))?.trim() ?? '';
  const tooltip = await tooltipOf(page, ownRegion);
  const postures = [...tooltip.matchAll(/\(\d+ defensive, \d+ offensive\)/g)].map((m) => m[0]);
  await page.mouse.move(1, 1);
  const announced = ((await page.textContent('#announcer')) ?? '').trim();
  return { side, intent, perceptionLabel, perceptionValue, orders: await chosenOrders(page), postures, announced };
}

/** Everything the page holds as text: DOM text (hidden too), attributes, and canvas text. */
export async function everythingShown(w: WatchedPage, hoverRegion?: string): Promise<string> {
  if (hoverRegion) {
    await tooltipOf(w.page, hoverRegion);
    await w.page.mouse.move(1, 1);
  }
  const dom = await w.page.evaluate(() => {
    const parts = [document.documentElement.textContent ?? ''];
    for (const el of document.querySelectorAll('*')) for (const attr of el.getAttributeNames()) parts.push(el.getAttribute(attr) ?? '');
    return parts.join('\n');
  });
  const canvasNow = await w.page.evaluate(() => (window as unknown as { __game: { canvasTexts(): string[] } }).__game.canvasTexts());
  return [dom, ...(await w.canvasText()), ...canvasNow].join('\n');
}

function texts(secrets: Secrets): string[] {
  return [secrets.intent, secrets.perceptionLabel, secrets.perceptionValue, ...secrets.orders, ...secrets.postures, secrets.announced].filter((s) => s.length > 0);
}

/**
 * The secrets of `secrets.side` that appear in `shown` (should be none). `own`, the
 * secrets of the side at the screen, are its to see: a text both sides share (say both
 * perceive the other at 81.5%) is no leak.
 */
export function leaks(secrets: Secrets, shown: string, own?: Secrets): string[] {
  const ownTexts = new Set(own ? texts(own) : []);
  return texts(secrets).filter((s) => !ownTexts.has(s) && shown.includes(s));
}
