/**
 * The one source of truth for which orders a side may give. It reads only what that
 * side can see (a Situation, which both a state and a side's view provide), so the UI,
 * the bots, the fuzzer and the engine's own check all agree.
 */
import type { Game } from './board.ts';
import { eventById, rivalOf, takesSides, towards } from './board.ts';
import { AP_COST, MAX_DEPLOYS_PER_REGION_PER_TURN, MAX_UNITS_PER_REGION, MISSILE_DEPLOY_COST, TREATY_RULES } from './rules.ts';
import { POSTURES, TREATIES, UNIT_KINDS } from './types.ts';
import type {
  Commitment,
  EngineError,
  EventOption,
  ErrorCode,
  OrderType,
  Forces,
  Order,
  PendingProposal,
  Side,
  Treaty,
  UnitKind,
} from './types.ts';

/** What a side knows that decides which orders it may give this turn. */
export interface Situation {
  side: Side;
  turn: number;
  phase: 'crisis' | 'planning' | 'over';
  alignment: readonly number[];
  home: readonly (Side | '')[];
  contested: readonly boolean[];
  /** This side's own units, by kind and posture. */
  ownForces: readonly Forces[];
  /** The rival's unit count per region (public). */
  rivalUnitTotals: readonly number[];
  treaties: readonly Treaty[];
  proposals: readonly PendingProposal[];
  ratifyWindow: number;
  /** Action points this turn, events included. */
  actionPoints: number;
  promises: readonly Commitment[];
  currentEvents: readonly string[];
}

export function unitsOf(f: Forces, kind: UnitKind): number {
  return kind === 'troops' ? f.defensive + f.offensive : f[kind];
}

export function totalUnits(f: Forces): number {
  return f.defensive + f.offensive + f.missileDefense + f.strikeMissiles;
}

export function orderCost(order: Order, ratifyWindow: number): number {
  if (order.type === 'deploy' && order.kind !== 'troops') return MISSILE_DEPLOY_COST;
  if (order.type === 'ratify' && ratifyWindow > 0) return 0;
  return AP_COST[order.type];
}

/**
 * A handful of marks; a turn holds few orders, so a list beats a Set here. The list is
 * made on the first mark: a tally has six kinds of marks and most drafts use one or two.
 */
class Marks<T> {
  private items: T[] | undefined;
  has(item: T): boolean {
    return this.items !== undefined && this.items.includes(item);
  }
  add(item: T): void {
    (this.items ??= []).push(item);
  }
}

/**
 * What the orders chosen so far use up, so each further order is checked in O(1). The
 * per-region counts are sparse plain arrays (a missing entry is 0): a draft deploys and
 * withdraws in few regions, and drafts are made for every bundle a bot or the search
 * tries, where allocating typed arrays of every region cost more than the checks.
 */
class Tally {
  ap = 0;
  readonly deploys: number[] = [];
  /** Withdrawals per region and kind: index r * 3 + kind. */
  readonly withdrawn: number[] = [];
  readonly allianceRegions = new Marks<number>();
  readonly exercises = new Marks<number>();
  readonly restraints = new Marks<number>();
  readonly onceOnly = new Marks<string>();
  readonly treatyOrders = new Marks<Treaty>();
  readonly responded = new Marks<string>();
  withdrawnOf(r: number, kind: UnitKind): number {
    return this.withdrawn[r * 3 + KIND_INDEX[kind]] ?? 0;
  }
  withdrawnTotal(r: number): number {
    return (this.withdrawn[r * 3] ?? 0) + (this.withdrawn[r * 3 + 1] ?? 0) + (this.withdrawn[r * 3 + 2] ?? 0);
  }
}

const KIND_INDEX: Record<UnitKind, number> = { troops: 0, missileDefense: 1, strikeMissiles: 2 };

function fail(code: ErrorCode, message: string, details: Record<string, unknown>): EngineError {
  return { code, message, details };
}

function regionOf(game: Game, order: Order): number | EngineError | undefined {
  if (!('region' in order)) return undefined;
  const r = typeof order.region === 'string' ? game.regionIndex.get(order.region) : undefined;
  return r === undefined ? fail('UNKNOWN_REGION', `There is no region "${String(order.region)}".`, { order }) : r;
}

