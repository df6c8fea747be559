/**
 * The class tournament page, for a teacher: a roster of players or teams, rounds paired
 * one by one (round robin or Swiss, a scenario and a seed per game, sides balanced), the
 * games played anywhere — here, on another machine with a pairing code, hot-seat or
 * against the AI — and their results taken in only once the rules engine has replayed
 * them. Standings, CSV files, a class summary for the debrief, and a replay of any game on
 * the map, year by year, with both sides' perceptions and the game's debrief.
 *
 * The tournament is kept in this browser (and proved again on every visit) and saved or
 * opened as one file.
 */
import { applyStep, calendar, ENGINE_VERSION, replay, view, yearOfTurn } from '../../engine/index.ts';
import type { Game, GameState, Refusal, Side } from '../../engine/index.ts';
import { findScenario, HISTORICAL_IDS } from '../../scenarios/catalog.ts';
import {
  classSummary,
  createTournament,
  deriveSeed,
  entrantName,
  gamesCsv,
  importResult,
  pairNextRound,
  readTournament,
  removeResult,
  replayResult,
  standings,
  standingsCsv,
  ticketOf,
  tournamentText,
} from '../../tournament/class/index.ts';
import type { ClassTournament, Pairing, PairingSystem, Ticket, VerifiedGame } from '../../tournament/class/index.ts';
import { publicBoardOf, viewerOf } from '../board.ts';
import { loadTournament, pairingCode, readPairingCode, readResult, rememberTicket, splitCodes, storedTournamentText, storeTournament } from '../classPlay.ts';
import { button, download, focusFirst, gauge, h } from '../dom.ts';
import { intentWord, percent, points, sideName } from '../format.ts';
import { logList } from '../panels/changes.ts';
import { observationList } from '../panels/observations.ts';
import { describeRegion } from '../panels/regionInfo.ts';
import { tensionTrack } from '../panels/tension.ts';
import { SAVE_FORMAT } from '../saves.ts';
import type { Shell, Table } from '../shell.ts';
import { renderDebrief } from './debrief.ts';
import { setLayout } from './layout.ts';
import './classTournament.css';

/** A message of the page: an accepted result, or a refusal with its code. */
interface Message {
  ok: boolean;
  text: string;
  code?: string;
  /** Shown by the results (imports) rather than at the top of the page. */
  results?: boolean;
}

type View = { kind: 'page' } | { kind: 'replay'; pairingId: string; frame: number; perspective: Side | 'public' } | { kind: 'debrief'; pairingId: string };

interface PageState {
  tournament: ClassTournament | undefined;
  games: Map<string, VerifiedGame>;
  messages: Message[];
  /** A problem with the stored tournament, shown once. */
  notice: Message | undefined;
  view: View;
  /** Pairings whose code is on show. */
  codesShown: Set<string>;
  /** A destructive button clicked once, waiting for the second click. */
  confirming: string | undefined;
  /** The stored text this state was read from or last wrote. */
  storedText: string | undefined;
}

let page: PageState | undefined;

/** The page's state, read again from storage when another screen (a debrief) changed the tournament. */
function state(): PageState {
  const text = storedTournamentText();
  if (page && page.storedText === text) return page;
  page = { tournament: undefined, games: new Map(), messages: [], notice: undefined, view: { kind: 'page' }, codesShown: new Set(), confirming: undefined, storedText: text };
  const stored = loadTournament();
  if (stored?.ok) adopt(page, stored.value.tournament, stored.value.games);
  else if (stored)
    page.notice = { ok: false, code: stored.error.code, text: `The tournament kept in this browser could not be opened. ${stored.error.message} Open a saved tournament file, or start a new one.` };
  return page;
}

function adopt(p: PageState, t: ClassTournament | undefined, games: readonly VerifiedGame[]): void {
  p.tournament = t;
  p.games = new Map(games.map((g) => [g.pairingId, g]));
  p.codesShown.clear();
  p.confirming = undefined;
}

function commit(p: PageState, t: ClassTournament | undefined): void {
  p.tournament = t;
  storeTournament(t);
  p.storedText = storedTournamentText();
}

const scenarioName = (id: string) => findScenario(id)?.name ?? id;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class';
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The page as the title (or a way back) opens it: the tournament as stored, its list of rounds. */
export function renderClassTournament(app: Shell): void {
  const p = state();
  p.view = { kind: 'page' };
  p.confirming = undefined;
  draw(app);
}

