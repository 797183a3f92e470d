// End-to-end: each state's offenses are their own file, fetched from the page's origin
// when that state (in the reader's language) is first needed, once. Run by `make test-e2e`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Opens the app in `locale`, recording every request and console error. */
async function open(locale = 'en-US') {
  const context = env.context;
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (locale !== 'en-US') {
    await page.addInitScript((l) => Object.defineProperty(navigator, 'language', { get: () => l }), locale);
  }
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.locator('#statute').waitFor();
  return { page, requests, errors };
}

const dataRequests = (requests, file) => requests.filter((u) => new URL(u).pathname.endsWith(`/data/${file}`));

async function check(page, statute) {
  const input = page.locator('#statute');
  await input.fill(statute);
  await input.press('Enter');
}

async function titleContains(page, text) {
  await page.waitForFunction((t) => (document.getElementById('result-title')?.textContent ?? '').includes(t), text);
}

test('Illinois after California: an Illinois answer, from exactly one same-origin request for the Illinois data', async () => {
  const { page, requests, errors } = await open();
  await check(page, 'PC 273.5');
  await titleContains(page, 'PC 273.5');
  assert.equal(dataRequests(requests, 'ca.en.bin').length, 1, 'California, in English, fetched once');
  assert.equal(requests.filter((u) => u.includes('/data/il.')).length, 0, 'Illinois not fetched before it is chosen');

  await page.locator('#jurisdiction').selectOption('IL');
  await check(page, '720 ILCS 5/12-3.2(a)(2)');
  await titleContains(page, '12-3.2');
  const il = requests.filter((u) => u.includes('/data/il.'));
  assert.equal(il.length, 1, `one request for the Illinois data, got ${il.join(', ')}`);
  assert.equal(new URL(il[0]).origin, env.origin, 'to the page\'s own origin');
  assert.match(il[0], /\/data\/il\.en\.bin/, 'in the reader\'s language');

  // Back to California and Illinois again: nothing is fetched twice.
  await page.locator('#jurisdiction').selectOption('CA');
  await check(page, 'PC 211');
  await titleContains(page, 'PC 211');
  await page.locator('#jurisdiction').selectOption('IL');
  assert.equal(requests.filter((u) => u.includes('/data/')).length, 2);
  assert.equal(requests.filter((u) => new URL(u).origin !== env.origin).length, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Spanish reader downloads the Spanish texts only, and switching language fetches the other once', async () => {
  const { page, requests } = await open('es-MX');
  await check(page, 'PC 273.5');
  await titleContains(page, 'PC 273.5');
  assert.equal(dataRequests(requests, 'ca.es.bin').length, 1);
  assert.equal(dataRequests(requests, 'ca.en.bin').length, 0);
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForFunction(() => (document.getElementById('result')?.textContent ?? '').includes('Why?'));
  assert.equal(dataRequests(requests, 'ca.en.bin').length, 1);
  await page.close();
});

test('Check pressed while the data is on its way: a loading line, then the answer', async () => {
  const { page } = await open();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/data/il.en.bin*', async (route) => { await held; await route.continue(); });
  await page.locator('#jurisdiction').selectOption('IL');
  await check(page, '720 ILCS 5/16-1');
  const notice = page.locator('.data-notice.loading');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Loading the Illinois offenses/);
  release();
  await titleContains(page, '16-1');
  assert.equal(await page.locator('.data-notice').count(), 0);
  await page.close();
});

test('a failed fetch says so and offers to try again, which answers', async () => {
  const { page } = await open();
  await page.route('**/data/il.en.bin*', (route) => route.abort());
  await page.locator('#jurisdiction').selectOption('IL');
  const failed = page.locator('.data-notice.failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded/);
  await page.unroute('**/data/il.en.bin*');
  await check(page, '720 ILCS 5/16-1');
  await page.locator('#retry').click();
  await titleContains(page, '16-1');
  await page.close();
});

test('the JS API loads a state before it answers for it, and says so otherwise', async () => {
  const { page } = await open();
  const out = await page.evaluate(async () => {
    const api = await import('./padilla-api.js');
    await api.default();
    const il = { jurisdiction: 'IL', person: { status: 'lpr' },
      convictions: [{ statute: '720 ILCS 5/12-3.2(a)(1)', disposition: 'plea_or_verdict' }] };
    let before;
    try { api.assess(il); before = 'answered'; } catch (e) { before = e.message; }
    await api.load('IL');
    const after = api.assess(il);
    let bad;
    try { await api.load('TX'); } catch (e) { bad = e.message; }
    // The data directory a partner names is the one fetched from.
    let elsewhere;
    try { await api.load('CA', '/nowhere'); elsewhere = 'loaded'; } catch (e) { elsewhere = e.message; }
    await api.load('CA', new URL('data/', location.href).href);
    const ca = api.search('273.5', 'CA', 1)[0]?.id;
    return { before, deportable: after.removability.deportable, bad, elsewhere, ca };
  });
  assert.match(out.before, /^jurisdiction: the IL offenses are not loaded yet/);
  assert.ok(['yes', 'likely', 'possible'].includes(out.deportable), out.deportable);
  assert.match(out.bad, /^jurisdiction: "TX"/);
  assert.match(out.elsewhere, /^\/nowhere\/ca\.en\.bin\?v=.*: HTTP 404$/);
  assert.equal(out.ca, 'ca.pc.273.5');
  await page.close();
});
