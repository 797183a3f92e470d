// End-to-end: the clinic, the negotiation and the prosecutor's screens, printed and
// summarised, in English, Spanish and plain language, at 375×812 and 1280×800; axe-core on
// every screen, no console error, no sideways scroll at 320 px. Screenshots land in
// test-artifacts/e2e/ (screens-*.png). Run by `make test-e2e`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { openApp, start } from './browser.mjs';

const SIZES = [{ width: 375, height: 812 }, { width: 1280, height: 800 }];
const ARTIFACTS = 'test-artifacts/e2e';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let env;
const shots = [];
const axeResults = [];
before(async () => { mkdirSync(ARTIFACTS, { recursive: true }); env = await start(); });
after(async () => {
  await env?.close();
  if (shots.length) console.log(`screenshots:\n  ${shots.join('\n  ')}`);
  if (axeResults.length) console.log(`axe:\n  ${axeResults.join('\n  ')}`);
});

async function open(size, locale = 'en-US') {
  const { page, errors } = await openApp(env, { size, locale, timeout: 10_000 });
  return { page, errors };
}

async function shot(page, size, name) {
  const path = `${ARTIFACTS}/screens-${size.width}-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  shots.push(path);
}

async function axe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const r = await page.evaluate(async (tags) => {
    const out = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return { violations: out.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: out.passes.length };
  }, AXE_TAGS);
  axeResults.push(`${label}: ${r.violations.length} violations, ${r.passes} rules passed`);
  assert.deepEqual(r.violations, [], `axe on ${label}`);
}

async function noSidewaysScroll(page, label) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 0, `${label}: ${wide}px of sideways scroll`);
}

/** A permanent resident with a theft and a PC 273.5 conviction, assessed. */
async function fillCase(page) {
  await page.locator('#screen-case').click();
  await page.locator('#case-status').selectOption('lpr');
  await page.locator('#case-admitted-on').fill('2015-06-01');
  await page.locator('#case-lpr-since').fill('2015-06-01');
  await page.locator('#c0-statute').fill('PC 484');
  // The same combobox as the quick check's: its own listbox, keyboard and ARIA.
  assert.equal(await page.locator('#c0-statute').getAttribute('role'), 'combobox');
  assert.equal(await page.locator('#c0-statute').getAttribute('aria-expanded'), 'true');
  assert.ok((await page.locator('#c0-statute-options [role="option"]').count()) > 0);
  await page.locator('#c0-statute').press('Escape');
  assert.equal(await page.locator('#c0-statute').getAttribute('aria-expanded'), 'false');
  await page.locator('#c0-convicted-on').fill('2019-02-01');
  await page.locator('#c0-committed-on').fill('2018-11-01');
  await page.locator('#add-conviction').click();
  await page.locator('#c1-statute').fill('PC 273.5');
  await page.locator('#c1-convicted-on').fill('2024-09-10');
  await page.locator('#c1-committed-on').fill('2024-05-02');
  await page.locator('#assess-case').click();
  await page.locator('#case-result').waitFor();
}

async function fillCompare(page, sentence = '364') {
  await page.locator('#screen-compare').click();
  await page.locator('#compare-charged').fill('PC 273.5');
  await page.locator('#compare-offer').fill('PC 243(e)(1)');
  await page.locator('#add-offer').click();
  await page.locator('#compare-sentence').fill(sentence);
  await page.locator('#compare-button').click();
  await page.locator('#compare-result').waitFor();
}

async function fillProsecutor(page) {
  await page.locator('#screen-prosecutor').click();
  await page.locator('#prosecutor-charged').fill('PC 273.5');
  await page.locator('#show-pleas').click();
  await page.locator('#prosecutor-result').waitFor();
}

for (const size of SIZES) {
  describe(`screens at ${size.width}×${size.height}`, () => {
    test('a permanent resident with two convictions: each conviction, removability and every relief grade', async () => {
      const { page, errors } = await open(size);
      await fillCase(page);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'case-result-title', 'the answer comes to the reader');
      const convictions = page.locator('.case-conviction');
      assert.equal(await convictions.count(), 2);
      assert.match(await convictions.nth(1).innerText(), /PC 273\.5/);
      assert.equal(await convictions.nth(1).locator('[data-ground="domestic_violence"]').getAttribute('data-grade'), 'yes');
      assert.equal(await page.locator('#case-person [data-subject="deportable"]').getAttribute('data-grade'), 'yes');
      const relief = page.locator('#case-relief .person-row');
      assert.ok((await relief.count()) >= 3, 'the relief open to a resident, each graded');
      assert.equal(await page.locator('#case-relief [data-subject="naturalization"]').count(), 1);
      await shot(page, size, 'case');
      await axe(page, `case ${size.width}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('compare PC 273.5 with PC 243(e)(1): the domestic-violence difference, and 365 days bring the aggravated felony', async () => {
      const { page, errors } = await open(size);
      await fillCompare(page, '364');
      const offer = page.locator('.plea[data-plea="1"]');
      assert.match(await offer.locator('.compare-row[data-subject="domestic_violence"]').getAttribute('class'), /differs/);
      assert.match(await offer.locator('.compare-row[data-subject="domestic_violence"]').innerText(), /Differs from the charge/);
      const af = page.locator('.plea[data-plea="0"] .compare-row[data-subject="aggravated_felony"]');
      assert.match(await af.innerText(), /Does not trigger/);
      assert.match(await page.locator('.plea[data-plea="0"] .sentence-lines').innerText(), /365 days or more[\s\S]*Aggravated felony/);
      await shot(page, size, 'compare-364');
      await page.locator('#compare-sentence').fill('365');
      await page.waitForFunction(() => !/Does not trigger/.test(document.querySelector('.plea[data-plea="0"] .compare-row[data-subject="aggravated_felony"]').innerText));
      assert.match(await af.innerText(), /Triggers|Likely/);
      await shot(page, size, 'compare-365');
      await axe(page, `compare ${size.width}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the prosecutor view asks no status and lists a plea that protects every status, with the U visa answer', async () => {
      const { page, errors } = await open(size);
      await fillProsecutor(page);
      assert.equal(await page.locator('#prosecutor select, #prosecutor [id*="status"]').count(), 0, 'no status field');
      assert.ok((await page.locator('.plea-option[data-protects-every-status="true"]').count()) >= 1);
      assert.match(await page.locator('#u-visa').innerText(), /Qualifying criminal activity[\s\S]*domestic violence[\s\S]*I-918/);
      await shot(page, size, 'prosecutor');
      await axe(page, `prosecutor ${size.width}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('on paper and for the other side', () => {
  for (const [name, fill] of [['quick', null], ['case', fillCase], ['compare', fillCompare], ['prosecutor', fillProsecutor]]) {
    test(`the ${name} result prints in two pages or fewer, A4 and Letter, with the data version and the notice`, async () => {
      const { page } = await open({ width: 1280, height: 800 });
      if (fill) await fill(page);
      else {
        await page.locator('#statute').fill('PC 273.5');
        await page.locator('#statute').press('Enter');
        await page.locator('#result').waitFor();
      }
      await page.emulateMedia({ media: 'print' });
      const record = page.locator('.advice-record');
      assert.ok(await record.isVisible(), 'the record shows in print');
      const text = await record.innerText();
      const version = await page.evaluate(async () => (await import('./padilla.js')).dataVersion());
      assert.ok(text.includes(version), 'the data version is on the sheet');
      assert.match(text, /not legal advice/);
      assert.match(text, /Assessed as of \d{4}-\d{2}-\d{2}/);
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert.ok(pages >= 1 && pages <= 2, `${name} on ${format}: ${pages} pages`);
      }
      await page.close();
    });
  }

  test('the summary for the other side leaves the status out unless ticked, in the language chosen', async () => {
    const { page } = await open({ width: 375, height: 812 });
    await page.locator('#screen-compare').click();
    await page.locator('#compare-status').selectOption('lpr');
    await fillCompare(page);
    const text = () => page.locator('#summary-text').inputValue();
    assert.equal(await page.locator('#summary-status').isChecked(), false, 'off by default');
    let summary = await text();
    assert.match(summary, /PC 243\(e\)\(1\)[\s\S]*avoids[\s\S]*domestic violence/i);
    assert.ok(!/Permanent resident|green card/i.test(summary), summary);
    await page.locator('#summary-status').check();
    assert.match(await text(), /Permanent resident/);
    await page.locator('#summary-status').uncheck();
    await page.locator('#summary-lang').selectOption('es');
    summary = await text();
    assert.match(summary, /Una declaración por/);
    assert.ok(!/Residente permanente/.test(summary), summary);
    await page.close();
  });
});

describe('in Spanish and in plain language', () => {
  test('every screen speaks Spanish, plain language adds everyday sentences, axe and 320 px hold', async () => {
    const { page, errors } = await open({ width: 320, height: 740 }, 'es-MX');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.locator('#screen-case').click();
    await page.locator('#c0-statute').fill('PC 273.5');
    await page.locator('#assess-case').click();
    await page.locator('#case-result').waitFor();
    assert.match(await page.locator('#case-result').innerText(), /Lo que significa el caso/);
    await page.locator('#plain-toggle').click();
    assert.ok((await page.locator('#case-result .plain-sentence').count()) > 8, 'a plain sentence under each result');
    assert.match(await page.locator('#case-result .plain-sentence').first().innerText(), /ley de inmigración|condena/);
    await noSidewaysScroll(page, 'case es plain 320');
    await shot(page, { width: 320 }, 'case-es-plain');
    await axe(page, 'case es plain 320');

    await page.locator('#screen-compare').click();
    await page.locator('#compare-charged').fill('PC 273.5');
    await page.locator('#compare-offer').fill('PC 243(e)(1)');
    await page.locator('#add-offer').click();
    await page.locator('#compare-button').click();
    await page.locator('#compare-result').waitFor();
    assert.match(await page.locator('#compare-result').innerText(), /Difiere del cargo/);
    await noSidewaysScroll(page, 'compare es 320');
    await shot(page, { width: 320 }, 'compare-es');
    await axe(page, 'compare es 320');

    await page.locator('#screen-prosecutor').click();
    await page.locator('#prosecutor-charged').fill('PC 273.5');
    await page.locator('#show-pleas').click();
    await page.locator('#prosecutor-result').waitFor();
    assert.match(await page.locator('#prosecutor-result').innerText(), /Declaraciones para considerar/);
    await noSidewaysScroll(page, 'prosecutor es 320');
    await shot(page, { width: 320 }, 'prosecutor-es');
    await axe(page, 'prosecutor es 320');

    await page.locator('#screen-quick').click();
    await page.locator('#statute').fill('PC 273.5');
    await page.locator('#statute').press('Enter');
    await page.locator('#result').waitFor();
    assert.ok((await page.locator('#result .plain-sentence').count()) > 8, 'plain sentences on the quick check too');
    await noSidewaysScroll(page, 'quick es plain 320');
    await axe(page, 'quick es plain 320');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