function draw(app: Shell): void {
  const p = state();
  app.topbar.replaceChildren();
  app.topbar.hidden = true;
  if (p.view.kind === 'replay') return renderReplay(app, p, p.view);
  if (p.view.kind === 'debrief') return renderReplayDebrief(app, p, p.view.pairingId);
  app.map.hide();
  setLayout('full');
  app.screen.replaceChildren(h('section', { class: 'class-screen' }, ...(p.tournament ? tournamentPage(app, p, p.tournament) : setupPage(app, p))));
}

/** Redraws the page, keeping focus near where it was. */
function rerender(app: Shell, focus?: string): void {
  const y = window.scrollY;
  draw(app);
  const target = focus ? app.screen.querySelector<HTMLElement>(focus) : undefined;
  if (target) target.focus({ preventScroll: false });
  else {
    window.scrollTo(0, y);
    if (!app.screen.contains(document.activeElement)) focusFirst(app.screen);
  }
}

function messageList(messages: readonly Message[]): HTMLElement | undefined {
  if (!messages.length) return undefined;
  return h(
    'ul',
    { class: 'class-messages', 'aria-live': 'polite' },
    ...messages.map((m) => h('li', { class: m.ok ? 'accepted' : 'refused', 'data-code': m.code ?? 'OK' }, m.ok ? '✓ ' : '✗ ', m.code && !m.ok ? h('code', {}, m.code) : undefined, m.code && !m.ok ? ' ' : '', m.text)),
  );
}

function noticeOf(n: Message | undefined): HTMLElement | undefined {
  return n ? h('div', { class: 'notice', role: 'alert', 'data-code': n.code ?? '' }, h('p', {}, n.text)) : undefined;
}

// ---------------------------------------------------------------- setting up

function setupPage(app: Shell, p: PageState): (HTMLElement | undefined)[] {
  const name = h('input', { id: 'class-name', type: 'text', value: 'Class tournament', maxlength: 80 });
  const roster = h('textarea', { id: 'class-roster', rows: 8, placeholder: 'Ada\nBen\nCleo\nDev', spellcheck: 'false' });
  const systemChoice = (value: PairingSystem, label: string, text: string) =>
    h(
      'label',
      { class: 'choice-line' },
      h('input', { type: 'radio', name: 'class-system', value, checked: value === 'roundRobin', onchange: () => (rounds.disabled = value !== 'swiss') }),
      h('span', {}, h('strong', {}, label), ` — ${text}`),
    );
  const rounds = h('input', { id: 'class-rounds', type: 'number', min: 1, max: 63, value: 3, class: 'narrow', disabled: true });
  const withAi = h('input', { id: 'class-with-ai', type: 'checkbox' });
  const seed = h('input', { id: 'class-seed', type: 'number', value: Math.floor(Math.random() * 1_000_000), class: 'narrow' });
  const scenarioBoxes = HISTORICAL_IDS.map((id) =>
    h('label', { class: 'choice-line' }, h('input', { type: 'checkbox', name: 'class-scenario', value: id, checked: true }), h('span', {}, scenarioName(id))),
  );
  const error = h('p', { class: 'error', role: 'alert', id: 'class-setup-error' });
  const create = (): void => {
    const system = (app.screen.querySelector<HTMLInputElement>('input[name="class-system"]:checked')?.value ?? 'roundRobin') as PairingSystem;
    const scenarios = [...app.screen.querySelectorAll<HTMLInputElement>('input[name="class-scenario"]:checked')].map((i) => i.value);
    const made = createTournament({
      id: randomId(),
      name: name.value,
      system,
      names: roster.value.split('\n'),
      scenarios,
      seed: Number(seed.value) || 1,
      rounds: Number(rounds.value) || 1,
      withAi: withAi.checked,
    });
    if (!made.ok) {
      error.textContent = made.error.message;
      error.dataset.code = made.error.code;
      return;
    }
    adopt(p, made.value, []);
    p.messages = [];
    p.notice = undefined;
    commit(p, made.value);
    rerender(app, '[data-action="next-round"]');
  };
  return [
    h('h1', { tabindex: -1 }, 'Class tournament'),
    h(
      'p',
      { class: 'lede' },
      'Pair your class round by round. Each game is played anywhere — here, or on another machine with its pairing code — and comes back as a result file or code. This page replays every result through the rules before it counts it, so an edited result is refused.',
    ),
    noticeOf(p.notice),
    h(
      'div',
      { class: 'class-columns' },
      h(
        'div',
        {},
        h('h2', {}, 'A new tournament'),
        h('label', { class: 'field' }, h('span', {}, 'Name'), name),
        h('label', { class: 'field' }, h('span', {}, 'Players or teams, one per line'), roster),
        h('label', { class: 'choice-line' }, withAi, h('span', {}, 'The AI plays too, as one more entrant (its games are played against the AI)')),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Pairings'),
          systemChoice('roundRobin', 'Round robin', 'everyone meets everyone once'),
          systemChoice('swiss', 'Swiss', 'each round pairs players on like scores who have not met'),
          h('label', { class: 'field inline' }, h('span', {}, 'Swiss rounds'), rounds),
        ),
        h('fieldset', {}, h('legend', {}, 'Scenarios, one per round in turn'), ...scenarioBoxes),
        h('label', { class: 'field inline' }, h('span', {}, 'Tournament seed (every game’s dice derive from it)'), seed),
        error,
        h('div', { class: 'actions' }, button('Create tournament', create, { class: 'primary', 'data-action': 'create-tournament' })),
      ),
      h('div', {}, ...openFileBlock(app, p), ...playCodeBlock(app)),
    ),
    h('div', { class: 'actions' }, button('Back to the title', () => app.navigate('title'), { 'data-action': 'title' })),
  ];
}

