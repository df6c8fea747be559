/**
 * Unit markers: per region, one chip per side with units there. Counts are public; the
 * side at the screen sees its own chip first. Shapes and a side letter carry the meaning
 * as well as the colour: ■ troops, ◆ missile defence, ▲ strike missiles.
 */
import type { Side, UnitCounts } from '../../engine/index.ts';
import type { MapModel } from '../board.ts';

export const KIND_SYMBOLS = { troops: '■', missileDefense: '◆', strikeMissiles: '▲' } as const;

export interface Chip {
  side: Side;
  text: string;
}

export function countsSymbols(c: UnitCounts): string {
  const parts: string[] = [];
  if (c.troops) parts.push(`${KIND_SYMBOLS.troops}${c.troops}`);
  if (c.missileDefense) parts.push(`${KIND_SYMBOLS.missileDefense}${c.missileDefense}`);
  if (c.strikeMissiles) parts.push(`${KIND_SYMBOLS.strikeMissiles}${c.strikeMissiles}`);
  return parts.join(' ');
}

export function markerTexts(model: MapModel, region: number): Chip[] {
  const first: Side = model.viewer?.side ?? 'blue';
  const order: Side[] = first === 'blue' ? ['blue', 'red'] : ['red', 'blue'];
  const chips: Chip[] = [];
  for (const side of order) {
    const counts = model.board.units[side][region];
    if (!counts) continue;
    const symbols = countsSymbols(counts);
    if (!symbols) continue;
    chips.push({ side, text: `${side === 'blue' ? 'B' : 'R'} ${symbols}` });
  }
  return chips;
}
