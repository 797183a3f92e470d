// End-to-end: the widget on a partner's page across two origins. The example partner page
// (www/partner-example.html) is served from http://127.0.0.1:A and loads embed.js, with its
// integrity hash, from http://localhost:B, as a partner's site would from Padilla's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveDist, start } from './browser.mjs';

let env;
let padilla;
before(async () => {
  env = await start();
  padilla = await serveDist({ host: 'localhost' });
});
after(async () => {
  await padilla?.stop();
  await env?.close();
});

/** The partner page with the widget from the other origin; every message the host window
 * receives is recorded, whatever its origin. */
async function partner(query = {}) {
  const page = await env.context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  const params = new URLSearchParams({ padilla: padilla.origin, lang: 'en', ...query });
  await page.goto(`${env.origin}/partner-example.html?${params}`, { waitUntil: 'load' });
  const frame = page.frameLocator('iframe.padilla-frame');
  return { page, frame, errors };
}

const messages = (page, type) => page.evaluate((t) => window.__messages.filter((m) => m.data?.type === t), type);

test('the widget appears from the other origin, sandboxed, and a quick check inside it works', async () => {
  const { page, frame, errors } = await partner();
  await frame.locator('#statute').waitFor();
  const iframe = page.locator('iframe.padilla-frame');
  assert.equal(new URL(await iframe.getAttribute('src')).origin, padilla.origin);
  const sandbox = (await iframe.getAttribute('sandbox')).split(' ');
  assert.ok(sandbox.includes('allow-scripts') && !sandbox.some((f) => f.startsWith('allow-top-navigation')), sandbox.join(' '));
  assert.match(await iframe.getAttribute('title'), /Padilla/);
  const before = (await iframe.boundingBox()).height;

  await frame.locator('#statute').fill('PC 273.5');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await frame.locator('#statute[aria-expanded="true"]').waitFor();
  await frame.locator('#statute').press('Escape');
  await frame.locator('#statute').press('Enter');
  await frame.locator('#result').waitFor();
  assert.equal(await frame.locator('#result [data-ground="domestic_violence"]').first().getAttribute('data-grade'), 'yes');

  // The frame follows its content: taller with the answer, the whole answer inside it.
  await page.waitForFunction((h) => document.querySelector('iframe.padilla-frame').getBoundingClientRect().height > h + 200, before);
  const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const outer = (await iframe.boundingBox()).height;
  assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer}px for content ${inner}px`);
  const sizes = await messages(page, 'padilla:size');
  assert.ok(sizes.length > 0 && sizes.every((m) => m.origin === padilla.origin));

  // The partner's style, passed in: its accent on the widget's header.
  assert.equal(await frame.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(45, 90, 39)');
  assert.equal(await frame.locator('.app-header').evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)', 'legible on the accent');
  assert.match(await frame.locator('body').evaluate((el) => getComputedStyle(el).fontFamily), /^Georgia, serif$/);
  assert.equal(await frame.locator('#statute').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '2px');
  assert.deepEqual(errors, []);
  await page.close();
});

test('script in the host page cannot reach into the frame', async () => {
  const { page, frame } = await partner({ result: '1' });
  await frame.locator('#statute').waitFor();
  await frame.locator('#statute').fill('PC 273.5');
  const reach = await page.evaluate(() => {
    const iframe = document.querySelector('iframe.padilla-frame');
    const tries = {};
    const attempt = (name, f) => {
      try {
        tries[name] = f() ?? null;
      } catch (e) {
        tries[name] = e.name;
      }
    };
    attempt('contentDocument', () => iframe.contentDocument);
    attempt('document', () => iframe.contentWindow.document.body.innerHTML);
    attempt('input', () => iframe.contentWindow.document.getElementById('statute').value);
    attempt('storage', () => iframe.contentWindow.localStorage.length);
    attempt('location', () => iframe.contentWindow.location.href);
    attempt('frames', () => window.frames[0].document);
    return tries;
  });
  assert.deepEqual(reach, {
    contentDocument: null,
    document: 'SecurityError',
    input: 'SecurityError',
    storage: 'SecurityError',
    location: 'SecurityError',
    frames: 'SecurityError',
  });
  await page.close();
});

test('with the opt-in, each result reaches the host, from the widget origin, as the contract Assessment', async () => {
  const { page, frame, errors } = await partner({ result: '1' });
  await page.evaluate(() => {
    window.__events = [];
    document.querySelector('[data-padilla]').addEventListener('padilla:assessment', (e) => window.__events.push(e.detail.screen));
  });
  await frame.locator('#statute').fill('PC 273.5');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await frame.locator('#statute[aria-expanded="true"]').waitFor();
  await frame.locator('#statute').press('Escape');
  await frame.locator('#statute').press('Enter');
  await frame.locator('#result').waitFor();
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'padilla:assessment'));
  const [message] = await messages(page, 'padilla:assessment');
  assert.equal(message.origin, padilla.origin);
  assert.equal(message.data.version, 1);
  assert.equal(message.data.screen, 'quick');
  const a = message.data.assessment;
  assert.equal(a.convictions[0].offense_id, 'ca.pc.273.5');
  assert.equal(a.convictions[0].grounds.domestic_violence, 'yes');
  assert.match(a.data_version, /^\d{4}\.\d+\.\d+\+[0-9a-f]{8}$/);
  assert.ok(['yes', 'likely', 'possible', 'no'].includes(a.removability.deportable));
  assert.deepEqual(message.data.offers, []);
  assert.deepEqual(await page.evaluate(() => window.__events), ['quick']);
  // The partner page lists what it received.
  assert.match(await page.locator('#received').innerText(), /ca\.pc\.273\.5/);
  // The widget tells the person that this site receives results.
  assert.match(await frame.locator('#privacy-note summary').innerText(), /This website has chosen to receive each result/);

  // A changed answer is a new message; a re-render is not.
  await frame.locator('#facts > summary').click();
  await frame.locator('#sentence-days').fill('365');
  await page.waitForFunction(() => window.__messages.filter((m) => m.data?.type === 'padilla:assessment').length === 2);
  await frame.locator('#result button.why').first().click();
  await page.waitForTimeout(300);
  assert.equal((await messages(page, 'padilla:assessment')).length, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without the opt-in, no result reaches the host', async () => {
  const { page, frame, errors } = await partner();
  await frame.locator('#statute').fill('PC 273.5');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await frame.locator('#statute[aria-expanded="true"]').waitFor();
  await frame.locator('#statute').press('Escape');
  await frame.locator('#statute').press('Enter');
  await frame.locator('#result').waitFor();
  await frame.locator('#screen-case').click();
  await frame.locator('#c0-statute').fill('PC 484');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await frame.locator('#c0-statute[aria-expanded="true"]').waitFor();
  await frame.locator('#c0-statute').press('Escape');
  await frame.locator('#assess-case').click();
  await frame.locator('#case-result').waitFor();
  await page.waitForTimeout(500);
  const all = await page.evaluate(() => window.__messages);
  assert.deepEqual(all.filter((m) => m.data?.type !== 'padilla:size'), [], 'only the frame height reached the host');
  assert.ok(all.every((m) => typeof m.data.height === 'number' && Object.keys(m.data).length === 2), 'a size message holds a height and nothing else');
  assert.equal(await page.locator('#received li').count(), 0);
  assert.match(await frame.locator('#privacy-note summary').innerText(), /Nothing you type is sent anywhere or stored/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the attributes set the language, the state and the screen; a bad one is named in the frame', async () => {
  const spanish = await partner({ lang: 'es', jurisdiction: 'IL', mode: 'case' });
  await spanish.frame.locator('#c0-statute').waitFor();
  assert.equal(await spanish.frame.locator('html').getAttribute('lang'), 'es');
  assert.equal(await spanish.frame.locator('#screen-case').getAttribute('aria-current'), 'page');
  assert.match(await spanish.page.locator('iframe.padilla-frame').getAttribute('title'), /consecuencias migratorias/);
  await spanish.frame.locator('#c0-statute').fill('720 ILCS 5/12-3.2');
  // Escape once the suggestions are open (before the data arrives there are none, and
  // Escape on a closed list clears the field).
  await spanish.frame.locator('#c0-statute[aria-expanded="true"]').waitFor();
  await spanish.frame.locator('#c0-statute').press('Escape');
  await spanish.frame.locator('#assess-case').click();
  await spanish.frame.locator('#case-result').waitFor();
  assert.match(await spanish.frame.locator('#case-result').innerText(), /12-3\.2/);
  await spanish.page.close();

  const prosecutor = await partner({ mode: 'prosecutor' });
  await prosecutor.frame.locator('#prosecutor-charged').waitFor();
  await prosecutor.page.close();

  const bad = await partner({ mode: 'full' });
  assert.match(await bad.frame.locator('.embed-error').innerText(), /options\.mode: "full" is not one of quick, case, compare, prosecutor/);
  await bad.page.close();
});

test('another site cannot frame the app itself (frame-ancestors), only the widget', async () => {
  const { page } = await partner();
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'app-frame';
    f.src = src;
    document.body.append(f);
  }, `${padilla.origin}/`);
  await page.waitForTimeout(1000);
  const framed = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('widget.html'));
  assert.ok(framed, 'the frame exists');
  assert.equal(await framed.locator('#statute').count(), 0, `the app did not load in the frame (${framed.url()})`);
  await page.close();
});