function openFileBlock(app: Shell, p: PageState): HTMLElement[] {
  return [
    h('h2', {}, 'A saved tournament'),
    h('p', { class: 'hint' }, 'Open a tournament file saved from this page (on this or another machine). Its results are replayed again on the way in.'),
    h('div', { class: 'actions' }, ...openFileControls(app, p)),
  ];
}

/** The button that opens a tournament file, and its hidden file input. */
function openFileControls(app: Shell, p: PageState): HTMLElement[] {
  const input = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', id: 'class-open-file', 'aria-label': 'Tournament file to open' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const read = readTournament(await file.text());
    if (!read.ok) p.notice = { ok: false, code: read.error.code, text: `That tournament file could not be opened. ${read.error.message}` };
    else {
      adopt(p, read.value.tournament, read.value.games);
      p.notice = undefined;
      p.messages = [{ ok: true, text: `Opened “${read.value.tournament.name}”: ${read.value.games.length} results, each replayed and checked.` }];
      commit(p, read.value.tournament);
    }
    rerender(app);
  });
  return [button('Open tournament file…', () => input.click(), { 'data-action': 'open-tournament' }), input];
}

function playCodeBlock(app: Shell): HTMLElement[] {
  const code = h('textarea', { id: 'class-pairing-code', rows: 3, placeholder: 'SDP1.…', spellcheck: 'false', 'aria-label': 'Pairing code' });
  const error = h('p', { class: 'error', role: 'alert' });
  return [
    h('h2', {}, 'Play a tournament game'),
    h('p', { class: 'hint' }, 'A player on another machine: paste the pairing code from your teacher. At the debrief you will be able to save the result file or copy its code.'),
    code,
    error,
    h(
      'div',
      { class: 'actions' },
      button(
        'Play this game',
        () => {
          const ticket = readPairingCode(code.value);
          if (!ticket.ok) {
            error.textContent = ticket.error.message;
            return;
          }
          const problem = playTicket(app, ticket.value);
          if (problem) error.textContent = problem.message;
        },
        { 'data-action': 'play-code' },
      ),
    ),
  ];
}

/** Starts a ticket's game on this machine: hot-seat, or against the AI when the AI is a player. */
function playTicket(app: Shell, ticket: Ticket): Refusal<string> | undefined {
  if (!findScenario(ticket.scenarioId)) return { code: 'SCENARIO_UNKNOWN', message: `This game does not have the scenario “${ticket.scenarioId}”.`, details: {} };
  rememberTicket(ticket);
  const config: Parameters<Shell['startGame']>[0] = { scenarioId: ticket.scenarioId, intentMode: 'random', seed: ticket.seed };
  if (ticket.ai) config.opponent = { side: ticket.ai, level: 'normal', temperament: { suspicion: 0, boldness: 0 }, seed: deriveSeed(ticket.tournamentId, ticket.pairingId, 'ai') };
  if (page) page.view = { kind: 'page' };
  return app.startGame(config);
}

// ---------------------------------------------------------------- the tournament

