/**
 * Short names and label nudges for the map, so that every label stays readable where
 * regions crowd (Ukraine, Moldova, the Baltic coast). Full names are in the tooltip.
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

/** Moves of a label from the map file's label point, in map pixels. */
export const LABEL_NUDGE: Record<string, [number, number]> = {
  kaliningrad: [-34, -4],
  moldova: [-20, -6],
  romania: [0, 10],
  czechoslovakia: [10, 10],
  south_ukraine: [16, -10],
  crimea: [4, 2],
  denmark: [-8, 0],
  benelux: [-12, 0],
  west_ukraine: [-6, 0],
};
