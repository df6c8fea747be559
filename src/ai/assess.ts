/**
 * Reading the board from one side's view: where the rival's forces threaten my
 * perimeter, where one more unit of mine would help most, what expansion is within
 * reach, and which of my units alarm the rival most. Only the view is read.
 */
import type { Game, Order, Side, SideView, Treaty } from '../engine/index.ts';
import { takesSides, TREATIES } from '../engine/index.ts';

// The shared readings of a view live with the scripted bots; the Strategist uses the same ones.
export { ownUnits, threatAt, towardsMe } from '../bots/tactics.ts';
import { ownUnits, threatAt, towardsMe } from '../bots/tactics.ts';

/** Is `r` in or next to a home region of `side`? */
export function nextToHomeOf(game: Game, view: SideView, r: number, side: Side): boolean {
  return (game.vicinity[r] ?? []).some((q) => view.home[q] === side);
}

export interface Assessment {
  /** Perceived hostility of the rival (0–1). */
  hostility: number;
  /** Threat X per region (only meaningful on my perimeter). */
  threat: number[];
  /** My perimeter: home and member regions. */
  perimeter: number[];
  /** Security cost I pay now, per region of my perimeter: value · X / (1 + D/2) · p. */
  exposure: number[];
}

export function assess(game: Game, view: SideView): Assessment {
  const n = game.regionIds.length;
  const threat: number[] = [];
  const perimeter: number[] = [];
  const exposure: number[] = new Array<number>(n).fill(0);
  const p = view.me.perceivedHostility;
  for (let r = 0; r < n; r++) {
    threat.push(threatAt(game, view, r));
    if (towardsMe(view, r) === 3) {
      perimeter.push(r);
      exposure[r] = (p * (game.values[r] ?? 1) * (threat[r] ?? 0)) / (1 + 0.5 * ownUnits(view, r));
    }
  }
  return { hostility: p, threat, perimeter, exposure };
}

/**
 * What one more of my units in `r` saves me per turn in security, when `extra` units are
 * already planned there (0 outside my perimeter).
 */
export function defenceGain(game: Game, view: SideView, a: Assessment, r: number, extra: number): number {
  if (towardsMe(view, r) !== 3) return 0;
  const d = ownUnits(view, r) + extra;
  const base = (game.values[r] ?? 1) * (a.threat[r] ?? 0) * Math.max(a.hostility, 0.05);
  return base * (1 / (1 + 0.5 * d) - 1 / (1 + 0.5 * (d + 1)));
}

/** Regions where I may deploy, not counting the off-map Atlantic box. */
export function deployable(game: Game, view: SideView): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.alignment.length; r++) if (towardsMe(view, r) >= 2 && game.regionIds[r] !== 'atlantic') out.push(r);
  return out;
}

/** An alliance order worth considering, with a rough value per turn for its owner. */
export interface ExpansionMove {
  order: Order;
  /** Rough gain per turn if it works, times its chance: mine, plus what it denies the rival (weighted). */
  worth: number;
  /** What it takes from the rival per turn (influence, and a revisionist rival's targets). */
  denies: number;
  /** Whether the rival will read it as aggressive next to its home. */
  alarming: boolean;
}

export interface ExpansionOptions {
  /**
   * How much a point taken from the rival is worth to me: the search's rivalry weight.
   * Alignment is zero-sum, so a step towards me is a step away from the rival.
   */
  denial?: number;
  /** The chance that the rival is revisionist (its targets then count double for it). */
  rivalRevisionist?: number;
}

