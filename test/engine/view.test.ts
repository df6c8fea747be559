/**
 * What each side may see (DESIGN §8): its own intent, ledger, true postures, pending
 * orders, perception and observation log; of the rival only what is public.
 */
import { describe, expect, it } from 'vitest';
import { submitCrisisChoice, submitOrders, view } from '../../src/engine/index.ts';
import type { Order } from '../../src/engine/index.ts';
import { QUIET, STANDOFF, crisis, inCrisis, json, ok, regionIndex, start, turn } from '../helpers.ts';

/** Every field a view has. A new field must be checked against DESIGN §8 before it is added here. */
const VIEW_FIELDS = [
  'actionPoints',
  'alignment',
  // Public: which events fired and how event choices were answered.
  'answers',
  // Public: each side's extra action points from this turn's (public) events.
  'apBonus',
  // Public: the turn of each side's last assurance (assurances are made in public).
  'assuredTurn',
  // Public: δ, ω, ε before treaties — the rules of the world (scenario or Lab settings).
  'baseWorld',
  'contested',
  'credibility',
  'crisisHistory',
  'currentEvents',
  'distinguishability',
  // Public: each side's income, the scenario's changed only by public events.
  'economy',
  'fear',
  'firedEvents',
  'home',
  // How intents were set (drawn, chosen, fixed): public, like the rules (DESIGN §9).
  'intentMode',
  // Public: the game's length (full or lesson) and the year each turn plays.
  'length',
  'me',
  'noise',
  'offenseAdvantage',
  'ownForces',
  'perceivedTroops',
  'phase',
  'promises',
  'proposals',
  // Public: the tension each side's own moves raised (its share of a war's cost).
  'provocation',
  'publicLog',
  'ratifyWindow',
  // Public: each side's standing promises of restraint (made in public).
  'restraints',
  'rival',
  'rivalUnitTotals',
  'scenarioId',
  'side',
  'tension',
  'tensionHistory',
  'treaties',
  'turn',
  'turns',
  'units',
  'year',
  'years',
];
const ME_FIELDS = ['belief', 'economy', 'hostilityHistory', 'intent', 'ledger', 'observations', 'perceivedHostility', 'priorBelief', 'score', 'targets'];

