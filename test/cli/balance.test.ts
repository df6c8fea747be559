/**
 * The balance benchmark's measuring (src/match/balance.ts), run in-process with tiny
 * game counts: the summary has the documented shape, the same settings give the same
 * result, and the openings no player could prevent — a crisis or war before both sides
 * have decided, a war that a turn's events start — are counted if they ever happen.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../../src/bots/scripted.ts';
import { newGame, outcome } from '../../src/engine/index.ts';
import type { GameOptions } from '../../src/engine/index.ts';
import type { Game } from '../../src/engine/index.ts';
import { OpeningWatch, balanceSettings, measureBalance, planFixtures, playFixture, reportOf } from '../../src/match/balance.ts';
import { referenceBot } from '../../src/match/reference.ts';
import { playGame } from '../../src/match/play.ts';
import { fixtureGame, gameOf, ok } from '../helpers.ts';

const TINY = balanceSettings({ games: 2, strategistGames: 1, roundRobinGames: 1, seed: 5, strategistWorlds: 3 });

/** Doves on both sides, watched step by step. */
function watched(game: Game, options: GameOptions) {
  const watch = new OpeningWatch();
  const { state } = playGame(game, { blue: SCRIPTED_BOTS.dove(), red: SCRIPTED_BOTS.dove() }, options, undefined, watch.step);
  watch.start(state);
  return { state, report: reportOf(game, state, watch) };
}

