/**
 * The private summary at the start of a side's planning: what this side saw of its
 * rival last year, how its perception moved, and why (the engine's perceptionDrivers).
 */
import { describeEntry, perceptionDrivers } from '../../engine/index.ts';
import type { Side } from '../../engine/index.ts';
import { button, gauge, h } from '../dom.ts';
import { percent, rivalSide, sideName } from '../format.ts';
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
      gauge(`How hostile ${sideName(rival)} looks to you`, now, percent(now), { 'data-secret': 'perception' }),
      lastTurn >= 1
        ? h(
            'p',
            { class: 'perception-move' },
            `Last year your perception went from ${percent(before)} to ${percent(after)}`,
            Math.abs(moved) < 0.0005 ? ' — unchanged.' : moved > 0 ? ` — ${sideName(rival)} looks more hostile.` : ` — ${sideName(rival)} looks less hostile.`,
            Math.abs(now - after) >= 0.0005 ? ` This year so far: ${percent(now)}.` : '',
          )
        : undefined,
      lastTurn >= 1 ? h('h2', {}, `Why: what you saw in ${view.years[view.turn - 2] ?? view.year - 1}`) : undefined,
      lastTurn >= 1 ? observationList(session.game, rival, lastYear) : undefined,
      thisYear.length ? h('h2', {}, `This year (${view.year}) so far`) : undefined,
      thisYear.length ? observationList(session.game, rival, thisYear) : undefined,
      publicEntries.length
        ? h('details', {}, h('summary', {}, `Everything that happened in public in ${view.years[view.turn - 2] ?? view.year - 1}`), h('ul', { class: 'public-log' }, ...publicEntries.map((e) => h('li', {}, describeEntry(session.game, e)))))
        : undefined,
      h('p', { class: 'hint' }, 'Remember: your rival saw your moves the same way — through its own fears, with postures it often could not read.'),
      h('div', { class: 'actions' }, button('Plan my orders', () => session.finishSummary(), { class: 'primary', 'data-autofocus': true, 'data-action': 'to-planning' })),
    ),
  );
}
