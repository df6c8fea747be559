// The module botApiPlugin (vite-plugin.ts) provides: security-dilemma/bot, bundled, as source text.
declare module 'virtual:security-dilemma/bot-api' {
  const source: string;
  export default source;
}
