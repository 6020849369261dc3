// Part of `npm test`, after the build: fails when the JavaScript the article page loads grows past
// its budget. Sizes only: times are the benchmark's (`npm run bench`).
//   node scripts/size-check.mjs [clientOutDir]      (default <BUILD_OUT_DIR or dist>/client, or SIZE_CHECK_OUT_DIR)
// The budget: the article page's JavaScript (the entry, its static imports and the article route's
// chunk, per the build manifest) at most SIZE_BUDGET_KB as transferred, 120 by default. The server
// sends the build's brotli copy to every browser that accepts it (all that the app targets), so
// that is what is counted; the gzip size, for a client that takes only gzip, is printed beside it.
import { kb, printBundle } from './bundle-report.mjs';

const outDir =
  process.argv[2] ?? process.env.SIZE_CHECK_OUT_DIR ?? `${process.env.BUILD_OUT_DIR ?? 'dist'}/client`;
const budget = Number(process.env.SIZE_BUDGET_KB ?? 120) * 1024;

const page = printBundle(outDir);
const failures = [];
// Without the manifest the entry's imports and a lazy article route would go uncounted.
if (!page.manifestFound) failures.push(`${outDir}/.vite/manifest.json is missing (build.manifest)`);
if (page.js.length === 0) failures.push(`no script found in ${outDir}/index.html`);
if (page.jsBrotli > budget) {
  failures.push(
    `the article page's JavaScript is ${kb(page.jsBrotli)} as sent (brotli); the budget is ${kb(budget)}`,
  );
}
if (failures.length > 0) {
  console.error(`\nSize check failed: ${failures.join('; ')}.`);
  process.exit(1);
}
console.log(
  `\nSize check passed: the article page's JavaScript is ${kb(page.jsBrotli)} of ${kb(budget)} as sent (brotli; ${kb(page.jsGzip)} gzip).`,
);
