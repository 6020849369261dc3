// Part of `npm test`, after the build: fails when what the article page loads grows past its
// budget. Sizes only: times are the benchmark's (`npm run bench`).
//   node scripts/size-check.mjs [outDir]
// Two budgets: the inline pre-app script, which is all the JavaScript before the article shows
// (SIZE_INLINE_BUDGET_KB, 4 by default), and the app's code the page loads once it has painted
// the article (SIZE_BUDGET_KB, 122 by default; the aim is 120, lowered as the bundle shrinks).
import { kb, printBundle } from './bundle-report.mjs';

const outDir = process.argv[2] ?? process.env.SIZE_CHECK_OUT_DIR ?? 'dist';
const appBudget = Number(process.env.SIZE_BUDGET_KB ?? 122) * 1024;
const inlineBudget = Number(process.env.SIZE_INLINE_BUDGET_KB ?? 4) * 1024;

const critical = printBundle(outDir);
const failures = [];
// Without the manifest a lazy article route would go uncounted.
if (!critical.manifestFound) failures.push(`${outDir}/.vite/manifest.json is missing (build.manifest)`);
if (critical.js.length === 0) failures.push('no app script found in index.html');
if (critical.inlineGzip > inlineBudget) {
  failures.push(
    `the inline script before the article is ${kb(critical.inlineGzip)} gzip; the budget is ${kb(inlineBudget)}`,
  );
}
if (critical.jsGzip > appBudget) {
  failures.push(`the article page's app code is ${kb(critical.jsGzip)} gzip; the budget is ${kb(appBudget)}`);
}
if (failures.length > 0) {
  console.error(`\nSize check failed: ${failures.join('; ')}.`);
  process.exit(1);
}
console.log(
  `\nSize check passed: ${kb(critical.inlineGzip)} of ${kb(inlineBudget)} inline before the article, ${kb(critical.jsGzip)} of ${kb(appBudget)} of app code after it (gzip).`,
);
