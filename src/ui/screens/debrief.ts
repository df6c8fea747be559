/**
 * The debrief — the lesson. Both intents revealed; each side's perceived hostility
 * against what the rival really was; tension; the score ledger; the turning points;
 * and the counterfactual: your payoffs came from what you believed, not from what your
 * rival was. The full state is read here, and only here, once the game is over.
 * Against the AI it also shows the AI's perception of the player next to the player's
 * real intent, and everything the AI said along the way.
 */
import { calendar, outcome, record, replay, SIDES, yearOfTurn } from '../../engine/index.ts';
import type { GameState, Intent, ScoreLine, Side, SideOutcome } from '../../engine/index.ts';
import { SCORE_WEIGHTS, TENSION } from '../../engine/rules.ts';
import { button, h } from '../dom.ts';
import { intentWord, percent, points, rivalSide, sideName, sideTitle } from '../format.ts';
import { lineChart } from '../panels/charts.ts';
import { classResultBlock } from '../panels/classResult.ts';
import { observationList } from '../panels/observations.ts';
import { downloadSave } from '../saves.ts';
import { describeOpponent } from '../aiGame.ts';
import { setLayout } from './layout.ts';
import type { Game } from '../../engine/index.ts';
import type { Shell, Table } from '../shell.ts';

const OTHER_INTENT: Record<Intent, Intent> = { security: 'revisionist', revisionist: 'security' };
const PARTS = ['security', 'prosperity', 'influence', 'targets', 'war', 'total'] as const;

function sum(ledger: readonly ScoreLine[], key: (typeof PARTS)[number]): number {
  return ledger.reduce((s, l) => s + l[key], 0);
}

function yearLabels(game: Game, state: GameState, count: number): string[] {
  const cal = calendar(game, state.length);
  return Array.from({ length: count }, (_, k) => (k === 0 ? 'start' : String(yearOfTurn(cal, k))));
}

export function renderDebrief(app: Shell, session: Table): void {
  app.map.hide();
  setLayout('full');
  const finished = session.finished();
  if (!finished) return;
  const { game, state } = finished;
  const result = outcome(game, state);
  if (!result.ok) return;
  const o = result.value;
  app.sound.play(o.war ? 'war' : 'peace');
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'debrief-screen' },
      h('h1', { tabindex: -1 }, `Debrief: ${game.scenario.name}`),
      h('p', { class: 'lede verdict', 'data-verdict': o.verdict }, o.summary),
      classResultBlock(game, state),
      h(
        'div',
        { class: 'reveal' },
        ...SIDES.map((side) =>
          h(
            'article',
            { class: `intent-reveal side-${side}` },
            h('h2', {}, sideTitle(game.scenario, side), session.opponent ? (side === session.opponent.side ? ' — the AI' : ' — you') : ''),
            h('p', { class: 'intent-word' }, `was a ${intentWord(o.sides[side].intent).toLowerCase()}`),
            h('p', { class: 'standing' }, standing(o.sides[side], side === session.opponent?.side ? 'its' : 'your', calendar(game, state.length).turns)),
          ),
        ),
      ),
      session.opponent ? aiPerception(session, state) : undefined,
      h('h2', {}, 'What each side believed, and what was true'),
      h('div', { class: 'charts' }, ...SIDES.map((side) => perceptionChart(game, state, side, session.opponent?.side)), tensionChart(game, state)),
      // The rest is one click away: the lesson is above.
      more('Turning points: what moved each side’s view', 'turning-points', turningPoints(game, state)),
      more('The counterfactual: had the rival been the other kind', 'counterfactual', ...SIDES.map((side) => counterfactual(game, state, side))),
      more('Score breakdown, year by year', 'ledger', h('div', { class: 'ledgers' }, ...SIDES.map((side) => ledgerTable(game, state, side)))),
      ...(session.opponent ? [more('What the AI was thinking, year by year', 'ai-notes', ...aiNotes(session))] : []),
      h(
        'div',
        { class: 'actions debrief-actions' },
        button('Save game file', () => downloadSave(session.saveFile(), `security-dilemma-${game.scenario.id}-debrief.json`)),
        button('New game', () => {
          const againstAi = !!session.opponent;
          app.leaveGame();
          app.navigate(againstAi ? 'setupAi' : 'setup');
        }, { class: 'primary', 'data-action': 'new-game' }),
        button('Title', () => app.leaveGame()),
      ),
    ),
  );
}

/** A part of the debrief behind one click. */
function more(title: string, id: string, ...content: (HTMLElement | undefined)[]): HTMLElement {
  return h('details', { class: 'more', 'data-more': id }, h('summary', {}, title), ...content);
}

/** Tension as year 1 opened (after its events), as the players saw it then: the record replayed with no moves. */
function openingTension(game: Game, state: GameState): number {
  const opened = replay(game, { ...record(state), steps: [] });
  return opened.ok ? opened.value.tension : (state.tensionHistory[0] ?? 0);
}

/**
 * "Score 41.3 · par 38.0 (what a sensible player typically scores in your place) · +3.3
 * above par"; after a war the par covers only the years played, and says so.
 */
