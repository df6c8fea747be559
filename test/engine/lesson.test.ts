/**
 * The lesson length: a scenario played in its key years. The calendar maps turns to
 * years; a played year brings the scheduled events of the skipped years before it; the
 * length is kept in the record (a replay reproduces it), scored against the lesson's
 * own pars, and refused with a stable code where the scenario has no lesson.
 */
import { describe, expect, it } from 'vitest';
import {
  ENGINE_VERSION,
  calendar,
  checkOptions,
  lengthsOf,
  newGame,
  outcome,
  parFor,
  record,
  replay,
  resample,
  startGame,
  submitCrisisChoice,
  submitOrders,
  view,
} from '../../src/engine/index.ts';
import type { Game, GameState, Order } from '../../src/engine/index.ts';
import { createBot } from '../../src/players/roster.ts';
import { playGame } from '../../src/match/play.ts';
import { HISTORICAL_IDS, gameFor } from '../../src/scenarios/catalog.ts';
import { SS, json, ok, seeded } from '../helpers.ts';

function game(id: string): Game {
  const g = gameFor(id);
  if (!g) throw new Error(`no scenario ${id}`);
  return g;
}

/** One turn: both sides submit, and any crisis that opens is calmed by both. */
function turn(g: Game, s: GameState, blue: readonly Order[] = [], red: readonly Order[] = []): GameState {
  let next = ok(submitOrders(g, ok(submitOrders(g, s, 'blue', blue)), 'red', red));
  if (next.phase === 'crisis') next = ok(submitCrisisChoice(g, ok(submitCrisisChoice(g, next, 'blue', 'deescalate')), 'red', 'deescalate'));
  return next;
}

const respond = (event: string, option: string): Order => ({ type: 'respond', event, option });
const MAIDAN = game('2014-maidan');