function isEngineError(x: unknown): x is EngineError {
  return typeof x === 'object' && x !== null && 'code' in x;
}

/** The fields each order type must carry, besides `type`. */
const REQUIRED_FIELDS: Record<OrderType, readonly string[]> = {
  deploy: ['region', 'kind'],
  withdraw: ['region', 'kind'],
  exercise: ['region'],
  court: ['region'],
  admit: ['region'],
  support: ['region'],
  annex: ['region'],
  assure: [],
  summit: [],
  restraint: ['region'],
  sanction: [],
  propose: ['treaty'],
  ratify: ['treaty'],
  withdrawTreaty: ['treaty'],
  inspect: [],
  respond: ['event', 'option'],
};

/** Fields an order type may carry besides its required ones (a troop deployment's posture). */
const OPTIONAL_FIELDS: Partial<Record<OrderType, readonly string[]>> = { deploy: ['posture'] };

/**
 * The fields an order of this type carries besides `type`: those it must have and those
 * it may have. For code that rebuilds orders from untrusted data (a sandboxed bot's
 * answer) field by field, so it keeps nothing the rules do not know.
 */
export function orderFields(type: OrderType): { required: readonly string[]; optional: readonly string[] } {
  return { required: REQUIRED_FIELDS[type], optional: OPTIONAL_FIELDS[type] ?? [] };
}

/** Checks the shape of an order that came from outside (a UI, a bot, a file). */
function checkShape(order: Order): EngineError | undefined {
  const o = order as unknown as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o.type !== 'string' || !Object.hasOwn(AP_COST, o.type))
    return fail('UNKNOWN_ORDER', `Unknown order type "${String(o?.type)}".`, { order });
  for (const field of REQUIRED_FIELDS[o.type as OrderType])
    if (typeof o[field] !== 'string')
      return fail(field === 'region' ? 'UNKNOWN_REGION' : 'BAD_PARAMETER', `A ${o.type} order needs a "${field}".`, { order, missing: field });
  if ('kind' in o && !(UNIT_KINDS as readonly unknown[]).includes(o.kind))
    return fail('BAD_PARAMETER', `Unknown unit kind "${String(o.kind)}".`, { order, allowed: UNIT_KINDS });
  if ('treaty' in o && !(TREATIES as readonly unknown[]).includes(o.treaty))
    return fail('UNKNOWN_TREATY', `There is no treaty "${String(o.treaty)}".`, { order, allowed: TREATIES });
  if (o.type === 'deploy' && o.kind === 'troops' && !(POSTURES as readonly unknown[]).includes(o.posture))
    return fail('BAD_PARAMETER', 'Troops must be deployed with a posture: defensive or offensive.', { order, allowed: POSTURES });
  if (o.type === 'deploy' && o.kind !== 'troops' && o.posture !== undefined)
    return fail('BAD_PARAMETER', 'Only troops have a posture; missiles are what they are.', { order });
  return undefined;
}

/**
 * A check's verdict: undefined when the order may be given, else its refusal — the error
 * when the caller asked for it to be put in words (`explain`), or just `false`. legal()
 * and randomLegal() test hundreds of candidate orders and only need to know which are
 * refused; writing a message and details for each would cost more than the checks. A
 * flag rather than a lazy closure per refusal: a closure over the check's arguments
 * made every call allocate, refused or not.
 */
type CheckVerdict = EngineError | false | undefined;

/** Why `order` may not follow `tally`'s orders this turn (see CheckVerdict), or undefined if it may. */
function refusalOf(game: Game, sit: Situation, order: Order, tally: Tally, explain: boolean): CheckVerdict {
  const shape = checkShape(order);
  if (shape) return explain && shape;
  const region = regionOf(game, order);
  if (isEngineError(region)) return explain && region;
  return checkRules(game, sit, order, region ?? -1, tally, explain);
}

/** Why `order` may not follow `tally`'s orders this turn, or undefined if it may. */
function check(game: Game, sit: Situation, order: Order, tally: Tally): EngineError | undefined {
  return refusalOf(game, sit, order, tally, true) || undefined;
}

// The tests below are helpers, not closures in checkRules: a closure over its arguments
// would make every call of checkRules allocate.

function hasPromiseIn(sit: Situation, region: string): boolean {
  for (const p of sit.promises) if (p.region === region) return true;
  return false;
}

