/**
 * A student's file as the sandbox runs it: TypeScript is stripped of its types with
 * sucrase (small, fast, and it runs in the browser too — no TypeScript compiler needed);
 * JavaScript is run as written. Nothing is checked here that the sandbox checks anyway.
 */
import { transform } from 'sucrase';
import { clip } from './faults.ts';
import type { SandboxFault } from './faults.ts';

export type BotSource = { ok: true; code: string } | { ok: false; fault: SandboxFault };

/** Is this file TypeScript (by its name)? */
export function isTypeScript(fileName: string): boolean {
  return /\.(ts|mts|cts)$/i.test(fileName);
}

/** The JavaScript module to run for a bot file, or a SYNTAX_ERROR fault. */
export function botSource(source: string, fileName: string): BotSource {
  if (!isTypeScript(fileName)) return { ok: true, code: source };
  try {
    // Types only: modern syntax (optional chaining, class fields) is left for QuickJS,
    // which supports it, so the code that runs is the code the student wrote.
    const { code } = transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: fileName });
    return { ok: true, code };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, fault: { code: 'SYNTAX_ERROR', phase: 'load', message: clip(`${fileName}: ${message}`) } };
  }
}
