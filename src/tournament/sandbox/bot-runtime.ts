/**
 * One QuickJS runtime running one student bot in its own WebAssembly instance: the
 * prelude, the `security-dilemma/bot` module, the bot's module and the bot it makes, then
 * the static game and the bot's decisions. Every call into it runs on a budget of fuel
 * (interrupt-handler calls, so the same code stops at the same point on any machine,
 * under any load) with a wall-clock backstop, and ends in an answer or a fault — never in
 * an exception the host has to catch, except a crash of the instance itself (SandboxCrash).
 *
 * Loading takes ~10–40 ms (most of it parsing the helpers), so it is done once: the
 * instance's memory right after loading is kept, and `reset()` writes it back — a fresh
 * bot for the next game, or after a fault that spoiled this one, in about a millisecond.
 * This works because everything QuickJS has is in that memory; the host keeps no handle
 * from after the snapshot across a reset.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Game, SideView } from '../../engine/index.ts';
import { clip } from './faults.ts';
import type { FaultCode } from './faults.ts';
import { OUTSIDE_NAMES, PRELUDE } from './prelude.ts';
import type { SandboxLimits } from './limits.ts';

/** The module name a bot imports its helpers from: the only import it may make. */
export const BOT_API_MODULE = 'security-dilemma/bot';

/** What a runtime loads: the bot's JavaScript and the bundled helper module. */
export interface BotProgram {
  code: string;
  fileName: string;
  botApi: string;
}

/** A fault as the runtime sees it; `discard` says the runtime is spoiled (start afresh). */
export interface RuntimeFault {
  code: FaultCode;
  message: string;
  discard: boolean;
}

export type Answer = { ok: true; text: string } | { ok: false; fault: RuntimeFault };

/** The WebAssembly instance failed (a trap, or the host's stack ran out inside it). */
export class SandboxCrash extends Error {
  override readonly name = 'SandboxCrash';
}

/** Every Date inside the sandbox reads this instant: 1 January 2000, 00:00 UTC. */
const FIXED_TIME = Date.UTC(2000, 0, 1);
const MAX_LOG_CHARS = 20_000;
/** Fuel for the harness's own work around a call (checks, reading an error). */
const HARNESS_FUEL = 50;

type Kind = 'orders' | 'crisis';
type LogName = 'publicLog' | 'crisisHistory' | 'observations' | 'ledger';

/** The view's append-only logs: the engine shares their frozen entries from view to view. */
const LOGS: Record<LogName, (view: SideView) => readonly unknown[]> = {
  publicLog: (v) => v.publicLog,
  crisisHistory: (v) => v.crisisHistory,
  observations: (v) => v.me.observations,
  ledger: (v) => v.me.ledger,
};
const LOG_NAMES = Object.keys(LOGS) as LogName[];

const gameJsonCache = new WeakMap<Game, string>();
function gameJson(game: Game): string {
  let text = gameJsonCache.get(game);
  if (text === undefined) {
    text = JSON.stringify({ scenario: game.scenario, map: game.map });
    gameJsonCache.set(game, text);
  }
  return text;
}

const now = (): number => performance.now();

export class BotRuntime {
  /** The bot's own name (from its object), once loaded. */
  name = '';
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private harness: QuickJSHandle | undefined;
  /** The harness's methods, fetched once (before the memory is kept, so valid after resets). */
  private readonly methods = new Map<string, QuickJSHandle>();
  private api: QuickJSHandle | undefined;
  /** The instance's memory just after loading (up to the last byte in use). */
  private loaded: Uint8Array | undefined;
  private game: Game | undefined;
  /** The log entries the harness already holds, by reference (see leanView). */
  private sent: Partial<Record<LogName, readonly unknown[]>> = {};
  // The budget of the call under way.
  private fuelLeft = 0;
  private deadline = Infinity;
  private stoppedBy: 'fuel' | 'clock' | undefined;
  private random: () => number;
  private forbiddenImport: string | undefined;
  private disposed = false;

