/**
 * The private summary at the start of a side's planning: what this side saw of its
 * rival last year, how its perception moved, and why (the engine's perceptionDrivers).
 */
import { describeEntry, perceptionDrivers } from '../../engine/index.ts';
import type { Side } from '../../engine/index.ts';
import { button, gauge, h } from '../dom.ts';
import { rivalSide, sideName } from '../format.ts';
import { chanceWords, hostilityWords, shiftSize } from '../words.ts';
import { showPrivateMap } from '../panels/mapFor.ts';
import { observationList } from '../panels/observations.ts';
import type { Shell, Table } from '../shell.ts';

export function renderSummary(app: Shell, session: Table, side: Side): void {
  const view = session.privateView();
  if (!view) return;
  showPrivateMap(app, session, view);
  const rival = rivalSide(side);
  const lastTurn = view.turn - 1;
  const history = view.me.hostilityHistory;
  const before = history[Math.max(0, lastTurn - 1)] ?? view.me.perceivedHostility;
  const after = history[lastTurn] ?? view.me.perceivedHostility;
  const now = view.me.perceivedHostility;
  const lastYear = lastTurn >= 1 ? perceptionDrivers(view, lastTurn, 8) : [];
  const thisYear = perceptionDrivers(view, view.turn, 8);
  const publicEntries = view.publicLog.filter((e) => e.turn === lastTurn);
  const moved = after - before;

  app.screen.replaceChildren(
    h(
      'section',
      { class: `panel summary-screen side-${side}`, 'data-owner': side },
      h('h1', { tabindex: -1 }, `${sideName(side)}: what you saw of ${sideName(rival)}`),
      gauge(`How hostile ${sideName(rival)} looks to you`, now, chanceWords(now), { 'data-secret': 'perception' }),
      h('p', { class: 'hint perception-word', 'data-secret': 'perception' }, `${chanceWords(now)}: ${hostilityWords(now)}.`),
      lastTurn >= 1
        ? h(
            'p',
            { class: 'perception-move' },
            `Last year: ${chanceWords(before)} → ${chanceWords(after)}`,
            Math.abs(moved) < 0.0005
              ? ' — unchanged.'
              : ` — ${sideName(rival)} looks ${movedWords(before, after)} ${moved > 0 ? 'more' : 'less'} hostile.`,
            Math.abs(now - after) >= 0.0005 ? ` This year so far: ${chanceWords(now)}.` : '',
          )
        : undefined,
      lastTurn >= 1 ? h('h2', {}, `Why: what you saw in ${view.years[view.turn - 2] ?? view.year - 1}`) : undefined,
      lastTurn >= 1 ? observationList(session.game, rival, lastYear.slice(0, 4)) : undefined,
      lastYear.length > 4
        ? h('details', {}, h('summary', {}, `${lastYear.length - 4} smaller things you saw`), observationList(session.game, rival, lastYear.slice(4)))
        : undefined,
      thisYear.length ? h('h2', {}, `This year (${view.year}) so far`) : undefined,
      thisYear.length ? observationList(session.game, rival, thisYear) : undefined,
      publicEntries.length
        ? h('details', {}, h('summary', {}, `Everything that happened in public in ${view.years[view.turn - 2] ?? view.year - 1}`), h('ul', { class: 'public-log' }, ...publicEntries.map((e) => h('li', {}, describeEntry(session.game, e)))))
        : undefined,
      h('p', { class: 'hint' }, 'Your rival read your moves the same way: through its own fears.'),
      h('div', { class: 'actions sticky-actions' }, button('Plan my orders', () => session.finishSummary(), { class: 'primary', 'data-autofocus': true, 'data-action': 'to-planning' })),
    ),
  );
}

/** How far a perception moved, in words (the change in log-odds behind two chances). */
function movedWords(before: number, after: number): string {
  const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
  const size = shiftSize(logit(after) - logit(before));
  return size === 'barely' ? 'barely' : size === 'noticeably' ? 'noticeably' : size;
}
