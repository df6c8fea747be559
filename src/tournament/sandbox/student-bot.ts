/**
 * A student's bot file as an ordinary, synchronous Bot (src/bots/types.ts), so
 * src/match/play.ts plays it like any other. Each bot seat (Blue, Red) has its own
 * QuickJS WebAssembly instance with a fixed memory, the bot loaded in it once; each game
 * starts from that freshly loaded bot. A decision that goes wrong becomes "no orders" (or
 * "hold") and a fault on the bot's `faults`; the game goes on.
 *
 * The bots a factory makes play one game per side at a time, as in a tournament or the
 * simulator: a newer bot taking a seat starts afresh, and the one that sat there before
 * would start afresh too if it were asked again.
 */
import type { CrisisChoice, Order, Side, SideView } from '../../engine/index.ts';
import type { Bot, BotContext } from '../../bots/types.ts';
import { readCrisisChoice, readOrders } from './answers.ts';
import { BotRuntime, SandboxCrash } from './bot-runtime.ts';
import type { RuntimeFault } from './bot-runtime.ts';
import { DISQUALIFYING, clip } from './faults.ts';
import type { FaultPhase, SandboxFault } from './faults.ts';
import { newInstance } from './instance.ts';
import type { Instance } from './instance.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import type { SandboxLimits } from './limits.ts';
import { botSource } from './source.ts';

export interface SandboxOptions extends Partial<SandboxLimits> {
  /** The bundled `security-dilemma/bot` module (see bot-api-bundle.ts). */
  botApi: string;
  /** The compiled QuickJS WebAssembly module (compile once per thread). */
  wasmModule: WebAssembly.Module;
  /** The bot's console output, if anyone wants it (by default it goes nowhere). */
  onLog?: (text: string) => void;
  /** Every fault as it happens (each bot also keeps its own in `faults`). */
  onFault?: (fault: SandboxFault) => void;
  /**
   * 'record' (the default): a fault is only kept in the bot's `faults`, and the decision
   * quietly becomes no orders / hold. 'exceptions': the bot also throws a SandboxFaultError,
   * so src/match/play.ts counts the fault with its reason among the game's faults (and
   * plays no orders / hold, as for any bot that throws) — what a tournament wants.
   */
  faultsAs?: 'record' | 'exceptions';
  /**
   * Called on every decision once the bot is disqualified (TIMEOUT, CRASHED), before
   * anything else; a tournament throws its own Disqualification from it.
   */
  onDisqualified?: (fault: SandboxFault) => void;
}

/** A fault, thrown when SandboxOptions.faultsAs is 'exceptions'. */
export class SandboxFaultError extends Error {
  override readonly name = 'SandboxFault';
  constructor(readonly fault: SandboxFault) {
    super(`${fault.code} — ${fault.message}`);
  }
}

/** A sandboxed bot: a Bot, and the faults it committed in its game. */
export interface SandboxedBot extends Bot {
  readonly faults: readonly SandboxFault[];
}

/** Makes a fresh sandboxed bot for each game. */
export interface StudentBotFactory {
  (): SandboxedBot;
  /** The bot's own name (its `name`), or the file's name if it has none or cannot load. */
  readonly botName: string;
  readonly fileName: string;
  /** Why the file cannot make a bot (every decision then faults with this code), if so. */
  readonly loadFault: SandboxFault | undefined;
  /** Set once the bot had to be stopped by the wall clock or crashed its instance: it plays no more. */
  readonly disqualification: SandboxFault | undefined;
  /** Frees the instances (the factory makes no more bots after this). */
  dispose(): void;
}

/** A bot seat (Blue or Red): an instance with the bot loaded, and the bot playing in it now. */
interface Seat {
  /** Undefined once its instance has crashed or been disposed. */
  runtime: BotRuntime | undefined;
  holder: StudentBot | undefined;
  /** True while the runtime is exactly as loaded (no reset needed before the next game). */
  fresh: boolean;
}

/** Random numbers while a module loads (Math.random at its top level): the same every time. */
function loadRandom(): () => number {
  let a = 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "bots/my-bot.ts" → "my-bot". */
function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '') || 'student bot';
}

/** A printable bot name: one line, at most 40 characters. */
function cleanName(name: string, fallback: string): string {
  const one = name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40);
  return one === '' ? fallback : one;
}

class Entry {
  botName: string;
  loadFault: SandboxFault | undefined;
  disqualification: SandboxFault | undefined;
  disposed = false;
  readonly limits: SandboxLimits;
  readonly seats: Record<Side, Seat> = {
    blue: { runtime: undefined, holder: undefined, fresh: false },
    red: { runtime: undefined, holder: undefined, fresh: false },
  };

  constructor(
    readonly fileName: string,
    readonly options: SandboxOptions,
  ) {
    this.botName = baseName(fileName);
    this.limits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof SandboxLimits)[]) {
      const value = options[key];
      if (typeof value === 'number') this.limits[key] = value;
    }
  }

  /** Loads the bot into a seat's instance; the load fault if it cannot. */
  boot(side: Side, instance: Instance, code: string): RuntimeFault | undefined {
    const program = { code, fileName: this.fileName, botApi: this.options.botApi };
    const runtime = new BotRuntime(instance.quickjs, instance.memory, program, this.limits, loadRandom(), this.options.onLog);
    const fault = runtime.load();
    if (fault) {
      runtime.dispose();
      return fault;
    }
    this.seats[side] = { runtime, holder: undefined, fresh: true };
    if (side === 'blue') this.botName = cleanName(runtime.name, this.botName);
    return undefined;
  }

  disqualify(fault: SandboxFault): void {
    this.disqualification ??= fault;
  }

  dispose(): void {
    this.disposed = true;
    for (const seat of Object.values(this.seats)) {
      seat.runtime?.dispose();
      seat.runtime = undefined;
      seat.holder = undefined;
    }
  }
}

