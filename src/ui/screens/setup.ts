/**
 * New game: scenario (year, length, summary), how intents are set, the Lab's settings,
 * and the seed of the dice (the same seed replays the same chances).
 */
import { INTENTS, INTENT_MODES, SIDES } from '../../engine/index.ts';
import type { Intent, IntentMode, LabSetting, Scenario, Side } from '../../engine/index.ts';
import { SCENARIOS } from '../../scenarios/catalog.ts';
import type { App } from '../app.ts';
import { button, h } from '../dom.ts';
import { intentWord, sideName } from '../format.ts';

const MODE_TEXT: Record<IntentMode, string> = {
  random: 'Random — drawn in secret from the scenario’s odds. Nobody knows the other’s intent until the debrief.',
  chosen: 'Chosen — each player picks their own intent, in secret, behind the hand-off screen.',
  fixed: 'Fixed — the teacher sets both intents now (for a lesson).',
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

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

export function renderSetup(app: App): void {
  let scenario: Scenario | undefined = SCENARIOS[0];
  let mode: IntentMode = 'random';
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
        MODE_TEXT[m],
      ),
    ),
    fixedBox,
  );

  const labBox = h('fieldset', { class: 'lab', hidden: true });
  const seedInput = h('input', { type: 'number', min: 0, step: 1, value: randomSeed(), id: 'seed', 'data-field': 'seed' });
  const error = h('p', { class: 'error', role: 'alert' });

  function pickScenario(s: Scenario): void {
    scenario = s;
    summary.textContent = s.summary;
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
    const seed = Math.floor(Number(seedInput.value));
    const problem = app.startGame({
      scenarioId: scenario.id,
      intentMode: mode,
      intents: mode === 'fixed' ? { ...fixed } : undefined,
      settings: lab.size ? Object.fromEntries(lab) : undefined,
      seed: Number.isFinite(seed) ? seed : randomSeed(),
    });
    if (problem) error.textContent = problem;
  }

  if (scenario) pickScenario(scenario);
  app.screen.replaceChildren(
    h(
      'section',
      { class: 'setup-screen' },
      h('h1', {}, 'New hot-seat game'),
      h(
        'div',
        { class: 'setup-grid' },
        scenarioList,
        h(
          'div',
          {},
          modeBox,
          labBox,
          h('details', { class: 'advanced' }, h('summary', {}, 'Dice seed'), h('label', { for: 'seed' }, 'The same seed gives the same chances: '), seedInput),
          error,
          h('div', { class: 'actions' }, button('Back', () => app.navigate('title')), button('Start game', start, { class: 'primary', 'data-action': 'start' })),
        ),
      ),
    ),
  );
}
