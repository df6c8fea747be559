/**
 * The scripted bots: simple, readable policies that stand for the strategies of the
 * literature (Axelrod's reciprocators, Kydd's reassurers, Jervis's spiral and
 * deterrence models). Each sees only its side's view and plays under either intent:
 * a revisionist also pushes towards its targets; a security seeker does not.
 */
import type { CrisisChoice, Game, Order, SideView } from '../engine/index.ts';
import type { Bot, BotContext } from './types.ts';
import {
  deny,
  OrderList,
  answerEvents,
  calmestOption,
  bordersRivalHome,
  expand,
  frontline,
  lastRivalMove,
  ownUnits,
  rivalUnits,
  threatAt,
  towardsMe,
  treatyDiplomacy,
} from './tactics.ts';

type Policy = (list: OrderList, game: Game, view: SideView, ctx: BotContext) => string;
type CrisisPolicy = (game: Game, view: SideView, ctx: BotContext) => CrisisChoice;

/**
 * Wraps a policy as a Bot that remembers its last reason for `explain`. Event choices
 * are answered with the historical (first) option, or by a security seeker that wants
 * calm (`calm`) with the option that alarms the rival least.
 */
function scripted(name: string, policy: Policy, crisis: CrisisPolicy, calm = false): Bot {
  let reason = '';
  return {
    name,
    chooseOrders(view, ctx) {
      const list = new OrderList(ctx.game, view);
      answerEvents(list, view, ctx.game, (options) => (calm && !revisionist(view) ? calmestOption(view, options) : undefined));
      reason = policy(list, ctx.game, view, ctx);
      return list.orders;
    },
    chooseCrisis(view, ctx) {
      const choice = crisis(ctx.game, view, ctx);
      reason = `In the crisis I chose to ${choice}.`;
      return choice;
    },
    explain: () => reason,
  };
}

const revisionist = (view: SideView) => view.me.intent === 'revisionist';

function deployTroops(list: OrderList, game: Game, regions: readonly number[], count: number, posture: 'defensive' | 'offensive'): number {
  let done = 0;
  for (const r of regions) {
    if (done >= count) break;
    if (list.addCompliant({ type: 'deploy', region: game.regionIds[r] ?? '', kind: 'troops', posture })) done++;
  }
  return done;
}

/** Withdraws from where I have the most units and the least threat. */
function standDown(list: OrderList, game: Game, view: SideView, count: number): number {
  const regions = view.ownForces
    .map((f, r) => ({ r, spare: ownUnits(view, r) - threatAt(game, view, r) }))
    .filter((x) => (view.ownForces[x.r]?.defensive ?? 0) + (view.ownForces[x.r]?.offensive ?? 0) > 1)
    .sort((a, b) => b.spare - a.spare || a.r - b.r);
  let done = 0;
  for (const { r } of regions) {
    if (done >= count) break;
    if (list.add({ type: 'withdraw', region: game.regionIds[r] ?? '', kind: 'troops' })) done++;
  }
  return done;
}

/**
 * A sensible security seeker, and the reference player's security half. It builds up
 * defensively in proportion to perceived hostility — first where the rival's forces, as
 * it reads them, outweigh its own — and reassures alongside, because intentions cannot
 * be read (Jervis): it takes up the rival's treaty offers, talks when the rival looks
 * benign, and near the brink stops adding to the tension and asks for a summit, since a
 * war would cost it every year the war cuts off.
 */
function prudentCore(list: OrderList, game: Game, view: SideView): string {
  const p = view.me.perceivedHostility;
  const brink = view.tension >= 8;
  // A revisionist keeps pushing towards its targets, but not when tension is near a crisis.
  if (revisionist(view) && view.tension < 7) expand(list, game, view, 1);
  // A security seeker that reads its rival as an aggressor denies it what it covets, while the brink is far.
  const denied = !revisionist(view) && p >= 0.5 && view.tension < 6 ? deny(list, game, view, 1) : 0;
  const also = denied > 0 ? ' I also courted a region you covet, to keep it from you.' : '';
  if (p >= 0.5 && view.treaties.includes('openSkies')) list.add({ type: 'inspect' });
  const front = frontline(game, view);
  const exposed = front.filter((r) => threatAt(game, view, r) * p > ownUnits(view, r));
  const wanted = p < 0.45 ? 0 : brink ? 1 : 1 + (p > 0.7 ? 1 : 0) + (p > 0.85 && exposed.length > 0 ? 1 : 0);
  const built = deployTroops(list, game, [...exposed, ...front.filter((r) => !exposed.includes(r))], wanted, 'defensive');
  if (p < 0.5 || view.tension >= 7) list.add({ type: 'summit' });
  for (const offer of view.proposals) if (offer.by === view.rival) list.add({ type: 'ratify', treaty: offer.treaty });
  const pct = `${Math.round(p * 100)}%`;
  if (built > 0) return `I read you as ${pct} likely hostile, so I reinforced ${built} threatened region${built === 1 ? '' : 's'} defensively.${also}`;
  if (p < 0.35 && standDown(list, game, view, 1) > 0) {
    treatyDiplomacy(list, view);
    return `You look benign to me (${pct}), so I stood some forces down.`;
  }
  treatyDiplomacy(list, view);
  return `I see no great threat (${pct}), so I kept my forces as they are and worked on treaties.${also}`;
}

