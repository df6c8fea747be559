/**
 * What the AI said about a decision, shown once that decision has been resolved.
 */
import { h } from '../dom.ts';
import { sideName } from '../format.ts';
import type { Table } from '../shell.ts';

export function aiNoteBlock(session: Table, turn: number, phase: 'planning' | 'crisis'): HTMLElement | undefined {
  const ai = session.opponent?.side;
  const text = session.aiNote(turn, phase);
  if (!ai || !text) return undefined;
  return h(
    'aside',
    { class: `ai-note side-${ai}`, 'data-ai-note': phase },
    h('h2', {}, phase === 'crisis' ? `${sideName(ai)} (AI) on its crisis choice` : `${sideName(ai)} (AI) explains its moves`),
    h('p', {}, `“${text}”`),
  );
}