function tournamentPage(app: Shell, p: PageState, t: ClassTournament): (HTMLElement | undefined)[] {
  const games = [...p.games.values()];
  const table = standings(t, games);
  const total = t.played.reduce((n, r) => n + r.pairings.length, 0);
  const system = t.system === 'roundRobin' ? 'Round robin' : 'Swiss';
  const roundsLeft = t.rounds - t.played.length;
  const next = (): void => {
    const paired = pairNextRound(t, games);
    if (!paired.ok) p.messages = [{ ok: false, code: paired.error.code, text: paired.error.message }];
    else {
      p.messages = [];
      commit(p, paired.value);
    }
    rerender(app, `#round-${t.played.length + 1} h2`);
  };
  const discard = (): void => {
    if (p.confirming !== 'discard') {
      p.confirming = 'discard';
      rerender(app, '[data-action="new-tournament"]');
      return;
    }
    adopt(p, undefined, []);
    p.messages = [];
    commit(p, undefined);
    rerender(app);
  };
  return [
    h('h1', { tabindex: -1 }, t.name),
    h(
      'p',
      { class: 'lede' },
      `${system} · ${t.entrants.length} ${t.entrants.some((e) => e.ai) ? 'entrants (the AI among them)' : 'players or teams'} · round ${t.played.length} of ${t.rounds} paired · ${p.games.size} of ${total} results in.`,
    ),
    noticeOf(p.notice),
    h(
      'div',
      { class: 'actions' },
      roundsLeft > 0 ? button(`Pair round ${t.played.length + 1}`, next, { class: 'primary', 'data-action': 'next-round' }) : h('span', { class: 'hint' }, 'All rounds are paired.'),
      button('Save tournament file', () => download(tournamentText(t), `class-tournament-${slug(t.name)}.json`, 'application/json'), { 'data-action': 'save-tournament' }),
      ...openFileControls(app, p),
      button(p.confirming === 'discard' ? 'Really discard this tournament? Click again' : 'New tournament…', discard, { class: p.confirming === 'discard' ? 'danger' : 'quiet', 'data-action': 'new-tournament' }),
      button('Title', () => app.navigate('title'), { class: 'quiet', 'data-action': 'title' }),
    ),
    h('p', { class: 'hint' }, `Rules version ${ENGINE_VERSION}. Tournament ${t.id}. Kept in this browser; save the file to move it or keep a copy.`),
    messageList(p.messages.filter((m) => !m.results)),
    ...t.played.map((round) => roundBlock(app, p, t, round.number)),
    importBlock(app, p, t),
    h('h2', { id: 'standings' }, 'Standings'),
    h('p', { class: 'hint' }, 'A win counts 1, a draw ½ — mutual security, when no war broke out and both sides reached their par, is a success the two share, so it is a draw; so is a shared failure, when no war broke out but neither reached its par. Equal points are ranked by mean achievement: score against par, the points above (or below) what a sensible player typically scores in that place.'),
    standingsTable(table),
    h(
      'div',
      { class: 'actions' },
      button('Download standings (CSV)', () => download(standingsCsv(table), `standings-${slug(t.name)}.csv`, 'text/csv'), { 'data-action': 'standings-csv' }),
      button('Download games (CSV)', () => download(gamesCsv(t, games), `games-${slug(t.name)}.csv`, 'text/csv'), { 'data-action': 'games-csv' }),
    ),
    summaryBlock(games),
    h('details', { class: 'play-code' }, h('summary', {}, 'Play a game from a pairing code (a player’s machine)'), ...playCodeBlock(app).slice(1)),
  ];
}

function verdictText(t: ClassTournament, g: VerifiedGame): string {
  const name = (side: Side) => entrantName(t, g.players[side]);
  const head =
    g.verdict === 'mutualSecurity'
      ? 'Mutual security (shared draw)'
      : g.verdict === 'sharedFailure'
        ? 'Shared failure (draw)'
        : g.winner === 'draw'
          ? 'Draw'
          : `${name(g.winner)} won (${sideName(g.winner)})`;
  return `${head}${g.war ? ' · war' : ''} · Blue ${points(g.achievements.blue)} / Red ${points(g.achievements.red)} against par`;
}

