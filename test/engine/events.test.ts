/**
 * Scenario events (DESIGN §3 step 1): scheduled by year, drawn at random, some with a
 * choice for one side (answered with `respond`, the first option by default). Public.
 */
import { describe, expect, it } from 'vitest';
import { describeEntry, newGame, validateOrders, view } from '../../src/engine/index.ts';
import { MAX_UNITS_PER_REGION } from '../../src/engine/rules.ts';
import { SS, alignmentOf, fixtureGame, forcesOf, start, turn } from '../helpers.ts';

const EVENTFUL = fixtureGame();

describe('events', () => {
  it('a scheduled event fires once, at the start of the turn of its year, for both sides to see', () => {
    let s = start(EVENTFUL);
    const seenIn: number[] = [];
    while (s.phase !== 'over') {
      if (s.currentEvents.includes('scheduled')) seenIn.push(s.year);
      s = turn(EVENTFUL, s);
    }
    expect(seenIn).toEqual([2002]);
    expect(s.firedEvents.filter((id) => id === 'scheduled')).toHaveLength(1);
    const entry = s.publicLog.find((e) => e.kind === 'event' && e.event === 'scheduled');
    expect(entry?.turn).toBe(3);
  });

  it('applies its effects when it fires (tension +0.5)', () => {
    const quietFrom2002 = fixtureGame((sc) => {
      sc.events = sc.events.filter((e) => e.id === 'scheduled');
    });
    const s2 = turn(quietFrom2002, start(quietFrom2002));
    const s3 = turn(quietFrom2002, s2);
    expect(s3.currentEvents).toEqual(['scheduled']);
    expect(s3.tension).toBeCloseTo((s3.tensionHistory.at(-1) ?? NaN) + 0.5, 12);
  });

  it('a choice event takes the chosen side’s answer, or its first option when it gives none', () => {
    let s = start(EVENTFUL);
    while (s.year < 2003) s = turn(EVENTFUL, s);
    expect(view(EVENTFUL, s, 'blue').currentEvents).toContain('choice');
    expect(validateOrders(EVENTFUL, s, 'blue', [{ type: 'respond', event: 'choice', option: 'push' }])).toBeUndefined();
    const pushed = turn(EVENTFUL, s, [{ type: 'respond', event: 'choice', option: 'push' }]);
    expect(alignmentOf(EVENTFUL, pushed, 'west_ukraine')).toBe(alignmentOf(EVENTFUL, s, 'west_ukraine') + 1);
    const silent = turn(EVENTFUL, s);
    expect(alignmentOf(EVENTFUL, silent, 'west_ukraine')).toBe(alignmentOf(EVENTFUL, s, 'west_ukraine'));
    const answer = silent.publicLog.find((e) => e.kind === 'answer' && e.event === 'choice');
    expect(answer).toMatchObject({ side: 'blue', option: 'calm' });
    expect(answer && describeEntry(EVENTFUL, answer)).toBe('A choice: Calm.');
  });

  it('a random event is rolled each turn with its chance, and fires at most once a game', () => {
    const seeds = 100;
    let fired = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      let s = newGame(EVENTFUL, { seed, intents: SS });
      while (s.phase !== 'over') s = turn(EVENTFUL, s);
      const times = s.publicLog.filter((e) => e.kind === 'event' && e.event === 'random').length;
      expect(times).toBeLessThanOrEqual(1);
      expect(s.firedEvents.filter((id) => id === 'random')).toHaveLength(times);
      fired += times;
    }
    // Chance 0.2 a turn over the fixture's 10 turns: it fires in 1 − 0.8^10 ≈ 89% of games.
    const expected = 1 - (1 - 0.2) ** EVENTFUL.scenario.turns;
    expect(Math.abs(fired / seeds - expected)).toBeLessThan(0.1);
  });

  it('an action-point event changes the side’s action points for that turn only', () => {
    const game = fixtureGame((sc) => {
      sc.events = [{ id: 'crunch', title: 'Crunch', text: 'Budget cut.', year: 2001, effects: [{ type: 'actionPoints', side: 'red', delta: -2 }] }];
    });
    const s2 = turn(game, start(game));
    expect(view(game, s2, 'red').actionPoints).toBe(2);
    expect(view(game, s2, 'blue').actionPoints).toBe(4);
    expect(view(game, turn(game, s2), 'red').actionPoints).toBe(4);
  });

  it(`a forces event cannot push a side past ${MAX_UNITS_PER_REGION} units in a region`, () => {
    const game = fixtureGame((sc) => {
      sc.regions.germany!.forces = { blue: { defensive: MAX_UNITS_PER_REGION } };
      sc.events = [{ id: 'reinforce', title: 'Reinforcements', text: 'More troops.', year: 2001, effects: [{ type: 'forces', side: 'blue', region: 'germany', kind: 'troops', delta: 2 }] }];
    });
    const s2 = turn(game, start(game));
    const f = forcesOf(game, s2, 'blue', 'germany');
    expect(f.defensive + f.offensive + f.missileDefense + f.strikeMissiles).toBeLessThanOrEqual(MAX_UNITS_PER_REGION);
  });
});

