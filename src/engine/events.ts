/**
 * Scenario events: scheduled by year or drawn at random at the start of a turn. Their
 * effects are public; a choice is answered with a `respond` order (default: option 1).
 */
import type { Game } from './board.ts';
import type { Dice } from './dice.ts';
import { addUnit, removeUnit } from './forces.ts';
import { clampBelief } from './perception.ts';
import { MAX_UNITS_PER_REGION, TENSION } from './rules.ts';
import { totalUnits } from './legal.ts';
import { enterIntoForce, endTreaty } from './treaties.ts';
import type { EventEffect, GameState } from './types.ts';

/** Fires this turn's scheduled events and at most one random one. */
export function fireEvents(game: Game, state: GameState, dice: Dice): void {
  state.currentEvents = [];
  let randomFired = false;
  for (const event of game.scenario.events) {
    if (state.firedEvents.includes(event.id)) continue;
    let fires = false;
    if (event.year !== undefined) fires = event.year === state.year;
    else if (event.chance !== undefined) {
      // Always roll, so the dice stream does not depend on what fired before.
      const roll = dice.chance(event.chance);
      fires = roll && !randomFired;
      randomFired ||= fires;
    }
    if (!fires) continue;
    state.firedEvents.push(event.id);
    state.currentEvents.push(event.id);
    state.publicLog.push({ turn: state.turn, kind: 'event', text: `${event.title}: ${event.text}` });
    applyEffects(game, state, event.effects, event.id);
  }
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
      const f = state.sides[e.side].forces[r];
      for (let i = 0; i < Math.abs(e.delta); i++) {
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

