/**
 * `security-dilemma/bot` as one self-contained ES module (a string), for the sandbox: the
 * helpers of src/bot-api/index.ts with exactly the engine code they need. It is built from
 * the sources when first needed (Vite's library build), so a fresh clone needs no build
 * step; the browser gets the same string at build time through botApiPlugin
 * (vite-plugin.ts).
 *
 * Loading Vite and building take 0.3–4 s, which a student running the simulator again and
 * again should not pay each time: the bundle is kept in node_modules/.cache under a hash
 * of everything it is made from (the sources and the installed packages), so it is rebuilt
 * exactly when one of them changes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../bot-api/index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'security-dilemma-bot-api');

/** The folders the bundle is made from (for a dev server to watch, and for the cache's key). */
export const BOT_API_SOURCES = [fileURLToPath(new URL('../../bot-api', import.meta.url)), fileURLToPath(new URL('../../engine', import.meta.url))];
/** Single files it also depends on: the Bot types, and the installed packages' versions. */
const ALSO = [fileURLToPath(new URL('../../bots/types.ts', import.meta.url)), join(ROOT, 'package-lock.json')];

let pending: Promise<string> | undefined;

/** The bundled module's source (built once, then kept on disk and in memory). */
export function bundleBotApi(): Promise<string> {
  pending ??= cachedBuild();
  return pending;
}

/** A hash of every file the bundle depends on, and of this file (which says how to build it). */
async function sourceKey(): Promise<string> {
  const files = [fileURLToPath(import.meta.url), ...ALSO];
  for (const dir of BOT_API_SOURCES) for (const name of (await readdir(dir)).sort()) files.push(join(dir, name));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(ROOT.length)).update('\0').update(await readFile(file).catch(() => Buffer.alloc(0)));
  return hash.digest('hex').slice(0, 24);
}

async function cachedBuild(): Promise<string> {
  const file = join(CACHE, `${await sourceKey()}.js`);
  const kept = await readFile(file, 'utf8').catch(() => undefined);
  if (kept !== undefined) return kept;
  const code = await buildBotApi();
  // Written aside, then renamed: worker threads building at once never read half a file.
  const partial = `${file}.${randomUUID()}`;
  try {
    await mkdir(CACHE, { recursive: true });
    await writeFile(partial, code);
    await rename(partial, file);
  } catch {
    // No cache (a read-only checkout): build again next time.
  }
  return code;
}

interface Chunk {
  type: string;
  code?: string;
}

/** Builds the bundle afresh (bundleBotApi keeps the first one). */
export async function buildBotApi(): Promise<string> {
  // Imported here, not above: only Node tools that load a student bot need Vite.
  const vite = await import('vite');
  const result = await vite.build({
    configFile: false,
    envFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      // Readable names in the helpers' error messages matter more than 9 KB.
      minify: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: 'bot' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: Chunk[] }[];
  const chunks = outputs.flatMap((o) => o.output ?? []).filter((c) => c.type === 'chunk');
  const code = chunks[0]?.code;
  if (chunks.length !== 1 || code === undefined) throw new Error(`bundling security-dilemma/bot gave ${chunks.length} chunks, not one`);
  return code;
}
