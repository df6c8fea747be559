/**
 * Resampling, in the spirit of OpenSpiel's resampling conformance test: a state drawn
 * from a side's view looks, from that side, exactly like the real one — at every step of
 * random games in every scenario, crises and half-submitted turns included — it is sound,
 * it plays on under the rules, and what the view does not show really is drawn.
 */
import { describe, expect, it } from 'vitest';
import { awaiting, createGame, invariantProblems, newGame, resample, Resampler, submitOrders, view } from '../../src/engine/index.ts';
import type { Game, GameState, Side } from '../../src/engine/index.ts';
import { MAP, SCENARIOS, gameFor } from '../../src/scenarios/catalog.ts';
import { applyInput, fixtureGame, playRandomGame, randomInput, seeded } from '../helpers.ts';

const SIDES: readonly Side[] = ['blue', 'red'];

function gameOf(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`no scenario ${id}`);
  return game;
}

const GAMES: readonly Game[] = [fixtureGame(), ...SCENARIOS.map((s) => gameOf(s.id))];

/** Problems with resampling `state` from each side's view (empty when none). */
function resamplingProblems(game: Game, state: GameState, random: () => number): string[] {
  const problems: string[] = [];
  for (const side of SIDES) {
    const seen = view(game, state, side);
    const drawn = resample(game, seen, random);
    const where = `${game.scenario.id} turn ${state.turn} ${state.phase} (${side})`;
    try {
      expect(view(game, drawn, side)).toEqual(seen);
    } catch (e) {
      problems.push(`${where}: the view of the resampled state differs: ${String(e).slice(0, 400)}`);
    }
    problems.push(...invariantProblems(drawn).map((p) => `${where}: ${p}`));
    // It is a state the rules can go on with: the next input of a side still to move is accepted.
    const next = awaiting(drawn)[0];
    if (next) {
      try {
        applyInput(game, drawn, randomInput(game, drawn, next, random));
      } catch (e) {
        problems.push(`${where}: the resampled state does not play on: ${String(e)}`);
      }
    }
  }
  return problems;
}

describe('resample: a state consistent with a side’s view', () => {
  for (const game of GAMES) {
    it(`${game.scenario.id}: view(resample(view)) equals the view at every step of random games, for both sides`, () => {
      const problems: string[] = [];
      let halfSubmitted = 0;
      for (let seed = 1; seed <= 4; seed++) {
        const random = seeded(seed * 7919);
        const draws = seeded(seed * 104729);
        problems.push(...resamplingProblems(game, newGame(game, { seed }), draws));
        playRandomGame(game, { seed }, random, (_before, _step, after) => {
          if (after.pending.blue ?? after.pending.red) halfSubmitted++;
          if (problems.length < 5) problems.push(...resamplingProblems(game, after, draws));
        });
      }
      expect(problems).toEqual([]);
      // The steps checked include turns one side has submitted and the other not.
      expect(halfSubmitted).toBeGreaterThan(0);
    });
  }

  it('covers crises: random play reaches them, with one side having chosen', () => {
    let checked = 0;
    let oneChosen = 0;
    for (const game of GAMES)
      for (let seed = 1; seed <= 4; seed++)
        playRandomGame(game, { seed }, seeded(seed * 7919), (_before, _step, after) => {
          if (after.phase !== 'crisis') return;
          checked++;
          if (Object.keys(after.crisis?.choices ?? {}).length === 1) oneChosen++;
          expect(resamplingProblems(game, after, seeded(checked))).toEqual([]);
        });
    expect(checked).toBeGreaterThan(0);
    expect(oneChosen).toBeGreaterThan(0);
  });

  it('draws what the view does not show: the rival’s intent, postures and reading of me', () => {
    const game = gameOf('2014-maidan');
    let state = newGame(game, { seed: 5 });
    const random = seeded(3);
    for (let t = 0; t < 3 && state.phase !== 'over'; t++) {
      for (const side of awaiting(state)) state = applyInput(game, state, randomInput(game, state, side, random));
    }
    const seen = view(game, state, 'blue');
    const resampler = new Resampler(game, seen);
    const draws = seeded(11);
    const intents = new Set<string>();
    const beliefs = new Set<number>();
    const postures = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const drawn = resampler.next(draws).state;
      intents.add(drawn.sides.red.intent);
      beliefs.add(drawn.sides.red.belief);
      postures.add(JSON.stringify(drawn.sides.red.forces));
      expect(view(game, drawn, 'blue')).toEqual(seen);
    }
    expect(intents.size).toBe(2);
    expect(beliefs.size).toBeGreaterThan(30);
    expect(postures.size).toBeGreaterThan(1);
  });

  it('keeps my submitted orders, and tells submitting none from not having submitted', () => {
    const game = gameOf('2008-bucharest');
    const state = newGame(game, { seed: 2 });
    const none = submitOrders(game, state, 'blue', []);
    expect(none.ok).toBe(true);
    if (!none.ok) return;
    const drawn = resample(game, view(game, none.value, 'blue'), seeded(1));
    expect(drawn.pending.blue).toEqual([]);
    expect(awaiting(drawn)).toEqual(['red']);
    expect(awaiting(resample(game, view(game, state, 'blue'), seeded(1)))).toEqual(['blue', 'red']);
  });

  // Regression: the world's δ was worked back from the view's δ after treaties, which a
  // clamp can hide (δ 0.8 with Open Skies reads as 1); resampled states then had the
  // scenario's δ, not the Lab's setting.
  it('a Lab world keeps its own δ and ω even when a treaty’s effect is clamped', () => {
    const lab = SCENARIOS.find((s) => s.lab);
    if (!lab) throw new Error('no Lab scenario');
    const game = createGame(lab, MAP);
    const state = newGame(game, { seed: 4, settings: { distinguishability: 0.8, offenseAdvantage: 0.25 }, treaties: ['openSkies', 'inf'] });
    const seen = view(game, state, 'red');
    expect(seen.distinguishability).toBe(1);
    const drawn = resample(game, seen, seeded(9));
    expect(drawn.distinguishability).toBe(0.8);
    expect(drawn.offenseAdvantage).toBe(0.25);
  });
});
