// End-to-end: offline after one visit, updates that never mix two versions, and a whole
// session shown to stay on the device (every request recorded, every store inspected).
// Service workers are on here (elsewhere the tests block them).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { start } from './browser.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
    .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

/** The version and the files that dist/sw.js (written by scripts/finish-dist.mjs) caches. */
function offlineCopy(dir = 'dist') {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return {
    version: JSON.parse(sw.match(/const VERSION = ("[0-9a-f]+");/)[1]),
    files: JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\n\]);/)[1]),
  };
}

async function open(env, path = '/') {
  const page = await env.context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  await page.goto(`${env.origin}${path}`, { waitUntil: 'load' });
  await page.locator('#statute').waitFor();
  return { page, errors, requests };
}

/** Resolves once this version's service worker is active and its files are all cached. */
async function offlineReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
    return caches.keys();
  });
}

async function quickCheck(page, statute) {
  await page.locator('#statute').fill(statute);
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await page.locator('#statute[aria-expanded="true"]').waitFor();
  await page.locator('#statute').press('Escape');
  await page.locator('#check').click();
  await page.locator('#result').waitFor();
}

async function fullCase(page) {
  await page.locator('#screen-case').click();
  await page.locator('#case-status').selectOption('lpr');
  await page.locator('#case-admitted-on').fill('2015-06-01');
  await page.locator('#c0-statute').fill('PC 273.5');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await page.locator('#c0-statute[aria-expanded="true"]').waitFor();
  await page.locator('#c0-statute').press('Escape');
  await page.locator('#c0-convicted-on').fill('2024-09-10');
  await page.locator('#assess-case').click();
  await page.locator('#case-result').waitFor();
}

test('after one visit, the app loads, answers a quick check and a full case, and switches language, with the server gone', async () => {
  const env = await start({ serviceWorkers: 'allow' });
  try {
    const { version, files } = offlineCopy();
    const first = await open(env);
    assert.deepEqual(await offlineReady(first.page), [`padilla-${version}`], 'one cache, named after this build');
    const cached = await first.page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    }, `padilla-${version}`);
    assert.deepEqual(cached, files.map(([path]) => path).sort(), 'every file of the bundle, every state and language');
    for (const needed of ['index.html', 'app.js', 'padilla.js', 'padilla_bg.wasm', 'styles.css', 'manifest.webmanifest',
      'icon-192.png', 'data/ca.en.bin', 'data/ca.es.bin', 'data/il.en.bin', 'data/il.es.bin']) {
      assert.ok(cached.includes(needed), needed);
    }
    // What only other sites' pages load is not downloaded to keep (their frames never use it).
    for (const theirs of ['padilla-api_bg.wasm', 'padilla-embed_bg.wasm', 'widget.html', 'embed.js']) {
      assert.ok(!cached.includes(theirs), theirs);
    }
    // Installable, in Chromium's own judgement (manifest, icons, a worker that serves offline).
    const cdp = await env.context.newCDPSession(first.page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest reads');
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, [], 'installable');

    // No network at all: the server is gone and the browser is offline.
    await env.site.stop();
    await env.context.setOffline(true);
    const hitsBefore = env.site.hits.length;
    await first.page.reload({ waitUntil: 'load' });
    await first.page.locator('#statute').waitFor();
    assert.ok(await first.page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'served by the offline copy');
    await quickCheck(first.page, 'PC 273.5');
    assert.equal(await first.page.locator('#result [data-ground="domestic_violence"]').first().getAttribute('data-grade'), 'yes');
    await first.page.locator('#jurisdiction').selectOption('IL');
    await quickCheck(first.page, '720 ILCS 5/12-3.2');
    assert.match(await first.page.locator('#result-title').innerText(), /12-3\.2/);
    await first.page.locator('.lang-switch').click();
    await first.page.getByLabel('Ley o delito').waitFor();
    await first.page.locator('#jurisdiction').selectOption('CA');
    await quickCheck(first.page, 'PC 273.5');
    await first.page.locator('.lang-switch').click();
    await fullCase(first.page);
    assert.equal(await first.page.locator('#case-person [data-subject="deportable"]').getAttribute('data-grade'), 'yes');
    // A new tab, still offline.
    const second = await open(env);
    await quickCheck(second.page, 'HS 11377');
    assert.equal(env.site.hits.length, hitsBefore, 'nothing reached the network');
    assert.deepEqual([...first.errors, ...second.errors].filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await env.close();
  }
});

