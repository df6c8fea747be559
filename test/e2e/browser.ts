/**
 * Real Chromium for the e2e tests and the UI bench (playwright-core). The browser is, in
 * order: CHROME_PATH; a system Chromium or Chrome; else the headless Chromium that ships
 * inside the @sparticuz/chromium dev dependency (Linux x64), unpacked to the temp dir on
 * first use. Every page records console errors, page errors and the text the canvas draws,
 * so tests can fail on any error and check what the map showed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * WebGL 2 on SwiftShader (ANGLE over SwiftShader Vulkan), asked for explicitly for the
 * npm-shipped browser as @sparticuz/chromium does: Chromium has deprecated falling back to
 * it on its own.
 */
const SWIFTSHADER_ARGS = ['--ignore-gpu-blocklist', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

const PACKAGE = '@sparticuz/chromium';

/** A browser to launch: its executable, the flags to add to LAUNCH_ARGS, and its environment. */
export interface ChromeChoice {
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
  /** Where it came from, for messages. */
  source: 'CHROME_PATH' | 'system' | typeof PACKAGE;
}

function systemChrome(): ChromeChoice | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no browser there.`);
    return { executablePath: fromEnv, args: [], source: 'CHROME_PATH' };
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  return found ? { executablePath: found, args: [], source: 'system' } : undefined;
}

interface Packaged {
  executablePath(): Promise<string>;
}

/** Runs `chrome --version` under `env`; returns its output, or throws with what went wrong. */
function versionOf(executable: string, env: NodeJS.ProcessEnv): string {
  return execFileSync(executable, ['--version'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 }).trim();
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  return `${String(stderr ?? '')} ${(error as Error).message ?? ''}`;
}

/**
 * The Chromium inside @sparticuz/chromium: unpacked (about 190 MB, a few seconds) into the
 * temp dir the first time, then reused. A copy left there by another version of the package,
 * or cut short, is unpacked again. On a machine without NSS (libnss3 and friends) it uses the
 * copies of those libraries that the package ships.
 */
async function packagedChrome(): Promise<ChromeChoice> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`the npm-shipped Chromium (${PACKAGE}) is for Linux x64 only, and this is ${process.platform} ${process.arch}`);
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = join(dirname(require.resolve(PACKAGE)), '..', '..');
  } catch {
    throw new Error(`${PACKAGE} is not installed`);
  }
  const { version } = require(join(root, 'package.json')) as { version: string };
  const major = version.split('.')[0];
  const packaged = ((await import(PACKAGE)) as { default: Packaged }).default;
  const env: Record<string, string> = {};
  const tmp = tmpdir();

  const check = (executable: string): string | undefined => {
    try {
      const reported = versionOf(executable, { ...process.env, ...env });
      return reported.includes(` ${major}.`) ? undefined : `it reports "${reported}", not Chromium ${major}`;
    } catch (error) {
      const why = stderrOf(error);
      if (/error while loading shared libraries/.test(why) && env.LD_LIBRARY_PATH === undefined) return 'libraries';
      return why.trim();
    }
  };

  let executable = await packaged.executablePath();
  let problem = check(executable);
  if (problem === 'libraries') {
    // No system NSS: unpack the package's own (built for glibc 2.34 or newer) and point the loader at them.
    const lambdafs = (await import(pathToFileURL(join(root, 'build', 'esm', 'lambdafs.js')).href)) as { inflate(file: string): Promise<string> };
    const libs = join(await lambdafs.inflate(join(root, 'bin', 'al2023.tar.br')), 'lib');
    env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    problem = check(executable);
  }
  if (problem !== undefined) {
    // Stale (another package version) or half written: unpack again, once.
    for (const file of ['chromium', 'libGLESv2.so']) rmSync(join(tmp, file), { force: true });
    executable = await packaged.executablePath();
    problem = check(executable);
    if (problem !== undefined) throw new Error(`the npm-shipped Chromium at ${executable} does not run: ${problem}`);
  }
  // A machine without fontconfig's configuration gets the fonts the package ships.
  if (process.env.FONTCONFIG_PATH === undefined && !existsSync('/etc/fonts/fonts.conf') && existsSync(join(tmp, 'fonts', 'fonts.conf')))
    env.FONTCONFIG_PATH = join(tmp, 'fonts');
  return { executablePath: executable, args: SWIFTSHADER_ARGS, env: Object.keys(env).length ? env : undefined, source: PACKAGE };
}

let packagedOnce: Promise<ChromeChoice> | undefined;

/**
 * The browser to use: CHROME_PATH, else the first system Chromium or Chrome found, else the
 * npm-shipped Chromium. Throws a message that says what was tried if there is none.
 */
export async function chromeChoice(): Promise<ChromeChoice> {
  const system = systemChrome();
  if (system) return system;
  packagedOnce ??= packagedChrome();
  try {
    return await packagedOnce;
  } catch (error) {
    packagedOnce = undefined;
    throw new Error(
      `No Chromium found: CHROME_PATH is not set, none of ${CANDIDATES.join(', ')} exists, and ${(error as Error).message}. ` +
        `Run npm install (for the npm-shipped Chromium), install Chromium or Chrome, or set CHROME_PATH to a Chromium or Chrome executable.`,
    );
  }
}

/** The path of the browser `launch` starts. */
export async function chromePath(): Promise<string> {
  return (await chromeChoice()).executablePath;
}

export async function launch(): Promise<Browser> {
  const choice = await chromeChoice();
  return chromium.launch({
    executablePath: choice.executablePath,
    args: [...LAUNCH_ARGS, ...choice.args],
    env: choice.env ? { ...process.env, ...choice.env } : undefined,
  });
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

/** The three screen sizes every screen is checked and photographed at. */
export const SCREEN_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

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
