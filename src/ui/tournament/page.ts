/**
 * The bot tournament page (tournament.html): pick built-in bots and students' files,
 * scenarios, games per cell and a seed; the round robin plays on Web Workers with a
 * progress bar, then the standings, a head-to-head matrix, a chart of achievements, the
 * faults, and the core's CSV files to download. The same settings give the same digest
 * as the command line, whose equivalent command the page shows.
 */
import '../style.css';
import './tournament.css';
import { SCENARIOS } from '../../scenarios/catalog.ts';
import { standingsCsv, gamesCsv, faultsCsv } from '../../tournament/csv.ts';
import { BUILT_IN_NAMES, backstopMs, strategistLevel } from '../../tournament/entries.ts';
import { gameCount, planGames } from '../../tournament/schedule.ts';
import type { TournamentSettings } from '../../tournament/schedule.ts';
import { summariseTournament, summaryOf } from '../../tournament/tournament.ts';
import type { TournamentResult, TournamentSummary } from '../../tournament/tournament.ts';
import { button, download, h } from '../dom.ts';
import { OUTSIDE_BACKSTOP_MS, SANDBOX_READY, compileQuickJs } from './pageSandbox.ts';
import type { EntrySpec } from './protocol.ts';
import { runTournament, workerCount } from './run.ts';
import type { Run } from './run.ts';
import { achievementChart, faultList, matrixTable, standingsTable } from './views.ts';

/** What the end-to-end tests read (never to act). */
interface PageHook {
  state: 'idle' | 'running' | 'done' | 'failed';
  summary?: TournamentSummary;
  elapsedMs?: number;
  workers: number;
  error?: string;
}

const DEFAULT_BOTS = ['dove', 'hawk', 'prudent'];
const MAX_FILE_BYTES = 200_000;
const workers = workerCount(navigator.hardwareConcurrency);
const hook: PageHook = { state: 'idle', workers };
(window as unknown as { __botTournament: PageHook }).__botTournament = hook;

const BOT_NOTES: Record<string, string> = {
  random: 'random legal orders',
  dove: 'never threatens',
  hawk: 'always pushes',
  mirror: 'copies the rival',
  generous: 'tit-for-tat that forgives',
  reassurer: 'signals restraint',
  assurer: 'reassures, then matches',
  prudent: 'defends, denies gains',
  opportunist: 'strikes at weakness',
};

interface StudentFile {
  id: string;
  fileName: string;
  source: string;
}
const files: StudentFile[] = [];