function roundBlock(app: Shell, p: PageState, t: ClassTournament, number: number): HTMLElement {
  const round = t.played[number - 1];
  if (!round) return h('div');
  const row = (pairing: Pairing): HTMLElement => {
    const g = p.games.get(pairing.id);
    const ticket = ticketOf(t, pairing);
    const showCode = p.codesShown.has(pairing.id);
    const removing = p.confirming === `remove:${pairing.id}`;
    const actions = g
      ? [
          button('Replay', () => {
            p.view = { kind: 'replay', pairingId: pairing.id, frame: 0, perspective: 'public' };
            rerender(app);
          }, { class: 'small', 'data-action': 'replay', 'data-pairing': pairing.id }),
          button(removing ? 'Really remove?' : 'Remove result', () => {
            if (!removing) {
              p.confirming = `remove:${pairing.id}`;
              rerender(app, `[data-action="remove-result"][data-pairing="${pairing.id}"]`);
              return;
            }
            p.confirming = undefined;
            p.games.delete(pairing.id);
            commit(p, removeResult(t, pairing.id));
            p.messages = [{ ok: true, text: `The result of game ${pairing.id} was removed.` }];
            rerender(app);
          }, { class: removing ? 'small danger' : 'small quiet', 'data-action': 'remove-result', 'data-pairing': pairing.id }),
        ]
      : [
          button(ticket.ai ? 'Play here against the AI' : 'Play here', () => {
            const problem = playTicket(app, ticket);
            if (problem) {
              p.messages = [{ ok: false, code: problem.code, text: problem.message }];
              rerender(app);
            }
          }, { class: 'small', 'data-action': 'play', 'data-pairing': pairing.id }),
          button(showCode ? 'Hide code' : 'Pairing code', () => {
            if (showCode) p.codesShown.delete(pairing.id);
            else p.codesShown.add(pairing.id);
            rerender(app, `[data-action="pairing-code"][data-pairing="${pairing.id}"]`);
          }, { class: 'small quiet', 'data-action': 'pairing-code', 'data-pairing': pairing.id, 'aria-expanded': String(showCode) }),
        ];
    const who = (side: Side) => h('td', { class: `side-${side}` }, entrantName(t, pairing[side]));
    return h(
      'tr',
      { 'data-pairing': pairing.id, 'data-state': g ? 'played' : 'waiting' },
      h('th', { scope: 'row' }, pairing.id),
      who('blue'),
      who('red'),
      h('td', {}, String(pairing.seed)),
      h(
        'td',
        { class: 'result' },
        g ? verdictText(t, g) : h('span', { class: 'hint' }, 'to be played'),
        showCode && !g ? h('input', { class: 'code', readonly: true, value: pairingCode(ticket), 'aria-label': `Pairing code of game ${pairing.id}`, onfocus: (e: Event) => (e.target as HTMLInputElement).select() }) : undefined,
      ),
      h('td', { class: 'row-actions' }, ...actions),
    );
  };
  return h(
    'section',
    { class: 'class-round', id: `round-${number}` },
    h('h2', { tabindex: -1 }, `Round ${number}: ${scenarioName(round.scenarioId)}`),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'pairings' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Game'), h('th', {}, 'Blue'), h('th', {}, 'Red'), h('th', {}, 'Seed'), h('th', {}, 'Result'), h('th', {}, h('span', { class: 'visually-hidden' }, 'Actions')))),
        h('tbody', {}, ...round.pairings.map(row)),
      ),
    ),
    round.bye ? h('p', { class: 'hint' }, `${entrantName(t, round.bye)} sits this round out (no game, no points).`) : undefined,
  );
}

function importBlock(app: Shell, p: PageState, t: ClassTournament): HTMLElement {
  const files = h('input', { type: 'file', accept: '.json,application/json', multiple: true, class: 'visually-hidden', id: 'class-import-files', 'aria-label': 'Result files to import' });
  const codes = h('textarea', { id: 'class-result-codes', rows: 3, placeholder: 'SDR1.…  (one or more result codes)', spellcheck: 'false', 'aria-label': 'Result codes' });
  const take = async (texts: { label: string; text: string }[]): Promise<void> => {
    let tournament = p.tournament ?? t;
    const messages: Message[] = [];
    for (const { label, text } of texts) {
      const read = await readResult(text);
      if (!read.ok) {
        messages.push({ ok: false, code: read.error.code, text: `${label}: ${read.error.message}`, results: true });
        continue;
      }
      const imported = importResult(tournament, read.value);
      if (!imported.ok) {
        messages.push({ ok: false, code: imported.error.code, text: `${label}: ${imported.error.message}`, results: true });
        continue;
      }
      tournament = imported.value.tournament;
      p.games.set(imported.value.game.pairingId, imported.value.game);
      messages.push({
        ok: true,
        results: true,
        text: imported.value.already
          ? `${label}: game ${read.value.pairingId} was already in.`
          : `${label}: game ${read.value.pairingId} replayed and accepted — ${verdictText(tournament, imported.value.game)}.`,
      });
    }
    commit(p, tournament);
    p.messages = messages;
    rerender(app, '#class-import h2');
  };
  files.addEventListener('change', async () => {
    const list = [...(files.files ?? [])];
    await take(await Promise.all(list.map(async (f) => ({ label: f.name, text: await f.text() }))));
  });
  return h(
    'section',
    { id: 'class-import' },
    h('h2', { tabindex: -1 }, 'Results'),
    h('p', { class: 'hint' }, 'Import the result files (or paste the result codes) the players bring back. Each is replayed through the rules: it counts only if it is the pairing’s game, every move in it is legal, and it ended as it says.'),
    h('div', { class: 'actions' }, button('Import result files…', () => files.click(), { class: 'primary', 'data-action': 'import-results' }), files),
    codes,
    h('div', { class: 'actions' }, button('Import pasted codes', () => void take(splitCodes(codes.value).map((text, i) => ({ label: `Code ${i + 1}`, text }))), { 'data-action': 'import-codes' })),
    messageList(p.messages.filter((m) => m.results)),
  );
}

