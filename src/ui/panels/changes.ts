/**
 * What changed on the public board between two moments: alignments, treaties, unit
 * counts. Used by the resolution and crisis-outcome screens (public: both players).
 */
import { TREATY_NAMES } from '../../engine/rules.ts';
import { describeEntry } from '../../engine/index.ts';
import type { Game, PublicEntry, Side } from '../../engine/index.ts';
import type { PublicBoard } from '../board.ts';
import { h } from '../dom.ts';
import { alignmentWords, sideName } from '../format.ts';
import { regionName } from './regionInfo.ts';

/** A region whose alignment moved, and the public record's entries that moved it. */
export interface AlignmentChange {
  region: string;
  text: string;
  /** The engine's words for what moved it: orders, a crisis, a war, an event. */
  why: string[];
}

export interface BoardChanges {
  alignment: AlignmentChange[];
  treaties: string[];
  deployments: boolean;
  treatyEntered: boolean;
}

export function boardChanges(game: Game, before: PublicBoard, after: PublicBoard): BoardChanges {
  const alignment: AlignmentChange[] = [];
  // Everything recorded since `before`: the year resolved, a crisis, the next year's events.
  const since = after.publicLog.slice(before.publicLog.length);
  after.regionIds.forEach((id, i) => {
    const was = before.alignment[i] ?? 0;
    const now = after.alignment[i] ?? 0;
    if (was !== now || before.home[i] !== after.home[i])
      alignment.push({
        region: id,
        text: `${regionName(game, id)}: ${alignmentWords(was, before.home[i] ?? '')} → ${alignmentWords(now, after.home[i] ?? '')}`,
        why: since.filter((e) => movedRegion(game, e, id)).map((e) => describeEntry(game, e)),
      });
  });
  const treaties: string[] = [];
  for (const t of after.treaties) if (!before.treaties.includes(t)) treaties.push(`${TREATY_NAMES[t]} entered into force`);
  for (const t of before.treaties) if (!after.treaties.includes(t)) treaties.push(`${TREATY_NAMES[t]} ended`);
  const sides: Side[] = ['blue', 'red'];
  const deployments = sides.some((s) =>
    after.units[s].some((u, i) => {
      const b = before.units[s][i];
      return !!b && u.troops + u.missileDefense + u.strikeMissiles > b.troops + b.missileDefense + b.strikeMissiles;
    }),
  );
  return { alignment, treaties, deployments, treatyEntered: after.treaties.some((t) => !before.treaties.includes(t)) };
}

/** Whether a public entry is one that can move `region`'s alignment. */
function movedRegion(game: Game, e: PublicEntry, region: string): boolean {
  switch (e.kind) {
    case 'order':
      return (
        (e.order.type === 'court' || e.order.type === 'support' || e.order.type === 'admit' || e.order.type === 'annex') &&
        e.order.region === region &&
        (e.outcome === 'worked' || e.outcome === 'done')
      );
    case 'crisis':
      return e.stage === 'ended' && e.region === region && !!e.winner;
    case 'war':
      return e.region === region;
    case 'event':
      return (game.scenario.events.find((ev) => ev.id === e.event)?.effects ?? []).some((f) => (f.type === 'alignment' || f.type === 'annex') && f.region === region);
    case 'answer': {
      const option = game.scenario.events.find((ev) => ev.id === e.event)?.choice?.options.find((o) => o.id === e.option);
      return (option?.effects ?? []).some((f) => (f.type === 'alignment' || f.type === 'annex') && f.region === region);
    }
    default:
      return false;
  }
}

export function changesBlock(changes: BoardChanges): HTMLElement | undefined {
  if (!changes.alignment.length && !changes.treaties.length) return undefined;
  return h(
    'div',
    { class: 'changes' },
    changes.alignment.length ? h('h2', {}, 'The map moved') : undefined,
    changes.alignment.length
      ? h(
          'ul',
          { class: 'map-moves' },
          ...changes.alignment.map((c) => h('li', { 'data-region': c.region }, c.text, c.why.length ? h('span', { class: 'why' }, ` — because: ${c.why.join(' ')}`) : '')),
        )
      : undefined,
    changes.treaties.length ? h('h2', {}, 'Treaties') : undefined,
    changes.treaties.length ? h('ul', {}, ...changes.treaties.map((t) => h('li', {}, t))) : undefined,
  );
}

/** Public log lines, in the engine's words, marked by side with a letter as well as a colour. */
export function logList(game: Game, entries: readonly PublicEntry[]): HTMLElement {
  return h(
    'ul',
    { class: 'public-log' },
    ...entries.map((e) => h('li', { class: e.side ? `side-${e.side}` : '' }, e.side ? h('span', { class: 'side-letter', 'aria-label': sideName(e.side) }, e.side === 'blue' ? 'B' : 'R') : '', describeEntry(game, e))),
  );
}
