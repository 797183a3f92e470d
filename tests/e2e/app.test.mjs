// End-to-end: the release bundle in dist/, served locally, in real headless Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the page has its title and a labelled statute input', async () => {
  const { page } = await openApp(env);
  assert.match(await page.title(), /^Padilla/);
  const input = page.getByLabel('Statute or offense');
  assert.equal(await input.getAttribute('id'), 'statute');
  assert.equal(await input.getAttribute('placeholder'), 'PC 273.5');
  assert.equal(await page.locator('#announce').getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('#announce').getAttribute('role'), 'status');
  assert.match(await page.locator('footer').innerText(), /Data version \d{4}\.\d+\.\d+\+[0-9a-f]{8}/);
  assert.match(await page.locator('footer').innerText(), /not legal advice/);
  await page.close();
});

test('the statute input is reached by keyboard alone', async () => {
  const { page } = await openApp(env);
  const focused = [];
  // Past the skip link, the language switch, the four screens and plain language.
  for (let i = 0; i < 9; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
    focused.push(id);
    if (id === 'statute') break;
  }
  assert.equal(focused.at(-1), 'statute', `Tab went through ${focused.join(', ')}`);
  await page.keyboard.type('PC 273.5');
  assert.equal(await page.locator('#statute').inputValue(), 'PC 273.5');
  // The skip link goes straight there.
  await page.locator('#statute').fill('');
  await page.keyboard.press('Shift+Tab');
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.locator('#statute').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'statute', 'the skip link lands on the statute field');
  await page.close();
});

test('the language switch works from the keyboard and relabels the form', async () => {
  const { page } = await openApp(env);
  await page.locator('.lang-switch').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Ley o delito').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.close();
});

test('no console errors while loading and using the page', async () => {
  const { page, errors } = await openApp(env);
  await page.locator('#statute').fill('PC 273.5');
  await page.locator('#facts > summary').click(); // the status sits among the optional facts
  await page.locator('#status').selectOption('lpr');
  await page.waitForTimeout(200);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every request goes to the page origin, and none once the page sits idle', async () => {
  const { page, requests } = await openApp(env);
  await page.waitForLoadState('networkidle');
  const loaded = Date.now();
  await page.waitForTimeout(2000);
  const foreign = requests.filter((r) => new URL(r.url).origin !== env.origin);
  assert.deepEqual(foreign, [], 'requests to another origin');
  const late = requests.filter((r) => r.at > loaded);
  assert.deepEqual(late, [], 'requests after the page went idle');
  assert.ok(requests.some((r) => r.url.endsWith('.wasm')), 'the engine was loaded');
  await page.close();
});

test('the first screen fits a 320 px phone without sideways scrolling', async () => {
  const { page } = await openApp(env, { width: 320 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  const box = await page.locator('#statute').boundingBox();
  assert.ok(box.height >= 44, `the input is ${box.height}px tall; touch targets need 44`);
  await page.close();
});

test('the page carries a strict Content-Security-Policy and no inline script', async () => {
  const { page } = await openApp(env);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  await page.close();
});

test('the headers a host should send (www/_headers) are served: a strict CSP on every page, the app unframeable, the widget frameable', async () => {
  for (const [path, ancestors] of [['/', "'none'"], ['/index.html', "'none'"], ['/widget.html', '\\*']]) {
    const response = await fetch(`${env.origin}${path}`);
    const csp = response.headers.get('content-security-policy');
    assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /, path);
    assert.match(csp, /connect-src 'self'/, path);
    assert.match(csp, /object-src 'none'; base-uri 'none'; form-action 'none'/, path);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:/, path);
    assert.match(csp, new RegExp(`frame-ancestors ${ancestors}$`), path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
  }
  const worker = await fetch(`${env.origin}/sw.js`);
  assert.equal(worker.headers.get('content-security-policy'), "default-src 'none'; connect-src 'self'");
  const loader = await fetch(`${env.origin}/embed.js`);
  assert.equal(loader.headers.get('access-control-allow-origin'), '*', 'embed.js may be pinned with integrity from another origin');
  assert.equal((await fetch(`${env.origin}/_headers`)).status, 403, 'the rules themselves are not served');
});
