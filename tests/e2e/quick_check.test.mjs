// End-to-end: the quick-check screen, as a defender uses it on a phone (375×812) and at a
// desk (1280×800). Each state is screenshotted into test-artifacts/e2e/ and checked with
// axe-core (WCAG 2.0/2.1 A and AA). Run by `make test-e2e` with the other e2e tests.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { start } from './browser.mjs';

const SIZES = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const ARTIFACTS = 'test-artifacts/e2e';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Words of the English interface that must not appear in a Spanish result.
const ENGLISH = [' the ', 'Triggers', 'Likely triggers', 'Why?', 'Does not trigger', 'Permanent resident',
  'Undocumented', 'Safer alternatives', 'Status unknown', 'Not barred', 'At risk'];

// An option for PC 211 itself (citation and title sit side by side in the option's text).
const PC_211 = /PC 211(?![\d.(])/;

let env;
const screenshots = [];
// Across every page this file opens: console errors and requests to another origin.
const allErrors = [];
const allForeign = [];
const axeLog = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  env = await start();
});
after(async () => {
  await env?.close();
  if (screenshots.length) console.log(`screenshots:\n  ${screenshots.join('\n  ')}`);
});

/** Opens the app at `size`, recording console errors and requests; resolves once rendered. */
async function open(size) {
  const page = await env.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(size);
  const errors = [];
  const requests = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (new URL(r.url()).origin !== env.origin) allForeign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') { errors.push(m.text()); allErrors.push(m.text()); }
  });
  page.on('pageerror', (e) => { errors.push(String(e)); allErrors.push(String(e)); });
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.locator('#statute').waitFor();
  return { page, errors, requests };
}

/** Closes the page after checking that it logged no error. */
async function done({ page, errors }) {
  await page.close();
  assert.deepEqual(errors, [], 'console errors');
}

/**
 * Two screenshots of a state: NAME.png, the screen as the reader sees it with `subject`
 * (a selector) scrolled into view, and NAME-full.png, the whole page.
 */
async function shot(page, size, name, subject) {
  const base = `${ARTIFACTS}/${size.width}-${name}`;
  if (subject) await page.locator(subject).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${base}.png` });
  await page.screenshot({ path: `${base}-full.png`, fullPage: true });
  screenshots.push(`${base}.png`, `${base}-full.png`);
}

/** The result title's text once it contains `expect` (a string or RegExp). */
async function resultTitle(page, expect) {
  const title = page.locator('#result-title');
  await title.waitFor();
  if (expect) {
    const want = typeof expect === 'string' ? expect : expect.source;
    await page.waitForFunction(
      ([w, re]) => {
        const text = document.getElementById('result-title')?.textContent ?? '';
        return re ? new RegExp(w).test(text) : text.includes(w);
      },
      [want, typeof expect !== 'string'],
    ).catch(async () => {
      assert.fail(`#result-title is "${await title.textContent()}", expected it to contain ${expect}`);
    });
  }
  return title.textContent();
}

/** Chooses the jurisdiction, types the statute and submits the form with Enter. */
async function check(page, { jurisdiction = 'CA', statute }) {
  await page.locator('#jurisdiction').selectOption(jurisdiction);
  const input = page.locator('#statute');
  await input.fill(statute);
  await input.press('Enter');
  await page.locator('#result').waitFor();
}

/** Waits for the listbox to offer at least one option; returns the options' locator. */
async function suggestions(page) {
  const options = page.locator('#statute-options [role="option"]');
  await options.first().waitFor({ state: 'visible' });
  return options;
}

/** Runs axe-core on the page as it is; returns the violations (and logs what else it found). */
async function axe(page) {
  // page.evaluate goes through the DevTools protocol, which the page's strict CSP does not
  // govern, so the page itself is tested, CSP and all.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const violations = r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
    return { violations, passes: r.passes.length, incomplete: r.incomplete.map((v) => `${v.id}×${v.nodes.length}`) };
  }, AXE_TAGS).then((r) => {
    axeLog.push(`${r.violations.length} violations, ${r.passes} rules passed, needs review: ${r.incomplete.join(' ') || 'none'}`);
    return r.violations;
  });
}

