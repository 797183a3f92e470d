// End-to-end: the ten thousand fuzzed Cases of tests/fuzz.rs through the JavaScript API in
// headless Chromium, each as JSON text and, where JSON.parse can make one, as an object.
// Both must give exactly what the native door gave (the same grades, or the same error
// naming the same field); every refusal is an Error, none traps the module
// (WebAssembly.RuntimeError), and a valid Case still assesses after every error.
// The corpus is written by `cargo test --test fuzz` (make test runs it first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { start } from './browser.mjs';

const CORPUS = 'target/tmp/fuzz-corpus.jsonl';
const MAX_CASE_BYTES = 64 * 1024;

/**
 * Whether valid JSON `text` gives a key twice in one object (JSON.parse keeps the last, so
 * its object is another input than the text). Keys are compared as written. Unsure (nesting
 * too deep to follow here) counts as yes.
 */
function hasDuplicateKeys(text) {
  let i = 0;
  const space = () => { while (' \t\n\r'.includes(text[i]) && i < text.length) i += 1; };
  const string = () => {
    const from = (i += 1);
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return text.slice(from, i - 1);
  };
  const value = () => {
    space();
    if (text[i] === '{') {
      i += 1;
      const seen = new Set();
      space();
      if (text[i] === '}') { i += 1; return false; }
      for (;;) {
        space();
        const key = string();
        if (seen.has(key)) return true;
        seen.add(key);
        space();
        i += 1; // ':'
        if (value()) return true;
        space();
        if (text[i++] === '}') return false;
      }
    }
    if (text[i] === '[') {
      i += 1;
      space();
      if (text[i] === ']') { i += 1; return false; }
      for (;;) {
        if (value()) return true;
        space();
        if (text[i++] === ']') return false;
      }
    }
    if (text[i] === '"') { string(); return false; }
    while (i < text.length && !',]} \t\n\r'.includes(text[i])) i += 1;
    return false;
  };
  try { return value(); } catch { return true; }
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('ten thousand fuzzed Cases: the JavaScript API agrees with the native door on every one, and never traps', async () => {
  assert.ok(existsSync(CORPUS), `${CORPUS} is missing: run \`cargo test --test fuzz\` first (make test does)`);
  const corpus = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(corpus.length >= 9_000, `${corpus.length} cases in the corpus`);
  const page = await env.context.newPage();
  // The day the native door assessed on, for Cases without as_of.
  await page.clock.setFixedTime(new Date('2026-12-03T12:00:00Z'));
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const api = await import('./padilla-api.js');
    await api.default();
    await api.load('CA');
    await api.load('IL');
    window.__api = api;
  });

  const totals = { text: 0, object: 0, errors: 0, traps: 0, notError: 0, mismatches: [], validAfterError: 0 };
  const started = Date.now();
  for (let from = 0; from < corpus.length; from += 250) {
    const batch = corpus.slice(from, from + 250).map(({ text, native }, i) => {
      // An object stands for the text only where JSON.parse makes one (not a string, which
      // assess reads as JSON text), the text fits the limit (an object has no length) and
      // no key is given twice (JSON.parse keeps the last).
      let asObject = false;
      try {
        asObject = typeof JSON.parse(text) !== 'string' && Buffer.byteLength(text) <= MAX_CASE_BYTES && !hasDuplicateKeys(text);
      } catch { /* not JSON: text only */ }
      return { index: from + i, text, native, asObject };
    });
    const out = await page.evaluate((batch) => {
      const api = window.__api;
      const valid = { jurisdiction: 'CA', person: { status: 'lpr' }, convictions: [{ statute: 'PC 484', disposition: 'plea_or_verdict' }] };
      const summary = (a) => ({
        removability: a.removability,
        relief: a.relief,
        grounds: a.convictions.map((c) => c.grounds),
      });
      const r = { text: 0, object: 0, errors: 0, traps: 0, notError: 0, mismatches: [], validAfterError: 0 };
      const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
      const run = (input) => {
        try {
          return { ok: summary(api.assess(input)) };
        } catch (e) {
          r.errors += 1;
          if (e instanceof WebAssembly.RuntimeError) r.traps += 1;
          if (!(e instanceof Error)) r.notError += 1;
          // The module still answers after any error.
          try {
            if (api.assess(valid).removability) r.validAfterError += 1;
          } catch { /* counted as missing below */ }
          return { error: String(e?.message ?? e) };
        }
      };
      const sortKeys = (v) => (v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]))
        : Array.isArray(v) ? v.map(sortKeys) : v);
      for (const { index, text, native, asObject } of batch) {
        const want = sortKeys(native);
        const byText = sortKeys(run(text));
        r.text += 1;
        if (!same(byText, want)) r.mismatches.push({ index, door: 'text', got: byText, want, text: text.slice(0, 300) });
        if (!asObject) continue;
        let object;
        try { object = JSON.parse(text); } catch { continue; }
        const byObject = sortKeys(run(object));
        r.object += 1;
        if (!same(byObject, want)) r.mismatches.push({ index, door: 'object', got: byObject, want, text: text.slice(0, 300) });
      }
      return r;
    }, batch);
    for (const k of ['text', 'object', 'errors', 'traps', 'notError', 'validAfterError']) totals[k] += out[k];
    totals.mismatches.push(...out.mismatches);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`fuzz in Chromium: ${totals.text} cases as text and ${totals.object} as objects in ${seconds.toFixed(1)} s; ` +
    `${totals.errors} refusals, ${totals.traps} traps, ${totals.mismatches.length} disagreements with the native door`);
  assert.equal(totals.traps, 0, 'no input traps the module');
  assert.equal(totals.notError, 0, 'every refusal is an Error');
  assert.equal(totals.validAfterError, totals.errors, 'a valid Case assesses after every error');
  for (const m of totals.mismatches.slice(0, 5)) console.log(JSON.stringify(m));
  assert.equal(totals.mismatches.length, 0, 'disagreements with the native door (the first five above)');
  await page.close();
});