  constructor(
    wasm: QuickJSWASMModule,
    private readonly memory: WebAssembly.Memory,
    private readonly program: BotProgram,
    private readonly limits: SandboxLimits,
    /** Random numbers outside decisions (Math.random while the module loads): fixed. */
    loadRandom: () => number,
    private readonly onLog?: (text: string) => void,
  ) {
    this.random = loadRandom;
    this.runtime = wasm.newRuntime();
    // QuickJS's own cap sits below the fixed WebAssembly memory, so an out-of-memory is
    // always QuickJS's clean error and the host still has room to pass strings in.
    this.runtime.setMemoryLimit(limits.memoryBytes - limits.memoryReserveBytes);
    this.runtime.setMaxStackSize(limits.stackBytes);
    this.runtime.setInterruptHandler(() => {
      if (--this.fuelLeft < 0) this.stoppedBy ??= 'fuel';
      else if (now() > this.deadline) this.stoppedBy ??= 'clock';
      return this.stoppedBy !== undefined;
    });
    this.runtime.setModuleLoader(
      (name) => (name === BOT_API_MODULE ? this.program.botApi : { error: new Error(`the sandbox has no module "${name}"`) }),
      (_base, requested) => {
        if (requested !== BOT_API_MODULE) this.forbiddenImport ??= requested;
        return requested;
      },
    );
    this.context = this.runtime.newContext();
  }

  /** Loads the bot: undefined when it is ready to play, else the load fault. */
  load(): RuntimeFault | undefined {
    return this.guard(() => {
      const fault = this.loadSteps();
      if (!fault) this.keepLoadedMemory();
      return fault;
    }, true);
  }

  /** Back to the bot as it was just loaded: its memory, its globals, all of it. */
  reset(): void {
    if (!this.loaded || this.disposed) throw new SandboxCrash('reset before the bot was loaded');
    new Uint8Array(this.memory.buffer).set(this.loaded);
    this.game = undefined;
    this.sent = {};
  }

  /**
   * Keeps the memory up to its last non-zero word (and a margin): everything above is
   * free to the allocator, which clears what it hands out with calloc, so what a game
   * leaves there does not matter.
   */
  private keepLoadedMemory(): void {
    // Cached by the context on first use: made now, so it lives in the kept memory.
    void this.context.global;
    const words = new Int32Array(this.memory.buffer);
    let last = words.length - 1;
    while (last > 0 && words[last] === 0) last--;
    const margin = 64 << 10;
    const end = Math.min(this.memory.buffer.byteLength, Math.ceil(((last + 1) * 4) / margin) * margin + margin);
    this.loaded = new Uint8Array(this.memory.buffer, 0, end).slice();
  }

