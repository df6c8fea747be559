/**
 * Region names on the map: short names where the full one is long, and shorter ones
 * still that the label rule (labelLayout.ts) may use where space is tight. Full names
 * are in the tooltip. Sea regions are drawn as framed sea, not land.
 */

export const SHORT_NAMES: Record<string, string> = {
  atlantic: 'Atlantic',
  uk: 'UK',
  alpine: 'Austria\nSwitz.',
  czechoslovakia: 'Czechia\nSlovakia',
  baltics: 'Baltics',
  kaliningrad: 'Kalin.',
  western_balkans: 'W. Balkans',
  west_ukraine: 'W. Ukraine',
  central_ukraine: 'Kyiv',
  east_ukraine: 'Donbas',
  south_ukraine: 'Odesa',
  northwest_russia: 'NW Russia',
  central_russia: 'Moscow',
  south_russia: 'S. Russia',
};

/** Abbreviations, for where the short name does not fit. */
export const ABBREVIATIONS: Record<string, string> = {
  alpine: 'Aus.\nSwi.',
  czechoslovakia: 'Cz.\nSlov.',
  kaliningrad: 'Kal.',
  western_balkans: 'W. Balk.',
  west_ukraine: 'W. Ukr.',
  northwest_russia: 'NW Rus.',
  south_russia: 'S. Rus.',
  benelux: 'Benel.',
  belarus: 'Belar.',
  hungary: 'Hung.',
  romania: 'Rom.',
  moldova: 'Mold.',
  bulgaria: 'Bulg.',
  germany: 'Germ.',
  denmark: 'Denm.',
};

/** Regions that are sea, not land: framed as sea on the map. */
export const SEA_REGIONS: ReadonlySet<string> = new Set(['atlantic']);

function titleCase(id: string): string {
  return id
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** A region's name variants for the map, preferred first, each as lines. */
export function nameVariants(id: string): string[][] {
  const main = (SHORT_NAMES[id] ?? titleCase(id)).split('\n');
  const abbr = ABBREVIATIONS[id];
  return abbr ? [main, abbr.split('\n')] : [main];
}