function standingsTable(rows: ReturnType<typeof standings>): HTMLElement {
  const num = (v: number, d = 0) => h('td', {}, d ? v.toFixed(d) : String(v));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'standings' },
      h(
        'thead',
        {},
        h('tr', {}, ...['Rank', 'Player', 'Games', 'Won', 'Drawn', 'Lost', 'Points', 'Mean achievement', 'Mutual security', 'Wars'].map((c) => h('th', { scope: 'col' }, c))),
      ),
      h(
        'tbody',
        {},
        ...rows.map((s) =>
          h(
            'tr',
            { 'data-player': s.name },
            num(s.rank),
            h('th', { scope: 'row' }, s.name),
            num(s.games),
            num(s.wins),
            num(s.draws),
            num(s.losses),
            h('td', { class: 'points' }, s.points % 1 ? s.points.toFixed(1) : String(s.points)),
            h('td', {}, s.games ? `${s.meanAchievement >= 0 ? '+' : '−'}${Math.abs(s.meanAchievement).toFixed(1)}` : '—'),
            num(s.mutualSecurity),
            num(s.wars),
          ),
        ),
      ),
    ),
  );
}

function summaryBlock(games: readonly VerifiedGame[]): HTMLElement {
  const s = classSummary(games);
  if (!s.games) return h('section', { class: 'class-summary' }, h('h2', {}, 'Class summary'), h('p', { class: 'hint' }, 'The summary fills in as results come in.'));
  const pct = (x: number) => percent(x, 0);
  return h(
    'section',
    { class: 'class-summary' },
    h('h2', {}, 'Class summary — for the debrief'),
    h(
      'p',
      { class: 'lede' },
      `${s.games} game${s.games === 1 ? '' : 's'}: ${s.wars} ended in war (${pct(s.warRate)}), ${s.mutualSecurity} in mutual security, ${s.sharedFailure} in a shared failure (no war, both sides below par). `,
      `On average, what the players believed of their rival sat ${pct(s.meanError)} away from the truth, and ${pct(s.misreadRate)} of them ended the game reading their rival wrong.`,
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, ...['Scenario', 'Games', 'Blue did better', 'Red did better', 'Dead heats', 'Mutual security', 'Shared failures', 'Wars'].map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...s.byScenario.map((l) =>
            h('tr', {}, h('th', { scope: 'row' }, scenarioName(l.scenarioId)), ...[l.games, l.blueWins, l.redWins, l.draws, l.mutualSecurity, l.sharedFailure, l.wars].map((v) => h('td', {}, String(v)))),
          ),
        ),
      ),
    ),
    h('h3', {}, 'How the players read each other'),
    h(
      'ul',
      { class: 'perception-lines' },
      ...s.byRivalIntent.map((l) =>
        h(
          'li',
          {},
          `Rivals who were really ${l.rivalIntent === 'security' ? 'security seekers' : 'revisionists'} (${l.readings} reading${l.readings === 1 ? '' : 's'}): seen as ${pct(l.meanHostility)} likely hostile on average — ${pct(l.meanError)} from the truth; ${l.misread} ended the game misread.`,
        ),
      ),
    ),
    h('p', { class: 'hint' }, 'Questions for the class: where did a security seeker look hostile, and why? Which moves reassured, which alarmed? Did the wars start where both sides feared the other most?'),
  );
}

// ---------------------------------------------------------------- replay

interface Frames {
  game: Game;
  final: GameState;
  /** The board when each year opened (index 0 = the start), the last one the end. */
  states: GameState[];
}

let framesCache: { pairingId: string; digest: string; frames: Frames } | undefined;

/** The game's states year by year, rebuilt from its record step by step. */
function framesOf(p: PageState, pairingId: string): Frames | undefined {
  const file = p.tournament?.results[pairingId];
  if (!file) return undefined;
  if (framesCache?.pairingId === pairingId && framesCache.digest === file.digest) return framesCache.frames;
  const replayed = replayResult(file);
  if (!replayed.ok) return undefined;
  const { game } = replayed.value;
  const start = replay(game, { ...file.record, steps: [] });
  if (!start.ok) return undefined;
  let s = start.value;
  const states = [s];
  for (const step of file.record.steps) {
    const next = applyStep(game, s, step);
    if (!next.ok) return undefined;
    const turned = next.value.turn !== s.turn || (next.value.phase === 'over' && s.phase !== 'over');
    s = next.value;
    if (turned) states.push(s);
  }
  const frames = { game, final: replayed.value.state, states };
  framesCache = { pairingId, digest: file.digest, frames };
  return frames;
}

