/**
 * Map colours. The colour-blind palette swaps red for Okabe–Ito orange; in both, each
 * side also has its own pattern (Blue: stripes, Red: dots), so colour is never the only
 * signal.
 */
import type { Side } from '../../engine/index.ts';
import type { Palette } from '../settings.ts';

export interface MapPalette {
  sea: string;
  /** A sea region's ground, and its frame. */
  seaZone: string;
  seaFrame: string;
  seaFrameInner: string;
  land: string;
  neutral: string;
  border: string;
  label: string;
  labelHalo: string;
  side: Record<Side, string>;
  /** Darker shade of each side's colour, for outlines and chip text contrast. */
  sideDark: Record<Side, string>;
  contested: string;
  crisis: number;
  hover: number;
  selected: number;
  marked: number;
}

const STANDARD: MapPalette = {
  sea: '#10263a',
  seaZone: '#1d4566',
  seaFrame: '#7fb2d9',
  seaFrameInner: '#4f87b3',
  land: '#2c3339',
  neutral: '#8b8677',
  border: '#0d1117',
  label: '#ffffff',
  labelHalo: '#0b0f14',
  side: { blue: '#2f6fd6', red: '#c8372d' },
  sideDark: { blue: '#163b7a', red: '#6e1510' },
  contested: '#ffd23f',
  crisis: 0xff5a36,
  hover: 0xffffff,
  selected: 0xffd23f,
  marked: 0x9be7ff,
};

const COLOUR_BLIND: MapPalette = {
  ...STANDARD,
  side: { blue: '#0072b2', red: '#e69f00' },
  sideDark: { blue: '#003a5c', red: '#7a5400' },
  contested: '#f0e442',
  crisis: 0xd55e00,
  selected: 0xf0e442,
};

export function mapPalette(palette: Palette): MapPalette {
  return palette === 'colourBlind' ? COLOUR_BLIND : STANDARD;
}

/** Mixes two #rrggbb colours: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}