/** Alliance moves within reach this turn, best first (at most one per region). */
export function expansionMoves(game: Game, view: SideView, options: ExpansionOptions = {}): ExpansionMove[] {
  const revisionist = view.me.intent === 'revisionist';
  const targets = new Set(view.me.targets);
  const rivalTargets = new Set(game.scenario.sides[view.rival].targets);
  const pRev = options.rivalRevisionist ?? view.me.perceivedHostility;
  const denial = options.denial ?? 0;
  // The rival's weights (expected over its intent): influence 0.3 or 1, targets 0 or 2.
  const rivalInfluence = pRev * 1 + (1 - pRev) * 0.3;
  const out: ExpansionMove[] = [];
  for (let r = 0; r < view.alignment.length; r++) {
    if (view.home[r] !== '') continue;
    const region = game.regionIds[r] ?? '';
    const own = towardsMe(view, r);
    const theirs = -own;
    const value = game.values[r] ?? 1;
    const rivalValue = value + (view.rival === 'red' && game.ports[r] ? 1 : 0);
    const isTarget = revisionist && targets.has(region);
    const alarming = nextToHomeOf(game, view, r, view.rival);
    const influence = revisionist ? 1 : 0.3;
    const mine = ownUnits(view, r);
    const rivalHere = view.rivalUnitTotals[r] ?? 0;
    // What one step towards me takes from the rival per turn.
    const denied = (theirs > 0 ? (rivalInfluence * rivalValue) / 3 : 0) + (rivalTargets.has(region) && theirs === 2 ? pRev * 2 * rivalValue : 0);
    let best: ExpansionMove | undefined;
    const consider = (order: Order, worth: number, denies: number) => {
      const total = worth + denial * denies;
      if (!best || total > best.worth) best = { order, worth: total, denies, alarming };
    };
    if (own === 2) consider({ type: 'admit', region }, (influence * value) / 3 + (isTarget ? 0.3 : 0) - (alarming && !revisionist ? 1 : 0), 0);
    if (view.contested[r] && takesSides(game, view.side, r)) {
      if (own >= 2 && mine > rivalHere && revisionist) consider({ type: 'annex', region }, isTarget ? 2 * value : 0.2 * value, 0);
      if (own < 2 && own > -3)
        consider(
          { type: 'support', region },
          (influence * value) / 3 + (isTarget && own + 1 >= 2 ? 2 * value : isTarget ? 0.5 * value : 0) - (revisionist ? 0 : 0.6),
          denied,
        );
    }
    if (own <= 1 && own > -3) {
      const chance = 0.6 + (rivalHere > 0 ? -0.2 : 0) + (mine > 0 ? 0.1 : 0);
      consider(
        { type: 'court', region },
        chance * ((influence * value) / 3 + (isTarget && own + 1 >= 2 ? 2 * value : isTarget ? 0.4 * value : 0)) - (alarming && !revisionist ? 0.3 : 0),
        chance * denied,
      );
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.worth - a.worth);
}

/**
 * My regions next to the rival's coveted regions (those not yet firmly its own): where my
 * troops make an opportunist think twice and stand ready for a crisis.
 */
export function deterrencePosts(game: Game, view: SideView): number[] {
  const coveted = new Set<number>();
  for (const id of game.scenario.sides[view.rival].targets) {
    const r = game.regionIndex.get(id);
    if (r !== undefined && view.home[r] === '' && towardsMe(view, r) > -3) coveted.add(r);
  }
  return deployable(game, view)
    .filter((r) => (game.vicinity[r] ?? []).some((q) => coveted.has(q)))
    .sort((x, y) => {
      const nx = (game.vicinity[x] ?? []).filter((q) => coveted.has(q)).length;
      const ny = (game.vicinity[y] ?? []).filter((q) => coveted.has(q)).length;
      return ny - nx || x - y;
    });
}

/** Treaty orders a cooperative side would make now: ratify the rival's proposals, then propose. */
export function treatyOrders(view: SideView): Order[] {
  const out: Order[] = [];
  for (const p of view.proposals) if (p.by === view.rival && p.turn < view.turn) out.push({ type: 'ratify', treaty: p.treaty });
  const preference: Treaty[] = ['openSkies', 'cfe', 'inf', 'abm'];
  for (const t of preference.filter((x) => (TREATIES as readonly string[]).includes(x)))
    if (!view.treaties.includes(t) && !view.proposals.some((p) => p.treaty === t)) out.push({ type: 'propose', treaty: t });
  return out;
}

/**
 * My units that alarm the rival most (next to its home first, offensive and missiles
 * first): where a costly signal of restraint counts.
 */
export function alarmingRegions(game: Game, view: SideView): number[] {
  const scored: { r: number; score: number }[] = [];
  view.ownForces.forEach((f, r) => {
    const units = f.defensive + f.offensive + f.missileDefense + f.strikeMissiles;
    if (units === 0) return;
    const near = nextToHomeOf(game, view, r, view.rival) ? 1 : (game.vicinity[r] ?? []).some((q) => towardsMe(view, q) === -3) ? 0.6 : 0.3;
    scored.push({ r, score: near * (f.offensive + 3 * f.strikeMissiles + f.missileDefense + 0.3 * f.defensive) });
  });
  return scored.filter((s) => s.score > 0.2).sort((a, b) => b.score - a.score || a.r - b.r).map((s) => s.r);
}
