/**
 * Crises and war. A crisis opens a turn after tension reached 7; both sides choose in
 * secret to de-escalate, hold or escalate. War ends the game.
 */
import type { Game } from './board.ts';
import { rivalOf, stepsTowards, towards } from './board.ts';
import type { Dice } from './dice.ts';
import { totalUnits } from './legal.ts';
import { clampBelief } from './perception.ts';
import { warPayoff } from './payoff.ts';
import { effectiveOffenseAdvantage } from './setup.ts';
import { CRISIS, TENSION } from './rules.ts';
import { SIDES } from './types.ts';
import type { CrisisOutcome, GameState, Side } from './types.ts';

/**
 * The non-home region with the largest mutual exposure: the smaller of the two sides'
 * unit counts in it and its neighbours (ties: the larger total, then map order).
 */
export function flashpoint(game: Game, state: GameState): number {
  let best = -1;
  let bestMutual = -1;
  let bestTotal = -1;
  for (let r = 0; r < game.regionIds.length; r++) {
    if (state.home[r] !== '') continue;
    let blue = 0;
    let red = 0;
    for (const q of game.vicinity[r] ?? []) {
      const b = state.sides.blue.forces[q];
      const d = state.sides.red.forces[q];
      if (b) blue += totalUnits(b);
      if (d) red += totalUnits(d);
    }
    const mutual = Math.min(blue, red);
    if (mutual > bestMutual || (mutual === bestMutual && blue + red > bestTotal)) {
      best = r;
      bestMutual = mutual;
      bestTotal = blue + red;
    }
  }
  return best;
}

export function openCrisis(game: Game, state: GameState): void {
  const r = flashpoint(game, state);
  state.phase = 'crisis';
  state.crisis = { region: game.regionIds[r] ?? '', choices: {} };
  state.publicLog.push({
    turn: state.turn,
    kind: 'crisis',
    region: state.crisis.region,
    text: `Crisis over ${game.regionNames[r]}: tension has reached ${state.tension.toFixed(1)}.`,
  });
}

/** Moves a non-home region `steps` towards `side`; a gain never makes a new bloc member. */
function gainAlignment(state: GameState, r: number, side: Side, steps: number): void {
  if (state.home[r] !== '') return;
  const now = towards(state.alignment[r] ?? 0, side);
  const next = Math.min(now >= 3 ? 3 : 2, now + steps);
  state.alignment[r] = stepsTowards(side, next);
}

/** Applies the crisis table once both sides have chosen. */
export function resolveCrisis(game: Game, state: GameState, dice: Dice): void {
  const crisis = state.crisis;
  const blue = crisis?.choices.blue;
  const red = crisis?.choices.red;
  if (!crisis || !blue || !red) throw new Error(`resolveCrisis: crisis choices incomplete at turn ${state.turn}`);
  const r = game.regionIndex.get(crisis.region) ?? 0;
  const outcome: CrisisOutcome = { turn: state.turn, region: crisis.region, blue, red, result: 'bothHold' };
  const rank = { deescalate: 0, hold: 1, escalate: 2 } as const;
  const warRoll = dice.next();
  if (blue === 'deescalate' && red === 'deescalate') {
    outcome.result = 'bothDeescalate';
    state.tension += CRISIS.bothDeescalate;
    state.ratifyWindow = CRISIS.ratifyWindowTurns;
  } else if (blue === 'escalate' || red === 'escalate') {
    const other = blue === 'escalate' ? red : blue;
    if (other === 'deescalate') {
      const winner: Side = blue === 'escalate' ? 'blue' : 'red';
      outcome.result = 'escalateWins';
      outcome.winner = winner;
      gainAlignment(state, r, winner, 2);
      backedDown(state, rivalOf(winner));
      state.tension += CRISIS.escalateWins;
    } else {
      const omega = effectiveOffenseAdvantage(state);
      const pWar = CRISIS.warBase + CRISIS.warPerTension * (state.tension - TENSION.crisisAt) + CRISIS.warPerOffense * omega;
      if (warRoll < pWar) {
        outcome.result = 'war';
        state.crisisHistory.push(outcome);
        const escalators = SIDES.filter((s) => crisis.choices[s] === 'escalate');
        startWar(game, state, dice, r, escalators);
        return;
      }
      outcome.result = 'brink';
      state.tension += CRISIS.brink;
    }
  } else if (rank[blue] !== rank[red]) {
    const winner: Side = blue === 'hold' ? 'blue' : 'red';
    outcome.result = 'holdWins';
    outcome.winner = winner;
    gainAlignment(state, r, winner, 1);
    backedDown(state, rivalOf(winner));
  } else {
    state.tension += CRISIS.bothHold;
  }
  state.tension = Math.max(0, Math.min(TENSION.warAt, state.tension));
  state.crisisHistory.push(outcome);
  state.publicLog.push({ turn: state.turn, kind: 'crisis', region: crisis.region, text: describeCrisis(game, outcome) });
  state.crisis = undefined;
  if (state.tension >= TENSION.warAt) startWar(game, state, dice, r, []);
  else state.phase = 'planning';
}