function describeViolations(byState) {
  return Object.entries(byState)
    .filter(([, v]) => v.length)
    .map(([state, vs]) => `${state}:\n${vs.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${
      v.nodes.map((n) => `    ${n.target}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n')}`)
    .join('\n');
}

for (const size of SIZES) {
  describe(`quick check at ${size.width}×${size.height}`, () => {
    test('PC 273.5: domestic violence triggered, with its reason, and PC 243(e)(1) offered instead', async () => {
      const p = await open(size);
      const { page } = p;
      await shot(page, size, 'empty');
      await check(page, { jurisdiction: 'CA', statute: 'PC 273.5' });
      assert.match(await resultTitle(page), /273\.5/);
      const row = page.locator('#result .ground-row[data-ground="domestic_violence"]').first();
      assert.equal(await row.getAttribute('data-grade'), 'yes');
      await shot(page, size, 'pc273.5-result', '#result-title');

      const why = row.locator('button.why').first();
      assert.equal(await why.getAttribute('aria-expanded'), 'false');
      await why.click();
      assert.equal(await why.getAttribute('aria-expanded'), 'true');
      const panelId = await why.getAttribute('aria-controls');
      const panel = panelId ? page.locator(`[id="${panelId}"]`) : row;
      await panel.waitFor({ state: 'visible' });
      assert.match(await panel.innerText(), /237\(a\)\(2\)\(E\)\(i\)/);
      await shot(page, size, 'pc273.5-why', `#result .ground-row[data-ground="domestic_violence"]`);

      const alternative = page.locator('#alternatives button.alternative[data-offense-id="ca.pc.243.e.1"]');
      assert.equal(await alternative.count(), 1, 'PC 243(e)(1) is among the alternatives');
      await alternative.click();
      await resultTitle(page, '243(e)(1)');
      await shot(page, size, 'pc243e1-result', '#result-title');
      await done(p);
    });

    test('720 ILCS 5/12-3.2 in Illinois resolves and asks which subsection', async () => {
      const p = await open(size);
      const { page } = p;
      await check(page, { jurisdiction: 'IL', statute: '720 ILCS 5/12-3.2' });
      const title = await resultTitle(page);
      await shot(page, size, 'il-12-3.2', '#result-title');
      assert.match(title, /12-3\.2/);
      assert.doesNotMatch(title, /not in the catalog/i);
      assert.equal(await page.locator('#unknown-offense').count(), 0, 'the section is not reported as unknown');
      assert.ok(await page.locator('#questions .question').count() >= 1, 'a question about the subsection');
      await done(p);
    });

    test('in Spanish, "robo" suggests PC 211 and the answer reads in Spanish only', async () => {
      const p = await open(size);
      const { page } = p;
      await page.locator('.lang-switch').click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.getByLabel('Ley o delito').waitFor();
      await page.locator('#jurisdiction').selectOption('CA');
      await page.locator('#statute').pressSequentially('robo');
      const options = await suggestions(page);
      const pc211 = options.filter({ hasText: PC_211 }).first();
      assert.equal(await pc211.count(), 1, `no option for PC 211 among: ${(await options.allInnerTexts()).join(' | ')}`);
      await pc211.click();
      const title = await resultTitle(page);
      assert.match(title, /211/);
      await page.waitForTimeout(100);
      await shot(page, size, 'es-robo', '#result-title');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      for (const where of ['#result', '#announce']) {
        const text = await page.locator(where).evaluate((el) => el.textContent.replace(/\s+/g, ' '));
        assert.ok(text.trim(), `${where} is empty`);
        const english = ENGLISH.filter((w) => text.includes(w));
        assert.deepEqual(english, [], `English in the Spanish ${where}: ${english.join(', ')}\n${text.slice(0, 800)}`);
      }
      await done(p);
    });

    test('keyboard only: find, pick, read and expand the reason without a mouse', async () => {
      const p = await open(size);
      const { page } = p;
      await page.evaluate(() => {
        window.__pointer = 0;
        for (const type of ['pointerdown', 'mousedown', 'click']) {
          document.addEventListener(type, (e) => { if (e.detail > 0 || type !== 'click') window.__pointer += 1; }, true);
        }
      });
      const focused = [];
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
        focused.push(id);
        if (id === 'statute') break;
      }
      assert.equal(focused.at(-1), 'statute', `Tab went through ${focused.join(', ')}`);
      const input = page.locator('#statute');
      await page.keyboard.type('PC 273');
      await suggestions(page);
      assert.equal(await input.getAttribute('aria-expanded'), 'true');

      await page.keyboard.press('Escape');
      assert.equal(await input.getAttribute('aria-expanded'), 'false', 'Escape closes the listbox');
      assert.ok(!(await page.locator('#statute-options [role="option"]').first().isVisible()), 'options hidden after Escape');
      assert.equal(await input.inputValue(), 'PC 273', 'Escape keeps what was typed');

      // Typing again reopens the suggestions.
      await page.keyboard.press('Backspace');
      await page.keyboard.type('3');
      await suggestions(page);
      await page.keyboard.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      assert.ok(active, 'ArrowDown makes an option active');
      const option = page.locator(`[id="${active}"]`);
      assert.equal(await option.getAttribute('role'), 'option');
      assert.equal(await option.getAttribute('aria-selected'), 'true');
      const citation = await option.innerText();
      await page.keyboard.press('Enter');
      const title = await resultTitle(page);
      assert.match(citation, /273/);
      assert.match(title, /273/);
      assert.equal(await input.getAttribute('aria-expanded'), 'false', 'the listbox closes once an option is picked');

      let reached = false;
      for (let i = 0; i < 40 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.classList.contains('why'));
      }
      assert.ok(reached, 'Tab reaches a Why? button');
      assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('#result button.why')),
        'the first Why? button is the first reached');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
      assert.equal(await page.evaluate(() => window.__pointer), 0, 'no pointer event');
      await done(p);
    });

    test('axe-core finds no WCAG 2.1 A/AA violation in any state', async () => {
      const found = {};
      const p = await open(size);
      const { page } = p;
      axeLog.length = 0;
      found.empty = await axe(page);

      await page.locator('#statute').pressSequentially('PC 273');
      await suggestions(page);
      await shot(page, size, 'suggestions');
      found['suggestions open'] = await axe(page);

      await check(page, { statute: 'PC 273.5' });
      await resultTitle(page, '273.5');
      found['result shown'] = await axe(page);

      await page.locator('#result button.why').first().click();
      found['Why? expanded'] = await axe(page);

      await check(page, { statute: 'PC 99999' });
      await page.locator('#result').waitFor();
      await shot(page, size, 'unknown', '#result-title');
      found['unknown offense'] = await axe(page);

      await page.locator('.lang-switch').click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.locator('#statute').fill('');
      await page.locator('#statute').pressSequentially('robo');
      await (await suggestions(page)).filter({ hasText: PC_211 }).first().click();
      await resultTitle(page, '211');
      found['Spanish result'] = await axe(page);
      await done(p);

      const states = Object.keys(found);
      console.log(`axe at ${size.width}px:\n${axeLog.map((l, i) => `  ${states[i]}: ${l}`).join('\n')}`);
      const total = Object.values(found).reduce((n, v) => n + v.length, 0);
      assert.equal(total, 0, `axe violations:\n${describeViolations(found)}`);
    });

    test('an unknown offense says so and offers suggestions', async () => {
      const p = await open(size);
      const { page } = p;
      await check(page, { statute: 'PC 99999' });
      await page.locator('#result').waitFor();
      const suggested = page.locator('#result button.suggestion[data-offense-id]');
      assert.ok(await suggested.count() >= 1, 'suggestions offered');
      const heights = await suggested.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      assert.ok(heights.every((h) => h >= 44), `suggestion buttons ${heights.join(', ')} px tall; 44 needed`);
      const id = await suggested.first().getAttribute('data-offense-id');
      await suggested.first().click();
      await page.locator('#unknown-offense').waitFor({ state: 'detached' });
      assert.equal(await page.locator('#result .ground-row').count() > 0, true, `the suggestion ${id} opens its answer`);
      await done(p);
    });

    test('touch targets are at least 44 px tall', async () => {
      const p = await open(size);
      const { page } = p;
      await check(page, { statute: 'PC 273.5' });
      await resultTitle(page, '273.5');
      await page.locator('#result button.why').first().click();
      const small = await page.evaluate(() => {
        const named = ['#statute', '#check', '#clear', '#jurisdiction', '.lang-switch', '#result button.why',
          '#result button.alternative'];
        const out = [];
        for (const sel of named) {
          if (!document.querySelector(sel)) out.push(`${sel}: missing`);
        }
        const els = new Set(document.querySelectorAll(
          `${named.join(', ')}, #result button, #result input, #result select, #quick-check button, #quick-check input, #quick-check select`,
        ));
        for (const el of els) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not shown
          if (r.height < 44) {
            const name = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
            out.push(`${name} "${el.textContent.trim().slice(0, 30)}": ${r.height.toFixed(1)}px`);
          }
        }
        return out;
      });
      assert.deepEqual(small, [], 'targets shorter than 44 px');
      await done(p);
    });

    test('nothing is stored and the URL stays bare; Clear empties the field and the result', async () => {
      const p = await open(size);
      const { page } = p;
      await check(page, { statute: 'PC 273.5' });
      await resultTitle(page, '273.5');
      await page.locator('#result button.why').first().click();
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        databases: (await indexedDB.databases?.())?.length ?? 0,
        search: location.search,
        hash: location.hash,
      }));
      assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0, search: '', hash: '' });
      await page.locator('#clear').click();
      await page.locator('#result').waitFor({ state: 'detached' });
      assert.equal(await page.locator('#statute').inputValue(), '');
      assert.equal(new URL(page.url()).search + new URL(page.url()).hash, '');
      await done(p);
    });
  });
}

