/**
 * The page's side of the sandbox: this build runs students' files, and the page compiles
 * QuickJS's WebAssembly once and hands the module to every worker, so the workers fetch
 * nothing (their policy allows no network at all).
 */
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';

export const SANDBOX_READY: boolean = true;

/**
 * How long one call of a student's bot may run before the page stops its worker from
 * outside: the command line's watchdog (entries.ts backstopMs); the sandbox's own
 * backstop, a little below it, acts first whenever the bot reaches QuickJS's interrupt
 * handler.
 */
export const OUTSIDE_BACKSTOP_MS = 0;

let compiled: Promise<WebAssembly.Module> | undefined;

export function compileQuickJs(): Promise<WebAssembly.Module | undefined> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl));
  return compiled;
}
