/**
 * The balance benchmark's measurements: which games to play for a scenario, what one
 * game tells, and the summary with its targets. Pure: no files, no clock, no processes,
 * so the command line can spread the games over processes in any way and still get the
 * same numbers (a game's seed belongs to its configuration, and reports are summarised
 * in plan order).
 */
import { INTENTS, SIDES, outcome, rivalOf } from '../engine/index.ts';
import type { Game, GameLength, GameOptions, GameState, Intent, Side } from '../engine/index.ts';
import { SCRIPTED_BOTS, SCRIPTED_BOT_NAMES } from '../bots/scripted.ts';
import type { ScriptedBotName } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';
import { createStrategist } from '../ai/strategist.ts';
import { playGame } from './play.ts';
import { referenceBot } from './reference.ts';
import { wilson } from './stats.ts';

// ---------------------------------------------------------------- settings

export interface BalanceSettings {
  /** N: games per reference pairing and per cooperation match. */
  games: number;
  /** M: games per Strategist pairing (0 skips the Strategists). */
  strategistGames: number;
  /** G: games per ordered pair of scripted bots, and per side of the hawk's dedicated games. */
  roundRobinGames: number;
  /** First game seed; a configuration's i-th game has seed + i. */
  seed: number;
  /**
   * Worlds the Strategist searches per decision. Its own budget is wall-clock time, which
   * would make results depend on the machine and its load; a fixed number of worlds (about
   * what 150 ms buys for a planning decision) keeps the benchmark reproducible.
   */
  strategistWorlds: number;
  /** The length every game is played at: the full scenario (default) or its lesson. */
  length?: GameLength;
}

export const DEFAULT_STRATEGIST_WORLDS = 200;

/** Settings from the few a user gives: G defaults to max(10, N/5). */
export function balanceSettings(given: Partial<BalanceSettings> = {}): BalanceSettings {
  const games = given.games ?? 100;
  return {
    games,
    strategistGames: given.strategistGames ?? 8,
    roundRobinGames: given.roundRobinGames ?? Math.max(10, Math.round(games / 5)),
    seed: given.seed ?? 1,
    strategistWorlds: given.strategistWorlds ?? DEFAULT_STRATEGIST_WORLDS,
    ...(given.length && given.length !== 'full' ? { length: given.length } : {}),
  };
}

// ---------------------------------------------------------------- the plan

export type Player = 'reference' | 'strategist' | ScriptedBotName;

export type Purpose = 'reference' | 'prudent' | 'strategists' | 'cooperation' | 'roundRobin' | 'hawkAsSecurity';

/** One game to play: who plays which side, with which intents, from which seed. */
export interface Fixture {
  purpose: Purpose;
  players: Record<Side, Player>;
  /** Intents fixed for the game; a side left out is drawn from the scenario prior. Absent: both drawn ('random' mode). */
  intents?: Partial<Record<Side, Intent>>;
  seed: number;
}

/** The three scripted bots a hawk posing as a security seeker should not beat. */
export const HAWK_RIVALS = ['mirror', 'generous', 'prudent'] as const satisfies readonly ScriptedBotName[];
export const COOPERATORS = ['reassurer', 'dove'] as const satisfies readonly ScriptedBotName[];

const PAIRINGS: readonly Record<Side, Intent>[] = INTENTS.flatMap((blue) => INTENTS.map((red) => ({ blue, red })));

