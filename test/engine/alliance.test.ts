/**
 * Alliance orders (DESIGN §4): court (odds checked over many seeds), admit, support,
 * annex (OUTNUMBERED, and the region becoming a home).
 */
import { describe, expect, it } from 'vitest';
import { newGame, submitOrders, validateOrders, view } from '../../src/engine/index.ts';
import type { Game, Order } from '../../src/engine/index.ts';
import { COURT, CREDIBILITY, PROXIMITY, SIGNAL, TENSION } from '../../src/engine/rules.ts';
import { QUIET, SS, alignmentOf, fixtureGame, observationsIn, start, tensionFromOrders, turn } from '../helpers.ts';

/** Share of `seeds` games in which Blue's court of `region` moves it one step towards Blue. */
function courtSuccessRate(game: Game, region: string, seeds: number): number {
  let moved = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const s0 = newGame(game, { seed, intents: SS });
    const s1 = turn(game, s0, [{ type: 'court', region }]);
    const step = alignmentOf(game, s1, region) - alignmentOf(game, s0, region);
    expect([0, 1]).toContain(step);
    moved += step;
  }
  return moved / seeds;
}

describe('court', () => {
  // Sweden and Finland are neutral; the variant puts Red troops in Sweden and Blue in Finland.
  const game = fixtureGame((s) => {
    s.regions.sweden = { alignment: 0, forces: { red: { defensive: 1 } } };
    s.regions.finland = { alignment: 0, forces: { blue: { defensive: 1 } } };
  }, { quiet: true });
  const SEEDS = 800;

  it(`succeeds about ${COURT.base * 100}% of the time in an empty region`, () => {
    expect(courtSuccessRate(game, 'hungary', SEEDS)).toBeCloseTo(COURT.base, 1);
  });

  it('succeeds less often where the rival has units, more often where the courting side has', () => {
    const rivalThere = courtSuccessRate(game, 'sweden', SEEDS);
    const ownThere = courtSuccessRate(game, 'finland', SEEDS);
    expect(Math.abs(rivalThere - (COURT.base + COURT.rivalUnits))).toBeLessThan(0.06);
    expect(Math.abs(ownThere - (COURT.base + COURT.ownUnits))).toBeLessThan(0.06);
    expect(rivalThere).toBeLessThan(ownThere);
  });

  it('never makes a member: a leaning region becomes a partner, and a partner must be admitted', () => {
    let s = start();
    for (let i = 0; i < 6 && alignmentOf(QUIET, s, 'west_ukraine') < 2; i++) s = turn(QUIET, s, [{ type: 'court', region: 'west_ukraine' }]);
    expect(alignmentOf(QUIET, s, 'west_ukraine')).toBe(2);
    const again = validateOrders(QUIET, s, 'blue', [{ type: 'court', region: 'west_ukraine' }]);
    expect(again?.code).toBe('ALIGNMENT');
    expect(again?.details).toMatchObject({ alignment: 2 });
  });

  it('pulls a rival-leaning region towards the courting side (Red courts Blue-leaning Central Ukraine)', () => {
    let moved = false;
    for (let seed = 1; seed <= 10 && !moved; seed++) {
      const s0 = newGame(QUIET, { seed, intents: SS });
      const s1 = turn(QUIET, s0, [], [{ type: 'court', region: 'central_ukraine' }]);
      moved = alignmentOf(QUIET, s1, 'central_ukraine') === 0;
    }
    expect(moved).toBe(true);
  });

  it('is refused in a home region, in a rival bloc member, and twice in one region (one alliance order per region)', () => {
    const s = start();
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'court', region: 'kaliningrad' }])?.code).toBe('HOME_REGION');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'court', region: 'germany' }])?.code).toBe('HOME_REGION');
    expect(validateOrders(QUIET, s, 'blue', [{ type: 'court', region: 'belarus' }])?.code).toBe('ALIGNMENT');
    expect(
      validateOrders(QUIET, s, 'blue', [
        { type: 'court', region: 'hungary' },
        { type: 'court', region: 'hungary' },
      ])?.code,
    ).toBe('ONE_ALLIANCE_ORDER_PER_REGION');
  });

  it('is seen by the rival with the court signal, weighted by proximity', () => {
    const s1 = turn(QUIET, start(), [{ type: 'court', region: 'hungary' }, { type: 'court', region: 'west_ukraine' }]);
    const seen = observationsIn(s1, 'red', 1);
    expect(seen.map((o) => [o.region, o.lambda, o.weight])).toEqual([
      ['hungary', SIGNAL.court, PROXIMITY.elsewhere],
      // West Ukraine borders Belarus, a member of Red's bloc.
      ['west_ukraine', SIGNAL.court, PROXIMITY.member],
    ]);
  });
});

