/**
 * Puts the map up for a screen: a side's own view on private screens, the public board
 * on public ones.
 */
import type { SideView } from '../../engine/index.ts';
import { publicBoardOf, viewerOf } from '../board.ts';
import type { PublicBoard } from '../board.ts';
import { sideName } from '../format.ts';
import type { MapShowOptions } from '../map/mapView.ts';
import { setLayout } from '../screens/layout.ts';
import type { Shell, Table } from '../shell.ts';
import { describeRegion } from './regionInfo.ts';

export interface PrivateMapOptions {
  onSelect?(region: string | undefined): void;
  selected?: string;
  marked?: readonly string[];
}

export function showPrivateMap(app: Shell, session: Table, view: SideView, options: PrivateMapOptions = {}): void {
  setLayout('map');
  const board = publicBoardOf(session.game, view);
  const viewer = viewerOf(view);
  const show: MapShowOptions = {
    describe: (region) => describeRegion(session.game, board, viewer, region),
    label: `Map of Europe as ${sideName(view.side)} sees it`,
  };
  if (options.onSelect) show.onSelect = options.onSelect;
  if (options.selected) show.selected = options.selected;
  void app.map.show(options.marked ? { board, viewer, marked: options.marked } : { board, viewer }, show);
}

export function showPublicMap(app: Shell, session: Table, board: PublicBoard, before?: PublicBoard): void {
  setLayout('map');
  const show: MapShowOptions = {
    describe: (region) => describeRegion(session.game, board, undefined, region),
    label: 'Map of Europe: what both players can see',
  };
  if (before) show.before = before;
  void app.map.show({ board }, show);
}
