/**
 * Deployment orders (DESIGN §4): deploy, withdraw, exercise — where they are allowed,
 * what they cost, the per-turn and per-region limits, and how the rival reads them.
 */
import { describe, expect, it } from 'vitest';
import { orderCost, submitOrders, validateOrders, view } from '../../src/engine/index.ts';
import type { Order } from '../../src/engine/index.ts';
import {
  EXERCISE_UNITS,
  MAX_DEPLOYS_PER_REGION_PER_TURN,
  MAX_UNITS_PER_REGION,
  MISSILE_DEPLOY_COST,
  SIGNAL,
  TENSION,
  THREAT_WEIGHT,
  AP_COST,
  deploySignal,
} from '../../src/engine/rules.ts';
import {
  QUIET,
  fixtureGame,
  forcesOf,
  json,
  lastLine,
  observationsIn,
  ok,
  regionIndex,
  start,
  tensionFromOrders,
  troopsOf,
  turn,
} from '../helpers.ts';

const troops = (region: string, posture: 'defensive' | 'offensive' = 'defensive'): Order => ({ type: 'deploy', region, kind: 'troops', posture });
/** Everything read as it is: δ = 1, ε = 0, no treaty changing δ. */
const CLEAR = { settings: { distinguishability: 1, noise: 0 }, treaties: [] as [] };