function idForFile(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-') || 'bot';
  const taken = new Set([...BUILT_IN_NAMES, ...files.map((f) => f.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

// ------------------------------------------------------------------ the form

const botBoxes = BUILT_IN_NAMES.map((name) => {
  const box = h('input', { type: 'checkbox', value: name, 'data-bot': name, checked: DEFAULT_BOTS.includes(name) });
  const slow = strategistLevel(name) !== undefined;
  const note = slow ? 'search AI, slow' : BOT_NOTES[name];
  return { name, box, label: h('label', { class: 'check' }, box, h('span', {}, name), note ? h('small', {}, ` ${note}`) : undefined) };
});
const scenarioBoxes = SCENARIOS.map((s) => {
  const box = h('input', { type: 'checkbox', value: s.id, 'data-scenario': s.id, checked: s.id === SCENARIOS[0]?.id });
  return { id: s.id, box, label: h('label', { class: 'check' }, box, h('span', {}, s.name), h('small', {}, ` ${s.year}${s.lab ? ', lab' : ''}`)) };
});
const gamesInput = h('input', { type: 'number', min: 1, max: 1000, value: 2, 'data-field': 'games', id: 'games' });
const seedInput = h('input', { type: 'number', min: 0, max: 2_000_000_000, value: 1, 'data-field': 'seed', id: 'seed' });
const fileInput = h('input', { type: 'file', accept: '.js,.mjs,.ts', multiple: true, class: 'visually-hidden', id: 'bot-files', 'data-field': 'files', disabled: !SANDBOX_READY });
const fileList = h('ul', { class: 'files', 'data-list': 'files' });
const formError = h('p', { class: 'error', role: 'alert', 'data-error': 'form' });
const plan = h('p', { class: 'plan', 'data-plan': '' });
const command = h('code', { class: 'command', 'data-command': '' });
const startButton = button('Run the tournament', () => void start(), { class: 'primary big', 'data-action': 'start' });
const cancelButton = button('Stop', () => current?.cancel(), { 'data-action': 'cancel', hidden: true });
const bar = h('progress', { max: 1, value: 0, 'data-progress': '' });
const barText = h('span', { class: 'progress-text', 'aria-live': 'polite' });
const progressBox = h('div', { class: 'progress', hidden: true }, bar, barText);
const results = h('section', { class: 'results', 'data-section': 'results', 'aria-live': 'polite' });

function chosenBots(): string[] {
  return botBoxes.filter((b) => b.box.checked).map((b) => b.name);
}
function chosenScenarios(): string[] {
  return scenarioBoxes.filter((s) => s.box.checked).map((s) => s.id);
}

/** The settings the form describes, or why it cannot run. */
function readSettings(): { settings: TournamentSettings; entries: EntrySpec[] } | { error: string } {
  const entries: EntrySpec[] = [
    ...chosenBots().map((id): EntrySpec => ({ kind: 'builtin', id })),
    ...files.map((f): EntrySpec => ({ kind: 'file', id: f.id, fileName: f.fileName, source: f.source })),
  ];
  const scenarios = chosenScenarios();
  const games = Number(gamesInput.value);
  const seed = Number(seedInput.value);
  if (entries.length < 2) return { error: 'Pick at least two bots: a round robin needs pairs.' };
  if (scenarios.length === 0) return { error: 'Pick at least one scenario.' };
  if (!Number.isInteger(games) || games < 1 || games > 1000) return { error: 'Games per cell must be a whole number from 1 to 1000.' };
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1 - games) return { error: 'The seed must be a whole number from 0 to 2,000,000,000.' };
  return { settings: { entries: entries.map((e) => e.id), scenarios, games, seed }, entries };
}

function refreshPlan(): void {
  const read = readSettings();
  formError.textContent = 'error' in read ? read.error : '';
  startButton.disabled = 'error' in read || current !== undefined;
  if ('error' in read) {
    plan.textContent = '';
    command.textContent = '';
    return;
  }
  const { settings } = read;
  const n = settings.entries.length;
  const slow = settings.entries.some((e) => strategistLevel(e) !== undefined);
  plan.textContent =
    `${n} bots, ${(n * (n - 1)) / 2} pairs × 2 sides × 4 intent pairings × ${settings.scenarios.length} ${settings.scenarios.length === 1 ? 'scenario' : 'scenarios'} × ${settings.games} = ` +
    `${gameCount(settings).toLocaleString('en')} games on ${workers} ${workers === 1 ? 'worker' : 'workers'}${slow ? ' (the Strategist takes seconds a game)' : ''}.`;
  const scenarioArg = settings.scenarios.length === SCENARIOS.length ? 'all' : settings.scenarios.join(',');
  const bots = settings.entries.map((id) => files.find((f) => f.id === id)?.fileName ?? id).join(',');
  command.textContent = `npm run -s tournament -- --bots ${bots} --scenario ${scenarioArg} --games ${settings.games} --seed ${settings.seed}`;
}

function renderFiles(): void {
  fileList.replaceChildren(
    ...files.map((f) =>
      h(
        'li',
        { 'data-file': f.id },
        h('span', {}, `${f.id} `, h('small', {}, `(${f.fileName}, ${Math.ceil(f.source.length / 1024)} KB)`)),
        button(
          'Remove',
          () => {
            files.splice(files.indexOf(f), 1);
            renderFiles();
          },
          { class: 'small quiet', 'aria-label': `Remove ${f.fileName}` },
        ),
      ),
    ),
  );
  refreshPlan();
}

async function addFiles(list: FileList | readonly File[]): Promise<void> {
  if (!SANDBOX_READY) return;
  const problems: string[] = [];
  for (const file of Array.from(list)) {
    if (!/\.(m?js|ts)$/i.test(file.name)) problems.push(`${file.name}: a bot is one .js or .ts file`);
    else if (file.size > MAX_FILE_BYTES) problems.push(`${file.name}: larger than ${MAX_FILE_BYTES / 1000} KB`);
    else files.push({ id: idForFile(file.name), fileName: file.name, source: await file.text() });
  }
  renderFiles();
  if (problems.length) formError.textContent = problems.join('; ');
}

function dropZone(): HTMLElement {
  if (!SANDBOX_READY)
    return h(
      'div',
      { class: 'drop disabled', 'data-drop': 'disabled', 'aria-disabled': 'true' },
      h('strong', {}, 'Student bot files: not available in this build'),
      h('p', { class: 'hint' }, 'Students’ .js and .ts bots need the sandbox (QuickJS in WebAssembly) that keeps them from reaching anything; this build does not have it yet. Built-in bots work.'),
      fileInput,
    );
  const zone = h(
    'div',
    { class: 'drop', 'data-drop': 'ready', tabindex: 0 },
    h('strong', {}, 'Drop students’ bot files here (.js or .ts)'),
    h('p', { class: 'hint' }, 'Each runs sandboxed: no network, no page, a fixed memory and a CPU budget per decision. See docs/BOTS.md for the template.'),
    button('Choose files…', () => fileInput.click(), { 'data-action': 'choose-files' }),
    fileInput,
  );
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
  });
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void addFiles(fileInput.files);
    fileInput.value = '';
  });
  return zone;
}