describe('the calendar', () => {
  it('every historical scenario has a lesson of 5–6 key years starting in its first year; the Lab has none', () => {
    for (const id of HISTORICAL_IDS) {
      const g = game(id);
      expect(lengthsOf(g.scenario)).toEqual(['full', 'lesson']);
      const cal = calendar(g, 'lesson');
      expect(cal.turns, id).toBeGreaterThanOrEqual(5);
      expect(cal.turns, id).toBeLessThanOrEqual(6);
      expect(cal.years[0]).toBe(g.scenario.year);
      expect(cal.pars.blue.security.security).toHaveLength(cal.turns);
    }
    expect(lengthsOf(game('lab').scenario)).toEqual(['full']);
  });

  it('a full game plays every year; a lesson its key years, turn by turn, in the view too', () => {
    expect(calendar(MAIDAN).years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(calendar(MAIDAN, 'lesson').years).toEqual([2014, 2015, 2017, 2019, 2021]);
    let s = newGame(MAIDAN, { seed: 3, intents: SS, length: 'lesson' });
    expect(s.length).toBe('lesson');
    const v = view(MAIDAN, s, 'blue');
    expect(v.length).toBe('lesson');
    expect(v.turns).toBe(5);
    expect(v.years).toEqual([2014, 2015, 2017, 2019, 2021]);
    const years: number[] = [];
    while (s.phase !== 'over') {
      years.push(s.year);
      s = turn(MAIDAN, s);
    }
    expect(years).toEqual([2014, 2015, 2017, 2019, 2021]);
    expect(s.turn).toBe(5);
    for (const side of ['blue', 'red'] as const) expect(s.sides[side].ledger.map((l) => l.turn)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a full game is unchanged by the option: length full is the default', () => {
    const a = newGame(MAIDAN, { seed: 9, intents: SS });
    const b = newGame(MAIDAN, { seed: 9, intents: SS, length: 'full' });
    expect(a.length).toBe('full');
    expect({ ...b, record: undefined }).toEqual({ ...a, record: undefined });
  });
});

describe('the skipped years', () => {
  it('a played year brings the scheduled events of the skipped years before it, if their conditions hold', () => {
    let s = newGame(MAIDAN, { seed: 1, intents: SS, length: 'lesson' });
    s = turn(MAIDAN, s, [], [respond('crimea', 'monitored-vote'), respond('donbas-war', 'intervene')]);
    expect(s.year).toBe(2015);
    expect(s.currentEvents).toEqual(expect.arrayContaining(['minsk-1', 'minsk-2', 'minsk-2-red']));
    s = turn(MAIDAN, s);
    // 2017 also covers 2016: Deveselu (2016) comes with Montenegro (2017).
    expect(s.year).toBe(2017);
    expect(s.currentEvents).toEqual(expect.arrayContaining(['deveselu', 'montenegro']));
    expect(s.currentEvents.indexOf('deveselu')).toBeLessThan(s.currentEvents.indexOf('montenegro'));
    s = turn(MAIDAN, s);
    expect(s.year).toBe(2019);
    expect(s.currentEvents).toContain('salisbury');
    // An event that waits on an answer still follows the answer, as in the full game.
    let restrained = newGame(MAIDAN, { seed: 1, intents: SS, length: 'lesson' });
    restrained = turn(MAIDAN, restrained, [], [respond('crimea', 'monitored-vote'), respond('donbas-war', 'restrain')]);
    expect(restrained.currentEvents).not.toContain('minsk-1');
  });

  it('in every lesson, each scheduled event up to the last played year is brought by a played year at or after its own', () => {
    for (const id of HISTORICAL_IDS) {
      const g = game(id);
      const cal = calendar(g, 'lesson');
      const lastYear = cal.years[cal.turns - 1] ?? 0;
      for (const e of g.scenario.events) {
        if (e.year === undefined || e.year > lastYear) continue;
        // The played year that brings it: the first at or after its year.
        const due = cal.years.find((y) => y >= e.year!);
        expect(due, `${id}: ${e.id}`).toBeDefined();
      }
    }
  });
});

describe('records, pars and refusals', () => {
  it('the record keeps the length: a replay rebuilds the lesson game exactly', () => {
    for (const id of HISTORICAL_IDS) {
      const g = game(id);
      const { state } = playGame(g, { blue: createBot('random'), red: createBot('random') }, { seed: 5, length: 'lesson' });
      expect(state.record.options.length).toBe('lesson');
      expect(state.engineVersion).toBe(ENGINE_VERSION);
      const rebuilt = ok(replay(g, JSON.parse(json(record(state)))));
      expect(json(rebuilt)).toBe(json(state));
      expect(state.turn).toBeLessThanOrEqual(calendar(g, 'lesson').turns);
    }
  });

  it('a lesson game is scored against the lesson’s pars, and a war’s toll runs to the lesson’s last turn', () => {
    let peaceful: GameState | undefined;
    let war: GameState | undefined;
    for (let seed = 1; seed < 200 && (!peaceful || !war); seed++) {
      const { state } = playGame(MAIDAN, { blue: createBot('hawk'), red: createBot('hawk') }, { seed, intents: SS, length: 'lesson' });
      if (state.war) war ??= state;
      else peaceful ??= state;
    }
    const cal = calendar(MAIDAN, 'lesson');
    if (peaceful) {
      const o = ok(outcome(MAIDAN, peaceful));
      expect(o.sides.blue.par).toBeCloseTo(parFor(cal.pars, 'blue', 'security', 'security'), 9);
      expect(o.sides.blue.parYears).toBe(5);
    }
    expect(war).toBeDefined();
    if (war) {
      const ledger = war.sides.blue.ledger;
      expect(ledger[ledger.length - 1]?.turn).toBe(cal.turns);
      const o = ok(outcome(MAIDAN, war));
      expect(o.summary).toContain(`in ${cal.years[(war.war?.turn ?? 1) - 1]}`);
    }
  });

  it('a lesson asked of a scenario without one is refused with NO_LESSON; a length that is not one with BAD_PARAMETER', () => {
    const lab = game('lab');
    expect(checkOptions(lab, { seed: 1, length: 'lesson' })?.code).toBe('NO_LESSON');
    const refused = startGame(lab, { seed: 1, length: 'lesson' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('NO_LESSON');
    expect(() => newGame(lab, { seed: 1, length: 'lesson' })).toThrow(/NO_LESSON/);
    expect(checkOptions(MAIDAN, { seed: 1, length: 'short' as never })?.code).toBe('BAD_PARAMETER');
    expect(checkOptions(MAIDAN, { seed: 1, length: 'lesson' })).toBeUndefined();
    expect(ok(startGame(MAIDAN, { seed: 1, length: 'lesson' })).length).toBe('lesson');
    // A record that asks for a lesson the scenario lacks cannot be replayed.
    const rec = record(newGame(lab, { seed: 1 }));
    const bad = replay(lab, { ...rec, options: { ...rec.options, length: 'lesson' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('BAD_RECORD');
      expect((bad.error.details.cause as { code: string }).code).toBe('NO_LESSON');
    }
  });

  it('a state resampled from a lesson view is a lesson state', () => {
    const s = newGame(MAIDAN, { seed: 2, length: 'lesson' });
    const r = resample(MAIDAN, view(MAIDAN, s, 'red'), seeded(4));
    expect(r.length).toBe('lesson');
    expect(view(MAIDAN, r, 'red').years).toEqual(calendar(MAIDAN, 'lesson').years);
  });
});