describe('deploy', () => {
  it('adds a unit of the chosen posture at home (Germany), in a member (Poland) and in a partner (Baltics)', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [troops('germany'), troops('poland', 'offensive'), troops('baltics')]);
    expect(forcesOf(QUIET, s1, 'blue', 'germany').defensive).toBe(forcesOf(QUIET, s0, 'blue', 'germany').defensive + 1);
    expect(forcesOf(QUIET, s1, 'blue', 'poland').offensive).toBe(forcesOf(QUIET, s0, 'blue', 'poland').offensive + 1);
    expect(forcesOf(QUIET, s1, 'blue', 'baltics')).toEqual({ defensive: 1, offensive: 0, missileDefense: 0, strikeMissiles: 0 });
  });

  it.each([
    ['west_ukraine', 'leaning (alignment 1)'],
    ['sweden', 'neutral'],
    ['belarus', 'a member of the rival bloc'],
    ['kaliningrad', 'the rival’s home'],
  ])('is refused in %s, %s: NOT_OWN_TERRITORY', (region) => {
    const result = submitOrders(QUIET, start(), 'blue', [troops(region)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_OWN_TERRITORY');
  });

  it('needs a posture for troops and refuses one for missiles (BAD_PARAMETER)', () => {
    const s = start();
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'deploy', region: 'germany', kind: 'troops' }])?.code).toBe('BAD_PARAMETER');
    expect(
      validateOrders(QUIET, s, 'blue', [{ type: 'deploy', region: 'germany', kind: 'strikeMissiles', posture: 'offensive' }])?.code,
    ).toBe('BAD_PARAMETER');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'deploy', region: 'germany', kind: 'strikeMissiles' }])).toBeUndefined();
  });

  it('costs 1 AP for troops and 2 for missiles, within the turn’s action points', () => {
    const s = start();
    const ap = view(QUIET, s, 'blue').actionPoints;
    expect(ap).toBe(4);
    expect(orderCost(troops('germany'), 0)).toBe(AP_COST.deploy);
    expect(orderCost({ type: 'deploy', region: 'germany', kind: 'missileDefense' }, 0)).toBe(MISSILE_DEPLOY_COST);
    const twoMissiles: Order[] = [
      { type: 'deploy', region: 'germany', kind: 'strikeMissiles' },
      { type: 'deploy', region: 'france', kind: 'missileDefense' },
    ];
    expect(validateOrders(QUIET, s, 'blue', twoMissiles)).toBeUndefined();
    const over = validateOrders(QUIET, s, 'blue', [...twoMissiles, troops('uk')]);
    expect(over?.code).toBe('NOT_ENOUGH_AP');
    expect(over?.details).toMatchObject({ index: 2, cost: 1, left: 0 });
    const fourTroops = ['germany', 'france', 'uk', 'italy'].map((r) => troops(r));
    expect(validateOrders(QUIET, s, 'blue', fourTroops)).toBeUndefined();
    expect(validateOrders(QUIET, s, 'blue', [...fourTroops, troops('iberia')])?.code).toBe('NOT_ENOUGH_AP');
  });

  it(`allows at most ${MAX_DEPLOYS_PER_REGION_PER_TURN} deployments per region per turn, missiles included`, () => {
    const s = start();
    const two = [troops('germany'), troops('germany', 'offensive')];
    expect(validateOrders(QUIET, s, 'blue', two)).toBeUndefined();
    const third = validateOrders(QUIET, s, 'blue', [...two, troops('germany')]);
    expect(third?.code).toBe('DEPLOY_LIMIT');
    expect(third?.details).toMatchObject({ index: 2 });
    expect(validateOrders(QUIET, s, 'blue', [troops('poland'), { type: 'deploy', region: 'poland', kind: 'missileDefense' }, troops('poland')])?.code).toBe(
      'DEPLOY_LIMIT',
    );
    // Another region is still open.
    expect(validateOrders(QUIET, s, 'blue', [...two, troops('france')])).toBeUndefined();
  });

  it(`caps a side at ${MAX_UNITS_PER_REGION} units per region (REGION_FULL), counting every kind`, () => {
    const game = fixtureGame((s) => {
      s.regions.germany!.forces = { blue: { defensive: MAX_UNITS_PER_REGION - 2, strikeMissiles: 1 } };
    }, { quiet: true });
    const s0 = start(game);
    expect(validateOrders(game, s0, 'blue', [troops('germany'), troops('germany')])?.code).toBe('REGION_FULL');
    const s1 = turn(game, s0, [troops('germany')]);
    const f = forcesOf(game, s1, 'blue', 'germany');
    expect(f.defensive + f.offensive + f.missileDefense + f.strikeMissiles).toBe(MAX_UNITS_PER_REGION);
    expect(validateOrders(game, s1, 'blue', [troops('germany')])?.code).toBe('REGION_FULL');
    expect(validateOrders(game, s1, 'blue', [{ type: 'deploy', region: 'germany', kind: 'missileDefense' }])?.code).toBe('REGION_FULL');
    // Withdrawing is still allowed, and deploying elsewhere.
    expect(validateOrders(game, s1, 'blue', [{ type: 'withdraw', region: 'germany', kind: 'troops' }, troops('france')])).toBeUndefined();
  });

  it('is read with its true posture when postures are fully distinguishable (δ = 1, ε = 0)', () => {
    const s0 = start(QUIET, CLEAR);
    const omega = view(QUIET, s0, 'red').offenseAdvantage;
    const s1 = turn(QUIET, s0, [troops('germany', 'offensive'), troops('france', 'defensive')]);
    const seen = observationsIn(s1, 'red', 1).filter((o) => o.signal === 'deploy');
    expect(seen.map((o) => [o.region, o.seen, o.lambda])).toEqual([
      ['germany', 'offensive', deploySignal('offensive', omega)],
      ['france', 'defensive', deploySignal('defensive', omega)],
    ]);
    const g = regionIndex(QUIET, 'germany');
    expect(s1.sides.red.perceivedTroops[g]?.offensive).toBe((s0.sides.red.perceivedTroops[g]?.offensive ?? 0) + 1);
  });

  it('is read as unknown when postures cannot be told apart (δ = 0, ε = 0), with λ set by ω', () => {
    const s0 = start(QUIET, { settings: { distinguishability: 0, noise: 0 }, treaties: [] });
    const omega = view(QUIET, s0, 'red').offenseAdvantage;
    const s1 = turn(QUIET, s0, [troops('germany', 'offensive'), troops('france', 'defensive')]);
    const seen = observationsIn(s1, 'red', 1).filter((o) => o.signal === 'deploy');
    expect(seen.map((o) => o.seen)).toEqual(['unknown', 'unknown']);
    expect(seen[0]?.lambda).toBeCloseTo(deploySignal('unknown', omega), 12);
    // An unreadable build-up looks worse than a defensive one and better than an offensive one.
    expect(deploySignal('unknown', omega)).toBeGreaterThan(deploySignal('defensive', omega));
    expect(deploySignal('unknown', omega)).toBeLessThan(deploySignal('offensive', omega));
  });

  it('is misread one step worse with noise: defensive → unknown, unknown → offensive', () => {
    const truly = turn(QUIET, start(QUIET, { settings: { distinguishability: 1, noise: 1 }, treaties: [] }), [
      troops('germany', 'defensive'),
      troops('france', 'offensive'),
    ]);
    expect(observationsIn(truly, 'red', 1).map((o) => o.seen)).toEqual(['unknown', 'offensive']);
    const blind = turn(QUIET, start(QUIET, { settings: { distinguishability: 0, noise: 1 }, treaties: [] }), [troops('germany', 'defensive')]);
    expect(observationsIn(blind, 'red', 1).map((o) => o.seen)).toEqual(['offensive']);
  });

  it('shows strike missiles and missile defence as what they are, both threatening', () => {
    const s1 = turn(QUIET, start(), [
      { type: 'deploy', region: 'germany', kind: 'strikeMissiles' },
      { type: 'deploy', region: 'france', kind: 'missileDefense' },
    ]);
    const seen = observationsIn(s1, 'red', 1);
    expect(seen.map((o) => [o.kind, o.lambda])).toEqual([
      ['strikeMissiles', SIGNAL.strikeMissiles],
      ['missileDefense', SIGNAL.missileDefense],
    ]);
    expect(seen.every((o) => o.delta > 0)).toBe(true);
    expect(forcesOf(QUIET, s1, 'blue', 'germany').strikeMissiles).toBe(1);
  });

  it('raises tension per unit next to the rival’s perimeter (Poland), not far from it (Iberia)', () => {
    const s0 = start();
    expect(tensionFromOrders(s0, turn(QUIET, s0, [troops('poland'), troops('poland')]))).toBeCloseTo(2 * TENSION.deployNearRival, 9);
    expect(tensionFromOrders(s0, turn(QUIET, s0, [troops('iberia'), troops('iberia')]))).toBeCloseTo(0, 9);
  });
});

