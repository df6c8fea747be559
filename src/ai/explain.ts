/**
 * The Strategist's explanations: one or two plain sentences built from its actual
 * reasons — how hostile it reads the rival and which observations drove that reading
 * (the engine's perceptionDrivers), what it did, and what its look-ahead found.
 */
import { perceptionDrivers, TREATIES } from '../engine/index.ts';
import type { CrisisChoice, Game, Observation, Order, SideView, Treaty } from '../engine/index.ts';

const TREATY_SHORT: Record<Treaty, string> = { cfe: 'the CFE treaty', inf: 'the INF treaty', abm: 'the ABM treaty', openSkies: 'Open Skies' };

function regionName(game: Game, id: string | undefined): string {
  if (id === undefined) return '';
  const r = game.regionIndex.get(id);
  return r === undefined ? id : (game.regionNames[r] ?? id);
}

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** What one observation of the rival was, in the words of the one who saw it. */
export function describeDriver(game: Game, o: Observation): string {
  const where = regionName(game, o.region);
  const treaty = o.treaty && (TREATIES as readonly string[]).includes(o.treaty) ? TREATY_SHORT[o.treaty] : 'a treaty';
  switch (o.signal) {
    case 'deploy':
      if (o.kind === 'strikeMissiles') return `your strike missiles in ${where}`;
      if (o.kind === 'missileDefense') return `your missile defences in ${where}`;
      return o.seen === 'defensive' ? `your defensive deployment in ${where}` : `your build-up in ${where}`;
    case 'exercise':
      return `your exercise in ${where}`;
    case 'withdraw':
      return `your pull-back from ${where}`;
    case 'court':
      return `your courting of ${where}`;
    case 'admit':
      return `your admission of ${where} to your bloc`;
    case 'support':
      return `your backing of your side in ${where}`;
    case 'annex':
      return `your annexation of ${where}`;
    case 'assure':
      return 'your public assurances';
    case 'summitOffered':
      return 'your offer of a summit';
    case 'summitHeld':
      return 'our summit';
    case 'treatyInForce':
      return `${treaty} coming into force`;
    case 'restraint':
      return `your restraint in ${where}`;
    case 'sanction':
      return 'your sanctions';
    case 'propose':
      return `your proposal of ${treaty}`;
    case 'ratify':
      return `your ratification of ${treaty}`;
    case 'withdrawTreaty':
      return `your exit from ${treaty}`;
    case 'violation':
      return `your violation of ${treaty}`;
    case 'crisisBackedDown':
      return 'the way you faced me down in the crisis';
    case 'event':
      return 'the latest events';
    default:
      return 'your moves';
  }
}

/**
 * The first half of an explanation: how I read the rival, and why. `judged` is the
 * chance of revisionism the Strategist actually planned with; when its reading of the
 * rival's play has moved it well away from the perceived hostility, it says so.
 */
export function perceptionClause(game: Game, view: SideView, judged?: number): string {
  const p = view.me.perceivedHostility;
  if (judged === undefined || Math.abs(judged - p) < 0.2) return perceptionOnly(game, view, 'I');
  // Two readings that differ: my side's perception (what its security costs follow,
  // moved by every alarm and reassurance) and mine of how you really play. Name whose
  // each is, so the two numbers never read as one contradicting itself.
  const looks = judged < p ? "a security seeker's" : "a revisionist's";
  return `${perceptionOnly(game, view, 'my side')}, but to me your play so far looks more like ${looks} (${percent(judged)} likely hostile, I judge)`;
}