/** Every game a scenario's benchmark plays, in a fixed order (the order results are summarised in). */
export function planFixtures(settings: BalanceSettings): Fixture[] {
  const out: Fixture[] = [];
  const run = (n: number, make: (seed: number) => Fixture) => {
    for (let i = 0; i < n; i++) out.push(make(settings.seed + i));
  };
  for (const intents of PAIRINGS) run(settings.games, (seed) => ({ purpose: 'reference', players: { blue: 'reference', red: 'reference' }, intents, seed }));
  // The living-game measure: prudent against prudent, intents drawn from the scenario's prior.
  run(2 * settings.games, (seed) => ({ purpose: 'prudent', players: { blue: 'prudent', red: 'prudent' }, seed }));
  for (const intents of PAIRINGS)
    run(settings.strategistGames, (seed) => ({ purpose: 'strategists', players: { blue: 'strategist', red: 'strategist' }, intents, seed }));
  for (const bot of COOPERATORS)
    run(settings.games, (seed) => ({ purpose: 'cooperation', players: { blue: bot, red: bot }, intents: { blue: 'security', red: 'security' }, seed }));
  for (const blue of SCRIPTED_BOT_NAMES)
    for (const red of SCRIPTED_BOT_NAMES) run(settings.roundRobinGames, (seed) => ({ purpose: 'roundRobin', players: { blue, red }, seed }));
  for (const rival of HAWK_RIVALS)
    for (const hawkSide of SIDES) {
      const players: Record<Side, Player> = hawkSide === 'blue' ? { blue: 'hawk', red: rival } : { blue: rival, red: 'hawk' };
      const intents: Partial<Record<Side, Intent>> = { [hawkSide]: 'security' };
      run(settings.roundRobinGames, (seed) => ({ purpose: 'hawkAsSecurity', players, intents, seed }));
    }
  return out;
}

// ---------------------------------------------------------------- one game

/** What one finished game contributes to the benchmark. */
export interface GameReport {
  winner: Side | 'draw';
  intents: Record<Side, Intent>;
  achievement: Record<Side, number>;
  war?: {
    turn: number;
    /** From a crisis both sides took to the brink; otherwise tension reached 10. */
    fromCrisis: boolean;
    /** Opened as a turn began, by that turn's events, before anyone decided anything that turn. */
    atTurnStart: boolean;
  };
  /** Region of every crisis, in order. */
  crisisRegions: string[];
  /** Crises and wars that opened before both sides had given orders once. */
  openedEarly: { crises: number; wars: number };
  /** Each side's perceived hostility of the other at the start and at the end. */
  hostility: Record<Side, { start: number; end: number }>;
}

function makeBot(player: Player, settings: BalanceSettings): Bot {
  if (player === 'reference') return referenceBot();
  // A clock that never moves: the search then stops at strategistWorlds, never on time.
  if (player === 'strategist') return createStrategist({ level: 'normal', maxWorlds: settings.strategistWorlds, now: () => 0 });
  return SCRIPTED_BOTS[player]();
}

function bothDecided(state: GameState): boolean {
  const steps = state.record.steps;
  return steps.some((s) => s.kind === 'orders' && s.side === 'blue') && steps.some((s) => s.kind === 'orders' && s.side === 'red');
}

/**
 * Watches a game step by step for the openings no player could have prevented: a crisis
 * or war before both sides have given orders once, and a war that a turn's events start
 * before either side has decided anything that turn.
 */
export class OpeningWatch {
  readonly openedEarly = { crises: 0, wars: 0 };
  warAtTurnStart = false;
  private seenStart = false;

  /** The state as the game began: a crisis or war already open came before any decision. */
  start(state: GameState): void {
    if (this.seenStart) return;
    this.seenStart = true;
    if (state.crisis) this.openedEarly.crises++;
    if (state.war) {
      this.openedEarly.wars++;
      this.warAtTurnStart = true;
    }
  }