describe('events that follow from what happened', () => {
  /** The quiet fixture with these events only (the fixture's years run 2000–2009). */
  const withEvents = (events: Record<string, unknown>[]) =>
    fixtureGame((sc) => {
      sc.events = events;
    });
  const ask = {
    id: 'ask',
    title: 'Ask',
    text: 'Red is asked.',
    year: 2000,
    effects: [],
    choice: {
      side: 'red',
      prompt: 'Which?',
      options: [
        { id: 'calm', label: 'Stay calm', effects: [] },
        { id: 'push', label: 'Push', effects: [{ type: 'annex', region: 'crimea', side: 'red' }] },
      ],
    },
  };
  const follows = { id: 'follows', title: 'Follows', text: 'It follows.', year: 2001, when: { chose: { event: 'ask', option: 'push' } }, effects: [{ type: 'tension', delta: 1 }] };

  function playTo(game: ReturnType<typeof withEvents>, year: number, redAnswer?: string) {
    let s = start(game);
    while (s.year < year && s.phase === 'planning')
      s = turn(game, s, [], s.currentEvents.includes('ask') && redAnswer ? [{ type: 'respond', event: 'ask', option: redAnswer }] : []);
    return s;
  }

  it('an event that waits on an answer fires only if that answer was given (and the answer is public)', () => {
    const game = withEvents([ask, follows]);
    const pushed = playTo(game, 2001, 'push');
    expect(pushed.currentEvents).toEqual(['follows']);
    expect(view(game, pushed, 'blue').answers).toEqual({ ask: 'push' });
    const calm = playTo(game, 2001, 'calm');
    expect(calm.currentEvents).toEqual([]);
    expect(playTo(game, 2005, 'calm').firedEvents).toEqual(['ask']);
  });

  it('an annexation makes a contested region the side’s home: in its bloc, no longer contested', () => {
    const game = withEvents([ask]);
    const s = playTo(game, 2001, 'push');
    const r = game.regionIndex.get('crimea') ?? -1;
    expect(s.home[r]).toBe('red');
    expect(alignmentOf(game, s, 'crimea')).toBe(-3);
    expect(s.contested[r]).toBe(false);
  });

  it('a scheduled event with a window fires at the first turn in it whose condition holds', () => {
    const waits = { id: 'waits', title: 'Waits', text: 'When tense.', year: 2001, until: 2006, when: { tension: { atLeast: 5 } }, effects: [{ type: 'economy', side: 'red', delta: 0 }] };
    const game = withEvents([waits]);
    let s = newGame(game, { seed: 1, intents: SS, settings: { tension: 2 } });
    const firedIn: number[] = [];
    while (s.phase === 'planning') {
      if (s.currentEvents.includes('waits')) firedIn.push(s.year);
      // Exercises push tension up past 5 in a few turns.
      s = turn(game, s, [{ type: 'exercise', region: 'germany' }, { type: 'exercise', region: 'poland' }, { type: 'exercise', region: 'france' }, { type: 'sanction' }]);
    }
    expect(firedIn).toHaveLength(1);
    expect(firedIn[0]).toBeGreaterThan(2002);
  });
});
