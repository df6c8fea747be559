/**
 * Content-Security-Policy for the bot tournament, where students' code runs. Two walls
 * behind the sandbox (QuickJS in WebAssembly), so that a bot reaches nothing even if the
 * sandbox failed:
 *
 * - the page (tournament.html) gets its policy as a <meta> tag written into the built
 *   file, so it holds on any static host: scripts, styles and workers only from the site
 *   itself, no inline code, no eval (WebAssembly may compile), no frames, no forms, and
 *   the network only to the site (the page fetches QuickJS's WebAssembly; students' code
 *   never runs in the page);
 * - a worker created from its own URL takes its policy from its HTTP response, not from
 *   the page, so `vite preview` and `vite dev` send the tournament worker's script with
 *   WORKER_CSP — no network at all (connect-src falls back to default-src 'none'). A
 *   static host should send the same header for assets/tournamentWorker-*.js; where it
 *   cannot, the worker still locks itself down before it loads any student's file
 *   (src/ui/tournament/lockdown.ts), and the page hands it the compiled WebAssembly so
 *   it never needs the network.
 *
 * The dev server's own page needs inline styles and a WebSocket for hot reload, so the
 * page's policy is only in the build (and `vite preview`); the worker's holds in both.
 */
import type { Connect, Plugin } from 'vite';

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const WORKER_CSP = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'"].join('; ');

/** The tournament worker's script, built (assets/tournamentWorker-HASH.js) or served by the dev server. */
const WORKER_PATH = /\/tournamentWorker(?:-[\w-]+)?\.(?:js|ts)(?:\?|$)/;
const PAGE_PATH = /\/tournament(?:\.html)?(?:\?|$)/;

function headers(withPage: boolean): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url ?? '';
    if (WORKER_PATH.test(url)) res.setHeader('Content-Security-Policy', WORKER_CSP);
    else if (withPage && PAGE_PATH.test(url)) res.setHeader('Content-Security-Policy', PAGE_CSP);
    next();
  };
}

export function tournamentCsp(page = 'tournament.html'): Plugin {
  return {
    name: 'security-dilemma:tournament-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server || !ctx.filename.endsWith(page)) return html;
        return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />`);
      },
    },
    configureServer(server) {
      server.middlewares.use(headers(false));
    },
    configurePreviewServer(server) {
      server.middlewares.use(headers(true));
    },
  };
}