test('a new version waits until the reader reloads; then every file is the new one and the old copy is gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'padilla-dist-'));
  cpSync('dist', dir, { recursive: true });
  const env = await start({ serviceWorkers: 'allow', dir });
  try {
    const old = offlineCopy(dir);
    const { page, errors } = await open(env);
    await offlineReady(page);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#statute').waitFor();
    await quickCheck(page, 'PC 273.5');

    // A new build on the server: one file changed, so a new version.
    cpSync('www/sw.js', join(dir, 'sw.js'));
    appendFileSync(join(dir, 'styles.css'), '\n/* the next version */\n');
    execFileSync('node', ['scripts/finish-dist.mjs', dir]);
    const next = offlineCopy(dir);
    assert.notEqual(next.version, old.version);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator('#update-notice').waitFor();
    assert.match(await page.locator('#update-notice').innerText(), /new version[\s\S]*clears what is on the screen/);
    await page.locator('#privacy-note > summary').click();
    assert.match(await page.locator('#privacy-note').innerText(), /What runs where[\s\S]*What is stored[\s\S]*What is sent/);
    assert.deepEqual(await axe(page), [], 'axe with the update notice and the privacy statement open');
    // Meanwhile the version in use keeps running, whole: the answer is still there and
    // its files still come from its own copy.
    assert.ok(await page.locator('#result').isVisible());
    const css = await page.evaluate(async () => (await fetch('styles.css')).text());
    assert.ok(!css.includes('the next version'), 'the old version is still served to the old page');
    assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`padilla-${next.version}`, `padilla-${old.version}`].sort());

    await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
    await page.locator('#statute').waitFor();
    assert.equal(await page.locator('#update-notice').count(), 0);
    const after = await page.evaluate(async () => ({ css: await (await fetch('styles.css')).text(), caches: await caches.keys() }));
    assert.ok(after.css.includes('the next version'), 'the new version after the reload');
    assert.deepEqual(after.caches, [`padilla-${next.version}`], 'the old copy is deleted');
    await quickCheck(page, 'PC 273.5');
    assert.deepEqual(errors, []);
  } finally {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a whole session stays on the device: every request to the own origin, none after the bundle loaded, nothing of the case stored', async () => {
  const env = await start({ serviceWorkers: 'allow' });
  try {
    const { version, files } = offlineCopy();
    const { page, errors, requests } = await open(env);
    // The bundle is loaded: the page, and the offline copy the service worker keeps.
    await offlineReady(page);
    const loaded = Date.now();
    const hitsAtLoad = env.site.hits.length;

    // The session: a quick check with its reasons, a full case, a comparison, Spanish, the
    // prosecutor's view, and printing.
    await page.locator('#statute').fill('PC 273.5');
    await page.locator('#facts > summary').click();
    await page.locator('#sentence-days').fill('364');
    await page.locator('#status').selectOption('lpr');
    await page.locator('#statute').press('Enter');
    await page.locator('#result').waitFor();
    await page.locator('#result button.why').first().click();
    await fullCase(page);
    await page.locator('#screen-compare').click();
    await page.locator('#compare-charged').fill('PC 273.5');
    await page.locator('#compare-offer').fill('PC 243(e)(1)');
    await page.locator('#add-offer').click();
    await page.locator('#compare-button').click();
    await page.locator('#compare-result').waitFor();
    await page.locator('.lang-switch').click();
    await page.getByLabel('Ley o delito').or(page.locator('html[lang="es"]')).first().waitFor();
    await page.locator('#screen-prosecutor').click();
    await page.locator('#prosecutor-charged').fill('PC 273.5');
    await page.locator('#show-pleas').click();
    await page.locator('#prosecutor-result').waitFor();
    // Printing: the app's own button (the browser's print), then the sheet itself.
    await page.evaluate(() => {
      window.__printed = [];
      addEventListener('beforeprint', () => window.__printed.push('before'));
      addEventListener('afterprint', () => window.__printed.push('after'));
    });
    await page.locator('button.print').first().click();
    await page.waitForFunction(() => window.__printed.includes('before'));
    await page.waitForTimeout(500);

    const foreign = requests.filter((r) => new URL(r.url).origin !== env.origin);
    assert.deepEqual(foreign, [], 'requests to another origin');
    const late = requests.filter((r) => r.at > loaded).map((r) => new URL(r.url).pathname);
    assert.ok(late.every((p) => /^\/data\/(ca|il)\.(en|es)\.bin$/.test(p)), `only a state's data after the bundle loaded: ${late}`);
    assert.equal(new Set(late).size, late.length, 'each data file at most once');
    // The browser fetches the page's favicon when it chooses, sometimes seconds after the
    // page loaded (a first visit is not yet under the service worker): a static file of the
    // own origin with nothing of the case in it, allowed once.
    const network = env.site.hits.slice(hitsAtLoad).map((h) => h.url);
    const favicon = network.indexOf('/icon.svg');
    if (favicon >= 0) network.splice(favicon, 1);
    assert.ok(network.every((u) => /^\/data\/(ca|il)\.(en|es)\.bin(\?|$)/.test(u)), `reached the network after load: ${network}`);

    // Every store the browser has, inspected.
    assert.deepEqual(await env.context.cookies(), [], 'no cookies');
    const stores = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const entries = [];
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-256', body);
        entries.push([new URL(request.url).pathname.slice(1), `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`]);
      }
      const opfs = [];
      try {
        for await (const key of (await navigator.storage.getDirectory()).keys()) opfs.push(key);
      } catch { /* no origin private file system here */ }
      return {
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        entries: entries.sort(),
        opfs,
        workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
        url: location.pathname + location.search + location.hash,
        windowName: window.name,
        historyState: history.state,
      };
    }, `padilla-${version}`);
    assert.deepEqual(stores, {
      cookie: '',
      local: 0,
      session: 0,
      indexedDB: [],
      caches: [`padilla-${version}`],
      // The bundle's own files, byte for byte: nothing else, and nothing of the case.
      entries: [...files].sort(),
      opfs: [],
      workers: ['/'],
      url: '/',
      windowName: '',
      historyState: null,
    });
    assert.deepEqual(errors, []);
  } finally {
    await env.close();
  }
});
