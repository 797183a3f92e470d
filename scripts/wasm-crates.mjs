// What the app's code is made of: bytes of function bodies per crate, read from the release
// build's wasm (before wasm-bindgen and wasm-opt, which drop the function names), and the
// size of its data (string constants). A measurement:  make size
//   node scripts/wasm-crates.mjs [path to padilla.wasm]
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/padilla-app.wasm';
if (!existsSync(file)) {
  console.log(`${file}: not built yet (make build writes it)`);
  process.exit(0);
}
const bytes = readFileSync(file);

let pos = 8;
const leb = () => {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return n;
  }
};
const name = () => {
  const len = leb();
  const s = bytes.subarray(pos, pos + len).toString('utf8');
  pos += len;
  return s;
};

let imports = 0;
let bodies = [];
let dataBytes = 0;
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    // Imported functions come first in the function index space.
    const count = leb();
    for (let i = 0; i < count; i += 1) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); imports += 1; } else if (kind === 1) { pos += 1; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { pos += 2; }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i += 1) {
      const len = leb();
      bodies.push(len);
      pos += len;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0 && name() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = leb();
      const subEnd = pos + subSize;
      if (sub === 1) {
        const count = leb();
        for (let i = 0; i < count; i += 1) {
          const index = leb();
          names.set(index, name());
        }
      }
      pos = subEnd;
    }
  }
  pos = end;
}
if (!names.size) {
  console.log(`${file}: no name section; build with \`cargo build --release --lib --target wasm32-unknown-unknown\``);
  process.exit(0);
}

const CRATES = ['padilla', 'yew', 'core', 'alloc', 'std', 'hashbrown', 'serde_json', 'serde_core', 'serde',
  'serde_wasm_bindgen', 'wasm_bindgen_futures', 'wasm_bindgen', 'web_sys', 'js_sys', 'gloo', 'dlmalloc', 'implicit_clone',
  'indexmap', 'slab', 'tracing', 'futures', 'pin_project'];
/** The crate a (legacy-mangled) Rust symbol belongs to: its first path segment, or, for an
 * impl of a trait on a type (`<T as Trait>::f`), the first known crate named inside. */
function crateOf(symbol) {
  const m = symbol.match(/^_ZN(\d+)(.*)$/);
  if (!m) return /describe/.test(symbol) ? "wasm-bindgen shims (dropped)" : symbol.startsWith("__") ? "runtime" : "other";
  const first = m[2].slice(0, Number(m[1]));
  if (!first.startsWith('_$LT$')) return first;
  const found = CRATES.map((c) => [c, symbol.indexOf(`${c}..`)]).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]);
  return found.length ? found[0][0] : 'other';
}

const byCrate = new Map();
bodies.forEach((len, i) => {
  const crate = crateOf(names.get(imports + i) ?? '');
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + len);
});
const total = bodies.reduce((a, b) => a + b, 0);
console.log(`\n${file}: ${total} bytes of code in ${bodies.length} functions, ${dataBytes} bytes of data (texts)`);
for (const [crate, n] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  console.log(`  ${crate.padEnd(22)} ${String(n).padStart(8)}  ${(100 * n / total).toFixed(1).padStart(5)}%`);
}
