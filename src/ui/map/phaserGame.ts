/**
 * Boots Phaser for the map. Loaded on demand (its own chunk with Phaser) so that the
 * title screen is up before the 350 KB engine arrives.
 */
import * as Phaser from 'phaser';
import { MapScene } from './MapScene.ts';
import type { MapHooks } from './MapScene.ts';

export interface MapGame {
  scene: MapScene;
  game: Phaser.Game;
}

function config(parent: HTMLElement, scene?: Phaser.Types.Scenes.SceneType): Phaser.Types.Core.GameConfig {
  const settings: Phaser.Types.Core.GameConfig = {
    type: Phaser.AUTO,
    parent,
    banner: false,
    // The map picture is a 2D canvas underneath (see MapScene): this canvas only draws what moves.
    transparent: true,
    disableContextMenu: true,
    antialiasGL: false,
    autoFocus: false,
    // Keys are handled by the page (focus order, shortcuts), not by Phaser.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
  };
  if (scene) settings.scene = scene;
  return settings;
}

export function createMapGame(parent: HTMLElement, hooks: MapHooks): Promise<MapGame> {
  return new Promise((resolve) => {
    const game = new Phaser.Game(config(parent));
    game.events.once(Phaser.Core.Events.READY, () => {
      const scene = game.scene.add('map', MapScene, false) as MapScene;
      const ready = hooks.onReady;
      game.scene.start('map', {
        ...hooks,
        onReady: () => {
          ready();
          resolve({ scene, game });
        },
      });
    });
  });
}

/** An empty scene on the same settings: the bench's frame-rate baseline. */
class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }
}

export function createEmptyGame(parent: HTMLElement): Phaser.Game {
  return new Phaser.Game(config(parent, EmptyScene));
}
