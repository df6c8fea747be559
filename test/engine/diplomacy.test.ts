/**
 * Diplomacy orders (DESIGN §4): assure (cheap talk), summit (held only when both order
 * it), restraint (a costly signal with a promise whose breaking costs credibility) and
 * sanction (prosperity).
 */
import { describe, expect, it } from 'vitest';
import { orderCost, validateOrders } from '../../src/engine/index.ts';
import type { Order } from '../../src/engine/index.ts';
import { AP_COST, CREDIBILITY, PROSPERITY, RESTRAINT_TURNS, SIGNAL, TENSION } from '../../src/engine/rules.ts';
import { QUIET, fixtureGame, forcesOf, lastLine, observationsIn, start, tensionFromOrders, turn } from '../helpers.ts';

const deploy = (region: string): Order => ({ type: 'deploy', region, kind: 'troops', posture: 'defensive' });

describe('assure', () => {
  it('is free, once per turn, and read as mildly reassuring — discounted by fear and the sender’s credibility', () => {
    const s0 = start();
    expect(orderCost({ type: 'assure' }, 0)).toBe(0);
    expect(AP_COST.assure).toBe(0);
    expect(validateOrders(QUIET, s0, 'blue', [{ type: 'assure' }, { type: 'assure' }])?.code).toBe('ONCE_PER_TURN');
    const s1 = turn(QUIET, s0, [{ type: 'assure' }]);
    const [seen] = observationsIn(s1, 'red', 1);
    const bias = (1 - s0.sides.red.fear) * s0.sides.blue.credibility;
    expect(seen).toMatchObject({ signal: 'assure', lambda: SIGNAL.assure, weight: 1 });
    expect(seen?.bias).toBeCloseTo(bias, 12);
    expect(seen?.delta).toBeCloseTo(SIGNAL.assure * bias, 12);
  });

  it('followed next turn by a deployment next to the rival’s home costs credibility', () => {
    const s0 = start();
    const assured = turn(QUIET, s0, [{ type: 'assure' }]);
    const silent = turn(QUIET, s0);
    // Poland borders Kaliningrad, Red's home; Iberia is far from it.
    const nearLie = turn(QUIET, assured, [deploy('poland')]);
    const nearPlain = turn(QUIET, silent, [deploy('poland')]);
    const far = turn(QUIET, assured, [deploy('iberia')]);
    expect(nearPlain.sides.blue.credibility - nearLie.sides.blue.credibility).toBeCloseTo(CREDIBILITY.brokenPromise, 9);
    expect(far.sides.blue.credibility).toBeCloseTo(nearPlain.sides.blue.credibility, 9);
    expect(nearLie.publicLog.some((e) => e.kind === 'promiseBroken' && e.side === 'blue')).toBe(true);
  });
});

describe('summit', () => {
  it('is held only when both sides order it: tension −1 and both read it as reassuring', () => {
    const s0 = start();
    const held = turn(QUIET, s0, [{ type: 'summit' }], [{ type: 'summit' }]);
    expect(tensionFromOrders(s0, held)).toBeCloseTo(TENSION.summit, 9);
    for (const side of ['blue', 'red'] as const)
      expect(observationsIn(held, side, 1)).toMatchObject([{ signal: 'summitHeld', lambda: SIGNAL.summitHeld }]);
    expect(held.publicLog.filter((e) => e.kind === 'summit' && e.side === undefined)).toHaveLength(1);
  });

  it('offered by one side only is not held: no tension change, only the offer is seen', () => {
    const s0 = start();
    const offered = turn(QUIET, s0, [{ type: 'summit' }]);
    expect(tensionFromOrders(s0, offered)).toBeCloseTo(0, 9);
    expect(observationsIn(offered, 'red', 1)).toMatchObject([{ signal: 'summitOffered', lambda: SIGNAL.summitOffered }]);
    expect(observationsIn(offered, 'blue', 1)).toEqual([]);
    expect(offered.publicLog.some((e) => e.kind === 'summit' && e.side === undefined)).toBe(false);
    expect(offered.publicLog.filter((e) => e.side === 'blue')).toMatchObject([{ kind: 'order', order: { type: 'summit' }, outcome: 'notTakenUp' }]);
  });
});

