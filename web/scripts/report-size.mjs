// Prints the gzipped size of the JavaScript a first visit loads before any route renders: the entry chunk
// plus everything it imports statically. Lazily loaded routes (dynamic imports) are listed but not counted.
// Fails when the initial JavaScript exceeds the budget, so a heavy dependency does not slip in unnoticed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// kB = 1000 bytes, as Vite prints them.
const budgetKb = 250;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const gzippedKb = (file) => gzipSync(readFileSync(path.join(dist, file))).length / 1000;
const format = (kb) => `${kb.toFixed(1)} kB`;

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);

const initial = new Set();
const lazy = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
  for (const dynamic of manifest[key].dynamicImports ?? []) lazy.add(dynamic);
};
visit(entries[0]);

let total = 0;
console.log('\nInitial JavaScript (gzipped):');
for (const key of initial) {
  const kb = gzippedKb(manifest[key].file);
  total += kb;
  console.log(`  ${manifest[key].file.padEnd(48)} ${format(kb).padStart(10)}`);
}
console.log(`  ${'total'.padEnd(48)} ${format(total).padStart(10)}  (budget ${budgetKb} kB)`);

// Lazy chunks together with the shared chunks they import.
const lazyOnly = new Set();
const visitLazy = (key) => {
  if (initial.has(key) || lazyOnly.has(key)) return;
  lazyOnly.add(key);
  for (const imported of manifest[key].imports ?? []) visitLazy(imported);
};
lazy.forEach(visitLazy);
if (lazyOnly.size > 0) {
  console.log('Loaded on demand (gzipped):');
  for (const key of lazyOnly)
    console.log(`  ${manifest[key].file.padEnd(48)} ${format(gzippedKb(manifest[key].file)).padStart(10)}`);
}
const css = [...new Set([...initial].flatMap((key) => manifest[key].css ?? []))];
if (css.length > 0)
  console.log(`Initial CSS (gzipped): ${format(css.reduce((sum, file) => sum + gzippedKb(file), 0))}`);

if (total > budgetKb) {
  console.error(
    `\nThe initial JavaScript is ${format(total)} gzipped, over the budget of ${budgetKb} kB: load the new code lazily.`,
  );
  process.exit(1);
}
