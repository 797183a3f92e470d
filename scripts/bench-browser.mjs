// Speed in a real browser (headless Chromium, this machine): load time of the app's wasm,
// the first assessment (which loads the catalog), assessments and searches per call.
// A measurement, not a test:  make bench-browser  (after make build).
import { start } from '../tests/e2e/browser.mjs';

const env = await start();
try {
  const page = await env.context.newPage();
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const t0 = performance.now();
    const m = await import('./padilla.js');
    await m.default();
    const loaded = performance.now() - t0;
    const kase = {
      as_of: '2026-11-22', jurisdiction: 'CA',
      person: { status: 'lpr', admitted_on: '2016-03-01', lpr_since: '2016-03-01' },
      convictions: [{ statute: 'PC 273.5', disposition: 'plea_or_verdict', level: 'misdemeanor', sentence_days: 364,
        committed_on: '2024-05-02', convicted_on: '2024-09-10' }],
    };
    let t = performance.now();
    m.assess(kase);
    const first = performance.now() - t;
    const n = 200;
    t = performance.now();
    for (let i = 0; i < n; i += 1) m.assess(kase);
    const assess = (performance.now() - t) / n;
    const queries = ['domestic battery', 'robo', 'posesión de drogas', 'domestc batery', 'PC 245', 'theft', '720 ILCS 5/12-3.2', '11377'];
    m.search('warm up', 'CA');
    t = performance.now();
    const rounds = 100;
    for (let i = 0; i < rounds; i += 1) for (const q of queries) m.search(q, 'CA');
    const search = (performance.now() - t) / (rounds * queries.length);
    return { loaded, first, assess, search };
  });
  console.log(`wasm fetched, compiled and initialised: ${result.loaded.toFixed(1)} ms`);
  console.log(`first assessment (loads the catalog): ${result.first.toFixed(1)} ms`);
  console.log(`assessment (PC 273.5, with alternatives): ${(result.assess * 1000).toFixed(0)} µs`);
  console.log(`search (top 10): ${(result.search * 1000).toFixed(0)} µs per query`);
} finally {
  await env.close();
}
