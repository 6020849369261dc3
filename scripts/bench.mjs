// `npm run bench`: the article page of the production build against a static HTML page of the
// same article (its physical limit), in Lighthouse's mobile preset, interleaved, several runs each.
//
//   npm run bench                      5 runs of each page
//   npm run bench -- --runs 9          more runs
//   npm run bench -- --no-build        reuse the last build in the out dir
//
// Ports and folder move with BENCH_MOCK_PORT (8841), BENCH_PREVIEW_PORT (4241),
// BENCH_STATIC_PORT (4242) and BENCH_OUT_DIR (bench-results); CHROMIUM_PATH picks the browser.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { printBundle, table } from './bundle-report.mjs';
import {
  CHROMIUM_ARGS,
  MEASUREMENT_FEATURES_OFF,
  disableFeaturesFlag,
  findChromium,
} from './chromium-path.mjs';

const ARTICLE_SLUG = 'kadhimi-mckenzie-technical-committee';
const ARTICLE_PATH = `/articles/${ARTICLE_SLUG}`;

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
});
const RUNS = Number(args.runs ?? process.env.BENCH_RUNS ?? 5);
const MOCK_PORT = Number(process.env.BENCH_MOCK_PORT ?? 8841);
const PREVIEW_PORT = Number(process.env.BENCH_PREVIEW_PORT ?? 4241);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 4242);
const BENCH_DIR = process.env.BENCH_OUT_DIR ?? 'bench-results';
const OUT_DIR = join(BENCH_DIR, 'dist');
const STATIC_DIR = join(BENCH_DIR, 'static');

const children = [];
/**
 * Starts a server in the background, at the lowest CPU priority where `nice` exists. On a small
 * machine the servers' own work (`vite preview` compresses each answer as it sends it, about 18 ms
 * of CPU for the bundle here) would take CPU from the browser under test, which in production
 * never shares a processor with them; the static page's server compresses once, up front.
 */
