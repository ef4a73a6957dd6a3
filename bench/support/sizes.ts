// Gzip sizes of a production build, computed from the files themselves with the same rules as the build's own report
// (vite.config.ts sizeBudget): the first load is index.html, every script, module preload and stylesheet it names, and
// the static imports of those scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the build and its gzip size in bytes. */
export interface SizedFile {
  name: string;
  gzip: number;
  firstLoad: boolean;
}

/** The build's sizes. */
export interface BuildSizes {
  files: SizedFile[];
  firstLoad: number;
  allJs: number;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Measures the build in `dist`. */
export function buildSizes(dist: string): BuildSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = new Set<string>(['index.html']);
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    const url = /(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1];
    if (url && (isScript || isPreload || isStyle)) first.add(url);
  }
  // Scripts load their static imports at once: follow them (in minified output: import{…}from"./x.js" or import"./x.js").
  const follow = (path: string) => {
    const code = readFileSync(join(dist, path), 'utf8');
    for (const match of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      const imported = `assets/${match[1]}`;
      if (!first.has(imported)) {
        first.add(imported);
        follow(imported);
      }
    }
  };
  for (const path of [...first]) if (path.endsWith('.js')) follow(path);
  const files: SizedFile[] = [{ name: 'index.html', gzip: gz(join(dist, 'index.html')), firstLoad: true }];
  for (const name of readdirSync(join(dist, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const path = `assets/${name}`;
    files.push({ name: path, gzip: gz(join(dist, path)), firstLoad: first.has(path) });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    firstLoad: files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0),
    allJs: files.filter((f) => f.name.endsWith('.js')).reduce((sum, f) => sum + f.gzip, 0),
  };
}
