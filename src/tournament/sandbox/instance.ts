/**
 * QuickJS WebAssembly instances, one per bot seat, each with its own fixed memory.
 *
 * The memory cap is the instance's WebAssembly.Memory with `initial` = `maximum`: the
 * instance cannot grow it, so a memory bomb ends as QuickJS's out-of-memory error
 * whatever it allocates (QuickJS's own setMemoryLimit alone does not hold the
 * WebAssembly memory). Compiling the module is the slow part (~20 ms) and is done once
 * per thread; an instance then takes ~6 ms. Making an instance is asynchronous, so
 * instances are made before play; during play a bot is only ever reset inside its
 * instance, which is synchronous (see BotRuntime.reset).
 */
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

const PAGE = 64 << 10;

export interface Instance {
  quickjs: QuickJSWASMModule;
  memory: WebAssembly.Memory;
}

/**
 * Emscripten copies an environment into the instance's memory as it starts: the program's
 * name (the script's path, in Node) and LANG (from navigator.language, in a browser or a
 * recent Node). Its length would shift every later allocation by a few bytes from one
 * machine, folder or browser language to the next — and with them the exact point where
 * a bot's memory runs out. Both are pinned while an instance starts, so that point is the
 * same everywhere. (Instances start one at a time, as the pin is global for a moment.)
 */
const STARTUP_OPTIONS = { thisProgram: 'bot' } as Record<string, unknown>;
let starting: Promise<unknown> = Promise.resolve();

async function withoutNavigator<T>(start: () => Promise<T>): Promise<T> {
  const global = globalThis as { navigator?: unknown };
  const own = Object.getOwnPropertyDescriptor(global, 'navigator');
  Object.defineProperty(global, 'navigator', { value: undefined, configurable: true, writable: true });
  try {
    return await start();
  } finally {
    if (own) Object.defineProperty(global, 'navigator', own);
    else delete global.navigator;
  }
}

/** A new QuickJS instance on its own fixed, non-growable memory. */
export function newInstance(wasmModule: WebAssembly.Module, memoryBytes: number): Promise<Instance> {
  const pages = Math.ceil(memoryBytes / PAGE);
  const make = async (): Promise<Instance> => {
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const variant = newVariant(releaseSync, { wasmModule, wasmMemory: memory, emscriptenModule: STARTUP_OPTIONS });
    const quickjs = await withoutNavigator(() => newQuickJSWASMModuleFromVariant(variant));
    return { quickjs, memory };
  };
  const next = starting.then(make, make);
  starting = next.catch(() => undefined);
  return next;
}
