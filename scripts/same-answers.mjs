// Two builds of `assess`, the same answers: feeds both a corpus of varied Cases (one to
// eight convictions of both states, every status, disposition and fact, dates before and
// after admission, sentences at the lines, youthful offenders) and compares every output
// line byte for byte. For changes meant to make the engine faster or clearer without
// changing any answer. A check to run by hand, not part of make test:
//   node scripts/same-answers.mjs <old assess> <new assess> [count]
import { execFileSync, spawnSync } from 'node:child_process';

const [oldBin, newBin] = process.argv.slice(2, 4);
const count = Number(process.argv[4] ?? 20000);
if (!oldBin || !newBin) {
  console.error('usage: node scripts/same-answers.mjs <old assess> <new assess> [count]');
  process.exit(1);
}
const catalog = execFileSync(newBin, ['--catalog'], { maxBuffer: 1 << 26 }).toString().trim().split('\n').map((l) => JSON.parse(l));
const byState = { CA: catalog.filter((o) => o.jurisdiction === 'CA'), IL: catalog.filter((o) => o.jurisdiction === 'IL') };
let seed = 20261203;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * n); };
const pick = (list) => list[rand(list.length)];
const maybe = (value, odds = 2) => (rand(odds) === 0 ? null : value);
const date = (from, to) => `${from + rand(to - from)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
const statuses = ['lpr', 'conditional_lpr', 'refugee', 'asylee', 'nonimmigrant', 'parolee', 'undocumented', 'daca', 'tps', 'unknown'];
const dispositions = ['plea_or_verdict', 'plea_or_verdict', 'plea_or_verdict', 'pretrial_diversion_no_plea',
  'deferred_entry_with_plea', 'juvenile_adjudication', 'vacated_legal_defect', 'expunged_rehabilitative'];
const facts = ['protected_relationship', 'minor_victim', 'marijuana_30g_or_less', 'firearm_used', 'single_scheme_with_other_conviction'];
const days = [0, 30, 89, 90, 91, 179, 180, 181, 364, 365, 366, 730, 1825, 3650];

const lines = [];
for (let i = 0; i < count; i += 1) {
  const state = rand(4) === 0 ? 'IL' : 'CA';
  const n = 1 + rand(8);
  const convictions = [];
  for (let k = 0; k < n; k += 1) {
    const o = pick(byState[state]);
    const variant = o.variants?.length && rand(3) === 0 ? pick(o.variants) : null;
    const sentence = maybe(pick(days));
    const committed = 1990 + rand(36);
    convictions.push({
      statute: o.citation,
      variant,
      disposition: pick(dispositions),
      level: maybe(pick(['felony', 'misdemeanor']), 3),
      sentence_days: sentence,
      suspended_days: sentence !== null && rand(4) === 0 ? rand(sentence + 1) : null,
      custody_days: maybe(pick(days), 3),
      loss_usd: maybe(pick([500, 10000, 10001, 250000]), 3),
      committed_on: maybe(date(committed, committed + 1), 6),
      convicted_on: maybe(date(committed + 1, Math.min(committed + 3, 2027)), 6),
      facts: facts.filter(() => rand(6) === 0),
    });
  }
  lines.push(JSON.stringify({
    as_of: '2026-12-01',
    perspective: rand(3) === 0 ? 'removal_defense' : 'plea_planning',
    jurisdiction: state,
    person: {
      status: pick(statuses),
      admitted_on: maybe(date(1985, 2025), 4),
      lpr_since: maybe(date(1985, 2025), 3),
      born_on: maybe(date(1960, 2008), 3),
    },
    convictions,
  }));
}
// In batches: ten thousand full answers are some 250 MB of JSON.
const run = (bin, batch) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, ['--jsonl'], { input: batch.join('\n') + '\n', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { out: r.stdout.toString().split('\n'), seconds };
};
let differ = 0;
let errors = 0;
const took = [0, 0];
for (let from = 0; from < lines.length; from += 1000) {
  const batch = lines.slice(from, from + 1000);
  const before = run(oldBin, batch);
  const after = run(newBin, batch);
  took[0] += before.seconds;
  took[1] += after.seconds;
  for (let i = 0; i < batch.length; i += 1) {
    if (after.out[i]?.startsWith('{"error"')) errors += 1;
    if (before.out[i] !== after.out[i]) {
      differ += 1;
      if (differ <= 3) console.log(`case ${from + i + 1} differs:\n  case: ${batch[i]}\n  old:  ${before.out[i]?.slice(0, 300)}\n  new:  ${after.out[i]?.slice(0, 300)}`);
    }
  }
}
console.log(`${lines.length} cases (${errors} refused by both): ${differ} answers differ; ` +
  `old ${took[0].toFixed(2)} s, new ${took[1].toFixed(2)} s`);
process.exit(differ === 0 ? 0 : 2);