describe('restraint', () => {
  it('pulls back the most threatening unit (offensive troops first), promises restraint and is read as reassuring', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [{ type: 'restraint', region: 'germany' }]);
    expect(forcesOf(QUIET, s1, 'blue', 'germany')).toMatchObject({ defensive: 2, offensive: 0 });
    expect(s1.sides.blue.promises).toEqual([{ kind: 'restraint', region: 'germany', untilTurn: 1 + RESTRAINT_TURNS }]);
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.restraint, 9);
    const [seen] = observationsIn(s1, 'red', 1);
    expect(seen).toMatchObject({ signal: 'restraint', lambda: SIGNAL.restraint, region: 'germany' });
    expect(seen?.delta).toBeLessThan(0);
  });

  it('needs a unit to pull back (NO_UNIT) and cannot go with a deployment in the same region (RESTRAINT_PROMISED)', () => {
    const s = start();
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'restraint', region: 'iberia' }])?.code).toBe('NO_UNIT');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'restraint', region: 'germany' }, deploy('germany')])?.code).toBe('RESTRAINT_PROMISED');
    expect(validateOrders(QUIET, s, 'blue', [deploy('germany'), { type: 'restraint', region: 'germany' }])?.code).toBe('RESTRAINT_PROMISED');
    expect(
      validateOrders(QUIET, s, 'blue', [
        { type: 'restraint', region: 'germany' },
        { type: 'restraint', region: 'germany' },
      ])?.code,
    ).toBe('RESTRAINT_PROMISED');
  });

  it('cannot be promised again in a region while the promise stands', () => {
    const s1 = turn(QUIET, start(), [{ type: 'restraint', region: 'germany' }]);
    expect(validateOrders(QUIET, s1, 'blue', [{ type: 'restraint', region: 'germany' }])?.code).toBe('RESTRAINT_PROMISED');
  });

  it('broken by deploying there in a later turn costs credibility and ends the promise', () => {
    const s1 = turn(QUIET, start(), [{ type: 'restraint', region: 'germany' }]);
    // Deploying there is allowed: breaking a promise is a choice, with a price.
    expect(validateOrders(QUIET, s1, 'blue', [deploy('germany')])).toBeUndefined();
    const broken = turn(QUIET, s1, [deploy('germany')]);
    const kept = turn(QUIET, s1, [deploy('france')]);
    expect(kept.sides.blue.credibility - broken.sides.blue.credibility).toBeCloseTo(CREDIBILITY.brokenPromise, 9);
    expect(broken.sides.blue.promises).toEqual([]);
    expect(broken.publicLog.some((e) => e.kind === 'promiseBroken' && e.turn === 2 && e.side === 'blue')).toBe(true);
    expect(kept.sides.blue.promises).toHaveLength(1);
  });

  it(`binds for ${RESTRAINT_TURNS} turns after the turn it is made; deploying after that breaks nothing`, () => {
    let s = turn(QUIET, start(), [{ type: 'restraint', region: 'germany' }]);
    for (let t = 0; t < RESTRAINT_TURNS; t++) s = turn(QUIET, s);
    expect(s.sides.blue.promises).toEqual([]);
    const after = turn(QUIET, s, [deploy('germany')]);
    const control = turn(QUIET, s, [deploy('france')]);
    expect(after.sides.blue.credibility).toBeCloseTo(control.sides.blue.credibility, 12);
  });

  it('with a withdrawal in the same region, both orders take effect: no order is paid for and silently dropped', () => {
    // One offensive troop unit and one strike-missile battery: restraint pulls back the
    // most threatening unit (the troops), so the withdrawal of troops has nothing left.
    const game = fixtureGame((sc) => {
      sc.regions.germany!.forces = { blue: { offensive: 1, strikeMissiles: 1 } };
    }, { quiet: true });
    const s0 = start(game);
    const bundle: Order[] = [
      { type: 'withdraw', region: 'germany', kind: 'troops' },
      { type: 'restraint', region: 'germany' },
    ];
    if (validateOrders(game, s0, 'blue', bundle) !== undefined) return; // refusing the pair would be fine too
    const f = forcesOf(game, turn(game, s0, bundle), 'blue', 'germany');
    expect(f.defensive + f.offensive + f.missileDefense + f.strikeMissiles).toBe(0);
  });

  it('credibility recovers each turn, but never above 1', () => {
    let s = start();
    const before = s.sides.blue.credibility;
    s = turn(QUIET, s);
    expect(s.sides.blue.credibility).toBeCloseTo(Math.min(1, before + CREDIBILITY.recovery), 12);
    for (let i = 0; i < 6; i++) s = turn(QUIET, s);
    expect(s.sides.blue.credibility).toBe(1);
  });
});

describe('sanction', () => {
  it(`costs the rival ${PROSPERITY.sanctionSuffered} and the sanctioner ${PROSPERITY.sanctionImposed} in prosperity that turn`, () => {
    const s0 = start();
    const sanctioned = turn(QUIET, s0, [{ type: 'sanction' }]);
    const control = turn(QUIET, s0);
    expect(lastLine(sanctioned, 'red').prosperity - lastLine(control, 'red').prosperity).toBeCloseTo(-PROSPERITY.sanctionSuffered, 9);
    expect(lastLine(sanctioned, 'blue').prosperity - lastLine(control, 'blue').prosperity).toBeCloseTo(-PROSPERITY.sanctionImposed, 9);
    // Only that turn: next turn the two differ only by the trade lost to the higher tension.
    const next = turn(QUIET, sanctioned);
    const nextControl = turn(QUIET, control);
    const calmLost = (PROSPERITY.tradeCalm * (sanctioned.tension - control.tension)) / 10;
    expect(lastLine(next, 'red').prosperity - lastLine(nextControl, 'red').prosperity).toBeCloseTo(-calmLost, 9);
  });

  it('raises tension, is read as hostile and is allowed once per turn', () => {
    const s0 = start();
    const s1 = turn(QUIET, s0, [{ type: 'sanction' }]);
    expect(tensionFromOrders(s0, s1)).toBeCloseTo(TENSION.sanction, 9);
    expect(observationsIn(s1, 'red', 1)).toMatchObject([{ signal: 'sanction', lambda: SIGNAL.sanction }]);
    expect(validateOrders(QUIET, s0, 'blue', [{ type: 'sanction' }, { type: 'sanction' }])?.code).toBe('ONCE_PER_TURN');
  });
});
