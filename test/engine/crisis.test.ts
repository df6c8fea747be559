/**
 * The crisis table (DESIGN §6): a turn that ends at tension ≥ 7 opens the next with a
 * crisis over the non-home region of largest mutual exposure; both sides choose in
 * secret; every row of the table, and the post-crisis window for ratifying treaties.
 */
import { describe, expect, it } from 'vitest';
import { awaiting, newGame, orderCost, submitCrisisChoice, submitOrders, validateOrders, view } from '../../src/engine/index.ts';
import type { CrisisChoice, GameState, Order } from '../../src/engine/index.ts';
import { CRISIS, TENSION } from '../../src/engine/rules.ts';
import { SS, STANDOFF, alignmentOf, crisis, fixtureGame, inCrisis, json, ok, standoffGame, start, turn } from '../helpers.ts';

const turkey = (s: GameState) => alignmentOf(STANDOFF, s, 'turkey');

describe('opening a crisis', () => {
  it('a crisis must be answered by both sides before any orders', () => {
    const s = inCrisis(TENSION.crisisAt);
    expect(awaiting(s)).toEqual(['blue', 'red']);
    const refused = submitOrders(STANDOFF, s, 'blue', []);
    expect(refused.ok || refused.error.code).toBe('WRONG_PHASE');
    expect(view(STANDOFF, s, 'blue').crisis).toEqual({ region: 'turkey' });
  });

  it('below 7 there is no crisis', () => {
    expect(turn(STANDOFF, newGame(STANDOFF, { seed: 1, intents: SS, settings: { tension: 6 } })).phase).toBe('planning');
  });

  it('no crisis opens before both sides have decided once, even at a game’s start at tension 9', () => {
    const s0 = newGame(STANDOFF, { seed: 1, intents: SS, settings: { tension: 9 } });
    expect(s0.phase).toBe('planning');
    expect(turn(STANDOFF, s0).phase).toBe('crisis');
  });

  it('crises open over the scenario’s flashpoints, spread by a weighted draw, never over a home', () => {
    const game = fixtureGame((s) => {
      s.flashpoints = [{ region: 'turkey' }, { region: 'georgia' }, { region: 'moldova' }];
    }, { quiet: true });
    const regions = new Map<string, number>();
    for (let seed = 1; seed <= 60; seed++) {
      const s = turn(game, newGame(game, { seed, intents: SS, settings: { tension: 9 } }));
      const region = s.crisis?.region ?? 'none';
      regions.set(region, (regions.get(region) ?? 0) + 1);
    }
    expect([...regions.keys()].sort()).toEqual(['georgia', 'moldova', 'turkey']);
  });

  it('a turn that ends at tension ≥ 7 opens the next turn with a crisis', () => {
    const s0 = newGame(STANDOFF, { seed: 1, intents: { blue: 'security', red: 'security' }, settings: { tension: 6.9 } });
    const provocations: Order[] = [
      { type: 'exercise', region: 'germany' },
      { type: 'exercise', region: 'poland' },
      { type: 'sanction' },
    ];
    const s1 = turn(STANDOFF, s0, provocations, [{ type: 'exercise', region: 'central_russia' }, { type: 'sanction' }]);
    expect(s1.tensionHistory.at(-1)).toBeGreaterThanOrEqual(TENSION.crisisAt);
    expect(s1.turn).toBe(2);
    expect(s1.phase).toBe('crisis');
    expect(s1.crisis?.region).toBe('turkey');
  });

  it('keeps each side’s choice secret from the other until both have chosen', () => {
    const s = ok(submitCrisisChoice(STANDOFF, inCrisis(8), 'blue', 'escalate'));
    expect(awaiting(s)).toEqual(['red']);
    expect(view(STANDOFF, s, 'blue').crisis).toEqual({ region: 'turkey', myChoice: 'escalate' });
    expect(view(STANDOFF, s, 'red').crisis).toEqual({ region: 'turkey' });
    expect(json(view(STANDOFF, s, 'red'))).not.toContain('escalate');
  });

  it('refuses a second choice, a choice that is not on the table, and a choice outside a crisis', () => {
    const s = ok(submitCrisisChoice(STANDOFF, inCrisis(8), 'blue', 'hold'));
    const again = submitCrisisChoice(STANDOFF, s, 'blue', 'deescalate');
    expect(again.ok || again.error.code).toBe('ALREADY_SUBMITTED');
    const bad = submitCrisisChoice(STANDOFF, s, 'red', 'surrender' as CrisisChoice);
    expect(bad.ok || bad.error.code).toBe('BAD_CRISIS_CHOICE');
    const none = submitCrisisChoice(STANDOFF, start(STANDOFF), 'red', 'hold');
    expect(none.ok || none.error.code).toBe('NO_CRISIS');
  });
});