/** The side that backed down reads the other as more hostile. */
function backedDown(state: GameState, side: Side): void {
  const me = state.sides[side];
  me.belief = clampBelief(me.belief + CRISIS.backedDownReads);
  me.observations.push({
    turn: state.turn,
    signal: 'crisisBackedDown',
    lambda: CRISIS.backedDownReads,
    weight: 1,
    bias: 1,
    delta: CRISIS.backedDownReads,
  });
}

function describeCrisis(game: Game, o: CrisisOutcome): string {
  const name = game.regionNames[game.regionIndex.get(o.region) ?? 0];
  const choices = `Blue chose to ${o.blue}, Red to ${o.red}`;
  switch (o.result) {
    case 'bothDeescalate':
      return `${choices}: both stepped back from the brink over ${name}; tension falls and treaties are easier to ratify.`;
    case 'holdWins':
    case 'escalateWins':
      return `${choices}: ${o.winner === 'blue' ? 'Blue' : 'Red'} prevailed over ${name} and gains ground there.`;
    case 'bothHold':
      return `${choices}: neither gave way over ${name}; tension rises.`;
    case 'brink':
      return `${choices}: a confrontation over ${name} stopped short of war; tension soars.`;
    case 'war':
      return `${choices}: war broke out over ${name}.`;
  }
}

/**
 * War: the theatre is the region and its neighbours; each side's strength is its units
 * there (×(1 + ω) for a side that escalated) plus a die. The winner takes the region.
 */
export function startWar(game: Game, state: GameState, dice: Dice, r: number, escalators: readonly Side[]): void {
  const omega = effectiveOffenseAdvantage(state);
  const theatre = game.vicinity[r] ?? [r];
  const strength = { blue: 0, red: 0 } as Record<Side, number>;
  for (const side of SIDES) {
    let units = 0;
    for (const q of theatre) {
      const f = state.sides[side].forces[q];
      if (f) units += totalUnits(f);
    }
    strength[side] = units * (escalators.includes(side) ? 1 + omega : 1) + dice.die(6);
  }
  const winner: Side =
    strength.blue !== strength.red ? (strength.blue > strength.red ? 'blue' : 'red') : (state.alignment[r] ?? 0) >= 0 ? 'blue' : 'red';
  const valueWon = game.values[r] ?? 0;
  if (state.home[r] === '') state.alignment[r] = stepsTowards(winner, 3);
  state.war = { turn: state.turn, region: game.regionIds[r] ?? '', theatre: theatre.map((q) => game.regionIds[q] ?? ''), strength, winner };
  if (escalators.length === 1) state.war.escalator = escalators[0];
  for (const side of SIDES) {
    const me = state.sides[side];
    const war = warPayoff(me.intent, side === winner ? valueWon : 0);
    me.ledger.push({ turn: state.turn, security: 0, prosperity: 0, influence: 0, targets: 0, war, total: war });
    me.score += war;
  }
  state.tension = TENSION.warAt;
  state.crisis = undefined;
  state.phase = 'over';
  state.publicLog.push({
    turn: state.turn,
    kind: 'war',
    region: game.regionIds[r],
    text: `War over ${game.regionNames[r]}. ${winner === 'blue' ? 'Blue' : 'Red'} prevails (strength ${strength.blue.toFixed(1)} to ${strength.red.toFixed(1)}); both pay heavily.`,
  });
}