/** Has the rival a standing proposal of `treaty`, made on an earlier turn? */
function rivalHasProposed(sit: Situation, treaty: Treaty): boolean {
  for (const p of sit.proposals) if (p.treaty === treaty && p.by !== sit.side && p.turn < sit.turn) return true;
  return false;
}

function hasOption(options: readonly EventOption[], id: string): boolean {
  for (const o of options) if (o.id === id) return true;
  return false;
}

/**
 * The rules of an order already known to be well formed, in region `r` (−1 if none):
 * undefined when it may follow `tally`'s orders, else its refusal (see CheckVerdict).
 */
function checkRules(game: Game, sit: Situation, order: Order, r: number, tally: Tally, explain: boolean): CheckVerdict {
  const side = sit.side;
  const cost = orderCost(order, sit.ratifyWindow);
  if (tally.ap + cost > sit.actionPoints)
    return explain && fail('NOT_ENOUGH_AP', `Not enough action points: this needs ${cost}, ${sit.actionPoints - tally.ap} left.`, {
      order,
      cost,
      left: sit.actionPoints - tally.ap,
    });
  // Orders without a region (r = −1) never read these; reading an array at −1 is slow in V8.
  const regional = r >= 0;
  const regionName = regional ? (game.regionNames[r] ?? '') : '';
  const own = regional ? towards(sit.alignment[r] ?? 0, side) : 0;
  const isHome = regional && sit.home[r] !== '';
  const forces = regional ? sit.ownForces[r] : undefined;

  switch (order.type) {
    case 'deploy': {
      if (own < 2)
        return explain && fail('NOT_OWN_TERRITORY', `You can deploy only at home, in member or partner states; ${regionName} is not.`, {
          order,
          alignment: sit.alignment[r],
        });
      if ((tally.deploys[r] ?? 0) >= MAX_DEPLOYS_PER_REGION_PER_TURN)
        return explain && fail('DEPLOY_LIMIT', `At most ${MAX_DEPLOYS_PER_REGION_PER_TURN} deployments per region per turn.`, { order });
      if (forces && totalUnits(forces) + (tally.deploys[r] ?? 0) >= MAX_UNITS_PER_REGION)
        return explain && fail('REGION_FULL', `${regionName} already holds ${MAX_UNITS_PER_REGION} of your units.`, { order });
      if (tally.restraints.has(r))
        return explain && fail('RESTRAINT_PROMISED', `You are promising restraint in ${regionName} this turn.`, { order });
      return undefined;
    }
    case 'withdraw': {
      // Restraint already pulls a unit back; mixing the two would make the unit taken ambiguous.
      if (tally.restraints.has(r)) return explain && fail('RESTRAINT_PROMISED', `You are already pulling back from ${regionName} with a promise of restraint.`, { order });
      const have = forces ? unitsOf(forces, order.kind) - tally.withdrawnOf(r, order.kind) : 0;
      if (have < 1) return explain && fail('NO_UNIT', `You have no ${order.kind} left to withdraw from ${regionName}.`, { order });
      return undefined;
    }
    case 'exercise':
      if (own < 2) return explain && fail('NOT_OWN_TERRITORY', `You can exercise only on your own or partner territory.`, { order });
      if (tally.exercises.has(r)) return explain && fail('ONCE_PER_TURN', `One exercise per region per turn.`, { order });
      return undefined;
    case 'court':
    case 'admit':
    case 'support':
    case 'annex': {
      if (isHome) return explain && fail('HOME_REGION', `${regionName} is a home region: its alignment cannot change.`, { order });
      if (tally.allianceRegions.has(r))
        return explain && fail('ONE_ALLIANCE_ORDER_PER_REGION', `One alliance order per region per turn.`, { order });
      if (order.type === 'court' && (own >= 2 || own <= -3))
        return explain && fail('ALIGNMENT', own >= 2 ? `${regionName} is already your partner: admit it instead.` : `${regionName} is a member of the rival bloc.`, {
          order,
          alignment: sit.alignment[r],
        });
      if (order.type === 'admit' && own !== 2)
        return explain && fail('ALIGNMENT', `Only a partner (alignment 2 towards you) can be admitted.`, { order, alignment: sit.alignment[r] });
      if (order.type === 'support' || order.type === 'annex') {
        if (!sit.contested[r]) return explain && fail('NOT_CONTESTED', `${regionName} has no separatist movement to support.`, { order });
        if (!takesSides(game, side, r))
          return explain && fail('NOT_A_BACKER', `In this scenario only ${game.scenario.sides[rivalOf(side)].name} takes sides in ${regionName}'s conflict: you cannot support or annex there.`, { order });
        if (order.type === 'support' && (own >= 2 || own <= -3))
          return explain && fail('ALIGNMENT', `Support moves a contested region only up to partner, and not out of a bloc.`, {
            order,
            alignment: sit.alignment[r],
          });
        if (order.type === 'annex') {
          if (own < 2) return explain && fail('ALIGNMENT', `Annexing needs alignment 2 or more towards you.`, { order, alignment: sit.alignment[r] });
          const mine = forces ? totalUnits(forces) : 0;
          const theirs = sit.rivalUnitTotals[r] ?? 0;
          if (mine <= theirs)
            return explain && fail('OUTNUMBERED', `Annexing needs more of your units than the rival's there (${mine} vs ${theirs}).`, { order, mine, theirs });
        }
      }
      return undefined;
    }
    case 'assure':
    case 'summit':
    case 'sanction':
    case 'inspect':
      if (tally.onceOnly.has(order.type)) return explain && fail('ONCE_PER_TURN', `At most one ${order.type} per turn.`, { order });
      if (order.type === 'inspect' && !sit.treaties.some((t) => TREATY_RULES[t].verification))
        return explain && fail('NEEDS_VERIFICATION_TREATY', 'Inspections need Open Skies in force.', { order });
      return undefined;
    case 'restraint': {
      if (tally.withdrawnTotal(r) > 0) return explain && fail('RESTRAINT_PROMISED', `You are already withdrawing from ${regionName}: restraint is a withdrawal with a promise.`, { order });
      const have = forces ? totalUnits(forces) : 0;
      if (have < 1) return explain && fail('NO_UNIT', `Restraint means pulling a unit back: you have none in ${regionName}.`, { order });
      if (tally.restraints.has(r) || hasPromiseIn(sit, order.region))
        return explain && fail('RESTRAINT_PROMISED', `You already promised restraint in ${regionName}.`, { order });
      if ((tally.deploys[r] ?? 0) > 0) return explain && fail('RESTRAINT_PROMISED', `You cannot deploy and promise restraint in one turn.`, { order });
      return undefined;
    }
    case 'propose':
    case 'ratify':
    case 'withdrawTreaty': {
      if (tally.treatyOrders.has(order.treaty)) return explain && fail('ONCE_PER_TURN', `One order per treaty per turn.`, { order });
      const inForce = sit.treaties.includes(order.treaty);
      if (order.type === 'withdrawTreaty') {
        if (!inForce) return explain && fail('TREATY_NOT_IN_FORCE', `${order.treaty} is not in force.`, { order });
      } else if (inForce) return explain && fail('TREATY_IN_FORCE', `${order.treaty} is already in force.`, { order });
      if (order.type === 'ratify' && !rivalHasProposed(sit, order.treaty))
        return explain && fail('NO_PENDING_PROPOSAL', `The rival has no standing proposal of ${order.treaty} to ratify.`, { order });
      return undefined;
    }
    case 'respond': {
      const event = sit.currentEvents.includes(order.event) ? eventById(game, order.event) : undefined;
      if (!event || event.choice?.side !== side)
        return explain && fail('UNKNOWN_EVENT', `No event "${order.event}" awaits your answer this turn.`, { order });
      const options = event.choice.options;
      if (!hasOption(options, order.option))
        return explain && fail('BAD_PARAMETER', `"${order.option}" is not an option of ${event.title}.`, { order, allowed: options.map((o) => o.id) });
      if (tally.responded.has(order.event)) return explain && fail('ONCE_PER_TURN', 'You already answered this event.', { order });
      return undefined;
    }
  }
}

