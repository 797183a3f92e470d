// The last step of `make build`, once every file is in dist/:
// - the integrity hash of embed.js (what a partner's snippet pins), written into the example
//   partner page and printed with the snippet;
// - the service worker's list of files, each with its SHA-256 (sw.js checks every file as it
//   caches it), and the version: a hash of every file, which names the cache, so a new
//   build is a new version and an unchanged one is not.
//
// The offline copy holds every file the app on this origin can ask for: its pages, code,
// styles, icons and every state's data in both languages. Not the files that only other
// sites' pages load (the widget partners frame, its loader, the partners' API bundle, the
// example partner page, the TypeScript types): a browser keeps a separate copy of storage
// for each site a frame sits in, so this origin's offline copy never serves them, and on a
// phone they would cost about 620 KB more to download for nothing.
//
//   node scripts/finish-dist.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist';
/** The worker itself, the host's header rules, and what only other sites' pages load. */
const NOT_CACHED = [/^sw\.js$/, /^_headers$/, /^padilla-api/, /^padilla-embed/, /^widget\./, /^embed\.js$/, /^partner-example\./, /\.d\.ts$/];

const digest = (algorithm, bytes) => createHash(algorithm).update(bytes).digest('base64');

const embedIntegrity = `sha384-${digest('sha384', readFileSync(join(dist, 'embed.js')))}`;
const example = join(dist, 'partner-example.js');
writeFileSync(example, readFileSync(example, 'utf8').replaceAll('__EMBED_INTEGRITY__', embedIntegrity));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield relative(dist, path).split(sep).join('/');
  }
}
const list = [...files(dist)]
  .filter((path) => !NOT_CACHED.some((pattern) => pattern.test(path)))
  .sort()
  .map((path) => [path, `sha256-${digest('sha256', readFileSync(join(dist, path)))}`]);
const version = createHash('sha256').update(list.map(([p, h]) => `${p} ${h}\n`).join('')).digest('hex').slice(0, 16);

const worker = join(dist, 'sw.js');
const template = readFileSync(worker, 'utf8');
if (!template.includes('__PADILLA_FILES__')) throw new Error(`${worker}: already written (copy www/ again first)`);
writeFileSync(worker, template
  .replace("'__PADILLA_VERSION__'", JSON.stringify(version))
  .replace('__PADILLA_FILES__', JSON.stringify(list, null, 1)));

console.log(`Offline copy: ${list.length} files, version ${version} (cache padilla-${version})`);
console.log('Embed snippet (replace PADILLA-ORIGIN with where dist/ is served):');
console.log('  <div data-padilla data-jurisdiction="CA" data-lang="es" data-mode="quick"></div>');
console.log(`  <script src="https://PADILLA-ORIGIN/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous" async></script>`);