  private loadSteps(): RuntimeFault | undefined {
    const ctx = this.context;
    // The prelude and the helper module are ours: generous fuel, the load stack.
    const prelude = this.evaluate(() => ctx.evalCode(PRELUDE, 'sandbox:prelude', { type: 'global', strict: true }), this.limits.loadFuel);
    if (!prelude.ok) return internal(prelude.fault);
    const host = ctx.newObject();
    const random = ctx.newFunction('random', () => ctx.newNumber(this.random()));
    const fuelLeft = ctx.newFunction('fuelLeft', () => ctx.newNumber(Math.max(0, this.fuelLeft)));
    ctx.setProp(host, 'random', random);
    ctx.setProp(host, 'fuelLeft', fuelLeft);
    const outside = ctx.newArray();
    OUTSIDE_NAMES.forEach((name, i) => {
      const text = ctx.newString(name);
      ctx.setProp(outside, i, text);
      text.dispose();
    });
    const args = [host, ctx.newNumber(FIXED_TIME), outside, ctx.newNumber(this.limits.maxResultChars), ctx.newNumber(MAX_LOG_CHARS)];
    const made = this.evaluate(() => ctx.callFunction(prelude.value, ctx.undefined, ...args), this.limits.loadFuel);
    for (const h of [prelude.value, random, fuelLeft, ...args]) h.dispose();
    if (!made.ok) return internal(made.fault);
    this.harness = made.value;
    for (const method of ['setGame', 'adopt', 'decide', 'explain', 'misconduct', 'drainLog']) this.methods.set(method, ctx.getProp(made.value, method));

    const api = this.evaluate(() => ctx.evalCode(this.program.botApi, BOT_API_MODULE, { type: 'module' }), this.limits.loadFuel);
    if (!api.ok) return internal(api.fault);
    this.api = api.value;

    // The student's module: parsed with the smaller load stack (QuickJS's parser uses far
    // more of the host's stack than its own limit counts), run on the load budget.
    this.runtime.setMaxStackSize(this.limits.loadStackBytes);
    const module = this.evaluate(() => ctx.evalCode(this.program.code, this.program.fileName, { type: 'module' }), this.limits.loadFuel);
    this.runtime.setMaxStackSize(this.limits.stackBytes);
    if (!module.ok) {
      if (this.forbiddenImport !== undefined) return importFault(this.forbiddenImport);
      // A SyntaxError while loading is almost always the parser's (the file does not parse).
      if (module.fault.code === 'THREW' && module.fault.message.startsWith('It threw SyntaxError'))
        return { code: 'SYNTAX_ERROR', message: clip(`${this.program.fileName}: ${module.fault.message.replace('It threw SyntaxError: ', '')}`), discard: true };
      return this.withMisconduct(module.fault, true);
    }
    if (this.forbiddenImport !== undefined) {
      module.value.dispose();
      return importFault(this.forbiddenImport);
    }
    const namespace = settled(ctx, module.value);
    if (!namespace.ok) return namespace.fault;
    const adopted = this.callHarness('adopt', [namespace.value], this.limits.loadFuel);
    namespace.value.dispose();
    if (!adopted.ok) return this.withMisconduct(adopted.fault, true);
    const misconduct = this.misconduct(true);
    if (misconduct) return misconduct;
    if (adopted.text.startsWith('N')) return { code: 'NO_BOT', message: `${this.program.fileName}: ${adopted.text.slice(1)}.`, discard: true };
    this.name = adopted.text.slice(1);
    return undefined;
  }

  /** One decision. `random` is this decision's seeded stream (the bot's ctx.random). */
  decide(kind: Kind, view: SideView, game: Game, random: () => number): Answer {
    return this.guard(() => {
      if (this.game !== game) {
        const data = this.newString(gameJson(game));
        if (!data) return { ok: false, fault: this.memoryFull() };
        const set = this.callHarness('setGame', [this.api ?? this.context.undefined, data], this.limits.loadFuel);
        data.dispose();
        if (!set.ok) return { ok: false, fault: internal(set.fault) };
        this.game = game;
      }
      this.random = random;
      const viewText = this.newString(this.leanView(view));
      const kindText = this.newString(kind);
      if (!viewText || !kindText) {
        viewText?.dispose();
        kindText?.dispose();
        return { ok: false, fault: this.memoryFull() };
      }
      const answer = this.callHarness('decide', [kindText, viewText], this.limits.fuelPerDecision);
      viewText.dispose();
      kindText.dispose();
      if (!answer.ok) return { ok: false, fault: this.withMisconduct(answer.fault, false) };
      const tag = answer.text.charAt(0);
      const body = answer.text.slice(1);
      if (tag === 'R') return { ok: true, text: body };
      if (tag === 'O' || tag === 'T') return { ok: false, fault: misconductFault(answer.text) };
      if (tag === 'L')
        return { ok: false, fault: { code: 'RESULT_TOO_LARGE', message: `It answered ${body} characters (at most ${this.limits.maxResultChars}).`, discard: false } };
      return { ok: false, fault: { code: 'BAD_RESULT', message: `It answered ${body}.`, discard: false } };
    }, true);
  }

  /** The bot's explanation of its last decision, or '' (any trouble: ''). */
  explain(): string {
    try {
      const text = this.callHarness('explain', [], this.limits.explainFuel);
      return text.ok && this.misconduct(false) === undefined ? text.text : '';
    } catch {
      return '';
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      for (const h of [this.harness, this.api, ...this.methods.values()]) if (h?.alive) h.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      // A runtime that cannot be freed is left to the garbage collector with its instance.
    }
  }