  readonly step = (before: GameState, after: GameState): void => {
    this.start(before);
    const decided = bothDecided(after);
    // A crisis stays open while the sides choose, so only its first appearance counts.
    if (after.crisis && !before.crisis && !decided) this.openedEarly.crises++;
    if (after.war && !before.war) {
      if (!decided) this.openedEarly.wars++;
      // Orders that resolve a turn also run the next turn's start; a war dated to a later
      // turn than the step began in was started there, by events, before any decision.
      if (after.war.turn > before.turn) this.warAtTurnStart = true;
    }
  };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function playFixture(game: Game, fixture: Fixture, settings: BalanceSettings): GameReport {
  const options: GameOptions = fixture.intents ? { seed: fixture.seed, intentMode: 'fixed', intents: fixture.intents } : { seed: fixture.seed };
  if (settings.length) options.length = settings.length;
  const watch = new OpeningWatch();
  const bots = { blue: makeBot(fixture.players.blue, settings), red: makeBot(fixture.players.red, settings) };
  const { state } = playGame(game, bots, options, undefined, watch.step);
  // A game over before its first step (a war at the start) showed no step to the watch.
  watch.start(state);
  return reportOf(game, state, watch);
}

export function reportOf(game: Game, state: GameState, watch: OpeningWatch): GameReport {
  const result = outcome(game, state);
  if (!result.ok) throw new Error(`balance: a game did not finish (scenario ${game.scenario.id}, seed ${state.seed}): ${result.error.message}`);
  const o = result.value;
  const hostility = (side: Side) => {
    const h = state.hostilityHistory[side];
    return { start: h[0] ?? 0, end: h[h.length - 1] ?? 0 };
  };
  const report: GameReport = {
    winner: o.winner,
    intents: { blue: o.sides.blue.intent, red: o.sides.red.intent },
    achievement: { blue: o.sides.blue.achievement, red: o.sides.red.achievement },
    crisisRegions: state.crisisHistory.map((c) => c.region),
    openedEarly: { ...watch.openedEarly },
    hostility: { blue: hostility('blue'), red: hostility('red') },
  };
  if (state.war) {
    const last = state.crisisHistory[state.crisisHistory.length - 1];
    report.war = { turn: state.war.turn, fromCrisis: last?.result === 'war', atTurnStart: watch.warAtTurnStart };
  }
  return report;
}

// ---------------------------------------------------------------- statistics


export interface Share {
  share: number;
  ci95: [number, number];
}

function share(count: number, n: number): Share {
  const p = n ? count / n : 0;
  const [lo, hi] = wilson(p, n);
  return { share: round(p), ci95: [round(lo), round(hi)] };
}

const mean = (xs: readonly number[]) => (xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length, 2) : 0);

/** A side's points in a game: 1 for a win, ½ for a draw. */
function points(r: GameReport, side: Side): number {
  return r.winner === 'draw' ? 0.5 : r.winner === side ? 1 : 0;
}

export interface SideResults {
  games: number;
  blueWins: Share;
  redWins: Share;
  draws: Share;
  /** Blue's share of the points (a draw counts ½ to each); Red's is 1 minus it. */
  bluePoints: Share;
  redPoints: Share;
}

function sideResults(reports: readonly GameReport[]): SideResults {
  const n = reports.length;
  const count = (w: GameReport['winner']) => reports.filter((r) => r.winner === w).length;
  const blue = reports.reduce((s, r) => s + points(r, 'blue'), 0);
  return {
    games: n,
    blueWins: share(count('blue'), n),
    redWins: share(count('red'), n),
    draws: share(count('draw'), n),
    bluePoints: share(blue, n),
    redPoints: share(n - blue, n),
  };
}

export interface PairingResults extends SideResults {
  intents: Record<Side, Intent>;
}

export interface MatchResults {
  pairings: PairingResults[];
  overall: SideResults;
}

function matchResults(reports: readonly GameReport[]): MatchResults {
  return {
    pairings: PAIRINGS.map((intents) => ({
      intents,
      ...sideResults(reports.filter((r) => r.intents.blue === intents.blue && r.intents.red === intents.red)),
    })),
    overall: sideResults(reports),
  };
}

export interface WarStats {
  games: number;
  wars: number;
  warRate: Share;
  /** Games with a war by the end of turn 3. */
  warsByTurn3: number;
  warsByTurn3Rate: number;
  openedBeforeBothDecided: { crises: number; wars: number };
  /** Wars a turn's events started before either side decided anything that turn. */
  warsAtTurnStart: number;
  fromCrisis: number;
  fromTension: number;
  /** Shares of the wars. */
  fromCrisisShare: number;
  fromTensionShare: number;
}

