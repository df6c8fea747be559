/**
 * Information-set Monte Carlo with successive halving: each round draws one world
 * consistent with what I can see, plays every still-active candidate out in it (the
 * same world, the same rival, the same dice: paired comparisons), and at checkpoints
 * drops the worse half. It stops when the time budget runs out, never mid-round, so all
 * surviving candidates are always compared over exactly the same worlds.
 *
 * The checkpoints follow successive halving (Karnin et al. 2013): the rollouts the budget
 * allows (estimated from the time the first round took) are shared evenly between the
 * ⌈log₂ K⌉ halvings, so each halving sees as many worlds as the budget affords.
 */

export interface SearchLimits {
  /** Soft time budget in milliseconds. */
  budgetMs: number;
  /** Hard cap on worlds (rounds); tests use it to make a decision independent of speed. */
  maxWorlds?: number;
  /** Clock in milliseconds (performance.now). */
  now: () => number;
}

export interface ArmResult {
  mean: number;
  /** Mean score change for me and for the rival (tails included), before weighting. */
  mine: number;
  theirs: number;
  /** Worlds this candidate was played out in. */
  n: number;
  /** Share of its rollouts that ended in war. */
  warRate: number;
}

export interface SearchResult {
  arms: ArmResult[];
  /** Candidates still in the running at the end (best first). */
  finalists: number[];
  worlds: number;
  elapsedMs: number;
}

export interface Outcome {
  value: number;
  war: boolean;
  mine: number;
  theirs: number;
}


/**
 * Runs the search over `armCount` candidates. `newWorld` prepares the next world and
 * returns an evaluator for it.
 */
export function halvingSearch(armCount: number, newWorld: () => (arm: number) => Outcome, limits: SearchLimits): SearchResult {
  const t0 = limits.now();
  const sums = new Array<number>(armCount).fill(0);
  const counts = new Array<number>(armCount).fill(0);
  const wars = new Array<number>(armCount).fill(0);
  const mineSums = new Array<number>(armCount).fill(0);
  const theirSums = new Array<number>(armCount).fill(0);
  let active = Array.from({ length: armCount }, (_, i) => i);
  let worlds = 0;
  let rolloutTime = 0;
  let rollouts = 0;
  const maxWorlds = limits.maxWorlds ?? Infinity;
  let halvingsLeft = Math.max(0, Math.ceil(Math.log2(Math.max(1, armCount))) - 1);
  let checkpoint = 0;
  /** Worlds until the next halving: an even share of the rollouts still affordable. */
  const nextCheckpoint = (): number => {
    const perRollout = rollouts > 0 ? rolloutTime / rollouts : 1;
    const affordable =
      maxWorlds < Infinity ? (maxWorlds - worlds) * active.length : Math.max(0, limits.budgetMs - (limits.now() - t0)) / Math.max(1e-3, perRollout);
    const share = affordable / (halvingsLeft + 1) / active.length;
    return worlds + Math.max(1, Math.floor(share));
  };
  while (worlds < maxWorlds && armCount > 0) {
    const elapsed = limits.now() - t0;
    // Stop when another full round would not fit (but always complete one round).
    const perRollout = rollouts > 0 ? rolloutTime / rollouts : 0;
    if (worlds > 0 && elapsed + perRollout * active.length > limits.budgetMs) break;
    const evaluate = newWorld();
    const round: Outcome[] = [];
    const roundStart = limits.now();
    for (const arm of active) round.push(evaluate(arm));
    rollouts += active.length;
    rolloutTime += limits.now() - roundStart;
    active.forEach((arm, i) => {
      const o = round[i];
      if (!o) return;
      sums[arm] = (sums[arm] ?? 0) + o.value;
      counts[arm] = (counts[arm] ?? 0) + 1;
      if (o.war) wars[arm] = (wars[arm] ?? 0) + 1;
      mineSums[arm] = (mineSums[arm] ?? 0) + o.mine;
      theirSums[arm] = (theirSums[arm] ?? 0) + o.theirs;
    });
    worlds++;
    if (worlds === 1) checkpoint = nextCheckpoint();
    if (worlds >= checkpoint && active.length > 2) {
      active = active
        .slice()
        .sort((x, y) => (sums[y] ?? 0) - (sums[x] ?? 0) || x - y)
        .slice(0, Math.max(2, Math.ceil(active.length / 2)));
      halvingsLeft = Math.max(0, halvingsLeft - 1);
      checkpoint = nextCheckpoint();
    }
  }
  const arms: ArmResult[] = sums.map((s, i) => {
    const n = counts[i] ?? 0;
    return {
      mean: n > 0 ? s / n : -Infinity,
      mine: n > 0 ? (mineSums[i] ?? 0) / n : 0,
      theirs: n > 0 ? (theirSums[i] ?? 0) / n : 0,
      n,
      warRate: n > 0 ? (wars[i] ?? 0) / n : 0,
    };
  });
  const finalists = active.slice().sort((x, y) => (arms[y]?.mean ?? 0) - (arms[x]?.mean ?? 0) || x - y);
  return { arms, finalists, worlds, elapsedMs: limits.now() - t0 };
}