function frameLabel(game: Game, frames: Frames, k: number): string {
  const s = frames.states[k];
  if (!s) return '';
  // Years from the engine's calendar: a lesson-length game skips years.
  const cal = calendar(game, frames.final.length);
  if (k === 0) return `${yearOfTurn(cal, 1)}, as the game began`;
  if (s.phase === 'over') return s.war ? `${yearOfTurn(cal, s.war.turn)}: war — the end` : `The end, after ${yearOfTurn(cal, cal.turns)}`;
  return `${yearOfTurn(cal, k)} over: the board as ${s.year} opened`;
}

function renderReplay(app: Shell, p: PageState, v: Extract<View, { kind: 'replay' }>): void {
  const t = p.tournament;
  const g = p.games.get(v.pairingId);
  const frames = framesOf(p, v.pairingId);
  if (!t || !g || !frames) {
    p.view = { kind: 'page' };
    draw(app);
    return;
  }
  const { game } = frames;
  const last = frames.states.length - 1;
  const k = Math.max(0, Math.min(last, v.frame));
  const s = frames.states[k] ?? frames.final;
  const board = publicBoardOf(game, view(game, s, 'blue'));
  const viewer = v.perspective === 'public' ? undefined : viewerOf(view(game, s, v.perspective));
  setLayout('map');
  void app.map.show(viewer ? { board, viewer } : { board }, {
    describe: (region) => describeRegion(game, board, viewer, region),
    label: viewer ? `Map of Europe as ${sideName(viewer.side)} saw it, ${frameLabel(game, frames, k)}` : `Map of Europe: what both sides could see, ${frameLabel(game, frames, k)}`,
  });
  const go = (frame: number, perspective = v.perspective): void => {
    p.view = { kind: 'replay', pairingId: v.pairingId, frame, perspective };
    rerender(app, document.activeElement?.id ? `#${document.activeElement.id}` : undefined);
  };
  const slider = h('input', { id: 'replay-year', type: 'range', min: 0, max: last, step: 1, value: k, 'aria-valuetext': frameLabel(game, frames, k) });
  slider.addEventListener('input', () => go(Number(slider.value)));
  const perspective = (value: Side | 'public', label: string) =>
    h(
      'label',
      { class: 'choice-line' },
      h('input', { type: 'radio', name: 'replay-perspective', id: `replay-as-${value}`, value, checked: v.perspective === value, onchange: () => go(k, value) }),
      h('span', {}, label),
    );
  const names = { blue: entrantName(t, g.players.blue), red: entrantName(t, g.players.red) };
  const reading = (side: Side) => {
    const rival = side === 'blue' ? 'red' : 'blue';
    const value = s.hostilityHistory[side][s.hostilityHistory[side].length - 1] ?? 0;
    return gauge(`${sideName(side)} (${names[side]}) thought ${sideName(rival)} hostile`, value, percent(value, 0), { 'data-reading': side });
  };
  app.topbar.hidden = false;
  app.topbar.replaceChildren(
    h('div', { class: 'topbar-title' }, h('strong', {}, `${t.name}: game ${g.pairingId}`), h('span', {}, `${game.scenario.name} · replay`)),
    h('span', { class: 'who side-both' }, `${names.blue} (Blue) v ${names.red} (Red)`),
    tensionTrack(s.tension),
    h('nav', { class: 'topbar-menu', 'aria-label': 'Replay menu' }, button('Back to the tournament', () => backToPage(app, p, v.pairingId), { class: 'quiet' })),
  );
  const turnShown = k === 0 ? 1 : k;
  const entries = board.publicLog.filter((e) => (k === 0 ? e.turn === 1 && e.kind === 'event' : e.turn === turnShown));
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'panel replay-screen' },
      h('h1', { tabindex: -1 }, `Replay of game ${g.pairingId}`),
      h('p', {}, `${names.blue} (Blue) against ${names.red} (Red) · ${game.scenario.name} · seed ${g.seed}`),
      h('p', { class: 'hint' }, `Both intents are known now: Blue was a ${intentWord(g.intents.blue).toLowerCase()}, Red a ${intentWord(g.intents.red).toLowerCase()}. ${verdictText(t, g)}.`),
      h('label', { class: 'field', for: 'replay-year' }, h('span', {}, h('strong', { 'data-frame-label': '' }, frameLabel(game, frames, k)))),
      slider,
      h(
        'div',
        { class: 'actions' },
        button('◀ Year before', () => go(k - 1), { disabled: k === 0, 'data-action': 'replay-prev', id: 'replay-prev' }),
        button('Year after ▶', () => go(k + 1), { disabled: k === last, 'data-action': 'replay-next', id: 'replay-next' }),
      ),
      h('fieldset', {}, h('legend', {}, 'Show the map'), perspective('public', 'as everyone saw it'), perspective('blue', `as Blue (${names.blue}) saw it`), perspective('red', `as Red (${names.red}) saw it`)),
      h('h2', {}, 'Perceptions'),
      reading('blue'),
      reading('red'),
      tensionTrack(s.tension),
      h('h2', {}, k === 0 ? 'As the game opened' : `What everyone saw in ${game.scenario.year + turnShown - 1}`),
      entries.length ? logList(game, entries) : h('p', { class: 'hint' }, 'Nothing the world could see.'),
      ...readingsOf(game, s, k, v.perspective, names),
      h(
        'div',
        { class: 'actions' },
        button('Debrief of this game', () => {
          p.view = { kind: 'debrief', pairingId: v.pairingId };
          rerender(app);
        }, { class: 'primary', 'data-action': 'replay-debrief' }),
        button('Back to the tournament', () => backToPage(app, p, v.pairingId), { 'data-action': 'back' }),
      ),
    ),
  );
}

