// A small static file server for dist/: `make serve` uses it, and so do the end-to-end
// tests. It binds to 127.0.0.1 only and serves files as they are, with the headers that
// dir/_headers gives (the same file Netlify and Cloudflare Pages read); nothing is logged.
//
//   node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The rules of a `_headers` file: a path (`/`, `/index.html`, `/*`, `/data/*`) on a line of
 * its own, then its headers indented, `Name: value`; `#` starts a comment.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 picks a free port); resolves to the server.
 * `onRequest(url)`, if given, hears of every request (the tests count what reaches the
 * network).
 */
export function serve(dir, port = 8080, { onRequest } = {}) {
  const root = resolve(dir);
  let rules = [];
  try {
    rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    // no _headers: the defaults below
  }
  const server = createServer(async (req, res) => {
    onRequest?.(req.url);
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if ((file !== root && !file.startsWith(root + sep)) || path === '/_headers') {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      for (const rule of rules) {
        if (rule.path.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(dir, port);
  console.log(`Padilla is being served from ${dir}/ at http://127.0.0.1:${server.address().port}/ (Ctrl-C to stop)`);
}
