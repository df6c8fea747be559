/**
 * Sound effects and the music loop (howler). Browsers refuse audio before a user
 * gesture, so howler itself is only loaded after the first click or key press: no
 * audio context exists before then, and so no autoplay warning either. Nor is anything
 * of the sound fetched before the map is up (`allowLoading`, called by the shell once the
 * map is interactive): the first screens load only what they draw. Each effect is fetched
 * the first time it plays, the music when it starts.
 */
import type { Howl as HowlType } from 'howler';
import clickMp3 from '../../assets/audio/click.mp3?url';
import clickOgg from '../../assets/audio/click.ogg?url';
import crisisMp3 from '../../assets/audio/crisis.mp3?url';
import crisisOgg from '../../assets/audio/crisis.ogg?url';
import deployMp3 from '../../assets/audio/deploy.mp3?url';
import deployOgg from '../../assets/audio/deploy.ogg?url';
import musicMp3 from '../../assets/audio/music.mp3?url';
import musicOgg from '../../assets/audio/music.ogg?url';
import peaceMp3 from '../../assets/audio/peace.mp3?url';
import peaceOgg from '../../assets/audio/peace.ogg?url';
import treatyMp3 from '../../assets/audio/treaty.mp3?url';
import treatyOgg from '../../assets/audio/treaty.ogg?url';
import warMp3 from '../../assets/audio/war.mp3?url';
import warOgg from '../../assets/audio/war.ogg?url';
import type { Settings } from './settings.ts';

export type Effect = 'click' | 'deploy' | 'treaty' | 'crisis' | 'war' | 'peace';

/** Sources, .ogg first (smaller; howler falls back to .mp3), and each effect's own loudness. */
const EFFECTS: Record<Effect, { src: string[]; volume: number }> = {
  click: { src: [clickOgg, clickMp3], volume: 0.5 },
  deploy: { src: [deployOgg, deployMp3], volume: 0.7 },
  treaty: { src: [treatyOgg, treatyMp3], volume: 0.7 },
  // The alarm is loud as recorded: keep it well below the others.
  crisis: { src: [crisisOgg, crisisMp3], volume: 0.3 },
  war: { src: [warOgg, warMp3], volume: 0.6 },
  peace: { src: [peaceOgg, peaceMp3], volume: 0.6 },
};
const MUSIC = { src: [musicOgg, musicMp3], volume: 0.18 };

export class SoundBoard {
  private howls = new Map<Effect, HowlType>();
  private music: HowlType | undefined;
  private howler: typeof import('howler') | undefined;
  private loading: Promise<typeof import('howler')> | undefined;
  private unlocked = false;
  /** Sound may be fetched: the map is up (see the header). */
  private allowed = false;
  private allowing: ReturnType<typeof setTimeout> | undefined;

  constructor(private settings: Settings) {
    const unlock = () => {
      document.removeEventListener('pointerdown', unlock, true);
      document.removeEventListener('keydown', unlock, true);
      this.unlocked = true;
      this.updateMusic();
    };
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
  }

  /** The map is interactive: sound may be fetched from now on (music starts if it is on). */
  allowLoading(): void {
    if (this.allowed || this.allowing) return;
    // A moment later still: the map's first frames come before any audio.
    this.allowing = setTimeout(() => {
      this.allowed = true;
      this.updateMusic();
    }, 1500);
  }

  apply(settings: Settings): void {
    this.settings = settings;
    this.howler?.Howler.volume(settings.volume);
    this.howler?.Howler.mute(settings.muted);
    this.updateMusic();
  }

  play(effect: Effect): void {
    if (!this.unlocked || !this.allowed || this.settings.muted) return;
    void this.load().then((module) => {
      let howl = this.howls.get(effect);
      if (!howl) {
        const spec = EFFECTS[effect];
        howl = new module.Howl({ src: spec.src, volume: spec.volume, preload: true });
        this.howls.set(effect, howl);
      }
      howl.play();
    });
  }

  private load(): Promise<typeof import('howler')> {
    this.loading ??= import('howler').then((module) => {
      this.howler = module;
      module.Howler.volume(this.settings.volume);
      module.Howler.mute(this.settings.muted);
      return module;
    });
    return this.loading;
  }

  private updateMusic(): void {
    if (!this.unlocked || !this.allowed) return;
    const wanted = this.settings.music && !this.settings.muted;
    const module = this.howler;
    if (!module) {
      if (wanted) void this.load().then(() => this.updateMusic());
      return;
    }
    if (wanted && !this.music) {
      this.music = new module.Howl({ src: MUSIC.src, volume: MUSIC.volume, loop: true, preload: true });
      this.music.play();
    } else if (wanted && this.music && !this.music.playing()) this.music.play();
    else if (!wanted && this.music?.playing()) this.music.pause();
  }
}
