/**
 * A region in words, as the player at the screen may see it: alignment, public unit
 * counts, own true postures, and this side's own reading of the rival's troops.
 */
import type { Game, Side } from '../../engine/index.ts';
import type { PublicBoard, Viewer } from '../board.ts';
import { alignmentWords, countsWords, sideName } from '../format.ts';

export function regionName(game: Game, id: string): string {
  return game.regionNames[game.regionIndex.get(id) ?? -1] ?? id;
}

/** ", only Russia takes sides" where the scenario lets one side alone support or annex there. */
function oneBacker(game: Game, r: number): string {
  const only = game.backers[r]?.length === 1 ? game.backers[r]?.[0] : undefined;
  return only ? `, only ${game.scenario.sides[only].name} takes sides` : '';
}

export function describeRegion(game: Game, board: PublicBoard, viewer: Viewer | undefined, id: string): string[] {
  const i = game.regionIndex.get(id);
  if (i === undefined) return [id];
  const lines = [regionName(game, id)];
  const alignment = alignmentWords(board.alignment[i] ?? 0, board.home[i] ?? '');
  lines.push(`${alignment}${board.contested[i] ? ` · contested${oneBacker(game, i)}` : ''}${board.crisisRegion === id ? ' · CRISIS' : ''}`);
  const sides: Side[] = viewer?.side === 'red' ? ['red', 'blue'] : ['blue', 'red'];
  for (const side of sides) {
    const counts = board.units[side][i];
    if (!counts) continue;
    const total = counts.troops + counts.missileDefense + counts.strikeMissiles;
    if (!viewer) {
      if (total) lines.push(`${sideName(side)}: ${countsWords(counts)}`);
      continue;
    }
    if (side === viewer.side) {
      const own = viewer.ownForces[i];
      if (!own || !total) continue;
      const postures = counts.troops ? ` (${own.defensive} defensive, ${own.offensive} offensive)` : '';
      lines.push(`Your units: ${countsWords(counts)}${postures}`);
    } else if (total) {
      const seen = viewer.perceivedTroops[i];
      const reading = counts.troops && seen ? ` — you read the troops as ${seen.offensive} offensive, ${seen.unknown} unknown, ${seen.defensive} defensive` : '';
      lines.push(`${sideName(side)}: ${countsWords(counts)}${reading}`);
    }
  }
  const value = game.values[i] ?? 0;
  lines.push(`Value ${value}${game.ports[i] ? ' · warm-water port' : ''}`);
  return lines;
}
