/**
 * Payoffs and scoring (DESIGN §7): security from *perceived* hostility and perceived
 * postures, prosperity, influence, targets; the ledger's totals weighted by the side's
 * actual intent; the outcome against the scenario's pars and mutual security.
 */
import { describe, expect, it } from 'vitest';
import { newGame, outcome } from '../../src/engine/index.ts';
import type { GameState, Intent, ParTable, Side } from '../../src/engine/index.ts';
import { PROSPERITY, SCORE_WEIGHTS, THREAT_WEIGHT } from '../../src/engine/rules.ts';
import { QUIET, fixtureGame, lastLine, ok, playRandomGame, regionIndex, seeded, start, turn } from '../helpers.ts';

const EVENTFUL = fixtureGame();

/** Everything read as it is, no treaty: perceived postures are the true ones. */
const CLEAR = { settings: { distinguishability: 1, noise: 0 }, treaties: [] as [] };
const value = (id: string) => QUIET.values[regionIndex(QUIET, id)] ?? NaN;
/** With no rival orders a belief stays at its prior (forgetting pulls it there). */
const p = (prior: number) => prior;

describe('security', () => {
  it('is −p · Σ value · X / (1 + ½·D) over the side’s home and member regions (worked example)', () => {
    const s1 = turn(QUIET, start(QUIET, CLEAR));
    // Blue's only exposed region is Poland (2 own units) facing Belarus (1 offensive + 1 defensive).
    const blueX = 1 * THREAT_WEIGHT.offensive + 1 * THREAT_WEIGHT.defensive;
    expect(lastLine(s1, 'blue').security).toBeCloseTo((-p(0.4) * value('poland') * blueX) / (1 + 0.5 * 2), 12);
    // Red is exposed in Kaliningrad (no own units) and Belarus (2), both next to Poland's 2 defensive units.
    const redX = 2 * THREAT_WEIGHT.defensive;
    const red = -p(0.5) * ((value('kaliningrad') * redX) / 1 + (value('belarus') * redX) / (1 + 0.5 * 2));
    expect(lastLine(s1, 'red').security).toBeCloseTo(red, 12);
  });

  it('scales with perceived hostility: the same forces cost twice as much to a side twice as suspicious', () => {
    const trusting = turn(QUIET, start(QUIET, { settings: { 'blue.priorHostility': 0.3 } }));
    const fearful = turn(QUIET, start(QUIET, { settings: { 'blue.priorHostility': 0.6 } }));
    expect(lastLine(trusting, 'blue').security).toBeLessThan(0);
    expect(lastLine(fearful, 'blue').security / lastLine(trusting, 'blue').security).toBeCloseTo(2, 9);
  });

  it('counts units seen offensive more than unknown ones (weighted by ω), and those more than units seen defensive', () => {
    const facing = (posture: 'offensive' | 'defensive') =>
      fixtureGame((s) => {
        s.regions.belarus!.forces = { red: { [posture]: 2 } };
      }, { quiet: true });
    const seenOffensive = turn(facing('offensive'), start(facing('offensive'), CLEAR));
    const seenDefensive = turn(facing('defensive'), start(facing('defensive'), CLEAR));
    const unseen = (omega: number) =>
      turn(facing('offensive'), start(facing('offensive'), { settings: { distinguishability: 0, noise: 0, offenseAdvantage: omega }, treaties: [] }));
    const sec = (s: GameState) => lastLine(s, 'blue').security;
    expect(sec(seenOffensive)).toBeLessThan(sec(unseen(0.6)));
    expect(sec(unseen(0.6))).toBeLessThan(sec(unseen(0.3)));
    expect(sec(unseen(0.3))).toBeLessThan(sec(seenDefensive));
    expect(sec(unseen(0.6)) / sec(seenOffensive)).toBeCloseTo(0.6 / THREAT_WEIGHT.offensive, 9);
  });
});