function add(game: Game, sit: Situation, order: Order, tally: Tally): void {
  tally.ap += orderCost(order, sit.ratifyWindow);
  const r = 'region' in order ? (game.regionIndex.get(order.region) ?? -1) : -1;
  switch (order.type) {
    case 'deploy':
      tally.deploys[r] = (tally.deploys[r] ?? 0) + 1;
      break;
    case 'withdraw': {
      const i = r * 3 + KIND_INDEX[order.kind];
      tally.withdrawn[i] = (tally.withdrawn[i] ?? 0) + 1;
      break;
    }
    case 'exercise':
      tally.exercises.add(r);
      break;
    case 'court':
    case 'admit':
    case 'support':
    case 'annex':
      tally.allianceRegions.add(r);
      break;
    case 'restraint':
      tally.restraints.add(r);
      break;
    case 'propose':
    case 'ratify':
    case 'withdrawTreaty':
      tally.treatyOrders.add(order.treaty);
      break;
    case 'respond':
      tally.responded.add(order.event);
      break;
    default:
      tally.onceOnly.add(order.type);
  }
}

/**
 * Checks a whole bundle of orders in sequence. Returns the first problem, naming the
 * order's position, or undefined when all are legal together.
 */
export function checkOrders(game: Game, sit: Situation, orders: readonly Order[]): EngineError | undefined {
  if (!Array.isArray(orders)) return fail('BAD_PARAMETER', 'Orders must be a list.', { orders });
  if (sit.phase !== 'planning')
    return fail(sit.phase === 'over' ? 'GAME_OVER' : 'WRONG_PHASE', `Orders are given in the planning phase; this is the ${sit.phase} phase.`, {
      phase: sit.phase,
    });
  const tally = new Tally();
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as Order;
    const error = check(game, sit, order, tally);
    if (error) return { ...error, details: { ...error.details, index: i } };
    add(game, sit, order, tally);
  }
  return undefined;
}

