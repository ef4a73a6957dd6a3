/** The app's version, from package.json (or PJ_APP_VERSION at build time). */
declare const __APP_VERSION__: string;