test('what only JavaScript can send: cycles, deep nesting, NaN, BigInt, functions, throwing getters, a 100 MB string: each an Error naming the field, none a trap', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  const results = await page.evaluate(async () => {
    const api = await import('./padilla-api.js');
    await api.default();
    await api.load('CA');
    const good = () => ({ jurisdiction: 'CA', person: { status: 'lpr' }, convictions: [{ statute: 'PC 273.5', disposition: 'plea_or_verdict' }] });
    const withDays = (v) => { const c = good(); c.convictions[0].sentence_days = v; return c; };
    const cyclic = good();
    cyclic.person.self = cyclic;
    let deepList = [];
    for (let i = 0; i < 5000; i += 1) deepList = [deepList];
    let deepObject = {};
    for (let i = 0; i < 10000; i += 1) deepObject = { a: deepObject };
    const getter = good();
    Object.defineProperty(getter.person, 'status', { enumerable: true, get() { throw new Error('boom'); } });
    const proxy = new Proxy(good(), { ownKeys() { throw new Error('no keys'); } });
    const cases = {
      cyclic,
      deepList: { ...good(), convictions: deepList },
      deepObject: { ...good(), person: deepObject },
      nan: withDays(NaN),
      infinity: withDays(Infinity),
      negativeInfinity: withDays(-Infinity),
      fraction: withDays(365.5),
      bigint: withDays(10n),
      symbol: withDays(Symbol('x')),
      getter,
      proxy,
      huge: 'x'.repeat(100 * 1024 * 1024),
      hugeStatute: (() => { const c = good(); c.convictions[0].statute = '9'.repeat(50 * 1024 * 1024); return c; })(),
      thousand: { ...good(), convictions: Array.from({ length: 5000 }, () => good().convictions[0]) },
      undefinedCase: undefined,
      number: 42,
    };
    const out = {};
    for (const [name, input] of Object.entries(cases)) {
      let result;
      try {
        api.assess(input);
        result = { ok: true };
      } catch (e) {
        result = { message: String(e?.message ?? e), isError: e instanceof Error, trap: e instanceof WebAssembly.RuntimeError };
      }
      try {
        result.after = api.assess(good()).convictions[0].grounds.domestic_violence;
      } catch (e) {
        result.after = `broken: ${e}`;
      }
      out[name] = result;
    }
    // The same value as a number, by value: 365.0 is 365.
    out.sameNumber = api.assess(withDays(365.0)).convictions[0].grounds.aggravated_felony === api.assess(withDays(365)).convictions[0].grounds.aggravated_felony;
    return out;
  });
  const expect = {
    cyclic: /^person\.self(\.person\.self)*: nested more than 16 levels deep/,
    deepList: /^convictions(\[0\])+: nested more than 16 levels deep/,
    deepObject: /^person(\.a)+: nested more than 16 levels deep/,
    nan: /^convictions\[0\]\.sentence_days: must be a whole number of days/,
    infinity: /^convictions\[0\]\.sentence_days: must be a whole number of days/,
    negativeInfinity: /^convictions\[0\]\.sentence_days: must be a whole number of days/,
    fraction: /^convictions\[0\]\.sentence_days: must be a whole number of days/,
    bigint: /^convictions\[0\]\.sentence_days: a BigInt is not JSON/,
    getter: /^person\.status: could not be read/,
    proxy: /^case: could not be read/,
    huge: /^case: longer than 65536 bytes of JSON/,
    hugeStatute: /^convictions\[0\]\.statute: text longer than 10000 characters/,
    thousand: /^convictions: holds more than 1000 items/,
    undefinedCase: /^case: must be a JSON object/,
    number: /^case: must be a JSON object/,
  };
  for (const [name, pattern] of Object.entries(expect)) {
    const r = results[name];
    assert.ok(!r.ok, `${name} was accepted`);
    assert.ok(r.isError && !r.trap, `${name}: ${JSON.stringify(r)}`);
    assert.match(r.message, pattern, name);
    assert.equal(r.after, 'yes', `${name}: a valid Case assesses after it`);
  }
  assert.equal(results.sameNumber, true);
  // A Symbol (or a function) where a value belongs is left out, as JSON.stringify leaves it.
  assert.equal(results.symbol.ok, true);
  assert.equal(results.symbol.after, 'yes');
  await page.close();
});