test('a result fits a 320 px screen without sideways scrolling', async () => {
  const p = await open({ width: 320, height: 800 });
  const { page } = p;
  await check(page, { statute: 'PC 273.5' });
  await resultTitle(page, '273.5');
  await page.locator('#result button.why').first().click();
  await page.locator('#facts').evaluate((d) => { d.open = true; });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await shot(page, { width: 320 }, 'pc273.5-why', '#result button.why[aria-expanded="true"]');
  assert.ok(width <= 320, `the page is ${width}px wide on a 320px screen`);
  await done(p);
});

test('text at 200% still fits a 375 px screen, with every control reachable', async () => {
  const p = await open({ width: 375, height: 812 });
  const { page } = p;
  // What a reader's browser text-size setting does: every rem and em doubles.
  // (Set through the CSSOM: the page's CSP allows no injected <style>.)
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  await check(page, { statute: 'PC 273.5' });
  await resultTitle(page, '273.5');
  await page.locator('#result button.why').first().click();
  await page.locator('#facts').evaluate((d) => { d.open = true; });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await shot(page, { width: 375 }, 'text-200', '#result-title');
  assert.ok(width <= 375, `the page is ${width}px wide at 200% text on a 375px screen`);
  for (const sel of ['#statute', '#check', '#clear', '#sentence-days', '#status']) {
    const box = await page.locator(sel).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${sel} is on screen at 200% text: ${JSON.stringify(box)}`);
  }
  await done(p);
});

test('no console error and no request to another origin in any run above', () => {
  assert.deepEqual(allErrors, [], 'console errors');
  assert.deepEqual(allForeign, [], 'requests to another origin');
});