function warStats(reports: readonly GameReport[]): WarStats {
  const wars = reports.filter((r) => r.war);
  const fromCrisis = wars.filter((r) => r.war?.fromCrisis).length;
  const byTurn3 = wars.filter((r) => (r.war?.turn ?? Infinity) <= 3).length;
  return {
    games: reports.length,
    wars: wars.length,
    warRate: share(wars.length, reports.length),
    warsByTurn3: byTurn3,
    warsByTurn3Rate: round(reports.length ? byTurn3 / reports.length : 0),
    openedBeforeBothDecided: {
      crises: reports.reduce((s, r) => s + r.openedEarly.crises, 0),
      wars: reports.reduce((s, r) => s + r.openedEarly.wars, 0),
    },
    warsAtTurnStart: wars.filter((r) => r.war?.atTurnStart).length,
    fromCrisis,
    fromTension: wars.length - fromCrisis,
    fromCrisisShare: round(wars.length ? fromCrisis / wars.length : 0),
    fromTensionShare: round(wars.length ? (wars.length - fromCrisis) / wars.length : 0),
  };
}

export interface CrisisRegions {
  crises: number;
  /** Most crises first (ties by region id). */
  regions: { region: string; crises: number; share: number }[];
}

function crisisRegions(reports: readonly GameReport[]): CrisisRegions {
  const counts = new Map<string, number>();
  for (const r of reports) for (const region of r.crisisRegions) counts.set(region, (counts.get(region) ?? 0) + 1);
  const total = [...counts.values()].reduce((s, c) => s + c, 0);
  const regions = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([region, crises]) => ({ region, crises, share: round(crises / total) }));
  return { crises: total, regions };
}

export interface Achievements {
  n: number;
  meanAchievement: number;
}

export interface SecuritySeekerResults {
  war: Achievements;
  peace: Achievements;
}

/** Every security seeker's achievement, split by whether its game ended in war. */
function securitySeeker(reports: readonly GameReport[]): SecuritySeekerResults {
  const war: number[] = [];
  const peace: number[] = [];
  for (const r of reports) for (const side of SIDES) if (r.intents[side] === 'security') (r.war ? war : peace).push(r.achievement[side]);
  return { war: { n: war.length, meanAchievement: mean(war) }, peace: { n: peace.length, meanAchievement: mean(peace) } };
}

export interface CooperationResults {
  bot: ScriptedBotName;
  games: number;
  warRate: number;
  /** Mean perceived hostility of the rival, at the start and at the end. */
  hostility: Record<Side, { start: number; end: number }>;
}

function cooperation(bot: ScriptedBotName, reports: readonly GameReport[]): CooperationResults {
  const at = (side: Side, when: 'start' | 'end') => round(reports.length ? reports.reduce((s, r) => s + r.hostility[side][when], 0) / reports.length : 0);
  return {
    bot,
    games: reports.length,
    warRate: round(reports.length ? reports.filter((r) => r.war).length / reports.length : 0),
    hostility: { blue: { start: at('blue', 'start'), end: at('blue', 'end') }, red: { start: at('red', 'start'), end: at('red', 'end') } },
  };
}

export interface BotRecord {
  games: number;
  /** Wins with a draw as ½. */
  winShare: number;
  meanAchievement: number;
}

export interface BotResults {
  bot: ScriptedBotName;
  blue: BotRecord;
  red: BotRecord;
  overall: BotRecord;
}

export interface HawkAsSecurity {
  /** Dedicated games: hawk a security seeker, the rival's intent from the prior, G per side; wins only. */
  vs: { rival: ScriptedBotName; games: number; winShare: Share; meanAchievement: number }[];
  /** The same from the round robin's games where the hawk happened to draw 'security'. */
  inRoundRobin: { rival: ScriptedBotName; games: number; winShare: number }[];
}