/** A security seeker steps back unless it is sure of the rival's hostility and the brink is still far; a revisionist holds. */
const prudentCrisis: CrisisPolicy = (_game, view) =>
  revisionist(view) || (view.me.perceivedHostility > 0.9 && view.tension < 8.5) ? 'hold' : 'deescalate';

export const randomBot = (): Bot =>
  scripted(
    'random',
    (list, _game, _view, ctx) => {
      // Spend action points on random legal orders; free orders alone are not worth
      // searching for once the points are gone.
      for (let i = 0; i < 8 && list.apLeft() > 0; i++) {
        if (ctx.random() < 0.15) break;
        const pick = list.randomLegal(ctx.random);
        if (!pick) break;
        list.add(pick);
      }
      return 'I picked orders at random.';
    },
    (_game, _view, ctx) => (['deescalate', 'hold', 'escalate'] as const)[Math.floor(ctx.random() * 3)] ?? 'hold',
  );

export const doveBot = (): Bot =>
  scripted(
    'dove',
    (list, game, view) => {
      list.add({ type: 'assure' });
      list.add({ type: 'summit' });
      treatyDiplomacy(list, view);
      if (revisionist(view)) expand(list, game, view, 1);
      return 'I never build up: I reassure, talk and sign treaties.';
    },
    () => 'deescalate',
    true,
  );

export const hawkBot = (): Bot =>
  scripted(
    'hawk',
    (list, game, view) => {
      const front = frontline(game, view).filter((r) => bordersRivalHome(game, view, r) || threatAt(game, view, r) > 0);
      const posture = revisionist(view) ? 'offensive' : 'defensive';
      const n = deployTroops(list, game, front.length ? front : frontline(game, view), 2, posture);
      if (revisionist(view)) expand(list, game, view, 2, false);
      // Court hard: the neutral and leaning regions closest to the rival first.
      for (let r = 0; r < view.alignment.length; r++) {
        const region = game.regionIds[r] ?? '';
        if (towardsMe(view, r) === 2) list.add({ type: 'admit', region });
        else if (bordersRivalHome(game, view, r)) list.add({ type: 'court', region });
      }
      list.add({ type: 'sanction' });
      return `Peace through strength: I built up ${n} unit${n === 1 ? '' : 's'} facing you and courted your neighbours.`;
    },
    (_game, view) => (revisionist(view) && view.tension < 9 ? 'escalate' : 'hold'),
  );

/** Admits one of my partners to my bloc, or else courts the most valuable region still neutral. */
function admitOrCourt(list: OrderList, game: Game, view: SideView): void {
  const open = view.alignment.map((_, r) => r).filter((r) => view.home[r] === '');
  const partner = open.find((r) => towardsMe(view, r) === 2);
  if (partner !== undefined && list.add({ type: 'admit', region: game.regionIds[partner] ?? '' })) return;
  const neutral = open.filter((r) => towardsMe(view, r) === 0).sort((a, b) => (game.values[b] ?? 0) - (game.values[a] ?? 0) || a - b);
  list.addFirst(neutral.map((r) => ({ type: 'court' as const, region: game.regionIds[r] ?? '' })));
}

/**
 * Reciprocate (Axelrod's tit for tat): answer a hostile move in kind — a sanction with a
 * sanction, courting with courting, a build-up with a build-up of the same size — and
 * anything else with reassurance.
 */
function reciprocate(list: OrderList, game: Game, view: SideView, forgive: boolean): string {
  const move = lastRivalMove(view);
  if (revisionist(view)) expand(list, game, view, 1);
  if (move === 'hostile' && !forgive) {
    const last = view.me.observations.filter((o) => o.turn === view.turn - 1);
    if (last.some((o) => o.signal === 'sanction')) list.add({ type: 'sanction' });
    for (const o of last) {
      if ((o.signal === 'court' || o.signal === 'support') && o.region) list.add({ type: 'court', region: o.region });
      // A region admitted to the rival's bloc cannot be courted back: answer with an admission of my own.
      if (o.signal === 'admit') admitOrCourt(list, game, view);
    }
    const buildUp = last.filter((o) => o.signal === 'deploy' || o.signal === 'exercise').length;
    deployTroops(list, game, frontline(game, view), Math.min(2, buildUp), 'defensive');
    return 'You moved against me last turn, so I answered in kind.';
  }
  list.add({ type: 'assure' });
  list.add({ type: 'summit' });
  treatyDiplomacy(list, view);
  return move === 'hostile' ? 'You moved against me, but I chose to forgive it this once.' : 'You did me no harm last turn, so I returned the courtesy.';
}

