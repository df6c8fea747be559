/**
 * Arms control (DESIGN §4): propose / ratify / withdrawTreaty / inspect, and what each
 * treaty does — δ and ω as the view reports them, the INF and ABM bans, the CFE cap.
 */
import { describe, expect, it } from 'vitest';
import { newGame, orderCost, validateOrders, view } from '../../src/engine/index.ts';
import type { Order, Treaty } from '../../src/engine/index.ts';
import { CREDIBILITY, MIN_OFFENSE_ADVANTAGE, SIGNAL, TENSION, TREATY_RULES, VIOLATION_FOUND } from '../../src/engine/rules.ts';
import { QUIET, SS, fixtureGame, forcesOf, json, observationsIn, regionIndex, start, tensionFromOrders, turn } from '../helpers.ts';

const propose = (treaty: Treaty): Order => ({ type: 'propose', treaty });
const ratify = (treaty: Treaty): Order => ({ type: 'ratify', treaty });

describe('propose and ratify', () => {
  it('a proposal stands for one turn; the rival’s ratification brings the treaty into force', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [propose('cfe')]);
    expect(s1.treaties).not.toContain('cfe');
    expect(view(QUIET, s1, 'red').proposals).toEqual([{ treaty: 'cfe', by: 'blue', turn: 1 }]);
    expect(observationsIn(s1, 'red', 1)).toMatchObject([{ signal: 'propose', lambda: SIGNAL.propose, treaty: 'cfe' }]);
    expect(orderCost(ratify('cfe'), 0)).toBe(1);
    const s2 = turn(QUIET, s1, [], [ratify('cfe')]);
    expect(s2.treaties).toContain('cfe');
    expect(s2.proposals).toEqual([]);
    expect(tensionFromOrders(s1, s2)).toBeCloseTo(TENSION.treatyInForce, 9);
    expect(observationsIn(s2, 'blue', 2)).toMatchObject([
      { signal: 'ratify', lambda: SIGNAL.ratify, treaty: 'cfe' },
      { signal: 'treatyInForce', lambda: SIGNAL.treatyInForce, treaty: 'cfe' },
    ]);
  });

  it('proposed by both sides in the same turn, a treaty enters into force at once', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [propose('inf')], [propose('inf')]);
    expect(s1.treaties).toContain('inf');
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.treatyInForce, 9);
  });

  it('cannot be ratified in the same turn, by the proposer, or once the proposal has lapsed', () => {
    const s0 = start();
    expect(validateOrders(QUIET, s0, 'red', [ratify('cfe')])?.code).toBe('NO_PENDING_PROPOSAL');
    const s1 = turn(QUIET, s0, [propose('cfe')]);
    expect(validateOrders(QUIET, s1, 'blue', [ratify('cfe')])?.code).toBe('NO_PENDING_PROPOSAL');
    expect(validateOrders(QUIET, s1, 'red', [ratify('cfe')])).toBeUndefined();
    const s2 = turn(QUIET, s1);
    expect(s2.proposals).toEqual([]);
    expect(validateOrders(QUIET, s2, 'red', [ratify('cfe')])?.code).toBe('NO_PENDING_PROPOSAL');
  });

  it('is refused for a treaty already in force, and one order per treaty per turn', () => {
    const s = start();
    expect(s.treaties).toEqual(['openSkies']);
    expect(validateOrders(QUIET, s, 'blue', [propose('openSkies')])?.code).toBe('TREATY_IN_FORCE');
    expect(validateOrders(QUIET, s, 'blue', [propose('cfe'), propose('cfe')])?.code).toBe('ONCE_PER_TURN');
    expect(validateOrders(QUIET, s, 'blue', [propose('cfe'), propose('inf')])).toBeUndefined();
  });
});

describe('withdrawTreaty', () => {
  it('leaves a treaty at once, raises tension, costs credibility and alarms the rival', () => {
    const s0 = start();
    const left = turn(QUIET, s0, [{ type: 'withdrawTreaty', treaty: 'openSkies' }]);
    const control = turn(QUIET, s0);
    expect(left.treaties).toEqual([]);
    expect(tensionFromOrders(s0, left)).toBeCloseTo(TENSION.leaveTreaty, 9);
    expect(control.sides.blue.credibility - left.sides.blue.credibility).toBeCloseTo(CREDIBILITY.brokenPromise, 9);
    expect(observationsIn(left, 'red', 1)).toMatchObject([{ signal: 'withdrawTreaty', lambda: SIGNAL.withdrawTreaty }]);
    expect(view(QUIET, left, 'red').distinguishability).toBeCloseTo(view(QUIET, s0, 'red').distinguishability - TREATY_RULES.openSkies.distinguishability, 9);
  });

  it('is refused for a treaty not in force (TREATY_NOT_IN_FORCE)', () => {
    expect(validateOrders(QUIET, start(), 'blue', [{ type: 'withdrawTreaty', treaty: 'cfe' }])?.code).toBe('TREATY_NOT_IN_FORCE');
  });
});

