// End-to-end: hostile input in every field of every screen (issue #12), on a phone
// (375×812). Each text, number and date field gets ten thousand characters, markup that
// would run script if it were ever parsed, emoji, right-to-left and zero-width characters,
// negative, huge and fractional numbers and impossible dates; its screen's form is
// submitted, and then:
//   1. something clear is shown: an answer, or a message; for a number, date or amount that
//      does not read, a message naming the field by its label;
//   2. no injected markup: no img[src="x"], no inline handler, no element of a kind the app
//      does not make, and window.__pwned still undefined;
//   3. no console error and no uncaught exception;
//   4. no sideways scroll (scrollWidth <= 375) with the long text and the result on screen;
//   5. afterwards a valid entry (PC 273.5) still answers.
// A statute field also keeps at most 200 characters, typed or set by a script. The fields
// are found on the page, so a field added later without a case here fails; the last test
// shows that each check catches what it looks for. (The page's Content-Security-Policy
// would also block an injected inline handler, and browser.mjs fails the file on that.)
// Every failure of a screen is listed at once. Run by `make test-e2e`.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openApp, start } from './browser.mjs';

const WIDTH = 375;
const SIZE = { width: WIDTH, height: 812 };
const ARTIFACTS = 'test-artifacts/e2e';
const MAX_STATUTE_CHARS = 200; // src/engine/case.rs
const MAX_CONVICTIONS = 30; // src/engine/case.rs

/** [name, value]: every one goes into every field. */
const HOSTILE = [
  ['10,000 letters', 'A'.repeat(10_000)],
  ['10,000 nines', '9'.repeat(10_000)],
  ['img onerror', '<img src=x onerror="window.__pwned=1">'],
  ['svg onload', '"><svg onload=window.__pwned=1>'],
  ['emoji', '👮‍♀️🚔💥'],
  ['right-to-left', '\u202EPC 273.5 \u0639\u0631\u0628\u064A \u05E2\u05D1\u05E8\u05D9\u05EA'],
  ['zero-width', '\u200BPC\u200D 273.5\uFEFF'],
  ['-5', '-5'],
  ['-0', '-0'],
  ['1e309', '1e309'],
  ['20 nines', '99999999999999999999'],
  ['365.5', '365.5'],
  ['2025-02-30', '2025-02-30'],
  ['0000-00-00', '0000-00-00'],
  ['9999-12-31', '9999-12-31'],
  ['2026-13-01', '2026-13-01'],
];

const ZERO_WIDTH = HOSTILE.find(([name]) => name === 'zero-width')[1];

/**
 * Whether a value reads as the field's kind: `true`, an answer is expected; `false`, a
 * message naming the field; `null`, either is fair (a statute may be one the catalog does
 * not have, or not a statute at all; "-0" days may read as zero or be refused; a date the
 * calendar has may still be refused, a birth in 9999 coming after the as-of date).
 */
const READS = {
  // Invisible characters around a statute are not part of it: "PC 273.5" answers.
  statute: (v) => (v === ZERO_WIDTH ? true : null),
  offer: (v) => (v === ZERO_WIDTH ? true : null),
  days: (v) => (v === '-0' ? null : /^\d{1,9}$/.test(v)),
  dollars: (v) => /^\$?\d{1,15}(\.\d{1,2})?$/.test(v),
  date: (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    const [y, mo, d] = m.slice(1).map(Number);
    const day = new Date(Date.UTC(2000, mo - 1, d));
    day.setUTCFullYear(y);
    return y >= 1 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? null : false;
  },
};

/**
 * Each screen: how to reach it, its form, submit button and answer, and each field with its
 * kind and its valid entry (the screen answers for PC 273.5 with every field at its own).
 */