/** How `who` ('I', or 'my side' when the AI's own judgement differs) reads the rival now, and why. */
function perceptionOnly(game: Game, view: SideView, who: 'I' | 'my side'): string {
  const p = view.me.perceivedHostility;
  // What moved me since I last decided: the rival's last turn and this turn's events.
  const drivers = [...perceptionDrivers(view, view.turn - 1, 8), ...perceptionDrivers(view, view.turn, 8)]
    .filter((o) => Math.abs(o.delta) >= 0.05)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  // Which way did that move me, all told? Name the biggest moves in that direction.
  const net = view.me.observations.filter((o) => o.turn >= view.turn - 1).reduce((sum, o) => sum + o.delta, 0);
  const names = (list: Observation[]) => listOf([...new Set(list.slice(0, 2).map((o) => describeDriver(game, o)))]);
  const threatening = drivers.filter((o) => o.delta > 0);
  const reassuring = drivers.filter((o) => o.delta < 0);
  const me = who === 'I' ? 'me' : 'my side';
  const thinks = who === 'I' ? 'I now think you' : 'it now sees you as';
  if (net > 0.05 && threatening.length > 0) return `${who === 'I' ? 'I read' : 'My side read'} ${names(threatening)} as a threat (${thinks} ${percent(p)} likely hostile)`;
  if (net < -0.05 && reassuring.length > 0) return `${capitalise(names(reassuring))} reassured ${me} (${thinks} ${percent(p)} likely hostile)`;
  if (p >= 0.6) return who === 'I' ? `I still think you ${percent(p)} likely hostile` : `My side still sees you as ${percent(p)} likely hostile`;
  if (p <= 0.3) return `You look benign to ${me} (${percent(p)} likely hostile)`;
  return who === 'I' ? `I am unsure of you (${percent(p)} likely hostile)` : `My side is unsure of you (${percent(p)} likely hostile)`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * What a bundle of orders did, as a verb phrase ("reinforced Poland defensively and
 * proposed Open Skies"). `forRival`: as the rival may hear it during the game — troops
 * without their posture, since the rival's eyes may not have made it out.
 */
export function describeBundle(game: Game, orders: readonly Order[], forRival = false): string {
  const deploys = new Map<string, string[]>();
  const parts: string[] = [];
  const regionsOf = (type: Order['type']) => [...new Set(orders.filter((o) => o.type === type).map((o) => ('region' in o ? regionName(game, o.region) : '')))];
  for (const o of orders) {
    if (o.type !== 'deploy') continue;
    const how = o.kind !== 'troops' ? o.kind : forRival ? 'troops' : o.posture === 'offensive' ? 'offensive' : 'defensive';
    const list = deploys.get(how) ?? [];
    const name = regionName(game, o.region);
    if (!list.includes(name)) list.push(name);
    deploys.set(how, list);
  }
  const defensive = deploys.get('defensive');
  if (defensive) parts.push(`reinforced ${listOf(defensive)} defensively`);
  const offensive = deploys.get('offensive');
  if (offensive) parts.push(`massed offensive troops in ${listOf(offensive)}`);
  const troops = deploys.get('troops');
  if (troops) parts.push(`deployed troops in ${listOf(troops)}`);
  const md = deploys.get('missileDefense');
  if (md) parts.push(`put missile defences in ${listOf(md)}`);
  const sm = deploys.get('strikeMissiles');
  if (sm) parts.push(`put strike missiles in ${listOf(sm)}`);
  const phrase = (type: Order['type'], verb: string) => {
    const regions = regionsOf(type);
    if (regions.length > 0) parts.push(`${verb} ${listOf(regions)}`);
  };
  phrase('exercise', 'held an exercise in');
  phrase('withdraw', 'pulled troops back from');
  phrase('restraint', 'promised restraint in');
  phrase('annex', 'annexed');
  phrase('admit', 'admitted');
  phrase('support', 'backed my side in');
  phrase('court', 'courted');
  const treaties = (type: 'propose' | 'ratify', verb: string) => {
    const list = orders.filter((o): o is Extract<Order, { type: typeof type }> => o.type === type).map((o) => TREATY_SHORT[o.treaty]);
    if (list.length > 0) parts.push(`${verb} ${listOf(list)}`);
  };
  treaties('ratify', 'ratified');
  treaties('propose', 'proposed');
  if (orders.some((o) => o.type === 'summit')) parts.push('offered a summit');
  if (orders.some((o) => o.type === 'inspect')) parts.push('sent an inspection');
  if (orders.some((o) => o.type === 'sanction')) parts.push('imposed sanctions');
  if (orders.some((o) => o.type === 'assure')) parts.push('said publicly that my intentions are peaceful');
  for (const o of orders) {
    if (o.type !== 'respond') continue;
    const e = game.scenario.events.find((x) => x.id === o.event);
    const option = e?.choice?.options.find((x) => x.id === o.option);
    if (e && option) parts.push(`answered "${e.title}" with "${option.label}"`);
  }
  if (parts.length === 0) return 'held still this turn';
  return listOf(parts);
}

export interface SearchSummary {
  plans: number;
  worlds: number;
  /** War rate of the chosen plan in its rollouts. */
  warRate: number;
  /** The chance of revisionism the Strategist planned with (see perceptionClause). */
  judged?: number;
}

function searchSentence(s: SearchSummary): string {
  if (s.worlds === 0) return '';
  const war = s.warRate >= 0.05 ? `, though ${percent(s.warRate)} of them still ended in war` : '';
  return ` Of the ${s.plans} plans I weighed over ${s.worlds} imagined future${s.worlds === 1 ? '' : 's'}, this one did best${war}.`;
}

/**
 * Two sentences at most: how I read you and what I did about it; then either how you
 * seem to play (`style`, when the evidence is clear) or what my look-ahead found.
 */
export function explainOrders(game: Game, view: SideView, orders: readonly Order[], s: SearchSummary, style = '', audience: { forRival?: boolean } = {}): string {
  const second = style ? ` ${style}` : searchSentence(s);
  return `${perceptionClause(game, view, s.judged)}, so I ${describeBundle(game, orders, audience.forRival)}.${second}`;
}

const CHOICE_WORDS: Record<CrisisChoice, string> = { deescalate: 'step back', hold: 'hold firm', escalate: 'escalate' };

export function explainCrisis(
  game: Game,
  view: SideView,
  choice: CrisisChoice,
  warRates: Partial<Record<CrisisChoice, number>>,
  style = '',
  judged?: number,
): string {
  const region = regionName(game, view.crisis?.region);
  const risk = warRates[choice];
  const other = choice === 'deescalate' ? warRates.hold : undefined;
  let why = '';
  if (choice === 'deescalate' && other !== undefined && other > 0) why = ` Holding firm led to war in ${percent(other)} of the futures I imagined.`;
  else if (risk !== undefined && choice !== 'deescalate') why = ` In my look-ahead this risked war in ${percent(risk)} of futures, a risk I judged worth taking.`;
  return `${perceptionClause(game, view, judged)}, so in the crisis over ${region} I chose to ${CHOICE_WORDS[choice]}.${why || (style ? ` ${style}` : '')}`;
}