describe('inspect', () => {
  it('needs a verification treaty in force (NEEDS_VERIFICATION_TREATY)', () => {
    const s = start(QUIET, { treaties: ['cfe'] });
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'inspect' }])?.code).toBe('NEEDS_VERIFICATION_TREATY');
    expect(validateOrders(QUIET, start(), 'blue', [{ type: 'inspect' }])).toBeUndefined();
    expect(validateOrders(QUIET, start(), 'blue', [{ type: 'inspect' }, { type: 'inspect' }])?.code).toBe('ONCE_PER_TURN');
  });

  it('reveals the rival’s true postures everywhere, including this turn’s deployments, which are read truly', () => {
    // Poor sight and much noise: without an inspection readings go wrong.
    const options = { settings: { distinguishability: 0, noise: 0.5 } };
    const redOrders: Order[] = [
      { type: 'deploy', region: 'central_russia', kind: 'troops', posture: 'defensive' },
      { type: 'deploy', region: 'south_russia', kind: 'troops', posture: 'defensive' },
      { type: 'deploy', region: 'belarus', kind: 'troops', posture: 'offensive' },
    ];
    let controlWrong = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const s0 = newGame(QUIET, { seed, intents: SS, ...options });
      const inspected = turn(QUIET, s0, [{ type: 'inspect' }], redOrders);
      const truth = inspected.sides.red.forces.map((f) => ({ offensive: f.offensive, unknown: 0, defensive: f.defensive }));
      expect(inspected.sides.blue.perceivedTroops).toEqual(truth);
      const reads = observationsIn(inspected, 'blue', 1).filter((o) => o.signal === 'deploy').map((o) => o.seen);
      expect(reads).toEqual(['defensive', 'defensive', 'offensive']);
      const control = turn(QUIET, s0, [], redOrders);
      if (json(control.sides.blue.perceivedTroops) !== json(truth)) controlWrong++;
    }
    expect(controlWrong).toBeGreaterThan(0);
  });
});

describe('treaty effects on δ and ω (as each side’s view reports them)', () => {
  const base = { distinguishability: 0.4, offenseAdvantage: 0.6 };
  const cases: [readonly Treaty[], number, number][] = [
    [[], base.distinguishability, base.offenseAdvantage],
    [['openSkies'], base.distinguishability + TREATY_RULES.openSkies.distinguishability, base.offenseAdvantage],
    [['cfe'], base.distinguishability + TREATY_RULES.cfe.distinguishability, base.offenseAdvantage + TREATY_RULES.cfe.offenseAdvantage],
    [['inf'], base.distinguishability, base.offenseAdvantage + TREATY_RULES.inf.offenseAdvantage],
    [['abm'], base.distinguishability, base.offenseAdvantage],
  ];
  it.each(cases)('with %j in force: δ = %d, ω = %d', (treaties, delta, omega) => {
    const s = start(QUIET, { treaties });
    for (const side of ['blue', 'red'] as const) {
      expect(view(QUIET, s, side).distinguishability).toBeCloseTo(delta, 9);
      expect(view(QUIET, s, side).offenseAdvantage).toBeCloseTo(omega, 9);
    }
  });

  it('CFE lowers ω and raises δ; INF lowers ω; Open Skies raises δ most (directions the lesson relies on)', () => {
    expect(TREATY_RULES.cfe.offenseAdvantage).toBeLessThan(0);
    expect(TREATY_RULES.cfe.distinguishability).toBeGreaterThan(0);
    expect(TREATY_RULES.inf.offenseAdvantage).toBeLessThan(0);
    expect(TREATY_RULES.openSkies.distinguishability).toBeGreaterThan(TREATY_RULES.cfe.distinguishability);
  });

  it('δ stays within 1 and ω at or above its minimum however many treaties stack', () => {
    const s = start(QUIET, { treaties: ['openSkies', 'cfe', 'inf', 'abm'], settings: { distinguishability: 0.9, offenseAdvantage: 0.3 } });
    expect(view(QUIET, s, 'blue').distinguishability).toBe(1);
    expect(view(QUIET, s, 'blue').offenseAdvantage).toBeCloseTo(MIN_OFFENSE_ADVANTAGE, 12);
  });

  it('a treaty entering into force in play changes δ from the next reading on', () => {
    const s0 = start(QUIET, { treaties: [] });
    const s1 = turn(QUIET, s0, [propose('openSkies')], [propose('openSkies')]);
    expect(view(QUIET, s1, 'blue').distinguishability).toBeCloseTo(base.distinguishability + TREATY_RULES.openSkies.distinguishability, 9);
  });
});

