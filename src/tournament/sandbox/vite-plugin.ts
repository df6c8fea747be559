/**
 * For the browser: `import botApi from 'virtual:security-dilemma/bot-api'` gives the
 * bundled `security-dilemma/bot` module as a string, built from the sources when the page
 * is built (or served), exactly as bundleBotApi builds it for Node. Add `botApiPlugin()`
 * to the Vite config of a page that runs student bots (see browser.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BOT_API_SOURCES, buildBotApi } from './bot-api-bundle.ts';

export const BOT_API_VIRTUAL_MODULE = 'virtual:security-dilemma/bot-api';
const RESOLVED = `\0${BOT_API_VIRTUAL_MODULE}`;

export function botApiPlugin(): Plugin {
  return {
    name: 'security-dilemma:bot-api',
    resolveId: (id) => (id === BOT_API_VIRTUAL_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // A dev server rebuilds the module when the rules or the helpers change.
      for (const dir of BOT_API_SOURCES) for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      return `export default ${JSON.stringify(await buildBotApi())};`;
    },
  };
}
