import { defineConfig } from 'vite';
import { offlineWorker } from './scripts/offline-worker.ts';

// Wiring only. The map ships as scripts/build-map.ts writes it (imported with ?url, so
// it stays its own cacheable file); the offline worker is src/ui/serviceWorker.ts.
export default defineConfig({
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser (~357 KB gzip) in its own chunk: cached apart from our code, loaded after the title screen.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  plugins: [offlineWorker('src/ui/serviceWorker.ts')],
});