describe('a side’s view', () => {
  it('has exactly the fields DESIGN §8 allows', () => {
    const v = view(QUIET, start(), 'blue');
    expect(Object.keys(v).filter((k) => k !== 'crisis' && k !== 'war').sort()).toEqual(VIEW_FIELDS);
    expect(Object.keys(v.me).filter((k) => k !== 'submitted').sort()).toEqual(ME_FIELDS);
  });

  it('shows the side its own intent, score, ledger, true postures and perception', () => {
    const s0 = start(QUIET, { intents: { blue: 'revisionist', red: 'security' } });
    const s1 = turn(QUIET, s0, [], [{ type: 'deploy', region: 'belarus', kind: 'troops', posture: 'offensive' }]);
    const v = view(QUIET, s1, 'blue');
    expect(v.side).toBe('blue');
    expect(v.rival).toBe('red');
    expect(v.me.intent).toBe('revisionist');
    expect(v.me.score).toBe(s1.sides.blue.score);
    expect(v.me.ledger).toEqual(s1.sides.blue.ledger);
    expect(v.ownForces).toEqual(s1.sides.blue.forces);
    expect(v.me.belief).toBe(s1.sides.blue.belief);
    expect(v.me.perceivedHostility).toBeCloseTo(1 / (1 + Math.exp(-s1.sides.blue.belief)), 12);
    expect(v.me.hostilityHistory).toEqual(s1.hostilityHistory.blue);
    expect(v.me.observations).toEqual(s1.sides.blue.observations);
    expect(v.perceivedTroops).toEqual(s1.sides.blue.perceivedTroops);
    expect(v.me.targets).toEqual(QUIET.scenario.sides.blue.targets);
  });

  it('shows the rival only as counts: troops, missile defence, strike missiles — never their postures', () => {
    const s = start();
    const v = view(QUIET, s, 'blue');
    const r = regionIndex(QUIET, 'central_russia');
    const f = s.sides.red.forces[r];
    expect(v.units.red[r]).toEqual({ troops: (f?.defensive ?? 0) + (f?.offensive ?? 0), missileDefense: 0, strikeMissiles: 0 });
    expect(v.rivalUnitTotals[r]).toBe(4);
    for (const counts of v.units.red) expect(Object.keys(counts).sort()).toEqual(['missileDefense', 'strikeMissiles', 'troops']);
  });

  it('shows public facts to both sides alike: alignment, tension, treaties, credibility, fear, events, log', () => {
    const s = turn(QUIET, start(), [{ type: 'assure' }, { type: 'propose', treaty: 'cfe' }], [{ type: 'sanction' }]);
    const blue = view(QUIET, s, 'blue');
    const red = view(QUIET, s, 'red');
    for (const key of ['alignment', 'home', 'contested', 'tension', 'treaties', 'proposals', 'credibility', 'fear', 'currentEvents', 'publicLog', 'tensionHistory', 'crisisHistory', 'firedEvents', 'answers', 'turn', 'year'] as const)
      expect(json(blue[key])).toBe(json(red[key]));
    expect(blue.units).toEqual(red.units);
    expect(blue.credibility).toEqual({ blue: s.sides.blue.credibility, red: s.sides.red.credibility });
  });

  it('shows a side its own submitted orders and nothing of the rival’s', () => {
    const orders: Order[] = [{ type: 'deploy', region: 'baltics', kind: 'troops', posture: 'offensive' }];
    const s0 = start();
    const redBefore = json(view(QUIET, s0, 'red'));
    const s1 = ok(submitOrders(QUIET, s0, 'blue', orders));
    expect(view(QUIET, s1, 'blue').me.submitted).toEqual(orders);
    expect(view(QUIET, s1, 'red').me.submitted).toBeUndefined();
    expect(json(view(QUIET, s1, 'red'))).toBe(redBefore);
    // Submitting no orders is still submitting: the view tells it from not having submitted.
    expect(view(QUIET, ok(submitOrders(QUIET, s0, 'red', [])), 'red').me.submitted).toEqual([]);
  });

  it('shows a crisis and only the side’s own choice; after a war, the war', () => {
    const s0 = inCrisis(9.5);
    const s1 = ok(submitCrisisChoice(STANDOFF, s0, 'red', 'hold'));
    expect(view(STANDOFF, s1, 'red').crisis).toEqual({ region: 'turkey', myChoice: 'hold' });
    expect(view(STANDOFF, s1, 'blue').crisis).toEqual({ region: 'turkey' });
    const over = crisis(STANDOFF, s0, 'hold', 'hold');
    expect(view(STANDOFF, over, 'blue').war).toEqual(over.war);
    expect(view(STANDOFF, over, 'blue').phase).toBe('over');
  });

  it('is a copy: changing it changes nothing in the game', () => {
    const s = turn(QUIET, start(), [{ type: 'assure' }], [{ type: 'sanction' }]);
    const before = json(s);
    const v = view(QUIET, s, 'blue');
    (v.alignment as number[])[0] = -3;
    (v.ownForces[regionIndex(QUIET, 'germany')] ?? { defensive: 0 }).defensive = 9;
    (v.perceivedTroops[0] ?? { unknown: 0 }).unknown = 5;
    v.me.observations.length = 0;
    v.me.ledger.push({ turn: 9, security: 1, prosperity: 1, influence: 1, targets: 1, war: 0, total: 4 });
    v.publicLog.length = 0;
    (v.credibility as { red: number }).red = 0;
    (v.treaties as string[]).push('inf');
    expect(json(s)).toBe(before);
  });

  it('never holds the seed or the random-number state, from which hidden draws could be recomputed', () => {
    const text = json(view(QUIET, start(), 'blue'));
    for (const key of ['"seed"', '"rng"', '"record"', '"pending"', '"sides"', '"intents"']) expect(text).not.toContain(key);
  });
});
