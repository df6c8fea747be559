/**
 * A bot file run directly in this JavaScript engine, WITHOUT the sandbox: for trusted
 * files only — the shipped examples — to measure what the sandbox costs and to check that
 * it changes nothing (same seed, same game). Never give it a student's file.
 */
import { transform } from 'sucrase';
import * as botApi from '../../bot-api/index.ts';
import type { Bot } from '../../bots/types.ts';
import { BOT_API_MODULE } from './bot-runtime.ts';
import { botSource } from './source.ts';

/** A factory of bots from a trusted bot file (throws if the file is broken). */
export function loadTrustedBot(source: string, fileName: string): () => Bot {
  const prepared = botSource(source, fileName);
  if (!prepared.ok) throw new Error(prepared.fault.message);
  // ES module → CommonJS, so the one import can be handed in without a module loader.
  const { code } = transform(prepared.code, { transforms: ['imports'], filePath: fileName });
  const module: { exports: Record<string, unknown> } = { exports: {} };
  const require = (name: string): unknown => {
    if (name === BOT_API_MODULE) return botApi;
    throw new Error(`${fileName}: a bot may import only "${BOT_API_MODULE}", not "${name}"`);
  };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  const exported = module.exports.default;
  return () => (typeof exported === 'function' ? (exported as () => Bot)() : (exported as Bot));
}
