/**
 * The page's entry point. `?bench=empty` boots an empty Phaser scene instead of the
 * game: the frame-rate baseline for `npm run bench:ui`.
 */
import './style.css';
import { App } from './app.ts';

async function bootEmptyScene(root: HTMLElement): Promise<void> {
  root.style.cssText = 'position:fixed;inset:0';
  const { createEmptyGame } = await import('./map/phaserGame.ts');
  createEmptyGame(root);
  (window as unknown as { __emptyScene: boolean }).__emptyScene = true;
}

function registerServiceWorker(): void {
  // Offline play after the first visit: the worker (serviceWorker.ts, built as sw.js) caches the built files.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

const root = document.getElementById('app');
if (root) {
  if (new URLSearchParams(location.search).get('bench') === 'empty') void bootEmptyScene(root);
  else {
    const app = new App(root);
    app.start();
    registerServiceWorker();
  }
}