  /**
   * The view as JSON, lean: the four append-only logs go as their new entries only, since
   * the harness keeps the entries it was sent. An entry the engine shares from view to
   * view is the same object, so "already sent" is a reference check; anything else (a
   * hand-made view) is simply sent whole.
   */
  private leanView(view: SideView): string {
    const tails: Record<string, { from: number; items: readonly unknown[] }> = {};
    for (const name of LOG_NAMES) {
      const list = LOGS[name](view);
      const before = this.sent[name];
      let from = 0;
      if (before && before.length <= list.length) {
        from = before.length;
        for (let i = 0; i < from; i++)
          if (list[i] !== before[i]) {
            from = 0;
            break;
          }
      }
      tails[name] = { from, items: list.slice(from) };
      this.sent[name] = list;
    }
    const shallow = { ...view, publicLog: [], crisisHistory: [], me: { ...view.me, observations: [], ledger: [] } };
    return JSON.stringify({ view: shallow, tails });
  }

  /** Calls a harness method with string/handle arguments; its answer is a string. */
  private callHarness(method: string, args: QuickJSHandle[], fuel: number): { ok: true; text: string } | { ok: false; fault: RuntimeFault } {
    const harness = this.harness;
    if (!harness) return { ok: false, fault: { code: 'THREW', message: 'The bot is not loaded.', discard: true } };
    // Never fetched here: a handle made after the memory was kept would not survive a reset.
    const fn = this.methods.get(method);
    if (!fn) throw new SandboxCrash(`the harness has no method "${method}"`);
    const result = this.evaluate(() => this.context.callFunction(fn, harness, ...args), fuel);
    if (!result.ok) return result;
    const type = this.context.typeof(result.value);
    const text = type === 'string' ? this.context.getString(result.value) : '';
    result.value.dispose();
    return { ok: true, text };
  }

  /** Runs `step` on a fresh budget and turns an exception inside QuickJS into a fault. */
  private evaluate(step: () => { value?: QuickJSHandle; error?: QuickJSHandle }, fuel: number): { ok: true; value: QuickJSHandle } | { ok: false; fault: RuntimeFault } {
    this.fuelLeft = fuel;
    this.stoppedBy = undefined;
    this.deadline = now() + this.limits.backstopMs;
    const result = step();
    const stoppedBy = this.stoppedBy;
    if (result.error) {
      const fault = stoppedBy ? stopFault(stoppedBy, this.limits.backstopMs) : this.errorFault(result.error);
      result.error.dispose();
      return { ok: false, fault };
    }
    if (!result.value) return { ok: false, fault: { code: 'THREW', message: 'No answer.', discard: true } };
    return { ok: true, value: result.value };
  }

  /**
   * A string inside the sandbox, or undefined if it does not fit: a bot that kept its
   * memory full (catching its own out-of-memory errors) leaves no room for the next view.
   */
  private newString(text: string): QuickJSHandle | undefined {
    const handle = this.context.newString(text);
    if (this.context.typeof(handle) === 'string') return handle;
    handle.dispose();
    return undefined;
  }

  private memoryFull(): RuntimeFault {
    return { code: 'OUT_OF_MEMORY', message: `It kept its ${this.limits.memoryBytes >> 20} MiB of memory full.`, discard: true };
  }

  /** The bot's exception as a fault: out of memory, stack overflow, or what it threw. */
  private errorFault(error: QuickJSHandle): RuntimeFault {
    const { name, message } = this.readError(error);
    // When memory is exhausted, QuickJS cannot even make the error object: nothing to read,
    // and no room for a small string either.
    if (name === '' && message === '') {
      const probe = this.newString('x'.repeat(4096));
      if (!probe) return this.memoryFull();
      probe.dispose();
    }
    // A string past QuickJS's length limit is a memory bomb too (ropes make it cheap to reach).
    if (/out of memory|string too long/i.test(message) && (name === 'InternalError' || name === 'RangeError' || name === ''))
      return { code: 'OUT_OF_MEMORY', message: `It used up its ${this.limits.memoryBytes >> 20} MiB of memory.`, discard: true };
    if (/stack overflow|call stack size/i.test(message) && (name === 'InternalError' || name === 'RangeError'))
      return { code: 'STACK_OVERFLOW', message: 'It recursed too deeply (stack overflow).', discard: false };
    return { code: 'THREW', message: clip(`It threw ${name || 'a value'}${message ? `: ${message}` : ''}`), discard: false };
  }

