import { defineConfig } from 'vite';

// Bundles the benchmark for Node so it measures the engine, not the TypeScript loader:
// run through tsx, every cross-module call pays for the loader's export getters.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/bench.ts',
    outDir: 'node_modules/.cache/security-dilemma-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
