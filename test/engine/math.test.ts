/**
 * The engine's own log, exp and cos give fixed bits (fdlibm's), whatever engine runs
 * them: a game played in a browser tab ends exactly as on the command line. The browser
 * half of that is checked end to end (test/e2e/bot-tournament.test.ts: the page's
 * tournament digest equals the command line's).
 */
import { describe, expect, it } from 'vitest';
import { cos, exp, log } from '../../src/engine/math.ts';

/** fdlibm's results, bit for bit (JSON round-trips a double exactly). */
const LOG: [number, number][] = [[0.1, -2.3025850929940455], [0.37, -0.994252273343867], [2.5, 0.9162907318741551], [0.00001, -11.512925464970229], [123.456, 4.815884817283264], [0.999999, -0.000001000000500029089]];
const EXP: [number, number][] = [[-30, 9.357622968840175e-14], [-2.2, 0.11080315836233387], [-0.3, 0.7408182206817179], [0.7, 2.0137527074704766], [5.5, 244.69193226422038], [40, 235385266837019970]];
const COS: [number, number][] = [[0.2, 0.9800665778412416], [1.1, 0.4535961214255773], [2.9, -0.9709581651495905], [4.4, -0.30733286997841935], [6.1, 0.9832684384425845], [100, 0.8623188722876839]];

describe('deterministic log, exp and cos', () => {
  it('give fdlibm’s bits', () => {
    for (const [x, y] of LOG) expect(log(x)).toBe(y);
    for (const [x, y] of EXP) expect(exp(x)).toBe(y);
    for (const [x, y] of COS) expect(cos(x)).toBe(y);
  });

  it('handle the edges as Math does', () => {
    for (const x of [0, -0, 1, -1, Infinity, -Infinity, NaN, 1e-320, 709.7, 709.8, -745.2, -745.1, Math.PI / 2, -Math.PI / 2, Math.PI])
      for (const [mine, theirs] of [
        [log, Math.log],
        [exp, Math.exp],
        [cos, Math.cos],
      ] as const) {
        const a = mine(x);
        const b = theirs(x);
        if (Number.isNaN(b) || !Number.isFinite(b) || b === 0) expect(a).toBe(b);
        else expect(Math.abs(a - b) / Math.abs(b)).toBeLessThan(1e-15);
      }
  });

  it('are within an ulp of Math everywhere the game uses them', () => {
    let a = 99;
    const random = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    for (let i = 0; i < 20_000; i++) {
      const r = random();
      const near = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(Math.abs(y) * 2.3e-16);
      near(log(r * 100 + 1e-9), Math.log(r * 100 + 1e-9));
      near(exp(r * 60 - 30), Math.exp(r * 60 - 30));
      near(cos(r * 2 * Math.PI), Math.cos(r * 2 * Math.PI));
    }
  });
});
