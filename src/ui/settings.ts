/**
 * Player settings, kept in localStorage apart from the saves so that a broken save
 * never costs anyone their volume or palette.
 */

export type Palette = 'standard' | 'colourBlind';

export interface Settings {
  /** 0–1, applied to every sound. */
  volume: number;
  muted: boolean;
  music: boolean;
  palette: Palette;
  reducedMotion: boolean;
}

const KEY = 'security-dilemma/settings';

function defaults(): Settings {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { volume: 0.7, muted: false, music: true, palette: 'standard', reducedMotion: reduced };
}

export function loadSettings(): Settings {
  const base = defaults();
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return base;
    const stored = JSON.parse(raw) as Partial<Settings>;
    return {
      volume: typeof stored.volume === 'number' && stored.volume >= 0 && stored.volume <= 1 ? stored.volume : base.volume,
      muted: typeof stored.muted === 'boolean' ? stored.muted : base.muted,
      music: typeof stored.music === 'boolean' ? stored.music : base.music,
      palette: stored.palette === 'colourBlind' ? 'colourBlind' : 'standard',
      reducedMotion: typeof stored.reducedMotion === 'boolean' ? stored.reducedMotion : base.reducedMotion,
    };
  } catch {
    // Unreadable settings are not worth an error: fall back to the defaults.
    return base;
  }
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked (private mode): settings simply do not persist.
  }
}

/** Applies the settings that CSS reads (palette, motion) to the document. */
export function applySettingsToDocument(settings: Settings): void {
  document.documentElement.dataset.palette = settings.palette;
  document.documentElement.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
}
