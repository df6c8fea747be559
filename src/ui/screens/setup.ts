/**
 * New game: scenario (year, length, summary), its length — full or a lesson of key
 * years, each with the time it takes (the engine's calendar) — how intents are set, the Lab's settings,
 * and the seed of the dice (the same seed replays the same chances). Against the AI,
 * also the player's side and the AI's level and temperament.
 */
import { INTENTS, INTENT_MODES, SIDES } from '../../engine/index.ts';
import type { GameLength, Intent, IntentMode, LabSetting, Scenario, Side } from '../../engine/index.ts';
import { PLAYING_TIME, SCENARIOS, gameFor, playingTimes } from '../../scenarios/catalog.ts';
import type { PlayingTime } from '../../scenarios/catalog.ts';
import { button, h } from '../dom.ts';
import { intentWord, rivalSide, sideName } from '../format.ts';
import { LEVEL_TEXT, levelIds, temperWord } from '../aiGame.ts';
import type { Level, Temperament } from '../../ai/strategist.ts';
import type { Shell } from '../shell.ts';

export type SetupKind = 'hotseat' | 'ai';

const MODE_TEXT: Record<SetupKind, Record<IntentMode, string>> = {
  hotseat: {
    random: 'Random — drawn in secret from the scenario’s odds. Nobody knows the other’s intent until the debrief.',
    chosen: 'Chosen — each player picks their own intent, in secret, behind the hand-off screen.',
    fixed: 'Fixed — the teacher sets both intents now (for a lesson).',
  },
  ai: {
    random: 'Random — both drawn in secret from the scenario’s odds. You learn yours in your briefing, the AI’s only at the debrief.',
    chosen: 'Chosen — you pick your own intent in your briefing; the AI’s is drawn in secret.',
    fixed: 'Fixed — set both intents now (for a lesson). The AI is told only its own.',
  },
};

/** The scenario's own value of a Lab setting, as the slider's starting point. */
function labDefault(scenario: Scenario, key: string): number {
  const [a, b] = key.split('.');
  if (b && (a === 'blue' || a === 'red')) {
    const value = (scenario.sides[a] as unknown as Record<string, unknown>)[b];
    return typeof value === 'number' ? value : 0;
  }
  const world = scenario.world as unknown as Record<string, unknown>;
  return typeof world[key] === 'number' ? (world[key] as number) : 0;
}

/** A length as the setup screen offers it: its years and about how long it takes. */
function lengthText(t: PlayingTime): string {
  const first = t.years[0] ?? 0;
  const last = t.years[t.years.length - 1] ?? first;
  const years = t.length === 'full' ? `${t.years.length} years, ${first}–${last}` : `${t.years.length} key years: ${t.years.join(', ')}`;
  return `${years} — about ${t.minutes} minutes`;
}

const LENGTH_WORD: Record<GameLength, string> = { full: 'Full', lesson: 'Lesson' };

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

