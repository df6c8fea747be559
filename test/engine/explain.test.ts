/**
 * The explanation API: how the rival will likely read a candidate order (explainOrder),
 * and which observations moved a side's perception most (perceptionDrivers).
 */
import { describe, expect, it } from 'vitest';
import { explainOrder, perceptionDrivers, view } from '../../src/engine/index.ts';
import type { Order } from '../../src/engine/index.ts';
import { PROXIMITY, SIGNAL, TENSION, deploySignal } from '../../src/engine/rules.ts';
import { QUIET, observationsIn, start, turn } from '../helpers.ts';

const deploy = (region: string, posture: 'defensive' | 'offensive'): Order => ({ type: 'deploy', region, kind: 'troops', posture });

describe('explainOrder', () => {
  it('reads an offensive deployment next to the rival’s home as threatening, at full weight, with its tension', () => {
    const s = start();
    const v = view(QUIET, s, 'blue');
    const reading = explainOrder(QUIET, v, deploy('poland', 'offensive'));
    expect(reading.reading).toBe('threatening');
    expect(reading.weight).toBe(PROXIMITY.home);
    expect(reading.lambda).toBeGreaterThan(0);
    expect(reading.bias).toBeCloseTo(1 + v.fear.red, 12);
    expect(reading.expectedShift).toBeCloseTo(reading.weight * reading.bias * reading.lambda, 12);
    expect(reading.tension).toBe(TENSION.deployNearRival);
    expect(reading.text).toMatch(/hostile/);
  });

  it('weighs the same deployment far from the rival (Iberia) at 0.3 against 1 next to its home (Poland)', () => {
    const v = view(QUIET, start(), 'blue');
    const near = explainOrder(QUIET, v, deploy('poland', 'offensive'));
    const far = explainOrder(QUIET, v, deploy('iberia', 'offensive'));
    expect(near.weight).toBe(1);
    expect(far.weight).toBe(0.3);
    expect(far.weight).toBe(PROXIMITY.elsewhere);
    expect(far.lambda).toBeCloseTo(near.lambda, 12);
    expect(far.expectedShift).toBeCloseTo(near.expectedShift * 0.3, 12);
    expect(far.tension).toBe(0);
  });

  it('reads restraint as reassuring, discounted by the rival’s fear and my credibility', () => {
    const v = view(QUIET, start(), 'blue');
    const reading = explainOrder(QUIET, v, { type: 'restraint', region: 'germany' });
    expect(reading.reading).toBe('reassuring');
    expect(reading.lambda).toBe(SIGNAL.restraint);
    expect(reading.bias).toBeCloseTo((1 - v.fear.red) * v.credibility.blue, 12);
    expect(reading.expectedShift).toBeLessThan(0);
    expect(reading.tension).toBe(TENSION.restraint);
  });

  it('expects the λ of a troop deployment from δ and ε: the true posture when δ = 1 and ε = 0, unknown when δ = 0', () => {
    const clear = view(QUIET, start(QUIET, { settings: { distinguishability: 1, noise: 0 }, treaties: [] }), 'blue');
    expect(explainOrder(QUIET, clear, deploy('germany', 'defensive')).lambda).toBeCloseTo(deploySignal('defensive', clear.offenseAdvantage), 12);
    expect(explainOrder(QUIET, clear, deploy('germany', 'offensive')).lambda).toBeCloseTo(deploySignal('offensive', clear.offenseAdvantage), 12);
    const blind = view(QUIET, start(QUIET, { settings: { distinguishability: 0, noise: 0 }, treaties: [] }), 'blue');
    expect(explainOrder(QUIET, blind, deploy('germany', 'defensive')).lambda).toBeCloseTo(deploySignal('unknown', blind.offenseAdvantage), 12);
    // With postures readable, showing a defensive posture is read as less hostile than an offensive one.
    expect(explainOrder(QUIET, clear, deploy('poland', 'defensive')).expectedShift).toBeLessThan(explainOrder(QUIET, clear, deploy('poland', 'offensive')).expectedShift);
  });

  it.each<Order>([
    { type: 'restraint', region: 'germany' },
    { type: 'withdraw', region: 'poland', kind: 'troops' },
    { type: 'sanction' },
    { type: 'assure' },
    { type: 'exercise', region: 'poland' },
    { type: 'court', region: 'hungary' },
    { type: 'admit', region: 'baltics' },
    { type: 'propose', treaty: 'cfe' },
    { type: 'deploy', region: 'germany', kind: 'strikeMissiles' },
  ])('predicts exactly the shift the rival then makes for %j', (order) => {
    const s0 = start();
    const predicted = explainOrder(QUIET, view(QUIET, s0, 'blue'), order);
    const seen = observationsIn(turn(QUIET, s0, [order]), 'red', 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.lambda).toBeCloseTo(predicted.lambda, 12);
    expect(seen[0]?.weight).toBe(predicted.weight);
    expect(seen[0]?.delta).toBeCloseTo(predicted.expectedShift, 12);
  });

  it('says when low credibility blunts a reassurance', () => {
    const low = view(QUIET, start(QUIET, { settings: { 'blue.credibility': 0.3 } }), 'blue');
    const high = view(QUIET, start(QUIET, { settings: { 'blue.credibility': 1 } }), 'blue');
    const order: Order = { type: 'restraint', region: 'poland' };
    expect(explainOrder(QUIET, low, order).text).toMatch(/credibility/);
    expect(explainOrder(QUIET, high, order).text).not.toMatch(/credibility/);
    expect(Math.abs(explainOrder(QUIET, low, order).expectedShift)).toBeLessThan(Math.abs(explainOrder(QUIET, high, order).expectedShift));
  });
});

describe('perceptionDrivers', () => {
  const redOrders: Order[] = [
    { type: 'assure' },
    { type: 'deploy', region: 'belarus', kind: 'strikeMissiles' },
    { type: 'court', region: 'hungary' },
    { type: 'withdraw', region: 'south_russia', kind: 'troops' },
  ];

  it('lists the last turn’s observations, largest |shift| first', () => {
    const s1 = turn(QUIET, start(), [], redOrders);
    const drivers = perceptionDrivers(view(QUIET, s1, 'blue'));
    expect(drivers).toHaveLength(redOrders.length);
    expect(drivers.every((o) => o.turn === 1)).toBe(true);
    const sizes = drivers.map((o) => Math.abs(o.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(drivers[0]).toMatchObject({ signal: 'deploy', kind: 'strikeMissiles' });
  });

  it('keeps to the turn asked for and to the limit', () => {
    const s1 = turn(QUIET, start(), [], redOrders);
    const s2 = turn(QUIET, s1, [], [{ type: 'sanction' }]);
    const v = view(QUIET, s2, 'blue');
    expect(perceptionDrivers(v).map((o) => o.signal)).toEqual(['sanction']);
    expect(perceptionDrivers(v, 1)).toHaveLength(redOrders.length);
    expect(perceptionDrivers(v, 1, 2)).toEqual(perceptionDrivers(v, 1).slice(0, 2));
    expect(perceptionDrivers(view(QUIET, start(), 'blue'))).toEqual([]);
  });
});