describe('withdraw', () => {
  it('removes one own unit, offensive troops first, and the rival sees one unit fewer', () => {
    const s0 = start();
    expect(forcesOf(QUIET, s0, 'blue', 'germany')).toMatchObject({ defensive: 2, offensive: 1 });
    const s1 = turn(QUIET, s0, [{ type: 'withdraw', region: 'germany', kind: 'troops' }]);
    expect(forcesOf(QUIET, s1, 'blue', 'germany')).toMatchObject({ defensive: 2, offensive: 0 });
    const p = s1.sides.red.perceivedTroops[regionIndex(QUIET, 'germany')];
    expect((p?.offensive ?? 0) + (p?.unknown ?? 0) + (p?.defensive ?? 0)).toBe(2);
  });

  it('is read as reassuring and lowers tension', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [{ type: 'withdraw', region: 'germany', kind: 'troops' }]);
    const [seen] = observationsIn(s1, 'red', 1);
    expect(seen).toMatchObject({ signal: 'withdraw', lambda: SIGNAL.withdraw, region: 'germany' });
    expect(seen?.delta).toBeLessThan(0);
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.withdraw, 9);
  });

  it('is refused without a unit of that kind to withdraw (NO_UNIT), counting earlier withdrawals', () => {
    const s = start();
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'withdraw', region: 'iberia', kind: 'troops' }])?.code).toBe('NO_UNIT');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'withdraw', region: 'germany', kind: 'missileDefense' }])?.code).toBe('NO_UNIT');
    const three: Order[] = Array.from({ length: 3 }, () => ({ type: 'withdraw', region: 'germany', kind: 'troops' }));
    expect(validateOrders(QUIET, s, 'blue', three)).toBeUndefined();
    const fourth = validateOrders(QUIET, s, 'blue', [...three, { type: 'withdraw', region: 'germany', kind: 'troops' }]);
    expect(fourth?.code).toBe('NO_UNIT');
    expect(fourth?.details).toMatchObject({ index: 3 });
  });
});

describe('exercise', () => {
  it('adds no unit, but raises tension and is read as threatening', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [{ type: 'exercise', region: 'poland' }]);
    expect(json(s1.sides.blue.forces)).toBe(json(s0.sides.blue.forces));
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.exercise, 9);
    expect(observationsIn(s1, 'red', 1)).toMatchObject([{ signal: 'exercise', lambda: SIGNAL.exercise, region: 'poland' }]);
  });

  it(`counts as ${EXERCISE_UNITS} more own troops for deterrence that turn, and as unreadable threat to the rival`, () => {
    const s0 = start(QUIET, CLEAR);
    const quiet = turn(QUIET, s0);
    const drill = turn(QUIET, s0, [{ type: 'exercise', region: 'poland' }]);
    // Blue's only exposed region is Poland, facing Belarus (1 offensive, 1 defensive, read truly).
    const p = 0.4;
    const x = THREAT_WEIGHT.offensive + THREAT_WEIGHT.defensive;
    const value = QUIET.values[regionIndex(QUIET, 'poland')] ?? NaN;
    expect(lastLine(quiet, 'blue').security).toBeCloseTo((-p * value * x) / (1 + 0.5 * 2), 9);
    expect(lastLine(drill, 'blue').security).toBeCloseTo((-p * value * x) / (1 + 0.5 * (2 + EXERCISE_UNITS)), 9);
    expect(lastLine(drill, 'red').security).toBeLessThan(lastLine(quiet, 'red').security);
  });

  it('is refused outside own territory and twice in one region in one turn', () => {
    const s = start();
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'exercise', region: 'west_ukraine' }])?.code).toBe('NOT_OWN_TERRITORY');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'exercise', region: 'poland' }, { type: 'exercise', region: 'poland' }])?.code).toBe(
      'ONCE_PER_TURN',
    );
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'exercise', region: 'poland' }, { type: 'exercise', region: 'germany' }])).toBeUndefined();
  });
});

it('a side’s orders only wait until the rival submits: nothing resolves on one submission', () => {
  const s0 = start();
  const s1 = ok(submitOrders(QUIET, s0, 'blue', [troops('germany')]));
  expect(troopsOf(QUIET, s1, 'blue', 'germany')).toBe(troopsOf(QUIET, s0, 'blue', 'germany'));
  expect(s1.turn).toBe(1);
  const s2 = ok(submitOrders(QUIET, s1, 'red', []));
  expect(s2.turn).toBe(2);
  expect(troopsOf(QUIET, s2, 'blue', 'germany')).toBe(troopsOf(QUIET, s0, 'blue', 'germany') + 1);
});
