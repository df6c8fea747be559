/** Building the engine's one Result shape: a value, or a refusal with a stable code. */
import type { ErrorCode, Result } from './types.ts';

export function refuse<T>(code: ErrorCode, message: string, details: Record<string, unknown> = {}): Result<T> {
  return { ok: false, error: { code, message, details } };
}
