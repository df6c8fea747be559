import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { offlineWorker } from './scripts/offline-worker.ts';
import { tournamentCsp } from './scripts/tournament-csp.ts';
import { botApiPlugin } from './src/tournament/sandbox/vite-plugin.ts';

/**
 * Phaser's build flags, fixed as Phaser's own build fixes them (`typeof WEBGL_RENDERER`
 * → true …), for Phaser's sources as scripts/phaser-lite.js imports them. No debug, no
 * Phaser sound (the game uses howler), no camera-3D or Instant Games plugins.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

function phaserFlags(): Plugin {
  const pattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]phaser[\\/]src[\\/]/.test(id) || !code.includes('typeof ')) return undefined;
      return { code: code.replace(pattern, (_, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}

// Wiring only. The map ships as scripts/build-map.ts writes it (imported with ?url, so
// it stays its own cacheable file); the offline worker is src/ui/serviceWorker.ts. The
// bot tournament is a page of its own (tournament.html), so none of its code — nor any
// WebAssembly — loads with the game, and it can have its own Content-Security-Policy.
export default defineConfig({
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  resolve: {
    // The map's Phaser: no physics, tilemaps or Phaser sound (scripts/phaser-lite.js).
    alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./scripts/phaser-lite.js', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: { main: 'index.html', tournament: 'tournament.html' },
      output: {
        // Phaser in its own chunk: cached apart from our code, loaded after the title screen.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]|phaser-lite/ }] },
      },
    },
  },
  // The bot tournament's workers run students' bots: they need security-dilemma/bot, bundled as text.
  worker: { plugins: () => [botApiPlugin()] },
  plugins: [phaserFlags(), offlineWorker('src/ui/serviceWorker.ts'), tournamentCsp(), botApiPlugin()],
});
