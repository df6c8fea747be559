/**
 * Crises and war. A crisis opens a turn after tension reached 7; both sides choose in
 * secret to de-escalate, hold or escalate. War ends the game.
 */
import type { Game } from './board.ts';
import { rivalOf, stepsTowards, towards } from './board.ts';
import type { Dice } from './dice.ts';
import { totalUnits } from './legal.ts';
import { conditionHolds } from './events.ts';
import { clampBelief } from './perception.ts';
import { scoreWar } from './payoff.ts';
import { effectiveOffenseAdvantage } from './treaties.ts';
import { CRISIS, TENSION } from './rules.ts';
import { SIDES } from './types.ts';
import type { CrisisEndedEntry, CrisisOutcome, Flashpoint, GameState, Side } from './types.ts';

/**
 * Where a crisis (or a war from the tension track) breaks out: one of the regions the
 * history makes flashpoints — the scenario's list, else the contested regions and both
 * sides' targets — that is not a home. It is drawn at random, weighted by the region's
 * historical weight and towards where both sides' forces face each other and where the
 * region is still in play (not yet in a bloc), so crises move around the map as the
 * game does.
 */
export function flashpoint(game: Game, state: GameState, dice: Dice): number {
  const candidates = flashpointCandidates(game, state);
  const weights = candidates.map(({ region: r, weight }) => {
    let blue = 0;
    let red = 0;
    for (const q of game.vicinity[r] ?? []) {
      const b = state.sides.blue.forces[q];
      const d = state.sides.red.forces[q];
      if (b) blue += totalUnits(b);
      if (d) red += totalUnits(d);
    }
    const inPlay = Math.abs(state.alignment[r] ?? 0) < 3 ? CRISIS.inPlayWeight : 0;
    return weight * (1 + Math.min(blue, red) + inPlay);
  });
  let roll = dice.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < candidates.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return candidates[i]?.region ?? 0;
  }
  return candidates[candidates.length - 1]?.region ?? 0;
}

/** The flashpoints open now (not a home, their condition holding), in the scenario's order. */
export function flashpointCandidates(game: Game, state: GameState): { region: number; weight: number }[] {
  const scenario = game.scenario;
  const listed =
    scenario.flashpoints ??
    [...new Set([...game.regionIds.filter((_, r) => state.contested[r]), ...scenario.sides.blue.targets, ...scenario.sides.red.targets])].map((region): Flashpoint => ({ region }));
  const out: { region: number; weight: number }[] = [];
  for (const f of listed) {
    const r = game.regionIndex.get(f.region);
    if (r === undefined || state.home[r] !== '' || !conditionHolds(game, state, f.when)) continue;
    out.push({ region: r, weight: f.weight ?? 1 });
  }
  if (out.length > 0) return out;
  // A board where every flashpoint became a home (or is switched off): any region that is not one.
  for (let r = 0; r < game.regionIds.length; r++) if (state.home[r] === '') out.push({ region: r, weight: 1 });
  return out;
}

export function openCrisis(game: Game, state: GameState, dice: Dice): void {
  const r = flashpoint(game, state, dice);
  state.phase = 'crisis';
  state.crisis = { region: game.regionIds[r] ?? '', choices: {} };
  state.publicLog.push({ kind: 'crisis', stage: 'opened', turn: state.turn, region: state.crisis.region, tension: state.tension });
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
  for (const side of SIDES) state.provocation[side] += CRISIS.provocation[crisis.choices[side] ?? 'deescalate'];
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
        startWar(game, state, dice, r, escalators, state.turn);
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
  state.publicLog.push(crisisEnded(outcome));
  state.crisis = undefined;
  if (state.tension >= TENSION.warAt) startWar(game, state, dice, r, [], state.turn);
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

/** The public record of a crisis that ended short of war. */
function crisisEnded(o: CrisisOutcome): CrisisEndedEntry {
  if (o.result === 'war') throw new Error(`crisisEnded: the crisis over ${o.region} at turn ${o.turn} ended in war`);
  const entry: CrisisEndedEntry = { kind: 'crisis', stage: 'ended', turn: o.turn, region: o.region, choices: { blue: o.blue, red: o.red }, result: o.result };
  if (o.winner) entry.winner = o.winner;
  return entry;
}

/**
 * War: the theatre is the region and its neighbours; each side's strength is its units
 * there (×(1 + ω) for a side that escalated) plus a die. The winner takes the region.
 */
export function startWar(game: Game, state: GameState, dice: Dice, r: number, escalators: readonly Side[], firstLostTurn: number): void {
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
  if (state.home[r] === '') state.alignment[r] = stepsTowards(winner, 3);
  state.war = { turn: state.turn, region: game.regionIds[r] ?? '', theatre: theatre.map((q) => game.regionIds[q] ?? ''), strength, winner };
  if (escalators.length === 1) state.war.escalator = escalators[0];
  state.tension = TENSION.warAt;
  const valueWon = { blue: 0, red: 0, [winner]: game.values[r] ?? 0 } as Record<Side, number>;
  scoreWar(game, state, firstLostTurn, valueWon);
  state.crisis = undefined;
  state.phase = 'over';
  state.publicLog.push({ kind: 'war', turn: state.turn, region: game.regionIds[r] ?? '', winner, strength: { blue: strength.blue, red: strength.red } });
}
