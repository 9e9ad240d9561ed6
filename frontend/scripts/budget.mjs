// Prints the gzip size of every JS and CSS file in dist/assets and the total, and fails when the
// total is over the budget (200 KB gzip). Run after `npm run build`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const dir = new URL("../dist/assets/", import.meta.url).pathname;
let files;
try {
  files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).sort();
} catch {
  console.error("dist/assets not found: run `npm run build` first.");
  process.exit(2);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
let raw = 0;
let gz = 0;
console.log(`${"file".padEnd(40)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`);
for (const f of files) {
  const data = readFileSync(join(dir, f));
  const g = gzipSync(data, { level: 9 }).length;
  raw += statSync(join(dir, f)).size;
  gz += g;
  console.log(`${f.padEnd(40)} ${kb(data.length)} ${kb(g)}`);
}
console.log(`${"total".padEnd(40)} ${kb(raw)} ${kb(gz)}`);
const ok = gz / 1024 <= BUDGET_KB;
console.log(`budget ${BUDGET_KB} KB gzip: ${ok ? "OK" : "OVER"} (${(gz / 1024).toFixed(1)} KB used)`);
process.exit(ok ? 0 : 1);
