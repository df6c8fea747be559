/**
 * The limits a sandboxed bot runs under. They are the same in Node and in the browser, so
 * a bot that overflows its stack or runs out of fuel does so at the same point wherever
 * the tournament runs; only the wall-clock backstop depends on the machine, and a bot
 * stopped by it is disqualified rather than scored.
 */

export interface SandboxLimits {
  /** The fixed WebAssembly memory of each instance (it cannot grow). */
  memoryBytes: number;
  /** Room kept free under QuickJS's own cap, for the host to pass views in. */
  memoryReserveBytes: number;
  /**
   * QuickJS's stack limit while the bot decides: about 180 nested calls. QuickJS counts
   * its own stack, but its C code also uses the host's native stack — up to ~14 times as
   * much (measured: JSON.stringify of a deeply nested array) — so a larger limit could
   * overflow the host instead, which would wreck the instance.
   */
  stackBytes: number;
  /** The stack limit while the bot's module is parsed: the parser uses ~27 times its count. */
  loadStackBytes: number;
  /**
   * Fuel for one decision, in interrupt-handler calls: QuickJS calls the handler about
   * every 10,000 loop turns or function calls, so one unit is roughly 0.1–2 ms here and
   * exactly the same amount of work everywhere.
   */
  fuelPerDecision: number;
  /** Fuel to load the module and make the bot. */
  loadFuel: number;
  /** Fuel for `explain()`. */
  explainFuel: number;
  /**
   * Wall-clock backstop for one call, in ms. Fuel stops ordinary loops long before it (a
   * whole budget of 200 units takes well under a second here, a few seconds on a slow,
   * busy machine); it catches work that reaches the interrupt handler rarely — a loop over
   * a big native call such as JSON.parse, which fuel undercounts. It is checked when the
   * handler runs, so such a loop is stopped at the first check past it. A bot stopped by
   * it is disqualified: it is set far above any honest decision, so that it never depends
   * on the machine's speed.
   */
  backstopMs: number;
  /** The longest answer accepted, in characters of JSON. */
  maxResultChars: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  memoryBytes: 32 << 20,
  memoryReserveBytes: 8 << 20,
  stackBytes: 32 << 10,
  loadStackBytes: 16 << 10,
  fuelPerDecision: 200,
  loadFuel: 200,
  explainFuel: 20,
  backstopMs: 20_000,
  maxResultChars: 64 << 10,
};