function standing(o: SideOutcome, whose: 'your' | 'its', turns: number): string {
  const r = Math.round(o.achievement * 10) / 10;
  const against = r === 0 ? 'exactly at par' : r > 0 ? `+${r.toFixed(1)} above par` : `${Math.abs(r).toFixed(1)} below par`;
  const years = o.parYears < turns ? ` over the ${o.parYears} year${o.parYears === 1 ? '' : 's'} before the war` : '';
  return `Score ${points(o.score)} · par ${points(o.par)} (what a sensible player typically scores in ${whose} place${years}) · ${against}`;
}

function perceptionChart(game: Game, state: GameState, side: Side, aiSide?: Side): HTMLElement {
  const rival = rivalSide(side);
  const history = state.hostilityHistory[side];
  const truth = state.sides[rival].intent === 'revisionist' ? 1 : 0;
  const title = !aiSide
    ? `${sideName(side)}’s perceived hostility of ${sideName(rival)}`
    : side === aiSide
      ? `The AI’s (${sideName(side)}’s) perceived hostility of you`
      : `Your (${sideName(side)}’s) perceived hostility of the AI`;
  return lineChart({
    title,
    xLabels: yearLabels(game, state, history.length),
    yMax: 1,
    formatY: (v) => percent(v, 0),
    series: [
      { label: `${sideName(side)} believed ${sideName(rival)} hostile`, values: history, className: `side-${side}` },
      { label: `${sideName(rival)} really was: ${intentWord(state.sides[rival].intent).toLowerCase()}`, values: history.map(() => truth), className: 'truth', dashed: true },
    ],
    summary: `From ${percent(history[0] ?? 0)} at the start to ${percent(history[history.length - 1] ?? 0)} at the end; ${sideName(rival)} was in truth a ${intentWord(state.sides[rival].intent).toLowerCase()}.`,
  });
}

function tensionChart(game: Game, state: GameState): HTMLElement {
  // The first point is tension as the first year opened, after its events: the number the players saw then.
  const values = [openingTension(game, state), ...state.tensionHistory.slice(1)];
  const end = values[values.length - 1] ?? 0;
  return lineChart({
    title: 'Tension',
    xLabels: yearLabels(game, state, values.length),
    yMax: TENSION.warAt,
    formatY: (v) => v.toFixed(0),
    series: [{ label: 'Tension', values, className: 'tension-series' }],
    references: [{ y: TENSION.crisisAt, label: 'crisis' }],
    summary: `Tension went from ${(values[0] ?? 0).toFixed(1)} as ${game.scenario.year} opened to ${end.toFixed(1)}${state.war ? ', and war' : ''} at the end.`,
  });
}

/** The three largest moves of either side's perception, with what was seen behind them. */
function turningPoints(game: Game, state: GameState): HTMLElement {
  const jumps: { side: Side; turn: number; from: number; to: number }[] = [];
  for (const side of SIDES) {
    const history = state.hostilityHistory[side];
    for (let k = 1; k < history.length; k++) jumps.push({ side, turn: k, from: history[k - 1] ?? 0, to: history[k] ?? 0 });
  }
  jumps.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
  const top = jumps.slice(0, 3);
  if (!top.length) return h('p', { class: 'hint' }, 'The game ended before anyone’s perception moved.');
  return h(
    'ol',
    { class: 'turning-points' },
    ...top.map((j) => {
      const rival = rivalSide(j.side);
      const seen = state.sides[j.side].observations
        .filter((o) => o.turn === j.turn)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
        .slice(0, 4);
      return h(
        'li',
        {},
        h('h3', {}, `${yearOfTurn(calendar(game, state.length), j.turn)}: ${sideName(j.side)}’s view of ${sideName(rival)} went from ${percent(j.from)} to ${percent(j.to)}`),
        observationList(game, rival, seen),
      );
    }),
  );
}

/**
 * The counterfactual, computed by the engine: the same game replayed with the rival's
 * intent flipped — same seed, same orders — and this side's payoffs compared line by line.
 * They come out the same because payoffs are computed from perception, not intent.
 */
function counterfactual(game: Game, state: GameState, side: Side): HTMLElement {
  const rival = rivalSide(side);
  const me = state.sides[side];
  const other = OTHER_INTENT[state.sides[rival].intent];
  const rec = record(state);
  const flipped = replay(game, { ...rec, intents: { ...rec.intents, [rival]: other } });
  const history = state.hostilityHistory[side].slice(1);
  const mean = history.length ? history.reduce((a, b) => a + b, 0) / history.length : 0;
  let differences = 0;
  if (flipped.ok) {
    const theirs = flipped.value.sides[side].ledger;
    me.ledger.forEach((line, i) => {
      const other = theirs[i];
      if (!other || PARTS.some((p) => Math.abs(line[p] - other[p]) > 1e-9)) differences++;
    });
  }
  const lead = !flipped.ok
    ? `${sideName(side)}: had ${sideName(rival)} been a ${intentWord(other).toLowerCase()}, your payoffs would still have been computed from what you perceived. `
    : differences === 0
      ? `${sideName(side)}: had ${sideName(rival)} been a ${intentWord(other).toLowerCase()}, every payoff you received would have been the same. `
      : `${sideName(side)}: had ${sideName(rival)} been a ${intentWord(other).toLowerCase()}, ${differences} of your ${me.ledger.length} yearly payoffs would have differed. `;
  const proof = flipped.ok ? ` The rules engine replayed this game with ${sideName(rival)} as a ${intentWord(other).toLowerCase()} — same dice, same orders — and compared your ${me.ledger.length} yearly payoffs line by line.` : '';
  return h(
    'p',
    { class: `counterfactual side-${side}` },
    h('strong', {}, lead),
    `Your security (${points(sum(me.ledger, 'security'))} over the game) charged ${sideName(rival)}’s forces at the hostility you perceived — ${percent(mean)} on average — never at what ${sideName(rival)} really was. Only ${sideName(rival)}’s moves could have changed it, and you read those through your own fears.${proof}`,
  );
}

