import { defineConfig } from 'vite';

// Bundles the benchmarks for Node so they measure the engine, not the TypeScript loader:
// run through tsx, every cross-module call pays for the loader's export getters.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'node_modules/.cache/security-dilemma-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { bench: 'src/cli/bench.ts', 'bench-worlds': 'src/cli/bench-worlds.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