/**
 * Every order a side could ever give in this game: the regional orders of every kind in
 * map order, then diplomacy and arms control. Made once per game; legality filters it.
 */
function allOrders(game: Game): Candidate[] {
  const out: Candidate[] = [];
  game.regionIds.forEach((region, r) => {
    const regional: Order[] = [
      ...POSTURES.map((posture): Order => ({ type: 'deploy', region, kind: 'troops', posture })),
      { type: 'deploy', region, kind: 'missileDefense' },
      { type: 'deploy', region, kind: 'strikeMissiles' },
      { type: 'exercise', region },
      ...UNIT_KINDS.map((kind): Order => ({ type: 'withdraw', region, kind })),
      { type: 'restraint', region },
      { type: 'court', region },
      { type: 'admit', region },
      { type: 'support', region },
      { type: 'annex', region },
    ];
    for (const order of regional) out.push({ order, region: r });
  });
  const global: Order[] = [{ type: 'assure' }, { type: 'summit' }, { type: 'sanction' }];
  for (const treaty of TREATIES) global.push({ type: 'propose', treaty }, { type: 'ratify', treaty }, { type: 'withdrawTreaty', treaty });
  global.push({ type: 'inspect' });
  for (const order of global) out.push({ order, region: -1 });
  for (const event of game.scenario.events)
    for (const option of event.choice?.options ?? []) out.push({ order: { type: 'respond', event: event.id, option: option.id }, region: -1 });
  for (const c of out) Object.freeze(c.order);
  return out;
}

const allOrdersCache = new WeakMap<Game, Candidate[]>();

function candidatesOf(game: Game): Candidate[] {
  let list = allOrdersCache.get(game);
  if (!list) {
    list = allOrders(game);
    allOrdersCache.set(game, list);
  }
  return list;
}

interface Candidate {
  order: Order;
  region: number;
}

/**
 * A side's orders for this turn, built one at a time. It keeps a running tally, so each
 * check is O(1), and the list of candidate orders is made once per draft.
 */