describe('prosperity, influence and targets', () => {
  it('prosperity = economy − ½ per unit − sanctions + 3·(1 − tension/10)', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0);
    const units = (side: Side) => s0.sides[side].forces.reduce((n, f) => n + f.defensive + f.offensive + f.missileDefense + f.strikeMissiles, 0);
    for (const side of ['blue', 'red'] as const) {
      const expected = s0.sides[side].economy - PROSPERITY.upkeepPerUnit * units(side) + PROSPERITY.tradeCalm * (1 - s0.tension / 10);
      expect(lastLine(s1, side).prosperity).toBeCloseTo(expected, 12);
    }
  });

  it('influence = Σ over non-home regions of value · alignment towards the side / 3 (warm-water ports worth one more to Red)', () => {
    const s1 = turn(QUIET, start());
    // Blue: Poland 3, Baltics 2, West Ukraine 1, Central Ukraine 1.
    const blue = (3 * value('poland') + 2 * value('baltics') + value('west_ukraine') + value('central_ukraine')) / 3;
    // Red: Belarus 3, East Ukraine 1, Crimea 1 (a warm-water port).
    const red = (3 * value('belarus') + value('east_ukraine') + (value('crimea') + 1)) / 3;
    expect(lastLine(s1, 'blue').influence).toBeCloseTo(blue, 12);
    expect(lastLine(s1, 'red').influence).toBeCloseTo(red, 12);
  });

  it('targets count the side’s coveted regions held at alignment 2 or more', () => {
    const s1 = turn(QUIET, start());
    expect(lastLine(s1, 'red').targets).toBe(0);
    const s2 = turn(QUIET, s1, [], [{ type: 'support', region: 'east_ukraine' }]);
    expect(lastLine(s2, 'red').targets).toBe(value('east_ukraine'));
  });
});

describe('the score', () => {
  it('each ledger line totals its payoffs weighted by the side’s actual intent, and the score sums the lines', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const intents: Record<Side, Intent> = seed % 2 ? { blue: 'security', red: 'revisionist' } : { blue: 'revisionist', red: 'security' };
      const s = playRandomGame(EVENTFUL, { seed, intents }, seeded(seed));
      for (const side of ['blue', 'red'] as const) {
        const w = SCORE_WEIGHTS[s.sides[side].intent];
        let sum = 0;
        for (const line of s.sides[side].ledger) {
          const expected = w.security * line.security + w.prosperity * line.prosperity + w.influence * line.influence + w.targets * line.targets + line.war;
          expect(line.total).toBeCloseTo(expected, 9);
          sum += line.total;
        }
        expect(s.sides[side].score).toBeCloseTo(sum, 9);
      }
    }
  });

  it('a peaceful game is scored once per turn, for every turn of the scenario', () => {
    let s = start();
    while (s.phase !== 'over') s = turn(QUIET, s);
    expect(s.turn).toBe(QUIET.scenario.turns);
    for (const side of ['blue', 'red'] as const) expect(s.sides[side].ledger.map((l) => l.turn)).toEqual(Array.from({ length: QUIET.scenario.turns }, (_, i) => i + 1));
  });
});

