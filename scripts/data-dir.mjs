// Prints the directory where build.rs wrote the compiled data files, read from cargo's JSON
// messages on stdin (`cargo build --message-format=json-render-diagnostics`), and passes
// every other line through to stderr so the build's own output still shows.
import { createInterface } from 'node:readline';

let dir = null;
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) {
    process.stderr.write(line + '\n');
    continue;
  }
  const msg = JSON.parse(line);
  if (msg.reason === 'build-script-executed' && msg.package_id.includes('padilla')) dir = `${msg.out_dir}/data`;
}
if (!dir) {
  console.error('cargo did not report the data directory of build.rs');
  process.exit(1);
}
console.log(dir);
