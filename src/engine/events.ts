/**
 * Scenario events: scheduled by year or drawn at random at the start of a turn, each
 * perhaps only if a condition on earlier choices and outcomes holds. Their effects are
 * public; a choice is answered with a `respond` order (default: option 1).
 */
import type { Game } from './board.ts';
import { stepsTowards } from './board.ts';
import { calendar, scheduledIn, yearsCovered } from './calendar.ts';
import type { Dice } from './dice.ts';
import { addUnit, removeUnit } from './forces.ts';
import { clampBelief } from './perception.ts';
import { MAX_UNITS_PER_REGION, TENSION } from './rules.ts';
import { totalUnits } from './legal.ts';
import { enterIntoForce, endTreaty } from './treaties.ts';
import type { EventCondition, EventEffect, GameState } from './types.ts';

/** Whether an event's condition holds now (no condition: always). */
export function conditionHolds(game: Game, state: GameState, c: EventCondition | undefined): boolean {
  if (c === undefined) return true;
  if ('all' in c) return c.all.every((x) => conditionHolds(game, state, x));
  if ('any' in c) return c.any.some((x) => conditionHolds(game, state, x));
  if ('not' in c) return !conditionHolds(game, state, c.not);
  if ('chose' in c) return state.answers[c.chose.event] === c.chose.option;
  if ('fired' in c) return state.firedEvents.includes(c.fired);
  if ('treaty' in c) return state.treaties.includes(c.treaty);
  if ('home' in c) {
    const r = game.regionIndex.get(c.home.region);
    return r !== undefined && state.home[r] === c.home.side;
  }
  if ('crisis' in c) {
    const { result, region } = c.crisis;
    return state.crisisHistory.some((o) => (result === undefined || o.result === result) && (region === undefined || o.region === region));
  }
  if ('alignment' in c) {
    const r = game.regionIndex.get(c.alignment.region);
    const a = r === undefined ? 0 : (state.alignment[r] ?? 0);
    return within(a, c.alignment.atLeast, c.alignment.atMost);
  }
  return within(state.tension, c.tension.atLeast, c.tension.atMost);
}

function within(x: number, atLeast: number | undefined, atMost: number | undefined): boolean {
  return (atLeast === undefined || x >= atLeast) && (atMost === undefined || x <= atMost);
}

/**
 * Fires this turn's scheduled events and at most one random one. Events never start a
 * war: they can bring tension to the brink, not over it (wars come from decisions). A
 * turn that follows skipped years (in a lesson) also fires the scheduled events of
 * those years, in the scenario's order, if their conditions hold now.
 */
export function fireEvents(game: Game, state: GameState, dice: Dice): void {
  state.currentEvents = [];
  let randomFired = false;
  const { from, to } = yearsCovered(game, calendar(game, state.length), state.turn);
  for (const event of game.scenario.events) {
    if (state.firedEvents.includes(event.id)) continue;
    let fires = false;
    if (event.year !== undefined) fires = scheduledIn(event, from, to);
    else if (event.chance !== undefined) {
      // Always roll, so the dice stream does not depend on what fired before.
      const roll = dice.chance(event.chance);
      fires = roll && !randomFired;
    }
    if (!fires || !conditionHolds(game, state, event.when)) continue;
    if (event.year === undefined) randomFired = true;
    state.firedEvents.push(event.id);
    state.currentEvents.push(event.id);
    state.publicLog.push({ kind: 'event', turn: state.turn, event: event.id });
    applyEffects(game, state, event.effects, event.id);
  }
  state.tension = Math.min(state.tension, TENSION.eventCeiling);
}

/** Applies an event's (or its chosen option's) effects; `event` names it in observation logs. */
export function applyEffects(game: Game, state: GameState, effects: readonly EventEffect[], event: string): void {
  for (const e of effects) applyEffect(game, state, e, event);
}

function applyEffect(game: Game, state: GameState, e: EventEffect, event: string): void {
  switch (e.type) {
    case 'tension':
      state.tension = Math.max(0, Math.min(TENSION.warAt, state.tension + e.delta));
      return;
    case 'alignment': {
      const r = game.regionIndex.get(e.region);
      if (r === undefined || state.home[r] !== '') return;
      state.alignment[r] = Math.max(-3, Math.min(3, (state.alignment[r] ?? 0) + e.delta));
      return;
    }
    case 'annex': {
      const r = game.regionIndex.get(e.region);
      if (r === undefined || state.home[r] !== '') return;
      state.alignment[r] = stepsTowards(e.side, 3);
      state.home[r] = e.side;
      state.contested[r] = false;
      return;
    }
    case 'perception': {
      const me = state.sides[e.side];
      me.belief = clampBelief(me.belief + e.delta);
      me.observations.push({ turn: state.turn, signal: 'event', event, lambda: e.delta, weight: 1, bias: 1, delta: e.delta });
      return;
    }
    case 'economy':
      state.sides[e.side].economy = Math.max(0, state.sides[e.side].economy + e.delta);
      return;
    case 'credibility':
      state.sides[e.side].credibility = Math.max(0, Math.min(1, state.sides[e.side].credibility + e.delta));
      return;
    case 'forces': {
      const r = game.regionIndex.get(e.region);
      if (r === undefined) return;
      for (let i = 0; i < Math.abs(e.delta); i++) {
        // Read afresh each time: adding a unit replaces the region's record (forces.ts).
        const f = state.sides[e.side].forces[r];
        if (e.delta < 0) removeUnit(state, e.side, r, e.kind);
        else if (f && totalUnits(f) < MAX_UNITS_PER_REGION) addUnit(state, e.side, r, e.kind, e.posture ?? 'defensive', 'unknown');
      }
      return;
    }
    case 'treaty':
      if (e.action === 'enterForce') enterIntoForce(state, e.treaty);
      else endTreaty(state, e.treaty);
      return;
    case 'actionPoints':
      state.sides[e.side].apBonus += e.delta;
      return;
  }
}