function start(command, commandArgs, env) {
  const [program, programArgs] =
    process.platform === 'win32' ? [command, commandArgs] : ['nice', ['-n', '19', command, ...commandArgs]];
  const child = spawn(program, programArgs, {
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

function run(command, commandArgs, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      // Not the servers' VITE_CONFIG_NATIVE_IGNORE_WARNING: a build bakes every VITE_ variable of
      // its environment into the page's code, and the page measured must be the one that ships.
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function waitFor(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function formatArticleDate(iso) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('ar-IQ-u-nu-latn', {
      timeZone: 'Asia/Baghdad',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year}`;
}

/** A font stack of the app's theme (src/styles.css), so the static page sets its text alike. */
function themeFont(name) {
  const css = readFileSync('src/styles.css', 'utf8');
  const stack = new RegExp(`--font-${name}:([^;]+);`).exec(css)?.[1];
  if (!stack) throw new Error(`src/styles.css has no --font-${name}`);
  return stack.replace(/\s+/g, ' ').trim();
}

/** The same article as plain HTML with inline CSS and no JavaScript: the limit for a reader. */
function staticArticlePage(article, siteName) {
  const sans = themeFont('sans');
  const serif = themeFont('serif');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(article.subtitle)}">
<title>${escapeHtml(article.title)} – ${escapeHtml(siteName)}</title>
<style>
*{box-sizing:border-box;margin:0}
body{font-family:${sans};background:#fafaf9;color:#1c1917;overflow-wrap:anywhere;-webkit-font-smoothing:antialiased}
header{background:#0f3d5e;color:#fff}
header div{max-width:64rem;margin:0 auto;padding:.75rem 1rem}
header a{color:inherit;text-decoration:none;font-size:1.5rem;font-weight:700;display:inline-flex;min-height:2.75rem;align-items:center}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem}
.head{border-bottom:1px solid #e7e5e4;padding-bottom:1.25rem}
h1{font-family:${serif};font-size:1.5rem;line-height:1.375;font-weight:700}
.sub{margin-top:.75rem;font-size:1.125rem;color:#44403c}
.meta{margin-top:.75rem;font-size:.875rem;color:#57534e;display:flex;flex-wrap:wrap;column-gap:.75rem}
.meta b{font-weight:700}
.body{margin-top:1.5rem;font-family:${serif};font-size:1.125rem;line-height:2}
.body p+p{margin-top:1.25rem}
footer{margin-top:2rem;border-top:1px solid #e7e5e4;padding-top:1.25rem}
ul{list-style:none;padding:0;display:flex;gap:.5rem}
.tag{display:inline-flex;min-height:2.75rem;align-items:center;border-radius:9999px;background:#e7e5e4;padding:0 1rem;font-weight:700;color:inherit;text-decoration:none}
@media (min-width:40rem){h1{font-size:1.875rem}}
</style>
</head>
<body>
<header><div><a href="/">${escapeHtml(siteName)}</a></div></header>
<main>
<article aria-labelledby="article-title">
<div class="head">
<h1 id="article-title">${escapeHtml(article.title)}</h1>
<p class="sub">${escapeHtml(article.subtitle)}</p>
<p class="meta"><b>${escapeHtml(article.source)}</b><time datetime="${article.publishedAt}">${formatArticleDate(article.publishedAt)}</time></p>
</div>
<div class="body">
${article.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
<footer><nav aria-label="الوسوم"><ul>${article.tags
    .map((t) => `<li><a class="tag" href="/tags/${t.slug}">${escapeHtml(t.name)}</a></li>`)
    .join('')}</ul></nav></footer>
</article>
</main>
</body>
</html>
`;
}

/** Serves the static page gzipped, as `vite preview` serves the app. */
function serveStatic(html) {
  const body = Buffer.from(html);
  const gz = gzipSync(body);
  const server = createServer((request, response) => {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };
    if (request.url?.split('?')[0] !== ARTICLE_PATH) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(200, gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers);
    response.end(gzip ? gz : body);
  });
  return new Promise((resolve) => server.listen(STATIC_PORT, '127.0.0.1', () => resolve(server)));
}

/** The last full Lighthouse report of each page, written out for a closer look. */
const lastReports = new Map();

async function audit(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      ...CHROMIUM_ARGS,
      disableFeaturesFlag(chromeLauncher.Launcher.defaultFlags(), MEASUREMENT_FEATURES_OFF),
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    lastReports.set(url, lhr);
    const audits = lhr.audits;
    const scripts = audits['resource-summary'].details.items.find((i) => i.resourceType === 'script');
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
      jsBytes: scripts?.transferSize ?? 0,
      failedAudits: Object.values(lhr.categories.accessibility.auditRefs)
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => ref.id),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chrome or Chromium found: set CHROMIUM_PATH');
  mkdirSync(BENCH_DIR, { recursive: true });

  if (!args['no-build'])
    await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  console.log('');
  printBundle(OUT_DIR);
  console.log('');

  start('npx', ['tsx', 'mocks/http.ts'], { PORT: String(MOCK_PORT), HOST: '127.0.0.1' });
  start('npx', ['vite', 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--outDir', OUT_DIR], {
    MOCK_API_URL: `http://127.0.0.1:${MOCK_PORT}`,
  });
  await waitFor(`http://127.0.0.1:${MOCK_PORT}/__mocks/settings`);
  await waitFor(`http://localhost:${PREVIEW_PORT}/`);
  const article = await (
    await waitFor(`http://localhost:${PREVIEW_PORT}/api/articles/${ARTICLE_SLUG}`)
  ).json();

  const html = staticArticlePage(article, process.env.VITE_SITE_NAME ?? 'زاكروس عربية');
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(join(STATIC_DIR, 'index.html'), html);
  const staticServer = await serveStatic(html);

  const pages = {
    app: `http://localhost:${PREVIEW_PORT}${ARTICLE_PATH}`,
    static: `http://localhost:${STATIC_PORT}${ARTICLE_PATH}`,
  };
  const results = { app: [], static: [] };
  // One warm-up of each, not counted: the first Chromium start and the preview's first answers are slow.
  console.log(
    `Lighthouse ${RUNS}× each (mobile preset, simulated throttling), interleaved, after a warm-up…`,
  );
  await audit(pages.app, chromePath);
  await audit(pages.static, chromePath);
  for (let i = 1; i <= RUNS; i++) {
    for (const name of ['app', 'static']) {
      const r = await audit(pages[name], chromePath);
      results[name].push(r);
      console.log(
        `  run ${i} ${name.padEnd(6)} perf ${r.performance} a11y ${r.accessibility} LCP ${Math.round(r.lcp)} ms` +
          ` FCP ${Math.round(r.fcp)} ms TBT ${Math.round(r.tbt)} ms CLS ${r.cls.toFixed(4)}` +
          (r.failedAudits.length ? ` (a11y: ${r.failedAudits.join(', ')})` : ''),
      );
    }
  }
  staticServer.close();
  writeFileSync(join(BENCH_DIR, 'lighthouse-runs.json'), JSON.stringify({ pages, results }, null, 2));
  for (const [name, url] of Object.entries(pages))
    writeFileSync(join(BENCH_DIR, `${name}.report.json`), JSON.stringify(lastReports.get(url)));

  const m = (name, key) => median(results[name].map((r) => r[key]));
  const ms = (v) => `${Math.round(v)} ms`;
  const kB = (v) => `${(v / 1024).toFixed(1)} KB`;
  const rows = [
    ['median of ' + RUNS, 'app', 'static', 'budget (app)'],
    ['performance score', m('app', 'performance'), m('static', 'performance'), '≥ 95'],
    ['accessibility score', m('app', 'accessibility'), m('static', 'accessibility'), '100'],
    ['LCP', ms(m('app', 'lcp')), ms(m('static', 'lcp')), '≤ 1.5× static'],
    ['FCP', ms(m('app', 'fcp')), ms(m('static', 'fcp')), ''],
    ['TBT', ms(m('app', 'tbt')), ms(m('static', 'tbt')), '≤ 50 ms'],
    ['CLS', m('app', 'cls').toFixed(4), m('static', 'cls').toFixed(4), '≤ 0.002'],
    ['total bytes', kB(m('app', 'bytes')), kB(m('static', 'bytes')), ''],
    ['JS bytes', kB(m('app', 'jsBytes')), kB(m('static', 'jsBytes')), ''],
  ];
  const ratio = m('app', 'lcp') / m('static', 'lcp');
  console.log('');
  console.log(table(rows, ['l']));
  console.log(`LCP app/static: ${ratio.toFixed(2)}× (budget ≤ 1.5×, aim 1.25×)`);
  // Times swing with the machine's load: the spread says how far a median can be trusted.
  const spread = (name, key) => {
    const values = results[name].map((r) => Math.round(r[key]));
    return `${Math.min(...values)}–${Math.max(...values)}`;
  };
  console.log(
    `Across the runs: app TBT ${spread('app', 'tbt')} ms, LCP ${spread('app', 'lcp')} ms, performance ` +
      `${spread('app', 'performance')}; static TBT ${spread('static', 'tbt')} ms, LCP ${spread('static', 'lcp')} ms`,
  );

  const misses = [
    m('app', 'performance') < 95 && 'performance < 95',
    m('app', 'accessibility') < 100 && 'accessibility < 100',
    ratio > 1.5 && 'LCP > 1.5× static',
    m('app', 'tbt') > 50 && 'TBT > 50 ms',
    m('app', 'cls') > 0.002 && 'CLS > 0.002',
  ].filter(Boolean);
  console.log(misses.length ? `Over budget: ${misses.join('; ')}` : 'Within budget.');
  console.log(
    `Raw runs: ${join(BENCH_DIR, 'lighthouse-runs.json')}; last full reports: ${BENCH_DIR}/*.report.json`,
  );
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
