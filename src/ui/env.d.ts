/** The map file, compacted at build time by vite.config.ts (`compactMap`). */
declare module '*?map-url' {
  const url: string;
  export default url;
}