class StudentBot implements SandboxedBot {
  readonly name: string;
  readonly faults: SandboxFault[] = [];
  private seat: Seat | undefined;
  private lastSide: Side | undefined;
  private lastTurn: number | undefined;

  constructor(private readonly entry: Entry) {
    this.name = entry.botName;
  }

  chooseOrders(view: SideView, ctx: BotContext): Order[] {
    const text = this.decide('orders', view, ctx);
    if (text === undefined) return [];
    const orders = readOrders(text, ctx.game, view);
    if (orders.ok) return orders.value;
    this.fault({ code: orders.code, message: orders.message, discard: false }, 'orders');
    return [];
  }

  chooseCrisis(view: SideView, ctx: BotContext): CrisisChoice {
    const text = this.decide('crisis', view, ctx);
    if (text === undefined) return 'hold';
    const choice = readCrisisChoice(text);
    if (choice.ok) return choice.value;
    this.fault({ code: choice.code, message: choice.message, discard: false }, 'crisis');
    return 'hold';
  }

  explain(): string {
    const runtime = this.seat?.holder === this ? this.seat.runtime : undefined;
    if (!runtime || this.entry.disqualification) return '';
    return runtime.explain();
  }

  /** The bot's answer as JSON text, or undefined after a fault (recorded). */
  private decide(kind: 'orders' | 'crisis', view: SideView, ctx: BotContext): string | undefined {
    this.lastSide = view.side;
    this.lastTurn = view.turn;
    const entry = this.entry;
    if (entry.loadFault) return this.fault({ code: entry.loadFault.code, message: entry.loadFault.message, discard: false }, 'load');
    if (entry.disqualification)
      return this.fault({ code: 'DISQUALIFIED', message: `Disqualified earlier (${entry.disqualification.code}).`, discard: false }, kind);
    const seat = entry.seats[view.side];
    const runtime = seat.runtime;
    if (!runtime) return this.fault({ code: 'CRASHED', message: 'Its instance is gone.', discard: false }, kind);
    try {
      if (seat.holder !== this) {
        // A new game in this seat: the bot starts as freshly loaded.
        if (!seat.fresh) runtime.reset();
        seat.holder = this;
        this.seat = seat;
      }
      seat.fresh = false;
      const answer = runtime.decide(kind, view, ctx.game, ctx.random);
      if (answer.ok) return answer.text;
      if (answer.fault.discard) {
        runtime.reset();
        seat.fresh = true;
      }
      return this.fault(answer.fault, kind);
    } catch (e) {
      if (!(e instanceof SandboxCrash)) throw e;
      runtime.dispose();
      seat.runtime = undefined;
      return this.fault({ code: 'CRASHED', message: clip(`Its WebAssembly instance failed (${e.message}).`), discard: true }, kind);
    }
  }

  private fault(fault: RuntimeFault, phase: FaultPhase): undefined {
    const record: SandboxFault = { code: fault.code, phase, message: fault.message };
    if (this.lastSide) record.side = this.lastSide;
    if (this.lastTurn !== undefined) record.turn = this.lastTurn;
    this.faults.push(record);
    const options = this.entry.options;
    if (DISQUALIFYING.includes(fault.code)) this.entry.disqualify(record);
    options.onFault?.(record);
    if (this.entry.disqualification) options.onDisqualified?.(this.entry.disqualification);
    if (options.faultsAs === 'exceptions') throw new SandboxFaultError(record);
    return undefined;
  }
}

/**
 * Prepares a student's bot file: transpiles it, makes its two instances, and loads it
 * once to find out whether it makes a bot at all (loading is deterministic: a file that
 * fails once fails every time, with the same fault).
 */
export async function createStudentBotFactory(source: string, fileName: string, options: SandboxOptions): Promise<StudentBotFactory> {
  const entry = new Entry(fileName, options);
  const prepared = botSource(source, fileName);
  if (!prepared.ok) entry.loadFault = prepared.fault;
  else {
    const [blue, red] = await Promise.all([newInstance(options.wasmModule, entry.limits.memoryBytes), newInstance(options.wasmModule, entry.limits.memoryBytes)]);
    try {
      // Loading is deterministic: if Blue's seat cannot load the bot, Red's would fail alike.
      const fault = entry.boot('blue', blue, prepared.code) ?? entry.boot('red', red, prepared.code);
      if (fault) entry.loadFault = { code: fault.code, phase: 'load', message: fault.message };
    } catch (e) {
      if (!(e instanceof SandboxCrash)) throw e;
      entry.loadFault = { code: 'CRASHED', phase: 'load', message: clip(`Its WebAssembly instance failed while loading (${e.message}).`) };
    }
  }
  if (entry.loadFault && DISQUALIFYING.includes(entry.loadFault.code)) entry.disqualify(entry.loadFault);

  const factory = (): SandboxedBot => {
    if (entry.disposed) throw new Error(`the sandbox for ${fileName} has been disposed`);
    return new StudentBot(entry);
  };
  // Getters, not copies: a disqualification can come later, in any game.
  Object.defineProperties(factory, {
    botName: { get: () => entry.botName },
    fileName: { value: fileName },
    loadFault: { get: () => entry.loadFault },
    disqualification: { get: () => entry.disqualification },
    dispose: { value: () => entry.dispose() },
  });
  return factory as StudentBotFactory;
}
