/**
 * The Strategist's clock, in milliseconds: performance.now() where the platform has it
 * (browsers, workers, Node), read through globalThis so this module type-checks without
 * DOM or Node typings (the bots' DOM-free tsconfig). Only the AI's time budget uses it;
 * the engine never reads a clock.
 */
interface Performance {
  now(): number;
}

const performance = (globalThis as unknown as { performance?: Performance }).performance;

export const clock: () => number = performance ? () => performance.now() : () => Date.now();
