/**
 * The rules engine, bots (and security-dilemma/bot, the module student bots import), match
 * runner and tournament cores (bots and class) are pure: no browser, no Node,
 * no howler or Phaser, no Math.random and no Date (tsconfig.engine.json also type-checks
 * them without DOM or Node types). A regression here would make games unreplayable or
 * leak secrets, or keep the class page from running a tournament in a Web Worker. The
 * tournament's Node runner (src/tournament/node: threads, files) and the sandbox that runs
 * students' bots (src/tournament/sandbox) are left out.
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

const PURE = ['src/engine', 'src/bots', 'src/bot-api', 'src/match', 'src/tournament'];
/**
 * Left out: the Node runner, and the sandbox for students' bots, which adapts to Node or
 * the browser (WebAssembly, a wall-clock backstop) — the bots inside it see no clock.
 */
const NODE_ONLY = ['src/tournament/node/', 'src/tournament/sandbox/'];
const FORBIDDEN: [RegExp, string][] = [
  [/Math\.random\s*\(/, 'Math.random (use the seeded dice)'],
  [/\bnew Date\b|\bDate\.now\s*\(/, 'Date (the engine has no clock)'],
  [/performance\.now\s*\(/, 'performance.now (the engine has no clock)'],
  [/from\s+['"](phaser|howler|node:[a-z_]+|fs|path|os|child_process)['"]/, 'a browser or Node import'],
  [/\b(window|document|localStorage|process)\./, 'a browser or Node global'],  // Engines differ in the last bit of these (Node and Chromium do): the engine's math.ts gives the same bits everywhere.
  [/Math\.(log|exp|cos|sin|tan|pow|atan2?|tanh|log1p|expm1|sinh|cosh|cbrt|hypot)\s*\(/, 'a Math function engines compute differently (use log, exp, cos from engine/math.ts)'],
];
/** The one file allowed to call them: where its own ports leave a range uncovered. */
const MATH_OK = ['src/engine/math.ts'];

describe('purity of the rules', () => {
  for (const dir of PURE)
    for (const file of files(dir).filter((f) => !NODE_ONLY.some((prefix) => f.startsWith(prefix))))
      it(`${file} uses nothing impure`, () => {
        const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const [pattern, what] of FORBIDDEN) if (!(MATH_OK.includes(file) && what.startsWith('a Math'))) expect(pattern.test(source), `${file} uses ${what}`).toBe(false);
      });
});