describe('admit', () => {
  const game = fixtureGame((s) => {
    s.regions.greece = { alignment: 2 };
  }, { quiet: true });

  it('makes a partner a member, for 2 AP', () => {
    const s0 = start(game);
    expect(validateOrders(game, s0, 'blue', [{ type: 'admit', region: 'baltics' }, { type: 'admit', region: 'greece' }])).toBeUndefined();
    const s1 = turn(game, s0, [{ type: 'admit', region: 'baltics' }, { type: 'admit', region: 'greece' }]);
    expect(alignmentOf(game, s1, 'baltics')).toBe(3);
    expect(alignmentOf(game, s1, 'greece')).toBe(3);
    expect(
      validateOrders(game, s0, 'blue', [{ type: 'admit', region: 'baltics' }, { type: 'admit', region: 'greece' }, { type: 'assure' }, { type: 'sanction' }])
        ?.code,
    ).toBe('NOT_ENOUGH_AP');
  });

  it('next to the rival’s home raises tension and alarms it more than far away (encirclement)', () => {
    const s0 = start(game);
    const near = turn(game, s0, [{ type: 'admit', region: 'baltics' }]);
    const far = turn(game, s0, [{ type: 'admit', region: 'greece' }]);
    expect(tensionFromOrders(s0, near)).toBeCloseTo(TENSION.admitNearRivalHome, 9);
    expect(tensionFromOrders(s0, far)).toBeCloseTo(0, 9);
    const nearSeen = observationsIn(near, 'red', 1)[0];
    const farSeen = observationsIn(far, 'red', 1)[0];
    expect(nearSeen).toMatchObject({ signal: 'admit', lambda: SIGNAL.admit, weight: PROXIMITY.home });
    expect(farSeen).toMatchObject({ signal: 'admit', lambda: SIGNAL.admit, weight: PROXIMITY.elsewhere });
    expect(near.sides.red.belief).toBeGreaterThan(far.sides.red.belief);
  });

  it('is refused for anything but a partner (ALIGNMENT)', () => {
    const s = start(game);
    expect(validateOrders(game, s, 'blue', [{ type: 'admit', region: 'west_ukraine' }])?.code).toBe('ALIGNMENT');
    expect(validateOrders(game, s, 'blue', [{ type: 'admit', region: 'poland' }])?.code).toBe('ALIGNMENT');
    expect(validateOrders(game, s, 'red', [{ type: 'admit', region: 'baltics' }])?.code).toBe('ALIGNMENT');
  });
});

describe('support', () => {
  it('moves a contested region one step towards the supporter, certainly', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const s0 = newGame(QUIET, { seed, intents: SS });
      const s1 = turn(QUIET, s0, [{ type: 'support', region: 'crimea' }], [{ type: 'support', region: 'east_ukraine' }]);
      expect(alignmentOf(QUIET, s1, 'crimea')).toBe(alignmentOf(QUIET, s0, 'crimea') + 1);
      expect(alignmentOf(QUIET, s1, 'east_ukraine')).toBe(alignmentOf(QUIET, s0, 'east_ukraine') - 1);
    }
  });

  it('is refused where there is no separatist movement (NOT_CONTESTED) and beyond partner (ALIGNMENT)', () => {
    const s0 = start();
    expect(validateOrders(QUIET, s0, 'red', [{ type: 'support', region: 'west_ukraine' }])?.code).toBe('NOT_CONTESTED');
    const s1 = turn(QUIET, s0, [], [{ type: 'support', region: 'crimea' }]);
    expect(alignmentOf(QUIET, s1, 'crimea')).toBe(-2);
    expect(validateOrders(QUIET, s1, 'red', [{ type: 'support', region: 'crimea' }])?.code).toBe('ALIGNMENT');
  });
});