  /** An error's name and message, read on the harness's small budget (a getter may loop). */
  private readError(error: QuickJSHandle): { name: string; message: string } {
    const ctx = this.context;
    this.fuelLeft = HARNESS_FUEL;
    this.stoppedBy = undefined;
    this.deadline = now() + this.limits.backstopMs;
    const read = (key: string): string => {
      try {
        const value = ctx.getProp(error, key);
        const text = ctx.typeof(value) === 'string' ? ctx.getString(value) : '';
        value.dispose();
        return text;
      } catch {
        return '';
      }
    };
    const type = ctx.typeof(error);
    if (type === 'object') return { name: read('name'), message: read('message') };
    if (type === 'string') return { name: '', message: ctx.getString(error) };
    return { name: '', message: type };
  }

  /** Tampering or reaching outside, found by the harness after a call. */
  private misconduct(everything: boolean): RuntimeFault | undefined {
    const found = this.callHarness('misconduct', [everything ? this.context.true : this.context.false], HARNESS_FUEL);
    return found.ok && found.text !== '' ? misconductFault(found.text) : undefined;
  }

  /** A call's fault, unless the bot also reached outside or tampered (which says more). */
  private withMisconduct(fault: RuntimeFault, everything: boolean): RuntimeFault {
    if (fault.code === 'TIMEOUT' || fault.code === 'OUT_OF_MEMORY') return fault;
    return this.misconduct(everything) ?? fault;
  }

  /**
   * Runs host-side work on this runtime and turns a failure of the instance itself (a
   * WebAssembly trap, the host's stack running out inside it) into a SandboxCrash.
   */
  private guard<T>(work: () => T, flushLog = false): T {
    if (this.disposed) throw new SandboxCrash('the runtime was disposed');
    try {
      return work();
    } catch (e) {
      throw new SandboxCrash(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    } finally {
      if (this.onLog && flushLog) this.flushLog();
    }
  }

  private flushLog(): void {
    try {
      const log = this.callHarness('drainLog', [], HARNESS_FUEL);
      if (log.ok && log.text) this.onLog?.(log.text);
    } catch {
      // Logs are a courtesy to the bot's author; losing one is no fault.
    }
  }
}

/** The harness's report of misconduct ('O' + what it reached for, 'T' + what it changed) as a fault. */
function misconductFault(report: string): RuntimeFault {
  const what = report.slice(1);
  if (report.startsWith('O')) return { code: 'REACHED_OUTSIDE', message: `It reached for ${what}, which does not exist in the sandbox.`, discard: false };
  return { code: 'TAMPERING', message: `It changed a built-in: ${what}.`, discard: true };
}

function stopFault(stoppedBy: 'fuel' | 'clock', backstopMs: number): RuntimeFault {
  return stoppedBy === 'fuel'
    ? { code: 'OUT_OF_FUEL', message: 'It ran out of fuel (its CPU budget): an endless or too long computation.', discard: false }
    : { code: 'TIMEOUT', message: `It ran for more than ${backstopMs} ms of wall-clock time, beyond what its fuel should allow.`, discard: true };
}

function importFault(name: string): RuntimeFault {
  return { code: 'FORBIDDEN_IMPORT', message: clip(`It imports "${name}"; a bot may import only "${BOT_API_MODULE}".`), discard: true };
}

/** A failure in our own code (prelude, helpers) is reported as it is, loudly. */
function internal(fault: RuntimeFault): RuntimeFault {
  return { ...fault, discard: true };
}

/** A module's namespace, or a fault if its evaluation is still pending (top-level await). */
function settled(ctx: QuickJSContext, value: QuickJSHandle): { ok: true; value: QuickJSHandle } | { ok: false; fault: RuntimeFault } {
  const state = ctx.getPromiseState(value);
  if (state.type === 'fulfilled') {
    if (state.notAPromise) return { ok: true, value };
    value.dispose();
    return { ok: true, value: state.value };
  }
  if (state.type === 'rejected') state.error.dispose();
  value.dispose();
  return { ok: false, fault: { code: 'NO_BOT', message: 'Its module waits (top-level await): a bot must load at once.', discard: true } };
}