/** How the side whose view is on the map read the other's moves that year (what moved its perception). */
function readingsOf(game: Game, s: GameState, k: number, perspective: Side | 'public', names: Record<Side, string>): HTMLElement[] {
  if (k === 0) return [];
  if (perspective === 'public') return [h('p', { class: 'hint' }, 'Show the map as Blue or Red saw it to read how that side took the other’s moves this year.')];
  const rival: Side = perspective === 'blue' ? 'red' : 'blue';
  const seen = s.sides[perspective].observations.filter((o) => o.turn === k).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  return [h('h2', {}, `How ${sideName(perspective)} (${names[perspective]}) read ${sideName(rival)}’s moves`), observationList(game, rival, seen)];
}

function backToPage(app: Shell, p: PageState, pairingId: string): void {
  p.view = { kind: 'page' };
  app.map.hide();
  rerender(app, `[data-action="replay"][data-pairing="${pairingId}"]`);
}

/** The game's own debrief, on the replayed final state, behind a way back. */
function renderReplayDebrief(app: Shell, p: PageState, pairingId: string): void {
  const frames = framesOf(p, pairingId);
  const file = p.tournament?.results[pairingId];
  if (!frames || !file) {
    p.view = { kind: 'page' };
    draw(app);
    return;
  }
  renderDebrief(app, replayTable(frames.game, frames.final));
  const section = app.screen.querySelector('section');
  const t = p.tournament;
  const g = p.games.get(pairingId);
  section?.prepend(
    t && g ? h('p', { class: 'hint' }, `Class tournament “${t.name}”, game ${pairingId}: ${entrantName(t, g.players.blue)} played Blue, ${entrantName(t, g.players.red)} Red. “You” and “your” below mean the side each chart or line is about.`) : '',
    h(
      'div',
      { class: 'actions replay-nav' },
      button('Back to the replay', () => {
        p.view = { kind: 'replay', pairingId, frame: frames.states.length - 1, perspective: 'public' };
        rerender(app);
      }, { 'data-action': 'back-to-replay' }),
      button('Back to the tournament', () => backToPage(app, p, pairingId), { 'data-action': 'back' }),
    ),
  );
  section?.querySelector('.class-result')?.remove();
}

/** A finished game as the debrief reads it: nothing to decide, nothing secret left. */
function replayTable(game: Game, final: GameState): Table {
  return {
    game,
    step: { screen: 'debrief' },
    scenario: game.scenario,
    publicStatus: { phase: final.phase, turn: final.turn, year: final.year },
    choosingIntents: false,
    draft: [],
    privateView: () => undefined,
    publicBoard: () => publicBoardOf(game, view(game, final, 'blue')),
    previousBoard: () => undefined,
    chosenIntent: () => undefined,
    finished: () => ({ game, state: final }),
    setDraft: () => undefined,
    reveal: () => undefined,
    chooseIntent: () => undefined,
    finishBriefing: () => undefined,
    finishSummary: () => undefined,
    commitOrders: () => undefined,
    chooseCrisis: () => undefined,
    continuePublic: () => undefined,
    aiHasDecided: () => false,
    aiNote: () => undefined,
    resolvedNotes: () => [],
    saveFile: () => ({ format: SAVE_FORMAT, engineVersion: final.engineVersion, scenarioId: game.scenario.id, savedAt: '', step: { screen: 'debrief' }, record: final.record }),
  };
}
