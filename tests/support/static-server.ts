// A small static server for the production build, used by the browser tests and the benchmark.
// Like a real host: gzip, correct types, the SPA fallback to index.html, no caching of the service worker, and the
// headers of the build's `_headers` file (the Content-Security-Policy) on every response, as Netlify or Cloudflare do.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** A running server: its origin, the folder it serves (switchable, to serve an update), and how to stop it. */
export interface StaticServer {
  url: string;
  port: number;
  root: string;
  setRoot(dir: string): void;
  /** Stops answering (connections refused), as if the network were gone; `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** Every path requested so far. */
  requests: string[];
}

const running = new Map<string, StaticServer>();

/** The folder served at `origin` by a server this process started (what a test's page is running), if any. */
export function servedFolder(origin: string): string | undefined {
  return running.get(origin)?.root;
}

/** The headers a `_headers` file (Netlify / Cloudflare Pages format) gives every path (`/*`), as such a host would. */
export function hostHeaders(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** Serves `root` on 127.0.0.1 (port 0 = any free port). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let dir = resolve(root);
  const requests: string[] = [];
  let server: Server | null = null;
  const sockets = new Set<import('node:net').Socket>();

  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      // A malformed % escape names no file: the app's own page answers it (with "Page not found"), as a host would.
      decoded = '/index.html';
    }
    let path = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (extname(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      path = '/index.html';
      file = join(dir, path);
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      ...hostHeaders(dir),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  };

  const listen = (onPort: number) =>
    new Promise<number>((resolvePort, reject) => {
      server = createServer(handler);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => resolvePort((server!.address() as AddressInfo).port));
    });
  const stop = () =>
    new Promise<void>((done) => {
      if (!server) return done();
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
      server = null;
    });

  const actualPort = await listen(port);
  const served: StaticServer = {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    get root() {
      return dir;
    },
    setRoot(next: string) {
      dir = resolve(next);
    },
    stop,
    start: async () => {
      if (!server) await listen(actualPort);
    },
    close: stop,
    requests,
  };
  running.set(served.url, served);
  return served;
}
