// Prints the gzip size of every JS and CSS file in dist/assets. The dashboard's first paint (every
// asset but the lazily loaded analyst view) must stay within 200 KB gzip; the analyst chunk
// (`analyst-*.js`/`.css`, fetched only when the Review tab opens) is reported apart, with its own
// budget. Run after `npm run build`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const LAZY_BUDGET_KB = 40;
const LAZY = /^analyst-/;
const dir = new URL("../dist/assets/", import.meta.url).pathname;
let files;
try {
  files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).sort();
} catch {
  console.error("dist/assets not found: run `npm run build` first.");
  process.exit(2);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const sums = { main: { raw: 0, gz: 0 }, lazy: { raw: 0, gz: 0 } };
console.log(`${"file".padEnd(40)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`);
for (const f of files) {
  const data = readFileSync(join(dir, f));
  const g = gzipSync(data, { level: 9 }).length;
  const sum = LAZY.test(f) ? sums.lazy : sums.main;
  sum.raw += data.length;
  sum.gz += g;
  console.log(`${(f + (LAZY.test(f) ? " (lazy)" : "")).padEnd(40)} ${kb(data.length)} ${kb(g)}`);
}
console.log(`${"dashboard (first paint)".padEnd(40)} ${kb(sums.main.raw)} ${kb(sums.main.gz)}`);
console.log(`${"analyst view (lazy, Review tab)".padEnd(40)} ${kb(sums.lazy.raw)} ${kb(sums.lazy.gz)}`);
const ok = sums.main.gz / 1024 <= BUDGET_KB;
const lazyOk = sums.lazy.gz / 1024 <= LAZY_BUDGET_KB;
console.log(`budget ${BUDGET_KB} KB gzip (dashboard): ${ok ? "OK" : "OVER"} (${(sums.main.gz / 1024).toFixed(1)} KB used)`);
console.log(`budget ${LAZY_BUDGET_KB} KB gzip (analyst view): ${lazyOk ? "OK" : "OVER"} (${(sums.lazy.gz / 1024).toFixed(1)} KB used)`);
process.exit(ok && lazyOk ? 0 : 1);
