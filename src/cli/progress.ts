/** A progress bar with an estimate of the time left, for the long-running commands. */

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** A one-line bar on stderr, only on a terminal (a log file gets nothing). */
export function progressBar(total: number): { advance: (cost: number) => void; done: () => void } {
  if (!process.stderr.isTTY) return { advance: () => {}, done: () => {} };
  const started = Date.now();
  let done = 0;
  const draw = () => {
    const share = total ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const elapsed = Date.now() - started;
    const eta = done > 0 ? duration((elapsed * (total - done)) / done) : '?';
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${duration(elapsed)} elapsed, ETA ${eta}   `);
  };
  draw();
  return {
    advance(cost) {
      done += cost;
      draw();
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
