/**
 * Pairings, round by round. A round robin follows the circle method (every pair meets
 * exactly once); a Swiss round pairs players of like score who have not met yet. Either
 * way each game gets a scenario (the round's) and a seed of its own, and sides are
 * balanced: the player who has been Blue more often plays Red.
 */
import type { Side } from '../../engine/index.ts';
import { refuse } from '../../engine/result.ts';
import type { Result } from '../../engine/index.ts';
import { deriveSeed } from './digest.ts';
import type { ClassCode, ClassTournament, Pairing, Round } from './types.ts';

/**
 * The whole round-robin schedule by the circle method: n−1 rounds (n when n is odd, each
 * player sitting out once), each a list of pairs; `undefined` marks the bye.
 */
export function roundRobinSchedule(ids: readonly string[]): [string | undefined, string | undefined][][] {
  const ring: (string | undefined)[] = [...ids];
  if (ring.length % 2 === 1) ring.push(undefined);
  const n = ring.length;
  const rounds: [string | undefined, string | undefined][][] = [];
  for (let r = 0; r < n - 1; r++) {
    const pairs: [string | undefined, string | undefined][] = [];
    for (let i = 0; i < n / 2; i++) pairs.push([ring[i], ring[n - 1 - i]]);
    rounds.push(pairs);
    // Keep the first fixed, turn the rest one place.
    const last = ring.pop();
    ring.splice(1, 0, last);
  }
  return rounds;
}

/** How many rounds a full round robin of this roster takes. */
export function roundRobinRounds(players: number): number {
  return players < 2 ? 0 : players % 2 === 0 ? players - 1 : players;
}

/** Blue games minus Red games, per entrant, over the rounds played. */
function sideBalance(t: ClassTournament): Map<string, number> {
  const balance = new Map(t.entrants.map((e) => [e.id, 0]));
  for (const round of t.played)
    for (const p of round.pairings) {
      balance.set(p.blue, (balance.get(p.blue) ?? 0) + 1);
      balance.set(p.red, (balance.get(p.red) ?? 0) - 1);
    }
  return balance;
}

/** Who plays Blue: the one who has been Blue less often; on a tie, alternately by game. */
function sides(a: string, b: string, balance: ReadonlyMap<string, number>, tieBreak: number): Record<Side, string> {
  const da = balance.get(a) ?? 0;
  const db = balance.get(b) ?? 0;
  const aBlue = da !== db ? da < db : tieBreak % 2 === 0;
  return aBlue ? { blue: a, red: b } : { blue: b, red: a };
}

/** The scenario of a round: the tournament's scenarios in turn. */
export function scenarioOfRound(t: Pick<ClassTournament, 'scenarios'>, round: number): string {
  return t.scenarios[(round - 1) % t.scenarios.length] ?? '';
}

function pairingsOf(t: ClassTournament, round: number, pairs: readonly [string, string][]): Pairing[] {
  const balance = sideBalance(t);
  const scenarioId = scenarioOfRound(t, round);
  return pairs.map(([a, b], i) => {
    const { blue, red } = sides(a, b, balance, round + i);
    const id = `R${round}-${i + 1}`;
    return { id, round, blue, red, scenarioId, seed: deriveSeed(t.id, t.seed, id) };
  });
}

/** Pairs already played (either way round), as 'a|b' keys with a < b. */
function metBefore(t: ClassTournament): Set<string> {
  const met = new Set<string>();
  for (const round of t.played) for (const p of round.pairings) met.add(pairKey(p.blue, p.red));
  return met;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Swiss order: points, then mean achievement, then roster order. */
export type Ranking = readonly string[];

/**
 * The next round of a tournament. Round robin: the next round of the circle. Swiss:
 * players in `ranking` order (best first), the lowest-ranked without a bye sitting out
 * when the roster is odd, each paired with the best-ranked player they have not met.
 */
export function nextRound(t: ClassTournament, ranking: Ranking): Result<Round, ClassCode> {
  const number = t.played.length + 1;
  if (number > t.rounds) return refuse('ROUND_NONE_LEFT', `All ${t.rounds} rounds have been paired.`, { rounds: t.rounds });
  const scenarioId = scenarioOfRound(t, number);
  if (t.system === 'roundRobin') {
    const schedule = roundRobinSchedule(t.entrants.map((e) => e.id));
    const pairs = schedule[number - 1] ?? [];
    const games = pairs.filter((p): p is [string, string] => p[0] !== undefined && p[1] !== undefined);
    const sitting = pairs.find((p) => p[0] === undefined || p[1] === undefined);
    const bye = sitting?.[0] ?? sitting?.[1];
    const round: Round = { number, scenarioId, pairings: pairingsOf(t, number, games) };
    if (bye) round.bye = bye;
    return { ok: true, value: round };
  }
  const missing = t.played.flatMap((r) => r.pairings).filter((p) => !t.results[p.id]);
  if (missing.length)
    return refuse('ROUND_INCOMPLETE', `A Swiss round pairs players by their scores, so it waits for every game before it: ${missing.map((p) => p.id).join(', ')} still to come.`, {
      missing: missing.map((p) => p.id),
    });
  const order = [...ranking];
  let bye: string | undefined;
  if (order.length % 2 === 1) {
    const hadBye = new Set(t.played.map((r) => r.bye).filter((b) => b !== undefined));
    for (let i = order.length - 1; i >= 0; i--)
      if (!hadBye.has(order[i] ?? '')) {
        bye = order.splice(i, 1)[0];
        break;
      }
    if (bye === undefined) bye = order.pop();
  }
  const pairs = swissPairs(order, metBefore(t));
  if (!pairs) return refuse('ROUND_NO_PAIRING', 'Every way of pairing this round would bring players together a second time.', { round: number });
  const round: Round = { number, scenarioId, pairings: pairingsOf(t, number, pairs) };
  if (bye) round.bye = bye;
  return { ok: true, value: round };
}

/**
 * Pairs an even, ranked list with no rematch: the top player with the best-ranked one
 * they have not met, backtracking when the rest cannot be paired. Undefined if no such
 * pairing exists (or the search runs too long).
 */
export function swissPairs(ranked: readonly string[], met: ReadonlySet<string>): [string, string][] | undefined {
  let budget = 200_000;
  const solve = (left: readonly string[]): [string, string][] | undefined => {
    if (left.length === 0) return [];
    if (--budget < 0) return undefined;
    const [top, ...rest] = left;
    if (top === undefined) return [];
    for (let i = 0; i < rest.length; i++) {
      const other = rest[i] ?? '';
      if (met.has(pairKey(top, other))) continue;
      const tail = solve([...rest.slice(0, i), ...rest.slice(i + 1)]);
      if (tail) return [[top, other], ...tail];
    }
    return undefined;
  };
  return solve(ranked);
}

/** Every pairing of the tournament so far, in order. */
export function allPairings(t: ClassTournament): Pairing[] {
  return t.played.flatMap((r) => r.pairings);
}

export function findPairing(t: ClassTournament, id: string): Pairing | undefined {
  return allPairings(t).find((p) => p.id === id);
}
