// Prints raw, gzip and brotli bytes of every file in a directory, and the total.
//   node scripts/size.mjs [dir]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';

async function files(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out.sort();
}

const rows = [];
for (const f of await files(dir)) {
  const body = await readFile(f);
  rows.push({
    file: relative(dir, f),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  });
}
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const width = Math.max(...rows.map((r) => r.file.length), 5);
const line = (r) => `${r.file.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(line({ file: 'file', raw: 'raw', gzip: 'gzip', brotli: 'brotli' }));
rows.forEach((r) => console.log(line(r)));
console.log(line(total));

// What the browser downloads before the first answer: the page, what it links, what
// those scripts import, and the wasm the bindings load; then the default state's offenses
// in the reader's language (src/ui/data.rs). Compared with the budget. Not counted: the
// service worker (registered once the page has loaded; what it caches comes after the first
// answer) and the icon a phone fetches only when the app is installed.
const BUDGET = 150 * 1024;
const byName = new Map(rows.map((r) => [r.file, r]));
const LATER = new Set(['sw.js', 'icon-192.png']);
async function firstAnswer(page) {
  const needed = new Set([page]);
  const queue = [page];
  while (queue.length) {
    const f = queue.shift();
    const text = (await readFile(join(dir, f))).toString('utf8');
    const refs = [...text.matchAll(/(?:href|src)="([^"#?:]+)"|from '\.\/([^']+)'|new URL\('([^']+)'/g)]
      .map((m) => m[1] ?? m[2] ?? m[3])
      .map((r) => r?.replace(/^\.\//, ''))
      .filter((r) => r && byName.has(r) && !LATER.has(r));
    for (const r of refs) {
      if (!needed.has(r)) {
        needed.add(r);
        if (/\.(js|html)$/.test(r)) queue.push(r);
      }
    }
  }
  return needed;
}
console.log('');
for (const [page, who] of [['index.html', 'the app'], ['widget.html', "a partner's widget"]]) {
  if (!byName.has(page)) continue;
  const needed = await firstAnswer(page);
  const code = [...needed].map((f) => byName.get(f)).reduce((t, r) => t + r.brotli, 0);
  for (const lang of ['en', 'es']) {
    const data = byName.get(`data/ca.${lang}.bin`);
    const total = code + (data ? data.brotli : 0);
    console.log(`first answer, ${who}, ${lang} reader (${[...needed].sort().join(', ')}, data/ca.${lang}.bin): ${total} bytes brotli, ` +
      `${(total / 1024).toFixed(1)} KB of a ${BUDGET / 1024} KB budget${total > BUDGET ? ': OVER' : ''}`);
  }
}