describe('a conflict only one side takes sides in (backers)', () => {
  // The 1991 scenario: no Western power backed Chișinău, Tbilisi or Kyiv against separatists.
  const game = fixtureGame((s) => {
    s.regions.crimea = { alignment: 2, contested: true, backers: ['red'], forces: { blue: { defensive: 2 } } };
  }, { quiet: true });

  it('refuses the other side support and annexation there (NOT_A_BACKER), but not courtship', () => {
    const s0 = start(game);
    for (const type of ['support', 'annex'] as const) {
      const refusal = validateOrders(game, s0, 'blue', [{ type, region: 'crimea' }]);
      expect(refusal?.code).toBe('NOT_A_BACKER');
      expect(refusal?.message).toMatch(/only .* takes sides in Crimea/);
    }
    expect(validateOrders(game, s0, 'blue', [{ type: 'admit', region: 'crimea' }])).toBeUndefined();
    expect(validateOrders(game, s0, 'red', [{ type: 'support', region: 'crimea' }])).toBeUndefined();
  });

  it('leaves every other contested region open to both sides', () => {
    expect(validateOrders(game, start(game), 'blue', [{ type: 'support', region: 'east_ukraine' }])).toBeUndefined();
    expect(validateOrders(QUIET, start(), 'blue', [{ type: 'support', region: 'crimea' }])).toBeUndefined();
  });
});

describe('annex', () => {
  it('turns a contested partner region where the annexer has more units into its home', () => {
    const s0 = start();
    const crimea: Order = { type: 'annex', region: 'crimea' };
    // Alignment −1 towards Red is not enough.
    expect(validateOrders(QUIET, s0, 'red', [crimea])?.code).toBe('ALIGNMENT');
    const s1 = turn(QUIET, s0, [], [{ type: 'support', region: 'crimea' }]);
    // A partner now, but no Red unit there yet: 0 against 0 is not "more".
    const outnumbered = validateOrders(QUIET, s1, 'red', [crimea]);
    expect(outnumbered?.code).toBe('OUTNUMBERED');
    expect(outnumbered?.details).toMatchObject({ mine: 0, theirs: 0 });
    const s2 = turn(QUIET, s1, [], [{ type: 'deploy', region: 'crimea', kind: 'troops', posture: 'defensive' }]);
    const s3 = turn(QUIET, s2, [], [crimea]);
    const r = QUIET.regionIndex.get('crimea') ?? -1;
    expect(s3.home[r]).toBe('red');
    expect(s3.alignment[r]).toBe(-3);
    expect(s3.contested[r]).toBe(false);
    expect(view(QUIET, s3, 'blue').home[r]).toBe('red');
    expect(tensionFromOrders(s2, s3)).toBeCloseTo(TENSION.annex, 9);
    expect(observationsIn(s3, 'blue', 3)).toMatchObject([{ signal: 'annex', lambda: SIGNAL.annex, region: 'crimea' }]);
    // A home cannot be courted or supported any more.
    expect(validateOrders(QUIET, s3, 'blue', [{ type: 'court', region: 'crimea' }])?.code).toBe('HOME_REGION');
  });

  it('is refused when the rival has as many units there (OUTNUMBERED)', () => {
    const game = fixtureGame((s) => {
      s.regions.crimea = { alignment: -2, contested: true, forces: { red: { defensive: 2 }, blue: { defensive: 2 } } };
    }, { quiet: true });
    const s = start(game);
    const refusal = validateOrders(game, s, 'red', [{ type: 'annex', region: 'crimea' }]);
    expect(refusal?.code).toBe('OUTNUMBERED');
    expect(refusal?.details).toMatchObject({ mine: 2, theirs: 2 });
    const result = submitOrders(game, s, 'red', [{ type: 'annex', region: 'crimea' }]);
    expect(result.ok).toBe(false);
  });

  it('is refused in a region without a separatist movement (NOT_CONTESTED)', () => {
    expect(validateOrders(QUIET, start(), 'red', [{ type: 'annex', region: 'belarus' }])?.code).toBe('NOT_CONTESTED');
  });

  it('right after an assurance costs credibility: the assurance was a lie', () => {
    const game = fixtureGame((s) => {
      s.regions.crimea = { alignment: -2, contested: true, forces: { red: { defensive: 2 } } };
    }, { quiet: true });
    const s0 = start(game);
    const assured = turn(game, s0, [], [{ type: 'assure' }]);
    const silent = turn(game, s0);
    const lie = turn(game, assured, [], [{ type: 'annex', region: 'crimea' }]);
    const plain = turn(game, silent, [], [{ type: 'annex', region: 'crimea' }]);
    expect(plain.sides.red.credibility - lie.sides.red.credibility).toBeCloseTo(CREDIBILITY.brokenPromise, 9);
  });
});