function setAll(boxes: { box: HTMLInputElement }[], on: (i: number) => boolean): void {
  boxes.forEach((b, i) => (b.box.checked = on(i)));
  refreshPlan();
}

// ------------------------------------------------------------------ running

let current: Run | undefined;

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

async function start(): Promise<void> {
  const read = readSettings();
  if ('error' in read || current) return;
  const { settings, entries } = read;
  const schedule = planGames(settings);
  results.replaceChildren();
  formError.textContent = '';
  hook.state = 'running';
  hook.summary = undefined;
  hook.error = undefined;
  progressBox.hidden = false;
  bar.max = schedule.length;
  bar.value = 0;
  barText.textContent = `0 of ${schedule.length.toLocaleString('en')} games`;
  cancelButton.hidden = false;
  const began = performance.now();
  let lastPaint = 0;
  try {
    const wasmModule = entries.some((e) => e.kind === 'file') ? await compileQuickJs() : undefined;
    current = runTournament({
      settings,
      entries,
      schedule,
      workers,
      ...(wasmModule ? { wasmModule } : {}),
      backstopMs: Math.max(backstopMs({}), OUTSIDE_BACKSTOP_MS),
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - lastPaint < 100) return;
        lastPaint = now;
        bar.value = done;
        const elapsed = now - began;
        const eta = done > 0 && done < total ? ` — about ${seconds((elapsed / done) * (total - done))} left` : '';
        barText.textContent = `${done.toLocaleString('en')} of ${total.toLocaleString('en')} games${eta}`;
      },
    });
    refreshPlan();
    const played = await current.result;
    const elapsedMs = performance.now() - began;
    const result = summariseTournament(settings, played.labels, played.rows, played.stopped);
    hook.summary = summaryOf(result);
    hook.elapsedMs = elapsedMs;
    hook.state = 'done';
    showResults(result, elapsedMs);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    hook.state = 'failed';
    hook.error = message;
    results.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-error': 'run' }, message === 'cancelled' ? 'Stopped: no standings from a tournament cut short.' : `The tournament could not finish: ${message}`));
  } finally {
    current = undefined;
    cancelButton.hidden = true;
    refreshPlan();
  }
}

