/**
 * War (DESIGN §6–7): it ends the game; the theatre is the crisis region and its
 * neighbours; the winner takes the region; both sides pay — a security seeker 40, a
 * revisionist 30 less 5 per value point of the region it won, scaled by its share of the
 * blame — and a toll for every year the war cuts off, with the par cut to the years played.
 */
import { describe, expect, it } from 'vitest';
import { awaiting, legalOrders, newGame, outcome, submitCrisisChoice, submitOrders } from '../../src/engine/index.ts';
import type { GameState, Intent, Order, Side } from '../../src/engine/index.ts';
import { SCORE_WEIGHTS, TENSION } from '../../src/engine/rules.ts';
import { provocationShare, warBlame } from '../../src/engine/payoff.ts';
import { STANDOFF, alignmentOf, crisis, fixtureGame, inCrisis, ok, regionIndex, turn } from '../helpers.ts';

const TURKEY_VALUE = STANDOFF.values[regionIndex(STANDOFF, 'turkey')] ?? NaN;

/** A war over Turkey: both hold at tension 9.5, and tension reaches 10. */
function warOverTurkey(seed: number, intents: Record<Side, Intent>): GameState {
  const s = crisis(STANDOFF, inCrisis(9.5, seed, {}, STANDOFF, { intents }), 'hold', 'hold');
  if (!s.war) throw new Error('expected a war');
  return s;
}

