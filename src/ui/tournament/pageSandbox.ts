/**
 * The page's side of the sandbox: whether this build can run students' files, and the
 * QuickJS WebAssembly compiled once by the page and handed to every worker (so workers
 * fetch nothing). This build has no sandbox yet.
 */
export const SANDBOX_READY: boolean = false;

export function compileQuickJs(): Promise<WebAssembly.Module | undefined> {
  return Promise.resolve(undefined);
}

/** How long a student's call may run before the page stops its worker (no students' calls in this build). */
export const OUTSIDE_BACKSTOP_MS = 0;