function showResults(result: TournamentResult, elapsedMs: number): void {
  const games = result.rows.length;
  barText.textContent = `${games.toLocaleString('en')} games in ${seconds(elapsedMs)} on ${workers} ${workers === 1 ? 'worker' : 'workers'}`;
  bar.value = bar.max;
  const bots = result.standings.filter((s) => !s.disqualified).map((s) => s.bot);
  results.replaceChildren(
    h('h2', { tabindex: -1 }, 'Standings'),
    h(
      'p',
      { class: 'meta' },
      `${games.toLocaleString('en')} games, seed ${result.settings.seed}, ${seconds(elapsedMs)}. Digest `,
      h('code', { 'data-digest': '' }, result.digest),
      ' — the same settings give the same digest on any machine, here or on the command line.',
    ),
    standingsTable(result.standings),
    h(
      'div',
      { class: 'actions' },
      button('Download standings.csv', () => download(standingsCsv(result.standings), 'standings.csv', 'text/csv'), { 'data-action': 'csv-standings' }),
      button('Download games.csv', () => download(gamesCsv(result.rows), 'games.csv', 'text/csv'), { 'data-action': 'csv-games' }),
      button('Download faults.csv', () => download(faultsCsv(result.rows), 'faults.csv', 'text/csv'), { 'data-action': 'csv-faults' }),
    ),
    h('h2', {}, 'Head to head'),
    h('div', { class: 'scroll' }, matrixTable(bots, result.rows)),
    h('h2', {}, 'Achievements'),
    h('p', { class: 'hint' }, 'The shaded strip shows where a bot’s games ended (darker: more games); the dot is its mean and the bar the 95% interval. Above 0 a bot did better than par.'),
    achievementChart(result.standings, result.rows),
    faultList(result.rows) ?? "",
  );
  results.querySelector<HTMLElement>('h2')?.focus();
}

// ------------------------------------------------------------------ the page

function render(root: HTMLElement): void {
  for (const el of [...botBoxes.map((b) => b.box), ...scenarioBoxes.map((s) => s.box), gamesInput, seedInput]) el.addEventListener('input', refreshPlan);
  const scripted = (i: number) => strategistLevel(BUILT_IN_NAMES[i] ?? '') === undefined;
  root.replaceChildren(
    h(
      'main',
      { class: 'tournament-page' },
      h('p', { class: 'back' }, h('a', { href: './' }, '← Security Dilemma')),
      h('h1', {}, 'Bot tournament'),
      h(
        'p',
        { class: 'lede' },
        'Every bot meets every other on both sides, with every pairing of intents, in every scenario you pick. Bots are ranked the way Axelrod ranked his tournaments: by mean achievement — how far they ended above or below par — not by wins.',
      ),
      h(
        'div',
        { class: 'setup-grid' },
        h(
          'fieldset',
          { 'data-fieldset': 'bots' },
          h('legend', {}, 'Built-in bots'),
          h('div', { class: 'checks' }, ...botBoxes.map((b) => b.label)),
          h('div', { class: 'actions' }, button('All scripted', () => setAll(botBoxes, scripted), { class: 'small', 'data-action': 'all-scripted' }), button('None', () => setAll(botBoxes, () => false), { class: 'small' })),
        ),
        h(
          'div',
          { class: 'column' },
          h('fieldset', { 'data-fieldset': 'files' }, h('legend', {}, 'Students’ bots'), dropZone(), fileList),
          h(
            'fieldset',
            { 'data-fieldset': 'games' },
            h('legend', {}, 'Games'),
            h('label', { for: 'games' }, 'Games per cell '),
            gamesInput,
            h('p', { class: 'hint' }, 'A cell is one pair, one side each, one pairing of intents, one scenario.'),
            h('label', { for: 'seed' }, 'Seed '),
            seedInput,
            h('p', { class: 'hint' }, 'Game g of every cell is played with seed + g: every pair faces the same dice.'),
          ),
        ),
        h(
          'fieldset',
          { 'data-fieldset': 'scenarios' },
          h('legend', {}, 'Scenarios'),
          h('div', { class: 'checks' }, ...scenarioBoxes.map((s) => s.label)),
          h('div', { class: 'actions' }, button('All', () => setAll(scenarioBoxes, () => true), { class: 'small', 'data-action': 'all-scenarios' }), button('None', () => setAll(scenarioBoxes, () => false), { class: 'small' })),
        ),
      ),
      plan,
      formError,
      h('div', { class: 'actions' }, startButton, cancelButton),
      progressBox,
      h('p', { class: 'hint' }, 'The same tournament on the command line: ', command),
      results,
    ),
  );
  refreshPlan();
}

const root = document.getElementById('app');
if (root) render(root);
