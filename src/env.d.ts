/** The app's version, from package.json (or PJ_APP_VERSION at build time). */
declare const __APP_VERSION__: string;

/** The backup worker's script URL: a chunk of the app's own build (vite.config.ts appChunks). */
declare module 'virtual:backup-worker' {
  const url: string;
  export default url;
}