export const mirrorBot = (): Bot =>
  scripted(
    'mirror',
    (list, game, view) => reciprocate(list, game, view, false),
    (_game, view) => (lastRivalMove(view) === 'hostile' ? 'hold' : 'deescalate'),
  );

export const generousBot = (): Bot =>
  scripted(
    'generous',
    (list, game, view, ctx) => reciprocate(list, game, view, ctx.random() < 1 / 3),
    (_game, view, ctx) => (lastRivalMove(view) === 'hostile' && ctx.random() >= 1 / 3 ? 'hold' : 'deescalate'),
  );

export const reassurerBot = (): Bot =>
  scripted(
    'reassurer',
    (list, game, view) => {
      const move = lastRivalMove(view);
      if (move === 'hostile' && view.me.perceivedHostility > 0.6) return prudentCore(list, game, view);
      if (revisionist(view)) expand(list, game, view, 1);
      // Costly signals: pull back from the regions that most alarm the rival.
      const exposed = view.ownForces
        .map((_, r) => r)
        .filter((r) => ownUnits(view, r) > 0 && bordersRivalHome(game, view, r))
        .sort((a, b) => ownUnits(view, b) - ownUnits(view, a) || a - b);
      const signalled = exposed.slice(0, 1).filter((r) => list.add({ type: 'restraint', region: game.regionIds[r] ?? '' })).length;
      if (signalled === 0) standDown(list, game, view, 1);
      treatyDiplomacy(list, view);
      return move === 'hostile'
        ? 'You pushed, but I kept to restraint and pulled back once more.'
        : 'You answered in kind, so I took another costly step back from your border.';
    },
    () => 'deescalate',
    true,
  );

export const assurerBot = (): Bot =>
  scripted(
    'assurer',
    (list, game, view) => {
      list.add({ type: 'assure' });
      list.add({ type: 'summit' });
      return `${prudentCore(list, game, view)} I also said my intentions were peaceful.`;
    },
    prudentCrisis,
    true,
  );

export const prudentBot = (): Bot => scripted('prudent', (list, game, view) => prudentCore(list, game, view), prudentCrisis, true);

export const opportunistBot = (): Bot =>
  scripted(
    'opportunist',
    (list, game, view) => {
      const move = lastRivalMove(view);
      const rivalNearTargets = view.me.targets.reduce((sum, id) => {
        const r = game.regionIndex.get(id);
        return r === undefined ? sum : sum + (game.vicinity[r] ?? []).reduce((s, q) => s + rivalUnits(view, q), 0);
      }, 0);
      const weak = rivalNearTargets < 4;
      const trusting = move === 'conciliatory' || move === 'none';
      // Near the brink even an opportunist stops pushing: a war would cost it more than it could grab.
      if (view.tension >= 7) return prudentCore(list, game, view);
      if (weak || trusting) {
        // Grab as much as the tension allows: less as a crisis comes closer.
        const reach = revisionist(view) ? (view.tension < 5 ? 3 : 1) : 1;
        expand(list, game, view, reach);
        for (let r = 0; r < view.alignment.length; r++) {
          const region = game.regionIds[r] ?? '';
          if (towardsMe(view, r) === 2) list.add({ type: 'admit', region });
          else if (towardsMe(view, r) > -3 && view.home[r] === '') list.add({ type: 'court', region });
        }
        return weak ? 'Your forces looked thin where it mattered, so I grabbed what I could.' : 'You looked trusting, so I pressed my advantage.';
      }
      return prudentCore(list, game, view);
    },
    (game, view) => {
      const crisis = view.crisis ? game.regionIndex.get(view.crisis.region) : undefined;
      if (crisis === undefined) return 'hold';
      let mine = 0;
      let theirs = 0;
      for (const q of game.vicinity[crisis] ?? []) {
        mine += ownUnits(view, q);
        theirs += rivalUnits(view, q);
      }
      // Press where it is clearly stronger; escalate only then, and never near the brink.
      if (mine > theirs * 2 && view.tension < 8) return revisionist(view) ? 'escalate' : 'hold';
      return mine > theirs * 1.3 && view.tension < 8.5 ? 'hold' : 'deescalate';
    },
  );

export const SCRIPTED_BOTS = {
  random: randomBot,
  dove: doveBot,
  hawk: hawkBot,
  mirror: mirrorBot,
  generous: generousBot,
  reassurer: reassurerBot,
  assurer: assurerBot,
  prudent: prudentBot,
  opportunist: opportunistBot,
} as const satisfies Record<string, () => Bot>;

export type ScriptedBotName = keyof typeof SCRIPTED_BOTS;
export const SCRIPTED_BOT_NAMES = Object.keys(SCRIPTED_BOTS) as ScriptedBotName[];

