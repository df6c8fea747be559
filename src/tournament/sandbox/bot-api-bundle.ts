/**
 * `security-dilemma/bot` as one self-contained ES module (a string), for the sandbox: the
 * helpers of src/bot-api/index.ts with exactly the engine code they need. It is built from
 * the sources when first needed (Vite's library build, ~0.2 s, once per process), so a
 * fresh clone needs no build step and the bundle can never be stale; the browser gets the
 * same string at build time through botApiPlugin (vite-plugin.ts).
 */
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../bot-api/index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The files the bundle is made from (for a dev server to watch). */
export const BOT_API_SOURCES = [fileURLToPath(new URL('../../bot-api', import.meta.url)), fileURLToPath(new URL('../../engine', import.meta.url))];

let pending: Promise<string> | undefined;

/** The bundled module's source (built once per process). */
export function bundleBotApi(): Promise<string> {
  pending ??= buildBotApi();
  return pending;
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
