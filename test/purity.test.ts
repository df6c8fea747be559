/**
 * The rules engine, bots and match runner are pure: no browser, no Node, no howler or
 * Phaser, no Math.random and no Date (tsconfig.engine.json also type-checks them without
 * DOM or Node types). A regression here would make games unreplayable or leak secrets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const PURE = ['src/engine', 'src/bots', 'src/bot-api', 'src/match'];
const FORBIDDEN: [RegExp, string][] = [
  [/Math\.random\s*\(/, 'Math.random (use the seeded dice)'],
  [/\bnew Date\b|\bDate\.now\s*\(/, 'Date (the engine has no clock)'],
  [/performance\.now\s*\(/, 'performance.now (the engine has no clock)'],
  [/from\s+['"](phaser|howler|node:[a-z_]+|fs|path|os|child_process)['"]/, 'a browser or Node import'],
  [/\b(window|document|localStorage|process)\./, 'a browser or Node global'],
];

describe('purity of the rules', () => {
  for (const dir of PURE)
    for (const file of files(dir))
      it(`${file} uses nothing impure`, () => {
        const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const [pattern, what] of FORBIDDEN) expect(pattern.test(source), `${file} uses ${what}`).toBe(false);
      });
});