export interface RoundRobinResults {
  gamesPerCell: number;
  /** Ranked by overall mean achievement, best first. */
  bots: BotResults[];
  /** headToHead[a][b]: a's points share (draw ½) against b, both side assignments pooled. */
  headToHead: Record<string, Record<string, number>>;
  /** headToHeadWins[a][b]: the share of those games a won outright (draws not counted). */
  headToHeadWins: Record<string, Record<string, number>>;
  hawkAsSecurity: HawkAsSecurity;
}

interface Played {
  fixture: Fixture;
  report: GameReport;
}

function record(games: readonly { points: number; achievement: number }[]): BotRecord {
  return {
    games: games.length,
    winShare: round(games.length ? games.reduce((s, g) => s + g.points, 0) / games.length : 0),
    meanAchievement: mean(games.map((g) => g.achievement)),
  };
}

/** A bot's games as seen from its seat(s) in them. */
function seats(played: readonly Played[], bot: ScriptedBotName, sides: readonly Side[] = SIDES) {
  return played.flatMap((p) =>
    sides.filter((side) => p.fixture.players[side] === bot).map((side) => ({ p, side, points: points(p.report, side), achievement: p.report.achievement[side] })),
  );
}


function roundRobin(played: readonly Played[], hawkGames: readonly Played[], gamesPerCell: number): RoundRobinResults {
  const bots = SCRIPTED_BOT_NAMES.map((bot) => ({
    bot,
    blue: record(seats(played, bot, ['blue'])),
    red: record(seats(played, bot, ['red'])),
    overall: record(seats(played, bot)),
  })).sort((a, b) => b.overall.meanAchievement - a.overall.meanAchievement || SCRIPTED_BOT_NAMES.indexOf(a.bot) - SCRIPTED_BOT_NAMES.indexOf(b.bot));
  const headToHead: Record<string, Record<string, number>> = {};
  const headToHeadWins: Record<string, Record<string, number>> = {};
  for (const a of SCRIPTED_BOT_NAMES) {
    const row: Record<string, number> = {};
    const winsRow: Record<string, number> = {};
    for (const b of SCRIPTED_BOT_NAMES) {
      const games = seats(played, a).filter(({ p, side }) => p.fixture.players[rivalOf(side)] === b);
      row[b] = record(games).winShare;
      winsRow[b] = round(games.length ? games.filter(({ p, side }) => p.report.winner === side).length / games.length : 0);
    }
    headToHead[a] = row;
    headToHeadWins[a] = winsRow;
  }
  const hawkVs = (games: readonly Played[], rival: ScriptedBotName) =>
    seats(games, 'hawk').filter(({ p, side }) => p.fixture.players[rivalOf(side)] === rival && p.report.intents[side] === 'security');
  return {
    gamesPerCell,
    bots,
    headToHead,
    headToHeadWins,
    hawkAsSecurity: {
      vs: HAWK_RIVALS.map((rival) => {
        const games = hawkVs(hawkGames, rival);
        const r = record(games);
        // Wins only: a draw (mutual security, a dead heat) is not a win for the hawk.
        const wins = games.filter(({ p, side }) => p.report.winner === side).length;
        return { rival, games: r.games, winShare: share(wins, games.length), meanAchievement: r.meanAchievement };
      }),
      inRoundRobin: HAWK_RIVALS.map((rival) => {
        const r = record(hawkVs(played, rival));
        return { rival, games: r.games, winShare: r.winShare };
      }),
    },
  };
}

// ---------------------------------------------------------------- targets

export interface Target {
  name: string;
  pass: boolean;
  detail: string;
}

/** Reference-vs-reference war rate a scenario should stay under (the lab has no cap: it is for experiments). */
export const WAR_RATE_CAPS: Readonly<Record<string, number>> = {
  '1991-after-the-wall': 0.15,
  '2008-bucharest': 0.15,
  '2014-maidan': 0.4,
  '2021-red-lines': 0.4,
};