describe('balance benchmark', () => {
  it('measures a scenario with the documented shape, and the same settings give the same result', () => {
    const lab = gameOf('lab');
    const first = measureBalance(lab, TINY);
    expect(Object.keys(first)).toEqual(['scenario', 'reference', 'strategists', 'wars', 'crisisRegions', 'securitySeeker', 'cooperation', 'roundRobin', 'targets']);
    expect(first.scenario).toBe('lab');
    expect(first.reference.pairings.map((p) => `${p.intents.blue}/${p.intents.red}`)).toEqual([
      'security/security',
      'security/revisionist',
      'revisionist/security',
      'revisionist/revisionist',
    ]);
    expect(first.reference.pairings.every((p) => p.games === 2)).toBe(true);
    expect(first.reference.overall.games).toBe(8);
    expect(first.strategists?.overall.games).toBe(4);
    const o = first.reference.overall;
    expect(o.blueWins.share + o.redWins.share + o.draws.share).toBeCloseTo(1, 3);
    expect(o.bluePoints.ci95[0]).toBeLessThanOrEqual(o.bluePoints.share);
    expect(o.bluePoints.ci95[1]).toBeGreaterThanOrEqual(o.bluePoints.share);
    expect(first.wars.reference.games).toBe(8);
    expect(first.wars.roundRobin.games).toBe(SCRIPTED_BOT_NAMES.length ** 2);
    expect(first.cooperation.map((c) => [c.bot, c.games])).toEqual([
      ['reassurer', 2],
      ['dove', 2],
    ]);
    const rr = first.roundRobin;
    expect(rr.bots.map((b) => b.bot).sort()).toEqual([...SCRIPTED_BOT_NAMES].sort());
    // Every bot sits in 2·9 of the 81 seats' games: once per rival on each side.
    expect(rr.bots.every((b) => b.overall.games === 2 * SCRIPTED_BOT_NAMES.length && b.blue.games === SCRIPTED_BOT_NAMES.length)).toBe(true);
    for (let i = 1; i < rr.bots.length; i++) expect(rr.bots[i - 1]?.overall.meanAchievement).toBeGreaterThanOrEqual(rr.bots[i]?.overall.meanAchievement ?? 0);
    for (const a of SCRIPTED_BOT_NAMES) {
      expect(rr.headToHead[a]?.[a]).toBe(0.5);
      for (const b of SCRIPTED_BOT_NAMES) expect((rr.headToHead[a]?.[b] ?? NaN) + (rr.headToHead[b]?.[a] ?? NaN)).toBeCloseTo(1, 9);
      // Outright wins leave out draws: a's and b's wins against each other add up to at most all the games.
      for (const b of SCRIPTED_BOT_NAMES) expect((rr.headToHeadWins[a]?.[b] ?? NaN) + (rr.headToHeadWins[b]?.[a] ?? NaN)).toBeLessThanOrEqual(1 + 1e-9);
      for (const b of SCRIPTED_BOT_NAMES) expect(rr.headToHeadWins[a]?.[b] ?? NaN).toBeLessThanOrEqual(rr.headToHead[a]?.[b] ?? NaN);
    }
    // The hawk's dedicated games all have it a security seeker: one per side per rival.
    expect(rr.hawkAsSecurity.vs.map((h) => [h.rival, h.games])).toEqual([
      ['mirror', 2],
      ['generous', 2],
      ['prudent', 2],
    ]);
    expect(first.targets.length).toBeGreaterThanOrEqual(10);
    expect(first.targets.every((t) => typeof t.pass === 'boolean' && t.name.length > 0 && t.detail.length > 0)).toBe(true);
    // The lab has no war-rate cap.
    expect(first.targets.some((t) => t.name.startsWith('reference war rate'))).toBe(false);

    expect(measureBalance(lab, TINY)).toEqual(first);
  });

  it('at lesson length plays every game as a lesson', () => {
    const maidan = gameOf('2014-maidan');
    const settings = balanceSettings({ games: 2, strategistGames: 0, roundRobinGames: 1, seed: 5, length: 'lesson' });
    expect(settings.length).toBe('lesson');
    expect(balanceSettings({ games: 2, length: 'full' })).not.toHaveProperty('length');
    const [first] = planFixtures(settings);
    if (!first) throw new Error('no fixture');
    const report = playFixture(maidan, first, settings);
    const { state } = playGame(maidan, { blue: referenceBot(), red: referenceBot() }, { seed: first.seed, intentMode: 'fixed', intents: first.intents, length: 'lesson' });
    expect(report.achievement.blue).toBeCloseTo(ok(outcome(maidan, state)).sides.blue.achievement, 9);
    expect(state.turn).toBeLessThanOrEqual(5);
  });

  it('gives every game its seed by configuration, so the plan does not depend on how it is shared out', () => {
    const plan = planFixtures(TINY);
    expect(plan).toEqual(planFixtures(TINY));
    expect(plan.filter((f) => f.purpose === 'reference').map((f) => f.seed)).toEqual([5, 6, 5, 6, 5, 6, 5, 6]);
    expect(plan.filter((f) => f.purpose === 'roundRobin').every((f) => f.intents === undefined)).toBe(true);
  });

  // The engine no longer lets a crisis or war open before both sides have decided, nor
  // a turn's events start a war; the watch must still catch one if a rule change let it
  // back in. Synthetic steps check the counting, real games the engine's guarantee.
  it('counts a crisis that appears before both sides have decided', () => {
    const game = gameOf('lab');
    const before = newGame(game, { seed: 1 });
    const watch = new OpeningWatch();
    watch.step(before, { ...before, phase: 'crisis', crisis: { region: 'poland', choices: {} } });
    expect(watch.openedEarly).toEqual({ crises: 1, wars: 0 });
  });

  it('counts a war dated to a later turn than its step began in as started by that turn’s events', () => {
    const game = gameOf('lab');
    const before = newGame(game, { seed: 1 });
    const war = { turn: before.turn + 1, region: 'poland', theatre: ['poland'], strength: { blue: 1, red: 2 }, winner: 'red' as const };
    const decided = { ...before, record: { ...before.record, steps: [{ kind: 'orders' as const, side: 'blue' as const, orders: [] }, { kind: 'orders' as const, side: 'red' as const, orders: [] }] } };
    const watch = new OpeningWatch();
    watch.step(before, { ...decided, phase: 'over', war });
    expect(watch.openedEarly).toEqual({ crises: 0, wars: 0 });
    expect(watch.warAtTurnStart).toBe(true);
  });

  it('finds no early crisis or war where the rules once allowed them: a start at tension 8 or 10, a shock event', () => {
    expect(watched(gameOf('lab'), { seed: 1, settings: { tension: 8 } }).report.openedEarly).toEqual({ crises: 0, wars: 0 });
    const hot = watched(gameOf('1991-after-the-wall'), { seed: 1, settings: { tension: 10 } });
    expect(hot.report.openedEarly).toEqual({ crises: 0, wars: 0 });
    expect(hot.state.record.steps.length).toBeGreaterThan(0);
    const shock = fixtureGame(
      (s) => {
        s.events = [{ id: 'shock', title: 'Shock', text: 'Tension jumps.', year: s.year + 1, effects: [{ type: 'tension', delta: 10 }] }];
      },
      { quiet: true },
    );
    const { report } = watched(shock, { seed: 1, intentMode: 'fixed', intents: { blue: 'security', red: 'security' } });
    expect(report.openedEarly).toEqual({ crises: 0, wars: 0 });
    expect(report.war?.atTurnStart ?? false).toBe(false);
  });

  it('finds nothing early in an ordinary game', () => {
    const { report } = watched(gameOf('1991-after-the-wall'), { seed: 2 });
    expect(report.openedEarly).toEqual({ crises: 0, wars: 0 });
    expect(report.war?.atTurnStart ?? false).toBe(false);
  });
});