describe('weapon bans', () => {
  const armed = fixtureGame((s) => {
    s.regions.germany!.forces = { blue: { defensive: 2, strikeMissiles: 2, missileDefense: 1 } };
    s.regions.central_russia!.forces = { red: { defensive: 2, strikeMissiles: 1, missileDefense: 2 } };
  }, { quiet: true });

  it('INF entering into force removes every strike missile from the map, and only those', () => {
    const s1 = turn(armed, start(armed), [propose('inf')], [propose('inf')]);
    expect(forcesOf(armed, s1, 'blue', 'germany')).toMatchObject({ strikeMissiles: 0, missileDefense: 1, defensive: 2 });
    expect(forcesOf(armed, s1, 'red', 'central_russia')).toMatchObject({ strikeMissiles: 0, missileDefense: 2, defensive: 2 });
  });

  it('ABM entering into force removes every missile-defence battery, and only those', () => {
    const s1 = turn(armed, start(armed), [propose('abm')], [propose('abm')]);
    expect(forcesOf(armed, s1, 'blue', 'germany')).toMatchObject({ strikeMissiles: 2, missileDefense: 0 });
    expect(forcesOf(armed, s1, 'red', 'central_russia')).toMatchObject({ strikeMissiles: 1, missileDefense: 0 });
  });

  it('deploying a banned weapon is allowed but is a violation, found for certain by an inspecting rival', () => {
    const s0 = start(QUIET, { treaties: ['openSkies', 'inf'] });
    const order: Order = { type: 'deploy', region: 'germany', kind: 'strikeMissiles' };
    expect(validateOrders(QUIET, s0, 'blue', [order])).toBeUndefined();
    const s1 = turn(QUIET, s0, [order], [{ type: 'inspect' }]);
    expect(observationsIn(s1, 'red', 1).find((o) => o.signal === 'violation')).toMatchObject({ lambda: SIGNAL.violation, treaty: 'inf' });
    expect(s1.publicLog.some((e) => e.kind === 'violation' && e.side === 'blue')).toBe(true);
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.violationFound, 9);
  });
});

describe('CFE cap', () => {
  const cap = TREATY_RULES.cfe.cap ?? NaN;
  const atCap = fixtureGame((s) => {
    s.regions.poland!.forces = { blue: { defensive: cap } };
  }, { quiet: true });
  const deployIn = (region: string): Order => ({ type: 'deploy', region, kind: 'troops', posture: 'defensive' });

  it('going past the cap next to the rival’s perimeter is a violation, found for certain by inspection', () => {
    const s0 = start(atCap, { treaties: ['openSkies', 'cfe'] });
    const s1 = turn(atCap, s0, [deployIn('poland')], [{ type: 'inspect' }]);
    expect(forcesOf(atCap, s1, 'blue', 'poland').defensive).toBe(cap + 1);
    expect(observationsIn(s1, 'red', 1).filter((o) => o.signal === 'violation')).toMatchObject([{ treaty: 'cfe', region: 'poland' }]);
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.violationFound + TENSION.deployNearRival, 9);
  });

  it('does not apply away from the rival’s perimeter (Germany) or without the treaty', () => {
    const s0 = start(atCap, { treaties: ['openSkies', 'cfe'] });
    const inGermany = turn(atCap, s0, [deployIn('germany'), deployIn('germany')], [{ type: 'inspect' }]);
    expect(forcesOf(atCap, inGermany, 'blue', 'germany').defensive + forcesOf(atCap, inGermany, 'blue', 'germany').offensive).toBeGreaterThan(cap);
    expect(observationsIn(inGermany, 'red', 1).some((o) => o.signal === 'violation')).toBe(false);
    const noTreaty = turn(atCap, start(atCap, { treaties: ['openSkies'] }), [deployIn('poland')], [{ type: 'inspect' }]);
    expect(observationsIn(noTreaty, 'red', 1).some((o) => o.signal === 'violation')).toBe(false);
  });

  it(`without inspection a violation is found about ${VIOLATION_FOUND * 100}% of the time`, () => {
    let found = 0;
    const seeds = 300;
    for (let seed = 1; seed <= seeds; seed++) {
      const s1 = turn(atCap, newGame(atCap, { seed, intents: SS, treaties: ['cfe'] }), [deployIn('poland')]);
      if (s1.sides.red.observations.some((o) => o.signal === 'violation')) found++;
    }
    expect(Math.abs(found / seeds - VIOLATION_FOUND)).toBeLessThan(0.1);
  });
});

it('regions of the map are what the fixture tests above assume', () => {
  // Poland borders Belarus (a Red member) and Kaliningrad (Red home); Germany borders neither.
  const poland = regionIndex(QUIET, 'poland');
  const germany = regionIndex(QUIET, 'germany');
  const names = (r: number) => (QUIET.neighbors[r] ?? []).map((q) => QUIET.regionIds[q]);
  expect(names(poland)).toEqual(expect.arrayContaining(['belarus', 'kaliningrad']));
  expect(names(germany)).not.toContain('belarus');
  expect(names(germany)).not.toContain('kaliningrad');
});