describe('outcome', () => {
  /** Pars by side and own intent, the same whatever the rival's intent. */
  const withPars = (pars: Record<Side, Record<Intent, number>>, rivalMatters?: ParTable) =>
    fixtureGame((s) => {
      // The whole par in the first year, nothing after: the sum over a peaceful game is the par.
      const years = (x: number) => Array.from({ length: s.turns }, (_, i) => (i === 0 ? x : 0));
      const flat = (side: Side, intent: Intent) => ({ security: years(pars[side][intent]), revisionist: years(pars[side][intent]) });
      s.pars = rivalMatters ?? {
        blue: { security: flat('blue', 'security'), revisionist: flat('blue', 'revisionist') },
        red: { security: flat('red', 'security'), revisionist: flat('red', 'revisionist') },
      };
    }, { quiet: true });

  function played(game = QUIET): GameState {
    let s = newGame(game, { seed: 4, intents: { blue: 'security', red: 'revisionist' } });
    while (s.phase !== 'over') s = turn(game, s, [{ type: 'assure' }], s.turn === 1 ? [{ type: 'support', region: 'crimea' }] : []);
    return s;
  }

  it('is refused before the game is over (NOT_OVER)', () => {
    const r = outcome(QUIET, start());
    expect(r.ok || r.error.code).toBe('NOT_OVER');
  });

  it('achievement is score minus the scenario’s par for the side’s actual intent; the higher achievement wins', () => {
    const game = withPars({ blue: { security: 50, revisionist: -999 }, red: { security: -999, revisionist: 20 } });
    const s = played(game);
    const o = ok(outcome(game, s));
    expect(o.sides.blue).toMatchObject({ intent: 'security', par: 50, score: s.sides.blue.score });
    expect(o.sides.red).toMatchObject({ intent: 'revisionist', par: 20, score: s.sides.red.score });
    expect(o.sides.blue.achievement).toBeCloseTo(s.sides.blue.score - 50, 9);
    expect(o.sides.red.achievement).toBeCloseTo(s.sides.red.score - 20, 9);
    expect(o.winner).toBe(o.mutualSecurity || o.verdict === 'sharedFailure' ? 'draw' : o.sides.blue.achievement > o.sides.red.achievement ? 'blue' : 'red');
    // One side above its par and the other below: the one above wins, whichever side it is.
    const favourRed = withPars({ blue: { security: 1000, revisionist: 0 }, red: { security: 0, revisionist: -1000 } });
    expect(ok(outcome(favourRed, played(favourRed))).winner).toBe('red');
    const favourBlue = withPars({ blue: { security: -1000, revisionist: 0 }, red: { security: 0, revisionist: 1000 } });
    expect(ok(outcome(favourBlue, played(favourBlue))).winner).toBe('blue');
  });

  it('achievements within 2 points of each other are a dead heat (a draw)', () => {
    const s = played();
    // Blue half a point above its par, Red 1 (then 2) points below its own.
    const close = withPars({ blue: { security: s.sides.blue.score - 0.5, revisionist: 0 }, red: { security: 0, revisionist: s.sides.red.score + 1 } });
    const o = ok(outcome(close, played(close)));
    expect(o.sides.blue.achievement - o.sides.red.achievement).toBeCloseTo(1.5, 9);
    expect(o.winner).toBe('draw');
    expect(o.verdict).toBe('draw');
    const clear = withPars({ blue: { security: s.sides.blue.score - 0.5, revisionist: 0 }, red: { security: 0, revisionist: s.sides.red.score + 2 } });
    expect(ok(outcome(clear, played(clear))).winner).toBe('blue');
  });

  it('a shared failure: no war and both sides below par is a draw, however far apart, said in words', () => {
    const s = played();
    const gap = s.sides.blue.score - s.sides.red.score;
    // Both far below par, Red 100 points further than Blue.
    const hard = withPars({ blue: { security: 1000, revisionist: 0 }, red: { security: 0, revisionist: 1000 - gap + 100 } });
    const o = ok(outcome(hard, played(hard)));
    expect(o.war).toBe(false);
    expect(o.sides.blue.achievement - o.sides.red.achievement).toBeCloseTo(100, 9);
    expect(o.verdict).toBe('sharedFailure');
    expect(o.winner).toBe('draw');
    expect(o.mutualSecurity).toBe(false);
    expect(o.summary).toMatch(/^A shared failure: no war, but neither side .* neither won it\. Blue came closer to its par\. Blue ended [\d.]+ points below par, Red [\d.]+ points below par\.$/);
  });

  it('the par is the one for the rival the side actually faced', () => {
    const y = (x: number) => Array.from({ length: QUIET.scenario.turns }, (_, i) => (i === 0 ? x : 0));
    const table: ParTable = {
      blue: { security: { security: y(1), revisionist: y(2) }, revisionist: { security: y(3), revisionist: y(4) } },
      red: { security: { security: y(5), revisionist: y(6) }, revisionist: { security: y(7), revisionist: y(8) } },
    };
    const game = withPars({ blue: { security: 0, revisionist: 0 }, red: { security: 0, revisionist: 0 } }, table);
    const o = ok(outcome(game, played(game)));
    // Blue is a security seeker facing a revisionist; Red a revisionist facing a security seeker.
    expect(o.sides.blue.par).toBe(2);
    expect(o.sides.red.par).toBe(7);
  });

  it('mutual security: no war and both sides at or above par, said in words as a shared success', () => {
    const easy = withPars({ blue: { security: -1000, revisionist: -1000 }, red: { security: -1000, revisionist: -1000 } });
    const shared = ok(outcome(easy, played(easy)));
    expect(shared.mutualSecurity).toBe(true);
    expect(shared.verdict).toBe('mutualSecurity');
    // A shared success: neither side beat the other.
    expect(shared.winner).toBe('draw');
    expect(shared.summary).toMatch(/^Mutual security: .*success they share/);
    const hardForRed = withPars({ blue: { security: -1000, revisionist: -1000 }, red: { security: 1000, revisionist: 1000 } });
    const o = ok(outcome(hardForRed, played(hardForRed)));
    expect(o.mutualSecurity).toBe(false);
    expect(o.war).toBe(false);
    expect(o.verdict).toBe('blue');
    expect(o.summary).toMatch(/^Blue did better against its par\. Blue ended [\d.]+ points above par, Red [\d.]+ points below par\.$/);
  });
});
