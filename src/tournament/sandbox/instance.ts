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

/** A new QuickJS instance on its own fixed, non-growable memory. */
export async function newInstance(wasmModule: WebAssembly.Module, memoryBytes: number): Promise<Instance> {
  const pages = Math.ceil(memoryBytes / PAGE);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmModule, wasmMemory: memory }));
  return { quickjs, memory };
}
