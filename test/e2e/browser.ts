/**
 * Real Chromium for the e2e tests and the UI bench (playwright-core with Debian's
 * chromium). Every page records console errors, page errors and the text the canvas
 * draws, so tests can fail on any error and check what the map showed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no browser there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(`No Chromium found (tried ${CANDIDATES.join(', ')}). Install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome executable.`);
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: LAUNCH_ARGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Text drawn onto any canvas since the last `resetCanvasText`. */
  canvasText(): Promise<string[]>;
  resetCanvasText(): Promise<void>;
}

/** Records every fillText/strokeText into window.__canvasText (before any page script runs). */
const CANVAS_TEXT_HOOK = `
(() => {
  const seen = [];
  Object.defineProperty(window, '__canvasText', { value: seen, writable: false });
  for (const proto of [CanvasRenderingContext2D.prototype, typeof OffscreenCanvasRenderingContext2D === 'function' ? OffscreenCanvasRenderingContext2D.prototype : undefined]) {
    if (!proto) continue;
    for (const name of ['fillText', 'strokeText']) {
      const original = proto[name];
      proto[name] = function (text, ...rest) { seen.push(String(text)); return original.call(this, text, ...rest); };
    }
  }
})();`;

export async function openPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  await context.addInitScript(CANVAS_TEXT_HOOK);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  // Web Workers (the AI) log to their own consoles.
  page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && errors.push(`worker console: ${message.text()}`)));
  page.on('requestfailed', (request) => {
    // A reload or navigation aborts requests still in flight: that is the test's doing, not a fault.
    const reason = request.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED')) errors.push(`request failed: ${request.url()} ${reason}`);
  });
  return {
    page,
    context,
    errors,
    canvasText: () => page.evaluate(() => ((window as unknown as { __canvasText: string[] }).__canvasText ?? []).slice()),
    resetCanvasText: () => page.evaluate(() => void ((window as unknown as { __canvasText: string[] }).__canvasText.length = 0)),
  };
}

export function screenshotPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}.png`;
}