describe('the crisis table', () => {
  it('both de-escalate: tension −2, no ground changes hands, and ratifying is free for 2 turns', () => {
    const s0 = inCrisis(8);
    const s1 = crisis(STANDOFF, s0, 'deescalate', 'deescalate');
    expect(s1.tension).toBeCloseTo(8 + CRISIS.bothDeescalate, 12);
    expect(turkey(s1)).toBe(0);
    expect(s1.phase).toBe('planning');
    expect(s1.turn).toBe(2);
    expect(s1.crisisHistory).toMatchObject([{ turn: 2, region: 'turkey', blue: 'deescalate', red: 'deescalate', result: 'bothDeescalate' }]);
    expect(view(STANDOFF, s1, 'red').ratifyWindow).toBe(CRISIS.ratifyWindowTurns);
    expect(orderCost({ type: 'ratify', treaty: 'cfe' }, view(STANDOFF, s1, 'red').ratifyWindow)).toBe(0);
  });

  it('the post-crisis window lets the rival ratify next turn at no cost, on top of a full turn of orders', () => {
    const after = crisis(STANDOFF, inCrisis(8), 'deescalate', 'deescalate');
    const s1 = turn(STANDOFF, after, [{ type: 'propose', treaty: 'cfe' }]);
    expect(s1.phase).toBe('planning');
    const fullTurn: Order[] = [
      { type: 'deploy', region: 'central_russia', kind: 'troops', posture: 'defensive' },
      { type: 'deploy', region: 'central_russia', kind: 'troops', posture: 'defensive' },
      { type: 'deploy', region: 'south_russia', kind: 'troops', posture: 'defensive' },
      { type: 'deploy', region: 'south_russia', kind: 'troops', posture: 'defensive' },
      { type: 'ratify', treaty: 'cfe' },
    ];
    expect(validateOrders(STANDOFF, s1, 'red', fullTurn)).toBeUndefined();
    const s2 = turn(STANDOFF, s1, [], fullTurn);
    expect(s2.treaties).toContain('cfe');

    // Without the window the same bundle is one action point too many.
    const plain = turn(STANDOFF, start(STANDOFF), [{ type: 'propose', treaty: 'cfe' }]);
    expect(validateOrders(STANDOFF, plain, 'red', fullTurn)?.code).toBe('NOT_ENOUGH_AP');
  });

  it.each([
    ['hold', 'deescalate', 'blue', 1],
    ['deescalate', 'hold', 'red', -1],
  ] as const)('%s vs %s: the holder gains one step there, the side that backed down reads it as more hostile', (blue, red, winner, step) => {
    const s0 = inCrisis(8);
    const s1 = crisis(STANDOFF, s0, blue, red);
    const loser = winner === 'blue' ? 'red' : 'blue';
    expect(turkey(s1)).toBe(step);
    expect(s1.tension).toBeCloseTo(8, 12);
    expect(s1.sides[loser].belief - s0.sides[loser].belief).toBeCloseTo(CRISIS.backedDownReads, 12);
    expect(s1.sides[winner].belief).toBe(s0.sides[winner].belief);
    expect(s1.sides[loser].observations.at(-1)).toMatchObject({ signal: 'crisisBackedDown', delta: CRISIS.backedDownReads });
    expect(s1.crisisHistory.at(-1)).toMatchObject({ result: 'holdWins', winner });
  });

  it('both hold: tension +1, nothing else', () => {
    const s0 = inCrisis(8);
    const s1 = crisis(STANDOFF, s0, 'hold', 'hold');
    expect(s1.tension).toBeCloseTo(8 + CRISIS.bothHold, 12);
    expect(turkey(s1)).toBe(0);
    expect(s1.sides.blue.belief).toBe(s0.sides.blue.belief);
    expect(s1.sides.red.belief).toBe(s0.sides.red.belief);
    expect(s1.crisisHistory.at(-1)?.result).toBe('bothHold');
  });

  it.each([
    ['escalate', 'deescalate', 'blue', 2],
    ['deescalate', 'escalate', 'red', -2],
  ] as const)('%s vs %s: the escalator gains two steps there and tension +1', (blue, red, winner, step) => {
    const s1 = crisis(STANDOFF, inCrisis(8), blue, red);
    expect(turkey(s1)).toBe(step);
    expect(s1.tension).toBeCloseTo(8 + CRISIS.escalateWins, 12);
    expect(s1.crisisHistory.at(-1)).toMatchObject({ result: 'escalateWins', winner });
  });

  it('an alignment gain never makes a bloc member: a leaning region gains at most partner status', () => {
    const leaning = standoffGame(1);
    const s = crisis(leaning, inCrisis(8, 1, {}, leaning), 'escalate', 'deescalate');
    expect(alignmentOf(leaning, s, 'turkey')).toBe(2);
  });

  it.each([
    ['escalate', 'hold'],
    ['hold', 'escalate'],
    ['escalate', 'escalate'],
  ] as const)('%s vs %s: war with chance 0.3 + 0.1·(tension − 7) + 0.2·ω, else tension +2', (blue, red) => {
    const seeds = 400;
    const rates: number[] = [];
    for (const omega of [0.2, 1]) {
      let wars = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const s1 = crisis(STANDOFF, inCrisis(7, seed, { offenseAdvantage: omega }), blue, red);
        if (s1.war) {
          wars++;
          expect(s1.phase).toBe('over');
          expect(s1.crisisHistory.at(-1)?.result).toBe('war');
        } else {
          expect(s1.tension).toBeCloseTo(7 + CRISIS.brink, 12);
          expect(s1.crisisHistory.at(-1)?.result).toBe('brink');
        }
      }
      const expected = CRISIS.warBase + CRISIS.warPerOffense * omega;
      expect(Math.abs(wars / seeds - expected)).toBeLessThan(0.08);
      rates.push(wars / seeds);
    }
    // The first-strike incentive: where offense dominates, confrontations end in war more often.
    expect(rates[1]).toBeGreaterThan((rates[0] ?? 1) + 0.05);
  });

  it('the war chance grows with tension above 7', () => {
    let wars = 0;
    const seeds = 300;
    // At 7.5 a brink (+2) stays below 10, so only the roll decides.
    for (let seed = 1; seed <= seeds; seed++) if (crisis(STANDOFF, inCrisis(7.5, seed, { offenseAdvantage: 0.2 }), 'escalate', 'hold').war) wars++;
    const expected = CRISIS.warBase + CRISIS.warPerTension * 0.5 + CRISIS.warPerOffense * 0.2;
    expect(Math.abs(wars / seeds - expected)).toBeLessThan(0.08);
    expect(CRISIS.warPerTension).toBeGreaterThan(0);
  });

  it('a crisis that pushes tension to 10 is war', () => {
    const s1 = crisis(STANDOFF, inCrisis(9.5), 'hold', 'hold');
    expect(s1.phase).toBe('over');
    expect(s1.war?.region).toBe('turkey');
    expect(s1.tension).toBe(TENSION.warAt);
  });

  it('the crisis region is never a home region, even when homes hold most of the forces', () => {
    // The plain fixture's forces sit in homes and members; the crisis falls elsewhere.
    const game = fixtureGame(undefined, { quiet: true });
    const s = turn(game, newGame(game, { seed: 3, intents: SS, settings: { tension: 9 } }));
    const r = game.regionIndex.get(s.crisis?.region ?? '') ?? -1;
    expect(r).toBeGreaterThanOrEqual(0);
    expect(s.home[r]).toBe('');
  });
});