export function renderSetup(app: Shell, kind: SetupKind): void {
  let scenario: Scenario | undefined = SCENARIOS[0];
  let mode: IntentMode = 'random';
  let length: GameLength = 'full';
  const fixed: Record<Side, Intent> = { blue: 'security', red: 'security' };
  const lab = new Map<string, number>();

  const summary = h('p', { class: 'scenario-summary', 'aria-live': 'polite' });
  const scenarioList = h(
    'fieldset',
    { class: 'scenario-list' },
    h('legend', {}, 'Scenario'),
    ...SCENARIOS.map((s, i) =>
      h(
        'label',
        { class: 'choice-line' },
        h('input', { type: 'radio', name: 'scenario', value: s.id, checked: i === 0, 'data-scenario': s.id, 'data-autofocus': i === 0, onchange: () => pickScenario(s) }),
        h('span', {}, h('strong', {}, s.name), h('span', { class: 'choice-meta' }, ` · ${s.year} · ${s.turns} turns`)),
      ),
    ),
    summary,
  );

  const fixedBox = h(
    'div',
    { class: 'fixed-intents', hidden: true },
    ...SIDES.map((side) =>
      h(
        'label',
        {},
        `${sideName(side)} is a `,
        h(
          'select',
          { 'data-fixed-intent': side, onchange: (e: Event) => (fixed[side] = (e.target as HTMLSelectElement).value as Intent) },
          ...INTENTS.map((intent) => h('option', { value: intent }, intentWord(intent).toLowerCase())),
        ),
      ),
    ),
  );

  const modeBox = h(
    'fieldset',
    {},
    h('legend', {}, 'Intents'),
    ...INTENT_MODES.map((m) =>
      h(
        'label',
        { class: 'choice-line' },
        h('input', {
          type: 'radio',
          name: 'intent-mode',
          value: m,
          checked: m === mode,
          'data-intent-mode': m,
          onchange: () => {
            mode = m;
            fixedBox.hidden = m !== 'fixed';
          },
        }),
        MODE_TEXT[kind][m],
      ),
    ),
    fixedBox,
  );

  const lengthBox = h('fieldset', { class: 'length-choice' });
  const labBox = h('fieldset', { class: 'lab', hidden: true });
  const seedInput = h('input', { type: 'number', min: 0, step: 1, value: randomSeed(), id: 'seed', 'data-field': 'seed' });
  const error = h('p', { class: 'error', role: 'alert' });

  function pickScenario(s: Scenario): void {
    scenario = s;
    summary.textContent = s.summary;
    const game = gameFor(s.id);
    const times = game ? playingTimes(game) : [];
    if (!times.some((t) => t.length === length)) length = 'full';
    lengthBox.replaceChildren(
      h('legend', {}, 'Length'),
      ...times.map((t) =>
        h(
          'label',
          { class: 'choice-line' },
          h('input', { type: 'radio', name: 'length', value: t.length, checked: t.length === length, 'data-length': t.length, onchange: () => (length = t.length) }),
          h('span', {}, h('strong', {}, LENGTH_WORD[t.length]), ` — ${lengthText(t)}`),
        ),
      ),
      h('p', { class: 'hint' }, `Times are for two new players, about ${PLAYING_TIME.minutesPerYear} minutes a year.${times.length > 1 ? ' A lesson plays the key years; a skipped year’s events come in the next year played.' : ''}`),
    );
    lab.clear();
    labBox.hidden = !s.lab?.length;
    labBox.replaceChildren(h('legend', {}, 'Lab settings: the four worlds of Jervis'), ...(s.lab ?? []).map((setting) => slider(s, setting)));
  }

  function slider(s: Scenario, setting: LabSetting): HTMLElement {
    const start = labDefault(s, setting.key);
    lab.set(setting.key, start);
    const out = h('output', {}, start.toFixed(2));
    const input = h('input', { type: 'range', min: setting.min, max: setting.max, step: setting.step, value: start, 'data-lab': setting.key });
    input.addEventListener('input', () => {
      lab.set(setting.key, Number(input.value));
      out.textContent = Number(input.value).toFixed(2);
    });
    return h('label', { class: 'slider' }, h('span', {}, setting.label), input, out);
  }

  function start(): void {
    if (!scenario) return;
    const typed = Math.floor(Number(seedInput.value));
    const seed = Number.isFinite(typed) ? typed : randomSeed();
    const problem = app.startGame({
      scenarioId: scenario.id,
      intentMode: mode,
      intents: mode === 'fixed' ? { ...fixed } : undefined,
      settings: lab.size ? Object.fromEntries(lab) : undefined,
      seed,
      length,
      // The AI's own random numbers get a seed of their own, fixed by the game's.
      opponent: kind === 'ai' ? { side: rivalSide(ai.humanSide), level: ai.level, temperament: { ...ai.temperament }, seed: (seed + 0x5eed) >>> 0 } : undefined,
    });
    if (problem) error.textContent = problem.message;
  }

  const ai: { humanSide: Side; level: Level; temperament: Temperament } = { humanSide: 'blue', level: 'normal', temperament: { suspicion: 0, boldness: 0 } };
  const aiBox = kind === 'ai' ? opponentChoices(ai) : undefined;

  if (scenario) pickScenario(scenario);
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'setup-screen' },
      h('h1', {}, kind === 'ai' ? 'New game against the AI' : 'New hot-seat game'),
      h(
        'div',
        { class: 'setup-grid' },
        // Against the AI the left column also holds the length and how intents are set, the right one the AI.
        h('div', {}, scenarioList, ...(aiBox ? [lengthBox, modeBox, labBox] : [])),
        h(
          'div',
          {},
          ...(aiBox ? [aiBox] : [lengthBox, modeBox, labBox]),
          h('details', { class: 'advanced' }, h('summary', {}, 'Dice seed'), h('label', { for: 'seed' }, 'The same seed gives the same chances: '), seedInput),
          error,
          h('div', { class: 'actions' }, button('Back', () => app.navigate('title'), { 'data-action': 'back' }), button('Start game', start, { class: 'primary', 'data-action': 'start' })),
        ),
      ),
    ),
  );
}

/** The player's side and the AI's level and temperament; edits `ai` in place. */
function opponentChoices(ai: { humanSide: Side; level: Level; temperament: Temperament }): HTMLElement {
  const sideBox = h(
    'fieldset',
    {},
    h('legend', {}, 'You play'),
    ...SIDES.map((side) =>
      h(
        'label',
        { class: 'choice-line' },
        h('input', { type: 'radio', name: 'play-side', value: side, checked: side === ai.humanSide, 'data-play-side': side, onchange: () => (ai.humanSide = side) }),
        `${sideName(side)} — the AI plays ${sideName(rivalSide(side))}`,
      ),
    ),
  );
  const levelBox = h(
    'fieldset',
    {},
    h('legend', {}, 'AI level'),
    ...levelIds().map((level) =>
      h(
        'label',
        { class: 'choice-line' },
        h('input', { type: 'radio', name: 'ai-level', value: level, checked: level === ai.level, 'data-level': level, onchange: () => (ai.level = level) }),
        h('span', {}, h('strong', {}, LEVEL_TEXT[level].label), ` — ${LEVEL_TEXT[level].text}`),
      ),
    ),
  );
  const axis = (key: keyof Temperament, low: string, high: string): HTMLElement => {
    const words = h('output', { class: 'hint' }, temperWord(ai.temperament[key], low, high));
    const input = h('input', { type: 'range', min: -1, max: 1, step: 0.1, value: ai.temperament[key], 'data-temper': key, 'aria-label': `${low} to ${high}` });
    input.addEventListener('input', () => {
      ai.temperament[key] = Number(input.value);
      words.textContent = temperWord(ai.temperament[key], low, high);
    });
    return h('div', {}, h('label', { class: 'temper' }, h('span', {}, capital(low)), input, h('span', {}, capital(high))), words);
  };
  return h(
    'div',
    { class: 'ai-choices' },
    sideBox,
    levelBox,
    h(
      'fieldset',
      {},
      h('legend', {}, 'AI temperament'),
      h('p', { class: 'hint' }, 'A suspicious AI reads your moves as more hostile; an adventurous one takes more risks of crisis and war.'),
      axis('suspicion', 'trusting', 'suspicious'),
      axis('boldness', 'cautious', 'adventurous'),
    ),
  );
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