export class OrderDraft {
  readonly orders: Order[] = [];
  private readonly tally: Tally;
  /**
   * The order randomLegal() last drew, known legal after the orders drafted so far: a
   * bot that adds it straight away (as the random bot does) need not have it checked
   * again. Every push forgets it, since the tally it was checked against has changed.
   */
  private drawn: Order | undefined;
  constructor(
    private readonly game: Game,
    private readonly sit: Situation,
    chosen: readonly Order[] = [],
  ) {
    this.tally = new Tally();
    for (const o of chosen) this.push(o);
  }
  private push(order: Order): void {
    this.drawn = undefined;
    this.orders.push(order);
    add(this.game, this.sit, order, this.tally);
  }
  private refusal(order: Order, explain: boolean): CheckVerdict {
    if (order === this.drawn) return undefined;
    const phase = this.sit.phase;
    if (phase !== 'planning')
      return explain && fail(phase === 'over' ? 'GAME_OVER' : 'WRONG_PHASE', `Orders are given in the planning phase; this is the ${phase} phase.`, { phase });
    return refusalOf(this.game, this.sit, order, this.tally, explain);
  }
  /** Why `order` may not be added now, or undefined when it may. */
  check(order: Order): EngineError | undefined {
    return this.refusal(order, true) || undefined;
  }
  /** Adds the order if legal; returns the refusal otherwise. */
  add(order: Order): EngineError | undefined {
    const error = this.check(order);
    if (!error) this.push(order);
    return error;
  }
  /** Whether `order` may be added now: check() without putting a refusal into words. */
  allows(order: Order): boolean {
    return this.refusal(order, false) === undefined;
  }
  /**
   * Adds the order if legal and says whether it did: add() without putting a refusal
   * into words, for bots that try many orders and only need to know which were taken.
   */
  tryAdd(order: Order): boolean {
    if (this.refusal(order, false) !== undefined) return false;
    this.push(order);
    return true;
  }
  private candidates(): Candidate[] {
    return candidatesOf(this.game);
  }
  /**
   * The treaty this deployment would violate (a CFE cap or a banned weapon), if any.
   * Legal, but a violation the rival may catch.
   */
  violates(order: Order): Treaty | undefined {
    if (order.type !== 'deploy') return undefined;
    const r = this.game.regionIndex.get(order.region);
    if (r === undefined) return undefined;
    const f = this.sit.ownForces[r];
    const after = (f ? totalUnits(f) : 0) + (this.tally.deploys[r] ?? 0) + 1;
    for (const t of this.sit.treaties) {
      const rule = TREATY_RULES[t];
      if (rule.bans === order.kind) return t;
      if (rule.cap !== undefined && after > rule.cap && nearPerimeterOf(this.game, this.sit.alignment, rivalOf(this.sit.side), r)) return t;
    }
    return undefined;
  }
  /** Action points not yet spent by the orders in the draft. */
  apLeft(): number {
    return this.sit.actionPoints - this.tally.ap;
  }
  /** Orders that may be added now, in a fixed order (map order, then the rest). */
  legal(): Order[] {
    if (this.sit.phase !== 'planning') return [];
    return this.candidates()
      .filter((c) => checkRules(this.game, this.sit, c.order, c.region, this.tally, false) === undefined)
      .map((c) => ({ ...c.order }));
  }
  /** One legal order drawn uniformly with `random` (rejection sampling), or undefined. The order is frozen and shared. */
  randomLegal(random: () => number): Order | undefined {
    if (this.sit.phase !== 'planning') return undefined;
    const list = this.candidates();
    for (let tries = 0; tries < 64; tries++) {
      const c = list[Math.floor(random() * list.length)];
      if (c && checkRules(this.game, this.sit, c.order, c.region, this.tally, false) === undefined) return (this.drawn = c.order);
    }
    const legal = this.legal();
    return (this.drawn = legal[Math.floor(random() * legal.length)]);
  }
}


/** Is region `r` in or next to `side`'s perimeter (its home and bloc members)? */
export function nearPerimeterOf(game: Game, alignment: readonly number[], side: Side, r: number): boolean {
  for (const q of game.vicinity[r] ?? []) if (towards(alignment[q] ?? 0, side) === 3) return true;
  return false;
}

/** Why `order` may not be added to `chosen`, or undefined when it may. */
export function checkNextOrder(game: Game, sit: Situation, chosen: readonly Order[], order: Order): EngineError | undefined {
  return new OrderDraft(game, sit, chosen).check(order);
}

/**
 * Orders that may be added to `chosen` this turn, in a fixed order (map order for
 * regional orders, then diplomacy, arms control and event answers).
 */
export function legalOrders(game: Game, sit: Situation, chosen: readonly Order[] = []): Order[] {
  return new OrderDraft(game, sit, chosen).legal();
}
