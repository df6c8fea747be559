/**
 * Joins the shards of a tournament (`--shard k/n`, played anywhere) into the standings a
 * single run gives: same rows, same digest. Refuses parts of different tournaments,
 * missing or repeated shards, and missing games, naming what is wrong.
 */
import { canonicalJson } from './digest.ts';
import type { GameRow } from './game.ts';
import { planGames } from './schedule.ts';
import type { Shard, TournamentSettings } from './schedule.ts';
import type { Disqualified, EntryName } from './standings.ts';
import { summariseTournament } from './tournament.ts';
import type { TournamentResult } from './tournament.ts';

export interface ShardPart {
  /** Where it came from, for error messages (a folder). */
  source: string;
  engineVersion: string;
  settings: TournamentSettings;
  entries: readonly EntryName[];
  shard?: Shard;
  disqualified: readonly Disqualified[];
  rows: readonly GameRow[];
}

export function mergeShards(parts: readonly ShardPart[]): TournamentResult {
  const first = parts[0];
  if (!first) throw new Error('merge needs at least one results folder');
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  for (const part of parts.slice(1)) {
    if (part.engineVersion !== first.engineVersion) throw new Error(`${part.source} was played with engine ${part.engineVersion}, ${first.source} with ${first.engineVersion}`);
    if (!same(part.settings, first.settings)) throw new Error(`${part.source} and ${first.source} are parts of different tournaments (bots, scenarios, games, seed or time per move differ)`);
    if (!same(part.entries, first.entries)) throw new Error(`${part.source} and ${first.source} name their entries differently`);
  }
  const n = first.shard?.n ?? 1;
  const seen = new Map<number, string>();
  for (const part of parts) {
    if ((part.shard?.n ?? 1) !== n) throw new Error(`${part.source} is a shard of ${part.shard?.n ?? 1}, ${first.source} of ${n}`);
    const k = part.shard?.k ?? 1;
    const twice = seen.get(k);
    if (twice) throw new Error(`shard ${k}/${n} is given twice: ${twice} and ${part.source}`);
    seen.set(k, part.source);
  }
  const missingShards = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missingShards.length) throw new Error(`shard${missingShards.length > 1 ? 's' : ''} ${missingShards.map((k) => `${k}/${n}`).join(', ')} missing`);

  // A disqualification anywhere puts the entry out everywhere; shards in order, so its reason is the same each merge.
  const byShard = [...parts].sort((a, b) => (a.shard?.k ?? 1) - (b.shard?.k ?? 1));
  const disqualified = byShard.flatMap((p) => p.disqualified);
  const out = new Set(disqualified.map((d) => d.bot));
  const rows: GameRow[] = [];
  const rowOf = new Map<number, string>();
  for (const part of byShard)
    for (const row of part.rows) {
      const k = part.shard?.k ?? 1;
      if (row.game % n !== k - 1) throw new Error(`${part.source}: game ${row.game} does not belong to shard ${k}/${n}`);
      if (rowOf.has(row.game)) throw new Error(`game ${row.game} is in ${rowOf.get(row.game)} and ${part.source}`);
      rowOf.set(row.game, part.source);
      rows.push(row);
    }
  const missing = planGames(first.settings).filter((g) => {
    const blue = first.settings.entries[g.blue] ?? '';
    const red = first.settings.entries[g.red] ?? '';
    return !out.has(blue) && !out.has(red) && !rowOf.has(g.index);
  });
  if (missing.length) throw new Error(`${missing.length} game${missing.length > 1 ? 's are' : ' is'} missing (the first: game ${missing[0]?.index})`);
  return summariseTournament(first.settings, first.entries, rows, disqualified);
}