export interface ScenarioBalance {
  scenario: string;
  reference: MatchResults;
  /** Absent when no Strategist games were asked for. */
  strategists?: MatchResults;
  wars: { prudent: WarStats; reference: WarStats; roundRobin: WarStats };
  crisisRegions: { prudent: CrisisRegions; reference: CrisisRegions; roundRobin: CrisisRegions };
  /** Reference and round-robin games pooled; each source also on its own. */
  securitySeeker: SecuritySeekerResults & { reference: SecuritySeekerResults; roundRobin: SecuritySeekerResults };
  cooperation: CooperationResults[];
  roundRobin: RoundRobinResults;
  targets: Target[];
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const interval = (s: Share) => `${pct(s.share)} (${pct(s.ci95[0])}–${pct(s.ci95[1])})`;

function targets(scenario: string, b: Omit<ScenarioBalance, 'targets'>): Target[] {
  const out: Target[] = [];
  const ss = b.securitySeeker;
  out.push({
    name: 'war never pays a security seeker',
    pass: ss.war.n === 0 || (ss.war.meanAchievement <= ss.peace.meanAchievement - 20 && ss.war.meanAchievement < 0),
    detail: `mean achievement in war ${ss.war.meanAchievement} (n=${ss.war.n}) vs peace ${ss.peace.meanAchievement} (n=${ss.peace.n}); needs war ≤ peace − 20 and < 0`,
  });

  // Wins, not points: a bot that reaches mutual security (a shared draw) with everyone dominates nobody.
  const h2h = b.roundRobin.headToHeadWins;
  const dominant = SCRIPTED_BOT_NAMES.filter((a) => SCRIPTED_BOT_NAMES.every((o) => o === a || (h2h[a]?.[o] ?? 0) >= 0.5));
  out.push({
    name: 'no scripted bot beats every other head to head',
    pass: dominant.length === 0,
    detail: dominant.length ? `wins at least half of its games against every other bot: ${dominant.join(', ')}` : 'every bot wins under half of its games against at least one other',
  });
  const hawk = b.roundRobin.hawkAsSecurity.vs;
  out.push({
    name: 'hawk as a security seeker wins under 40% vs mirror, generous, prudent',
    pass: hawk.every((h) => h.winShare.share < 0.4),
    detail: hawk.map((h) => `${h.rival} ${interval(h.winShare)} of ${h.games}`).join('; '),
  });
  const top3 = b.roundRobin.bots.slice(0, 3).map((x) => x.bot);
  out.push({
    name: 'hawk and random not in the top three by mean achievement',
    pass: !top3.includes('hawk') && !top3.includes('random'),
    detail: `top three: ${top3.join(', ')}`,
  });

  const refs = b.reference;
  const inside = (s: Share, lo: number, hi: number) => s.share >= lo && s.share <= hi;
  out.push({
    name: 'reference players: each side 40–60% overall',
    pass: inside(refs.overall.bluePoints, 0.4, 0.6),
    detail: `Blue ${interval(refs.overall.bluePoints)}, Red ${interval(refs.overall.redPoints)} of ${refs.overall.games}`,
  });
  out.push({
    name: 'reference players: each side 30–70% in every intent pairing',
    pass: refs.pairings.every((p) => inside(p.bluePoints, 0.3, 0.7)),
    detail: refs.pairings.map((p) => `${p.intents.blue[0]?.toUpperCase()}/${p.intents.red[0]?.toUpperCase()} Blue ${pct(p.bluePoints.share)}`).join(', '),
  });
  if (b.strategists) {
    const s = b.strategists.overall;
    out.push({
      name: 'Strategists: each side 40–60% overall',
      pass: inside(s.bluePoints, 0.4, 0.6),
      detail: `Blue ${interval(s.bluePoints)}, Red ${interval(s.redPoints)} of ${s.games}`,
    });
  }

  const wars = b.wars.prudent;
  const cap = WAR_RATE_CAPS[scenario];
  if (cap !== undefined)
    out.push({
      name: `prudent vs prudent war rate ≤ ${pct(cap)}`,
      pass: wars.warRate.share <= cap,
      detail: `${interval(wars.warRate)} of ${wars.games}`,
    });
  out.push({
    name: 'wars by the end of turn 3 ≤ 10%',
    pass: wars.warsByTurn3Rate <= 0.1,
    detail: `${wars.warsByTurn3} of ${wars.games} prudent games (${pct(wars.warsByTurn3Rate)})`,
  });
  const early = (w: WarStats) => w.openedBeforeBothDecided.crises + w.openedBeforeBothDecided.wars;
  const ref = b.wars.reference;
  const rr = b.wars.roundRobin;
  out.push({
    name: 'no crisis or war before both sides have decided',
    pass: early(wars) + early(ref) + early(rr) === 0,
    detail: [['prudent', wars] as const, ['reference', ref] as const, ['round robin', rr] as const]
      .map(([name, w]) => `${name}: ${w.openedBeforeBothDecided.crises} crises, ${w.openedBeforeBothDecided.wars} wars`)
      .join('; '),
  });
  const busiest = b.crisisRegions.prudent.regions[0];
  out.push({
    name: 'no region hosts more than half the crises',
    pass: busiest === undefined || busiest.share <= 0.5,
    detail: busiest ? `busiest: ${busiest.region} ${pct(busiest.share)} of ${b.crisisRegions.prudent.crises} prudent crises` : 'no crises',
  });
  return out;
}

// ---------------------------------------------------------------- the summary

/** Summarises the reports of planFixtures(settings), given in the same order. */
export function summariseBalance(scenario: string, settings: BalanceSettings, fixtures: readonly Fixture[], reports: readonly GameReport[]): ScenarioBalance {
  if (fixtures.length !== reports.length) throw new Error(`balance: ${reports.length} reports for ${fixtures.length} games`);
  const played = fixtures.map((fixture, i) => {
    const report = reports[i];
    if (!report) throw new Error(`balance: no report for game ${i}`);
    return { fixture, report };
  });
  const of = (purpose: Purpose) => played.filter((p) => p.fixture.purpose === purpose);
  const reportsOf = (purpose: Purpose) => of(purpose).map((p) => p.report);
  const reference = reportsOf('reference');
  const prudent = reportsOf('prudent');
  const roundRobinGames = of('roundRobin');
  const roundRobinReports = roundRobinGames.map((p) => p.report);
  const strategists = reportsOf('strategists');
  const ssReference = securitySeeker(reference);
  const ssRoundRobin = securitySeeker(roundRobinReports);
  const pooled = securitySeeker([...reference, ...roundRobinReports]);
  const summary: Omit<ScenarioBalance, 'targets'> = {
    scenario,
    reference: matchResults(reference),
    ...(strategists.length ? { strategists: matchResults(strategists) } : {}),
    wars: { prudent: warStats(prudent), reference: warStats(reference), roundRobin: warStats(roundRobinReports) },
    crisisRegions: { prudent: crisisRegions(prudent), reference: crisisRegions(reference), roundRobin: crisisRegions(roundRobinReports) },
    securitySeeker: { ...pooled, reference: ssReference, roundRobin: ssRoundRobin },
    cooperation: COOPERATORS.map((bot) =>
      cooperation(
        bot,
        of('cooperation')
          .filter((p) => p.fixture.players.blue === bot)
          .map((p) => p.report),
      ),
    ),
    roundRobin: roundRobin(roundRobinGames, of('hawkAsSecurity'), settings.roundRobinGames),
  };
  return { ...summary, targets: targets(scenario, summary) };
}

/** The whole benchmark for one scenario, in this process (the command line spreads the same games over processes). */
export function measureBalance(game: Game, settings: BalanceSettings): ScenarioBalance {
  const fixtures = planFixtures(settings);
  return summariseBalance(
    game.scenario.id,
    settings,
    fixtures,
    fixtures.map((f) => playFixture(game, f, settings)),
  );
}