const SCREENS = {
  quick: {
    tab: '#screen-quick',
    form: '#quick-check',
    submit: '#check',
    answer: '#result',
    async prepare(page) { await page.locator('#facts').evaluate((d) => { d.open = true; }); },
    fields: [['statute', 'statute', 'PC 273.5'], ['sentence-days', 'days', '']],
  },
  case: {
    tab: '#screen-case',
    form: '#case-form',
    submit: '#assess-case',
    answer: '#case-result',
    async prepare() {},
    fields: [
      ['case-admitted-on', 'date', ''], ['case-lpr-since', 'date', ''], ['case-born-on', 'date', ''], ['case-as-of', 'date', 'today'],
      ['c0-statute', 'statute', 'PC 273.5'], ['c0-sentence', 'days', ''], ['c0-suspended', 'days', ''], ['c0-custody', 'days', ''],
      ['c0-committed-on', 'date', ''], ['c0-convicted-on', 'date', ''], ['c0-loss', 'dollars', ''],
    ],
  },
  compare: {
    tab: '#screen-compare',
    form: '#compare-form',
    submit: '#compare-button',
    answer: '#compare-result',
    async prepare(page) {
      while (await page.locator('#compare-form .offer button').count()) {
        await page.locator('#compare-form .offer button').first().click();
      }
    },
    fields: [['compare-charged', 'statute', 'PC 273.5'], ['compare-offer', 'offer', ''], ['compare-sentence', 'days', '']],
  },
  prosecutor: {
    tab: '#screen-prosecutor',
    form: '#prosecutor-form',
    submit: '#show-pleas',
    answer: '#prosecutor-result',
    async prepare() {},
    fields: [['prosecutor-charged', 'statute', 'PC 273.5']],
  },
};

/** Every field of the screen at its valid entry (`today`: the as-of date the app started with). */
async function validEntry(page, screen, today) {
  await SCREENS[screen].prepare(page);
  for (const [id, , valid] of SCREENS[screen].fields) {
    const want = valid === 'today' ? today : valid;
    if ((await page.locator(`#${id}`).inputValue()) !== want) await setField(page, id, want);
  }
}

// Messages the app shows for what it cannot read.
const MESSAGES = '.field-error, .problem, [role="alert"]';
// Kinds of element the app never makes (its only images are the grade badges' icons): one
// appearing was injected.
const FOREIGN = 'img, svg:not(.badge-icon), script, iframe, object, embed, math, style, link, base, video, audio, frame, frameset';