describe('war', () => {
  it('ends the game: nobody is awaited, no order or crisis choice is taken, the outcome is ready', () => {
    const s = warOverTurkey(1, { blue: 'security', red: 'security' });
    expect(s.phase).toBe('over');
    expect(awaiting(s)).toEqual([]);
    expect(legalOrders(STANDOFF, s, 'blue')).toEqual([]);
    const orders = submitOrders(STANDOFF, s, 'blue', []);
    expect(orders.ok || orders.error.code).toBe('GAME_OVER');
    const choice = submitCrisisChoice(STANDOFF, s, 'red', 'hold');
    expect(choice.ok || choice.error.code).toBe('GAME_OVER');
    const result = ok(outcome(STANDOFF, s));
    expect(result.war).toBe(true);
    expect(result.mutualSecurity).toBe(false);
    expect(s.tension).toBe(TENSION.warAt);
    // Below par after a war is not a shared failure: a war is decided by the achievements.
    expect(result.verdict).not.toBe('sharedFailure');
    const diff = result.sides.blue.achievement - result.sides.red.achievement;
    expect(result.winner).toBe(Math.abs(diff) < 2 ? 'draw' : diff > 0 ? 'blue' : 'red');
  });

  it('is fought over the crisis region and its neighbours, and the winner takes the region', () => {
    const s = warOverTurkey(1, { blue: 'security', red: 'security' });
    const war = s.war;
    if (!war) throw new Error('no war');
    expect(war.region).toBe('turkey');
    expect([...war.theatre].sort()).toEqual(['bulgaria', 'georgia', 'greece', 'turkey']);
    expect(alignmentOf(STANDOFF, s, 'turkey')).toBe(war.winner === 'blue' ? 3 : -3);
    // Strength: own units in the theatre (4 each here) plus a die.
    for (const side of ['blue', 'red'] as const) {
      const roll = war.strength[side] - 4;
      expect(Number.isInteger(roll) && roll >= 1 && roll <= 6).toBe(true);
    }
  });

  it('multiplies the strength of the side that escalated by 1 + ω', () => {
    let seen = 0;
    for (let seed = 1; seed <= 60 && seen < 5; seed++) {
      const s = crisis(STANDOFF, inCrisis(7.2, seed), 'escalate', 'hold');
      if (!s.war) continue;
      seen++;
      const omega = s.offenseAdvantage; // no treaty in the standoff changes ω
      expect(s.war.escalator).toBe('blue');
      const roll = s.war.strength.blue - 4 * (1 + omega);
      expect(roll).toBeGreaterThan(1 - 1e-9);
      expect(roll).toBeLessThan(6 + 1e-9);
      expect(Math.abs(roll - Math.round(roll))).toBeLessThan(1e-9);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('costs a security seeker 40 and a revisionist 30 (less 5 × the value of the region it won), scaled by its share of blame', () => {
    const entries = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const intents: Record<Side, Intent> = seed % 2 ? { blue: 'security', red: 'revisionist' } : { blue: 'revisionist', red: 'security' };
      const s = warOverTurkey(seed, intents);
      for (const side of ['blue', 'red'] as const) {
        const me = s.sides[side];
        const [cost, ...tolls] = me.ledger.filter((l) => l.war !== 0);
        const w = SCORE_WEIGHTS[me.intent];
        const won = s.war?.winner === side;
        const blame = warBlame(provocationShare(s, side));
        const expected = w.war * blame + (won ? w.warRegionWon * TURKEY_VALUE : 0);
        expect(cost).toEqual({ turn: s.war?.turn, war: expected, total: expected, security: 0, prosperity: 0, influence: 0, targets: 0 });
        expect(tolls.every((l) => l.atWar && l.total === w.warYear * blame)).toBe(true);
        expect(me.score).toBeCloseTo(me.ledger.reduce((sum, l) => sum + l.total, 0), 9);
        entries.add(`${me.intent}-${won ? 'won' : 'lost'}`);
      }
    }
    // Every combination was met, so every branch of the rule was checked.
    expect([...entries].sort()).toEqual(['revisionist-lost', 'revisionist-won', 'security-lost', 'security-won']);
    expect(SCORE_WEIGHTS.security.war).toBe(-40);
    expect(SCORE_WEIGHTS.revisionist.war).toBe(-30);
    expect(SCORE_WEIGHTS.revisionist.warRegionWon).toBe(5);
  });

  it('falls harder on the side that did more to raise tension', () => {
    expect(warBlame(0)).toBe(0.25);
    expect(warBlame(0.5)).toBe(1);
    expect(warBlame(1)).toBe(1.75);
    // Blue provokes (exercises and sanctions), Red only holds in the crisis that follows.
    const provoke: Order[] = [{ type: 'exercise', region: 'germany' }, { type: 'exercise', region: 'poland' }, { type: 'exercise', region: 'france' }, { type: 'sanction' }];
    let s = newGame(STANDOFF, { seed: 1, intents: { blue: 'security', red: 'security' }, settings: { tension: 6 } });
    while (s.phase !== 'over') s = s.phase === 'crisis' ? crisis(STANDOFF, s, 'hold', 'hold') : turn(STANDOFF, s, provoke);
    expect(s.war).toBeDefined();
    expect(s.provocation.blue).toBeGreaterThan(s.provocation.red);
    const cost = (side: Side) => s.sides[side].ledger.find((l) => l.war !== 0 && !l.atWar)?.war ?? 0;
    expect(cost('blue')).toBeLessThan(cost('red'));
  });

  it('does not end the accounting: every year it cuts off costs a toll, and the par shrinks to the years played', () => {
    // A crisis war in turn 2 of the fixture's 10 cuts off turns 2…10.
    const s = warOverTurkey(1, { blue: 'security', red: 'security' });
    const turns = STANDOFF.scenario.turns;
    const o = ok(outcome(STANDOFF, s));
    for (const side of ['blue', 'red'] as const) {
      const atWar = s.sides[side].ledger.filter((l) => l.atWar);
      expect(atWar.map((l) => l.turn)).toEqual(Array.from({ length: turns - 1 }, (_, i) => i + 2));
      expect(atWar.every((l) => l.total < 0)).toBe(true);
      const firstYear = STANDOFF.scenario.pars[side].security.security[0] ?? NaN;
      expect(o.sides[side].parYears).toBe(1);
      expect(o.sides[side].par).toBeCloseTo(firstYear, 9);
    }
  });

  it('a war from the tension track at the end of a turn cuts off only the turns after it', () => {
    // Turn 1 never opens with a crisis; its provocations push tension from 9 past 10.
    let s = newGame(STANDOFF, { seed: 1, intents: { blue: 'security', red: 'security' }, settings: { tension: 9 } });
    const provoke = (home: string[]) => [...home.map((region) => ({ type: 'exercise' as const, region })), { type: 'sanction' as const }];
    s = turn(STANDOFF, s, provoke(['germany', 'poland', 'france']), provoke(['central_russia', 'south_russia', 'northwest_russia']));
    expect(s.war).toBeDefined();
    const warTurn = s.war?.turn ?? 0;
    const years = s.sides.blue.ledger.filter((l) => l.atWar).map((l) => l.turn);
    expect(years[0]).toBe(warTurn + 1);
    expect(s.sides.blue.ledger.filter((l) => l.turn === warTurn && !l.atWar && l.war === 0)).toHaveLength(1);
  });

  it('never breaks out from events alone: they stop at the brink and a crisis opens instead', () => {
    const game = fixtureGame((s) => {
      s.events = [{ id: 'shock', title: 'Shock', text: 'A shock.', year: 2001, effects: [{ type: 'tension', delta: 10 }] }];
    });
    const s0 = newGame(game, { seed: 1, intents: { blue: 'security', red: 'security' } });
    const s1 = turn(game, s0);
    expect(s1.war).toBeUndefined();
    expect(s1.tension).toBe(TENSION.eventCeiling);
    expect(s1.phase).toBe('crisis');
    expect(s1.home[regionIndex(game, s1.crisis?.region ?? '')]).toBe('');
  });
});