function ledgerTable(game: Game, state: GameState, side: Side): HTMLElement {
  const ledger = state.sides[side].ledger;
  const intent = intentWord(state.sides[side].intent).toLowerCase();
  const cell = (v: number) => h('td', {}, points(v));
  const year = (l: ScoreLine) => String(yearOfTurn(calendar(game, state.length), l.turn));
  const atWar = ledger.some((l) => l.atWar);
  return h(
    'figure',
    { class: `ledger side-${side}` },
    h('figcaption', {}, `${sideName(side)} — a ${intent}. ${totalRule(state.sides[side].intent)}`),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Year'), ...PARTS.map((p) => h('th', {}, p.charAt(0).toUpperCase() + p.slice(1))))),
        h(
          'tbody',
          {},
          ...ledger.map((l) =>
            l.atWar
              ? h('tr', { class: 'at-war', 'data-at-war': '' }, h('th', {}, year(l), h('span', { class: 'year-tag' }, 'at war')), ...PARTS.map((p) => cell(l[p])))
              : l.war !== 0
                ? h('tr', { class: 'war-cost' }, h('th', {}, year(l), h('span', { class: 'year-tag' }, 'war breaks out')), ...PARTS.map((p) => cell(l[p])))
                : h('tr', {}, h('th', {}, year(l)), ...PARTS.map((p) => cell(l[p]))),
          ),
          h('tr', { class: 'sum' }, h('th', {}, 'Sum'), ...PARTS.map((p) => cell(sum(ledger, p)))),
        ),
      ),
    ),
    atWar ? h('p', { class: 'hint' }, '“War breaks out” is the war’s one-off cost. Rows marked “at war” are the years the war cut off: no orders were played in them, and each was scored as a year at war.') : undefined,
  );
}

/** How a year's total is made, with the weights: "Total = security × 1 + prosperity × 1 + …". */
function totalRule(intent: Intent): string {
  const w = SCORE_WEIGHTS[intent];
  const part = (name: string, x: number) => `${name} × ${x}`;
  return `Total = ${[part('security', w.security), part('prosperity', w.prosperity), part('influence', w.influence), part('targets', w.targets)].join(' + ')} + war: how much a ${intentWord(intent).toLowerCase()} cares about each part.`;
}

/** Against the AI: how hostile the AI thought the player, next to what the player really was. */
function aiPerception(session: Table, state: GameState): HTMLElement | undefined {
  const ai = session.opponent?.side;
  if (!ai) return undefined;
  const human = rivalSide(ai);
  const history = state.hostilityHistory[ai];
  const end = history[history.length - 1] ?? 0;
  const peak = Math.max(...history);
  const intent = state.sides[human].intent;
  const right = (end >= 0.5) === (intent === 'revisionist');
  return h(
    'div',
    { class: `notice ai-verdict side-${ai}`, 'data-ai-verdict': right ? 'right' : 'wrong' },
    h('h2', {}, 'How the AI read you'),
    h(
      'p',
      {},
      `You were a ${intentWord(intent).toLowerCase()}. At the end the AI (${sideName(ai)}) thought you ${percent(end, 0)} likely hostile (at most ${percent(peak, 0)}): `,
      h('strong', {}, right ? 'it read you right.' : 'it read you wrong.'),
      ` It played at ${describeOpponent(session.opponent as NonNullable<Table['opponent']>)}, and it saw only what ${sideName(ai)} could see.`,
    ),
  );
}

/** Everything the AI said, year by year. */
function aiNotes(session: Table): HTMLElement[] {
  const ai = session.opponent?.side;
  const notes = session.resolvedNotes();
  if (!ai || !notes.length) return [];
  const years = session.publicBoard()?.years;
  const year = (turn: number) => years?.[turn - 1] ?? session.scenario.year + turn - 1;
  return [
    h('p', { class: 'hint' }, 'In full now, troop postures included: during the game you heard only what you could see.'),
    h(
      'ol',
      { class: 'ai-notes' },
      ...notes.map((n) => h('li', {}, h('strong', {}, `${year(n.turn)}${n.phase === 'crisis' ? ', crisis' : ''}: `), n.full)),
    ),
  ];
}
