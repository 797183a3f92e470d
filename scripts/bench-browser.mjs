// Speed in a real browser (headless Chromium, this machine), through the partners' JS API
// (padilla-api.js): load time of its wasm, fetching and decoding California's data, the
// first assessment after that, 10,000 assessments, searches per call, and
// the quick-check screen's answer time: from Enter in the statute field to the rendered
// result title, measured with performance.now() inside the page.
// A measurement, not a test:  make bench-browser  (after make build).
import { start } from '../tests/e2e/browser.mjs';

const env = await start();
try {
  const page = await env.context.newPage();
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const t0 = performance.now();
    const m = await import('./padilla-api.js');
    await m.default();
    const loaded = performance.now() - t0;
    let t = performance.now();
    await m.load('CA');
    const data = performance.now() - t;
    const kase = {
      as_of: '2026-11-22', jurisdiction: 'CA',
      person: { status: 'lpr', admitted_on: '2016-03-01', lpr_since: '2016-03-01' },
      convictions: [{ statute: 'PC 273.5', disposition: 'plea_or_verdict', level: 'misdemeanor', sentence_days: 364,
        committed_on: '2024-05-02', convicted_on: '2024-09-10' }],
    };
    t = performance.now();
    m.assess(kase);
    const first = performance.now() - t;
    // 10,000 mixed cases: each catalog offense in turn, five statuses, four sentences.
    const offenses = ['PC 273.5', 'PC 211', 'PC 459', 'HS 11377', 'PC 245(a)(1)', 'VC 23152', 'PC 484', 'PC 243(e)(1)',
      'PC 148', 'PC 422', 'PC 646.9', 'PC 166(c)(1)', 'PC 12022.5', 'PC 470', 'VC 10851', 'PC 647(f)'];
    const statuses = ['lpr', 'undocumented', 'unknown', 'daca', 'nonimmigrant'];
    const sentences = [null, 30, 180, 364, 365];
    const n = 10000;
    t = performance.now();
    for (let i = 0; i < n; i += 1) {
      m.assess({ as_of: '2026-11-22', jurisdiction: 'CA', person: { status: statuses[i % 5], admitted_on: '2016-03-01' },
        convictions: [{ statute: offenses[i % offenses.length], disposition: 'plea_or_verdict',
          sentence_days: sentences[(i >> 2) % 5], committed_on: '2024-05-02', convicted_on: '2024-09-10' }] });
    }
    const batch = (performance.now() - t) / 1000;
    const assess = batch * 1000 / n;
    const queries = ['domestic battery', 'robo', 'posesión de drogas', 'domestc batery', 'PC 245', 'theft', '720 ILCS 5/12-3.2', '11377'];
    m.search('warm up', 'CA');
    t = performance.now();
    const rounds = 100;
    for (let i = 0; i < rounds; i += 1) for (const q of queries) m.search(q, 'CA');
    const search = (performance.now() - t) / (rounds * queries.length);
    // The largest Case accepted: 30 convictions (the limit), none of its facts settled, so
    // every conviction asks its questions. Median of 20.
    const largest = {
      as_of: '2026-11-22', jurisdiction: 'CA', person: { status: 'unknown', admitted_on: '2010-03-01' },
      convictions: Array.from({ length: 30 }, (_, i) => ({ statute: offenses[i % offenses.length],
        disposition: 'plea_or_verdict', committed_on: `${1996 + i}-05-02`, convicted_on: `${1996 + i}-09-10` })),
    };
    const times = [];
    for (let i = 0; i < 21; i += 1) {
      t = performance.now();
      m.assess(largest);
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const thirty = times[times.length >> 1];
    return { loaded, data, first, batch, assess, search, thirty };
  });
  console.log(`API wasm fetched, compiled and initialised: ${result.loaded.toFixed(1)} ms`);
  console.log(`California's data fetched (en and es) and decoded: ${result.data.toFixed(1)} ms`);
  console.log(`first assessment after load: ${result.first.toFixed(1)} ms`);
  console.log(`10,000 mixed assessments with alternatives and questions: ${result.batch.toFixed(2)} s (${(result.assess * 1000).toFixed(0)} µs each)`);
  console.log(`search (top 10): ${(result.search * 1000).toFixed(0)} µs per query`);
  console.log(`a Case of 30 convictions (the limit), every question open: ${result.thirty.toFixed(1)} ms (median of 20)`);
  await page.close();
  await enterToAnswer(env);
} finally {
  await env.close();
}

/**
 * Enter pressed in #statute (holding "PC 273.5") to #result-title in the DOM, and to the
 * next frame after it (the answer painted), over RUNS checks on one page; #clear between
 * runs. The first run is the cold one (it also loads the catalog) and is reported apart.
 */
async function enterToAnswer(env) {
  const RUNS = 21;
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  const input = page.locator('#statute');
  await input.waitFor();
  if (!(await page.locator('#quick-check').count())) {
    console.log('Enter to answer: not measured (the page has no #quick-check form yet)');
    return;
  }
  const dom = [];
  const painted = [];
  for (let i = 0; i < RUNS; i += 1) {
    if (await page.locator('#result').count()) {
      await page.locator('#clear').click();
      await page.locator('#result').waitFor({ state: 'detached', timeout: 5000 });
    }
    await input.fill('PC 273.5');
    await page.waitForTimeout(50); // let the suggestions settle, as a person would
    const timing = page.evaluate(() => new Promise((resolve, reject) => {
      let t0 = null;
      const onKey = (e) => { if (e.key === 'Enter') t0 = performance.now(); };
      window.addEventListener('keydown', onKey, { capture: true, once: true });
      const seen = () => {
        if (t0 === null || !document.getElementById('result-title')) return false;
        const t1 = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve({ dom: t1 - t0, painted: performance.now() - t0 }), 0));
        return true;
      };
      const observer = new MutationObserver(seen);
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => { observer.disconnect(); reject(new Error('no #result-title within 5 s')); }, 5000);
    }));
    await input.press('Enter');
    const t = await timing;
    dom.push(t.dom);
    painted.push(t.painted);
  }
  await page.close();
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const warm = (xs) => xs.slice(1);
  console.log(`Enter to answer, PC 273.5 (first, cold): ${dom[0].toFixed(1)} ms in the DOM, ${painted[0].toFixed(1)} ms painted`);
  console.log(`Enter to answer, PC 273.5 (median of ${RUNS - 1}): ${median(warm(dom)).toFixed(1)} ms in the DOM, `
    + `${median(warm(painted)).toFixed(1)} ms painted (range ${Math.min(...warm(painted)).toFixed(1)}–${Math.max(...warm(painted)).toFixed(1)} ms)`);
}