let env;
let started;
const log = [];
before(async () => { mkdirSync(ARTIFACTS, { recursive: true }); started = Date.now(); env = await start(); });
after(async () => {
  await env?.close();
  console.log(`hostile input: ${log.length} checks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

async function open(locale = 'en-US') {
  const { page, errors } = await openApp(env, { size: SIZE, locale, timeout: 10_000 });
  const foreign = await page.evaluate((sel) => document.querySelectorAll(sel).length, FOREIGN);
  return { page, errors, foreign };
}

/** Lets the app handle what was dispatched and render (a frame, then a task). */
function settle(page) {
  return page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
}

/**
 * Puts `value` into the field as a user can: typed or pasted (fill), or, where the input
 * refuses text (a number or date input), by the keyboard's text insertion, as a paste or
 * an input method would. Whatever the input then holds is what the app was given.
 */
async function setField(page, id, value) {
  const field = page.locator(`#${id}`);
  try {
    await field.fill(value, { timeout: 2_000 });
  } catch {
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    if (value) await page.keyboard.insertText(value);
  }
  await settle(page);
}

/** What a script (or a paste that skips maxlength) can put in a field: the value as is. */
async function forceField(page, id, value) {
  await page.locator(`#${id}`).evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);
  await settle(page);
}

async function submit(page, screen) {
  await page.locator(SCREENS[screen].submit).click();
  await settle(page);
}

/** Everything the assertions read, from the page as it is now. */
function observe(page, screen, id, foreign) {
  return page.evaluate(({ answer, id, MESSAGES, FOREIGN }) => {
    const shown = (el) => !!el && el.getClientRects().length > 0;
    const result = document.querySelector(answer);
    const messageEls = [...document.querySelectorAll(`main ${MESSAGES}`)].filter((e) => shown(e) && e.innerText.trim());
    const messages = messageEls.map((e) => e.innerText.trim());
    const label = document.querySelector(`label[for="${id}"]`)?.innerText.trim() ?? '';
    // A message names the field: it says the field's label, or it is the field's own (its
    // aria-describedby points at it).
    const described = (document.getElementById(id)?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const naming = messageEls.filter((e) => (label && e.innerText.includes(label)) || described.some((d) => e.id === d || e.closest(`#${d}`)))
      .map((e) => e.innerText.trim());
    // Inline handlers: the app adds listeners, never on* attributes.
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    // Right-to-left overrides the user typed, each kept inside an isolate or an element with
    // its own direction, so the sentence around it reads in order.
    const leaks = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.data;
      if (!text.includes('\u202E')) continue;
      const isolated = n.parentElement?.closest('bdi, [dir]') || /\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(text);
      if (!isolated) leaks.push(`${n.parentElement?.tagName}#${n.parentElement?.id}: ${text.slice(0, 60)}`);
    }
    return {
      answer: shown(result),
      answerText: shown(result) ? result.innerText : '',
      messages,
      naming,
      label,
      value: document.getElementById(id)?.value ?? '',
      pwned: window.__pwned,
      imgX: document.querySelectorAll('img[src="x"]').length,
      foreign: document.querySelectorAll(FOREIGN).length,
      handlers,
      leaks,
      scrollWidth: document.documentElement.scrollWidth,
    };
  }, { answer: SCREENS[screen].answer, id, MESSAGES, FOREIGN }).then((o) => ({ ...o, foreignBefore: foreign }));
}

/** The five checks of the header, for `value` in field `id` (of `kind`) on `screen`. */
function judge(o, { screen, id, kind, name, value, errors }) {
  const at = `${screen} #${id} ← ${name}`;
  log.push(at);
  // 1. Something clear.
  const reads = READS[kind](value);
  if (reads === false) {
    assert.ok(o.label, `${at}: the field has a label`);
    assert.ok(o.naming.length, `${at}: a message naming "${o.label}"; shown: ${JSON.stringify(o.messages)}; answer shown: ${o.answer}`);
  } else if (reads === true) {
    assert.ok(o.answer, `${at}: an answer; messages: ${JSON.stringify(o.messages)}`);
    if (kind !== 'days' && kind !== 'dollars' && kind !== 'date') assert.match(o.answerText, /273\.5/, `${at}: PC 273.5's answer`);
  } else if (kind === 'offer') {
    // The offer is compared, or a message naming the offers says why not: it never
    // silently vanishes.
    assert.ok(o.offerShown || o.messages.some((m) => m.startsWith('Offers:')),
      `${at}: the offer is neither compared nor explained; shown: ${JSON.stringify(o.messages)}`);
  } else {
    assert.ok(o.answer || o.naming.length, `${at}: neither an answer nor a message naming the field; shown: ${JSON.stringify(o.messages)}`);
  }
  // 2. Nothing injected.
  assert.equal(o.pwned, undefined, `${at}: injected script ran`);
  assert.equal(o.imgX, 0, `${at}: an injected <img src=x>`);
  assert.ok(o.foreign <= o.foreignBefore, `${at}: ${o.foreign - o.foreignBefore} element(s) the app does not make`);
  assert.deepEqual(o.handlers, [], `${at}: inline handlers`);
  assert.deepEqual(o.leaks, [], `${at}: a right-to-left override not isolated`);
  // 3. No console error, no uncaught exception.
  assert.deepEqual(errors, [], `${at}: console errors`);
  // 4. No sideways scroll.
  assert.ok(o.scrollWidth <= WIDTH, `${at}: scrollWidth ${o.scrollWidth} > ${WIDTH}`);
  // A statute field never holds more than the longest statute, and no message repeats more.
  if (kind === 'statute' || kind === 'offer') {
    assert.ok([...o.value].length <= MAX_STATUTE_CHARS, `${at}: the field holds ${[...o.value].length} characters`);
  }
  if (value.length > MAX_STATUTE_CHARS && (kind === 'statute' || kind === 'offer')) {
    const seen = [o.answerText, ...o.messages].join('\n');
    assert.ok(!seen.includes(value.slice(0, MAX_STATUTE_CHARS + 1)), `${at}: more than ${MAX_STATUTE_CHARS} characters of the statute reached the screen`);
  }
}

/** 5. The screen's valid entry answers. */
async function answersAgain(page, screen, asOf, at, errors) {
  await validEntry(page, screen, asOf);
  await submit(page, screen);
  await page.locator(SCREENS[screen].answer).waitFor({ timeout: 5_000 }).catch(() => {});
  const o = await observe(page, screen, 'statute', 0);
  assert.ok(o.answer, `${at}: PC 273.5 no longer answers; messages ${JSON.stringify(o.messages)}`);
  assert.match(o.answerText, /273\.5/, `${at}: the answer is PC 273.5's`);
  assert.deepEqual(o.messages, [], `${at}: a message is left after a valid entry`);
  assert.deepEqual(errors, [], `${at}: console errors`);
}

/** Every text, number and date input of the screen's form, by id. */
function inputs(page, screen) {
  return page.locator(`${SCREENS[screen].form} input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), ${SCREENS[screen].form} textarea:not([readonly])`)
    .evaluateAll((els) => els.map((e) => e.id));
}

describe('hostile input at 375×812', () => {
  for (const screen of Object.keys(SCREENS)) {
    test(`the ${screen} screen: every field, every hostile value`, async () => {
      const { page, errors, foreign } = await open();
      await page.locator(SCREENS[screen].tab).click();
      await page.locator(SCREENS[screen].form).waitFor();
      const asOf = screen === 'case' ? await page.locator('#case-as-of').inputValue() : '';
      await answersAgain(page, screen, asOf, `${screen}: before anything hostile`, errors);
      const ids = (await inputs(page, screen)).sort();
      assert.deepEqual(ids, SCREENS[screen].fields.map(([id]) => id).sort(), `${screen}: every field is covered`);
      const failures = [];
      for (const [id, kind] of SCREENS[screen].fields) {
        if (kind === 'statute' || kind === 'offer') {
          const max = await page.locator(`#${id}`).getAttribute('maxlength');
          if (max !== String(MAX_STATUTE_CHARS)) failures.push(`${screen} #${id}: maxlength ${max}, not ${MAX_STATUTE_CHARS}`);
        }
        for (const [name, value] of HOSTILE) {
          const ways = [['typed', setField]];
          // A script (or a paste that skips maxlength) gives the whole text to a statute field.
          if ((kind === 'statute' || kind === 'offer') && value.length > MAX_STATUTE_CHARS) ways.push(['set by script', forceField]);
          for (const [how, put] of ways) {
            const label = how === 'typed' ? name : `${name}, ${how}`;
            await validEntry(page, screen, asOf);
            await put(page, id, value);
            if (kind === 'offer') await page.locator('#add-offer').click();
            await submit(page, screen);
            const o = await observe(page, screen, id, foreign);
            if (kind === 'offer') o.offerShown = (await page.locator('.plea[data-plea="1"]').count()) > 0;
            if (kind === 'offer') o.value = (await page.locator('#compare-form .offer .citation').allInnerTexts()).join('');
            // Every failure is collected, so one run lists them all.
            for (const check of [() => judge(o, { screen, id, kind, name: label, value, errors }),
              () => answersAgain(page, screen, asOf, `${screen} #${id} after ${label}`, errors)]) {
              try { await check(); } catch (e) { failures.push(e.message.split('\n')[0]); }
              errors.length = 0;
            }
          }
        }
      }
      await page.screenshot({ path: `${ARTIFACTS}/hostile-${screen}.png`, fullPage: true });
      await page.close();
      assert.deepEqual(failures, [], `${failures.length} failure(s) on the ${screen} screen`);
    });
  }

  test('the long text and its answer on screen together: no sideways scroll, a screenshot of each', async () => {
    const { page, errors } = await open();
    const long = 'A'.repeat(10_000);
    for (const [screen, id] of [['quick', 'statute'], ['case', 'c0-statute'], ['compare', 'compare-offer'], ['prosecutor', 'prosecutor-charged']]) {
      await page.locator(SCREENS[screen].tab).click();
      const asOf = screen === 'case' ? await page.locator('#case-as-of').inputValue() : '';
      await validEntry(page, screen, asOf);
      if (screen === 'compare') {
        await forceField(page, id, long);
        await page.locator('#add-offer').click();
        await forceField(page, 'compare-offer', '9'.repeat(10_000));
      } else {
        await forceField(page, id, long);
      }
      await submit(page, screen);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= WIDTH, `${screen}: scrollWidth ${wide}`);
      // Nothing wider than the screen inside either, where an overflow would be clipped.
      const clipped = await page.evaluate((w) => [...document.querySelectorAll('main *')]
        .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > w + 0.5)
        .map((el) => `${el.tagName}.${el.className}#${el.id}`).slice(0, 5), WIDTH);
      assert.deepEqual(clipped, [], `${screen}: elements past the right edge`);
      await page.screenshot({ path: `${ARTIFACTS}/hostile-long-${screen}.png`, fullPage: true });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`"+ Add conviction" stops at ${MAX_CONVICTIONS} with a message`, async () => {
    const { page, errors } = await open();
    await page.locator('#screen-case').click();
    for (let i = 0; i < MAX_CONVICTIONS + 5; i++) {
      const add = page.locator('#add-conviction');
      if (await add.isDisabled()) break;
      await add.click();
    }
    await settle(page);
    assert.equal(await page.locator('.conviction-card').count(), MAX_CONVICTIONS);
    assert.match(await page.locator('#convictions-limit').innerText(), new RegExp(`${MAX_CONVICTIONS}`));
    // Every card fails the same way: the first is named, nothing breaks.
    await page.locator('#assess-case').click();
    await settle(page);
    assert.match(await page.locator('#case-problem').innerText(), /Conviction 1, Statute/);
    await page.locator(`#c${MAX_CONVICTIONS - 1}-remove`).click();
    await settle(page);
    assert.equal(await page.locator('#convictions-limit').count(), 0, 'the message goes with the limit');
    assert.equal(await page.locator('#add-conviction').isDisabled(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Spanish, a value that does not read is named by its Spanish label', async () => {
    const { page, errors, foreign } = await open('es-MX');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const cases = [['quick', 'sentence-days', 'days', '-5'], ['case', 'case-born-on', 'date', '2025-02-30'],
      ['case', 'c0-loss', 'dollars', '<img src=x onerror="window.__pwned=1">'], ['compare', 'compare-sentence', 'days', '365.5']];
    for (const [screen, id, kind, value] of cases) {
      await page.locator(SCREENS[screen].tab).click();
      const asOf = screen === 'case' ? await page.locator('#case-as-of').inputValue() : '';
      await validEntry(page, screen, asOf);
      await setField(page, id, value);
      await submit(page, screen);
      const o = await observe(page, screen, id, foreign);
      assert.ok(!/[A-Z][a-z]+ (ordered|of birth)/.test(o.label), `a Spanish label: ${o.label}`);
      judge(o, { screen, id, kind, name: `${value} (es)`, value, errors });
    }
    await page.close();
  });
});

describe('the checks catch what they look for', () => {
  test('markup parsed into the page, a sideways scroll and a silent number are each caught', async () => {
    const { page, errors, foreign } = await open();
    await validEntry(page, 'quick', '');
    await submit(page, 'quick');
    const fails = async (what, value, kind = 'statute', id = 'statute') => {
      const o = await observe(page, 'quick', id, foreign);
      assert.throws(() => judge(o, { screen: 'quick', id, kind, name: what, value, errors: [] }), undefined, `${what} is caught`);
      log.pop();
    };
    // What the app must never do, done by hand: parse the payload as HTML. (The page's
    // Content-Security-Policy would block the inline handler, and browser.mjs fails on the
    // violation; the handler is left out here, and the script's effect set directly.)
    await page.route('**/x', (route) => route.fulfill({ status: 204 }));
    await page.evaluate(() => { document.querySelector('#result-title').insertAdjacentHTML('beforeend', '<img src=x>'); });
    await fails('an injected img', 'x');
    await page.evaluate(() => { document.querySelector('img[src="x"]').remove(); window.__pwned = 1; });
    await fails('a script that ran', 'x');
    await page.evaluate(() => { delete window.__pwned; });
    await page.evaluate(() => { document.querySelector('#result-title').insertAdjacentHTML('beforeend', '<svg></svg>'); });
    await fails('a foreign svg', 'x');
    await page.evaluate(() => { document.querySelector('#result-title svg').remove(); });
    await page.evaluate(() => { document.querySelector('#result-title').insertAdjacentHTML('beforeend', `<span class="citation">${'A'.repeat(400)}</span>`); });
    await fails('a sideways scroll', 'x'); // .citation does not wrap: a catalog citation stays whole
    await page.evaluate(() => { document.querySelector('#result-title span:last-child').remove(); });
    await page.evaluate(() => { document.querySelector('#result-title').insertAdjacentHTML('beforeend', '<span>\u202Eevil</span>'); });
    await fails('an override not isolated', 'x');
    await page.evaluate(() => { document.querySelector('#result-title span:last-child').remove(); });
    // A number field that takes "-5" in silence (the answer alone is not a message).
    await fails('a silent number', '-5', 'days', 'sentence-days');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
