// 10,000 mixed Cases through `assess --jsonl`, JSON in and out included: the native batch
// figure of BENCHMARKS.md. A measurement, never a test:  make bench
//   node scripts/bench-jsonl.mjs [path to assess] [count]
import { execFileSync, spawnSync } from 'node:child_process';

const bin = process.argv[2] ?? 'target/release/assess';
const count = Number(process.argv[3] ?? 10000);
const catalog = execFileSync(bin, ['--catalog'], { maxBuffer: 1 << 26 }).toString().trim().split('\n').map((l) => JSON.parse(l));
const statuses = ['lpr', 'undocumented', 'daca', 'unknown', 'tps', 'nonimmigrant'];
const sentences = [null, 30, 180, 364, 365];
let seed = 7;
const pick = (list) => { seed = (seed * 1103515245 + 12345) % 2147483648; return list[seed % list.length]; };
const lines = [];
for (let i = 0; i < count; i += 1) {
  const o = pick(catalog);
  lines.push(JSON.stringify({
    as_of: '2026-12-01', jurisdiction: o.jurisdiction,
    person: { status: pick(statuses), admitted_on: '2015-01-01' },
    convictions: [{ statute: o.citation, disposition: 'plea_or_verdict', sentence_days: pick(sentences),
      committed_on: '2025-01-01', convicted_on: '2025-06-01' }],
  }));
}
const input = lines.join('\n') + '\n';
const t0 = process.hrtime.bigint();
const run = spawnSync(bin, ['--jsonl'], { input, maxBuffer: 1 << 30 });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const out = run.stdout.toString().trim().split('\n');
const errors = out.filter((l) => l.startsWith('{"error"')).length;
console.log(`assess --jsonl: ${count} mixed cases with alternatives and questions in ${seconds.toFixed(2)} s ` +
  `(${(seconds * 1e6 / count).toFixed(0)} µs each, JSON in and out included); ${errors} error lines`);
