/**
 * The Vite plugin that builds the offline worker (src/ui/serviceWorker.ts) as sw.js next
 * to index.html, and puts in front of it what only the finished build knows: the list of
 * built files to cache and a version naming that list (so the cache name changes with
 * every build, which retires the previous cache).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const WORKER_FILE = 'sw.js';

export function offlineWorker(source: string): Plugin {
  return {
    name: 'security-dilemma:offline-worker',
    apply: 'build',
    // After the page's own files (index.html among them) are in the bundle.
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: source, fileName: WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[WORKER_FILE];
      if (worker?.type !== 'chunk') throw new Error(`the offline worker ${source} was not built as ${WORKER_FILE}`);
      const files = ['./', ...Object.keys(bundle).filter((f) => f !== WORKER_FILE && !f.endsWith('.map')).map((f) => `./${f}`)];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      worker.code = `const PRECACHE = ${JSON.stringify({ version, files })};\n${worker.code}`;
    },
  };
}
