// `npm run bench`: the server-rendered article page of the production build, measured two ways.
//   1. In the browser: Lighthouse 12's mobile preset (simulated throttling, the installed Chromium)
//      on /articles/kadhimi-mckenzie-technical-committee against a static HTML page of the same
//      article (its physical limit), interleaved A,B,A,B after one warm-up each; medians, spreads
//      and the budget (LCP ≤ 1.1× the static page's, TBT, CLS, scores, JavaScript transferred).
//   2. On the server: autocannon's requests per second and latencies for GET of that page at a
//      fixed concurrency, compressed (Accept-Encoding: gzip, br) and not, after the Lighthouse runs
//      so that the load does not disturb them; the size of one rendered answer; non-2xx answers.
//   The same pair again for an article with a lead picture (/articles/erbil-fc-league-win against
//   its static page with the same picture, srcset and fetchpriority): LCP ≤ 1.1× and CLS too.
// It also prints the client bundle and what of it the article page loads (scripts/bundle-report.mjs).
//
//   npm run bench                          5 Lighthouse runs of each page, 10 s of load at 10 connections
//   npm run bench -- --runs 9              more Lighthouse runs (or BENCH_RUNS)
//   npm run bench -- --server-seconds 30   a longer load test
//   npm run bench -- --connections 50      more concurrent connections
//   npm run bench -- --no-build            reuse the last build in <BENCH_OUT_DIR>/dist
//
// Ports and folder move with BENCH_MOCK_PORT (8841), BENCH_APP_PORT (4241), BENCH_STATIC_PORT (4242)
// and BENCH_OUT_DIR (bench-results: the build goes to its dist/, the raw runs and reports beside it);
// CHROMIUM_PATH picks the browser; VITE_SITE_NAME names the site on the static page, as in the app.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { kb, printBundle, table } from './bundle-report.mjs';
import {
  CHROMIUM_ARGS,
  MEASUREMENT_FEATURES_OFF,
  disableFeaturesFlag,
  findChromium,
} from './chromium-path.mjs';

const ARTICLE_SLUG = 'kadhimi-mckenzie-technical-committee';
const ARTICLE_PATH = `/articles/${ARTICLE_SLUG}`;
// A story with a lead picture: its limit is the same static page with the same picture.
const IMAGE_SLUG = 'erbil-fc-league-win';
const IMAGE_PATH = `/articles/${IMAGE_SLUG}`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    'server-seconds': { type: 'string' },
    connections: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
function positiveInteger(name, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer`);
  return number;
}
const RUNS = positiveInteger('--runs', args.runs ?? process.env.BENCH_RUNS ?? 5);
const SERVER_SECONDS = positiveInteger('--server-seconds', args['server-seconds'] ?? 10);
const CONNECTIONS = positiveInteger('--connections', args.connections ?? 10);
const MOCK_PORT = Number(process.env.BENCH_MOCK_PORT ?? 8841);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4241);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 4242);

// The servers need the repo root as their working directory; paths hang from it, not from the
// shell's directory, so `node scripts/bench.mjs` works from anywhere.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'bench-results');
const OUT_DIR = join(BENCH_DIR, 'dist');
const CLIENT_DIR = join(OUT_DIR, 'client');
const SERVER_ENTRY = join(OUT_DIR, 'server', 'index.js');
const STATIC_DIR = join(BENCH_DIR, 'static');
// The build takes its out dir relative to the repo root (bench-results/dist), as a person types it.
const BUILD_OUT_DIR = relative(ROOT, OUT_DIR) || '.';

const MOCK_URL = `http://127.0.0.1:${MOCK_PORT}`;
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const STATIC_URL = `http://127.0.0.1:${STATIC_PORT}`;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// Child processes. Each runs as the leader of a process group of its own (detached), so that one
// signal to the group stops it with whatever it started (npx → tsx → node). Every group is
// stopped on the way out, whether the bench ends well, throws, or is interrupted.

const children = new Set();

function spawnGroup(command, commandArgs, { env = process.env, stdio, lowPriority = false }) {
  const [program, programArgs] =
    lowPriority && process.platform !== 'win32'
      ? ['nice', ['-n', '19', command, ...commandArgs]]
      : [command, commandArgs];
  const child = spawn(program, programArgs, { cwd: ROOT, env, stdio, detached: true });
  children.add(child);
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the whole group is gone
  }
}

/** Whether something on this machine accepts connections on `port`. */
function listening(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/**
 * Stops a server's group and waits until its own process has exited and its port is free, so the
 * next server can take the port and nothing old answers in its place. Not "until the group is
 * empty": a grandchild's zombie stays in the group until whatever adopted it reaps it.
 */
async function stopServer(child, port) {
  signalGroup(child, 'SIGTERM');
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  for (let waited = 0; !exited() || (await listening(port)); waited += 100) {
    if (waited === 5_000) signalGroup(child, 'SIGKILL');
    if (waited >= 8_000) throw new Error(`the server on port ${port} does not stop`);
    await sleep(100);
  }
  children.delete(child);
}

/** Fails when a port is taken: whatever holds it would answer in place of the server under test. */
async function assertFree(ports) {
  for (const [name, port] of Object.entries(ports)) {
    if (await listening(port))
      throw new Error(`port ${port} (${name}) is taken: stop what listens there or move the bench's ports`);
  }
}

function stopAllNow() {
  for (const child of children) signalGroup(child, 'SIGTERM');
  // A Chromium under test when the bench is interrupted: chrome-launcher starts it in a group of
  // its own, which no signal to this process reaches.
  chromeLauncher.killAll();
}
process.on('exit', stopAllNow);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** Runs a command to its end, in the foreground's output. */
function run(command, commandArgs, env) {
  const child = spawnGroup(command, commandArgs, { env, stdio: 'inherit' });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) done();
      else fail(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`));
    });
  });
}

/**
 * The mock API and the app's production server, started together. At low priority (`nice`) for
 * the Lighthouse runs: on a small machine the servers' work (rendering, compressing) would take
 * CPU from the browser under test, which in production never shares a processor with them.
 */
async function startServers({ lowPriority }) {
  const output = { stdio: ['ignore', 'ignore', 'inherit'], lowPriority };
  const mock = spawnGroup('npx', ['tsx', 'mocks/http.ts'], {
    ...output,
    env: { ...process.env, PORT: String(MOCK_PORT), HOST: '127.0.0.1' },
  });
  const app = spawnGroup(process.execPath, [SERVER_ENTRY], {
    ...output,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(APP_PORT),
      HOST: '127.0.0.1',
      API_URL: MOCK_URL,
    },
  });
  await waitFor(`${MOCK_URL}/__mocks/settings`, mock, 'the mock API');
  await waitFor(`${APP_URL}/healthz`, app, 'the app server');
  return { mock, app };
}

async function stopServers(servers) {
  await Promise.all([stopServer(servers.app, APP_PORT), stopServer(servers.mock, MOCK_PORT)]);
}

/** Waits until `url` answers 2xx; fails at once if the process that should answer has exited. */
async function waitFor(url, child, name, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      const response = await fetch(url);
      // Read to the end, so that no half-read answer keeps a connection open.
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${name}: ${url} did not answer within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// The yardstick: the same article as a static page.

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
  const css = readFileSync(join(ROOT, 'src/styles.css'), 'utf8');
  const stack = new RegExp(`--font-${name}:([^;]+);`).exec(css)?.[1];
  if (!stack) throw new Error(`src/styles.css has no --font-${name}`);
  return stack.replace(/\s+/g, ' ').trim();
}

/** The lead picture as the app sends it: srcset, sizes, its size, first in line. */
function staticFigure(image) {
  const srcset = image.variants.map((v) => `${v.url} ${v.width}w`).join(', ');
  const caption = [image.caption, image.credit && `تصوير: ${image.credit}`].filter(Boolean).join(' ');
  return `<figure class="fig"><img src="${escapeHtml(image.url)}" srcset="${escapeHtml(srcset)}" sizes="(min-width: 48rem) 736px, calc(100vw - 2rem)" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}" fetchpriority="high" decoding="sync">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}

/** The same article as plain HTML with inline CSS and no JavaScript: the limit for a reader. */
function staticArticlePage(article, siteName, frame) {
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
header form{display:flex;gap:.25rem;margin-top:.25rem}
header input{min-height:2.75rem;width:100%;border:0;border-radius:.375rem;padding:0 .75rem;font:inherit}
header button{min-height:2.75rem;border:0;background:none;color:inherit;font:inherit;font-weight:700;padding:0 .75rem}
nav.sections{background:#0a2b43}
nav.sections ul{max-width:64rem;margin:0 auto;height:2.75rem;overflow-x:auto;gap:0}
nav.sections a{display:inline-flex;min-height:2.75rem;align-items:center;padding:0 .75rem;color:#fff;font-weight:700;text-decoration:none;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
.brk{background:#b3261e;color:#fff}
.brk p{max-width:64rem;margin:0 auto;height:3rem;display:flex;align-items:center;gap:.75rem;padding:0 1rem}
.brk b{background:#fff;color:#b3261e;border-radius:.25rem;padding:.125rem .5rem;font-size:.875rem}
.brk a{color:inherit;font-weight:700;text-decoration:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
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
.fig{margin-top:1.25rem}
.fig img{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;background:#e7e5e4;border-radius:.375rem}
.fig figcaption{margin-top:.5rem;font-size:.875rem;color:#57534e}
.tag{display:inline-flex;min-height:2.75rem;align-items:center;border-radius:9999px;background:#e7e5e4;padding:0 1rem;font-weight:700;color:inherit;text-decoration:none}
@media (min-width:40rem){h1{font-size:1.875rem}}
</style>
</head>
<body>
${frame.breaking ? `<section class="brk" aria-label="خبر عاجل"><p><b>عاجل</b><a href="/articles/${frame.breaking.slug}">${escapeHtml(frame.breaking.title)}</a></p></section>` : ''}
<header><div><a href="/">${escapeHtml(siteName)}</a>
<form role="search" action="/search" method="get" aria-label="بحث"><label for="q" class="sr">بحث</label><input id="q" type="search" name="q" placeholder="ابحث في الأخبار"><button>بحث</button></form></div>
<nav class="sections" aria-label="الأقسام"><ul><li><a href="/">الرئيسية</a></li>${frame.sections
    .map((section) => `<li><a href="/tags/${section.slug}">${escapeHtml(section.name)}</a></li>`)
    .join('')}</ul></nav></header>
<main>
<article aria-labelledby="article-title">
<div class="head">
<h1 id="article-title">${escapeHtml(article.title)}</h1>
<p class="sub">${escapeHtml(article.subtitle)}</p>
<p class="meta"><b>${escapeHtml(article.source)}</b><time datetime="${article.publishedAt}">${formatArticleDate(article.publishedAt)}</time></p>
</div>
${article.image ? staticFigure(article.image) : ''}
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

/**
 * Serves the static page compressed once, up front (no work per request), in brotli when the
 * browser takes it, else gzip: the app's server sends its pages in brotli too (the `compression`
 * middleware prefers it), so the yardstick's document is no bigger than it has to be.
 */
function serveStatic(pagesByPath) {
  const encodedPages = new Map(
    Object.entries(pagesByPath).map(([path, html]) => [
      path,
      { identity: Buffer.from(html), gzip: gzipSync(html, { level: 9 }), br: brotliCompressSync(html) },
    ]),
  );
  const server = createServer((request, response) => {
    const path = request.url?.split('?')[0] ?? '';
    // The pictures, from the build, as the app's server sends them (a day in the cache).
    if (/^\/images\/[\w/-]+\.webp$/.test(path) && existsSync(join(CLIENT_DIR, path))) {
      response
        .writeHead(200, { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=86400' })
        .end(readFileSync(join(CLIENT_DIR, path)));
      return;
    }
    const accepted = String(request.headers['accept-encoding']);
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };
    const encoded = encodedPages.get(path);
    if (!encoded) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    if (encoding !== 'identity')
      Object.assign(headers, { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
    response.writeHead(200, headers).end(encoded[encoding]);
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(STATIC_PORT, '127.0.0.1', () => done(server));
  });
}

// ---------------------------------------------------------------------------------------------
// Part 1: Lighthouse.

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
    // Every script of the load, the lazy chunks too, not only those before the article shows.
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

const BUDGET = {
  performance: 98,
  accessibility: 100,
  lcpRatio: 1.1,
  lcpRatioAim: 1.05,
  tbtMs: 50,
  cls: 0.002,
  jsBytes: 120 * 1024,
};

/** Lighthouse on the four pages; prints the table and returns the misses. */
async function lighthousePart(chromePath, article, imageArticle, frame) {
  const siteName = process.env.VITE_SITE_NAME ?? 'زاكروس عربية';
  const html = staticArticlePage(article, siteName, frame);
  const imageHtml = staticArticlePage(imageArticle, siteName, frame);
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(join(STATIC_DIR, 'index.html'), html);
  writeFileSync(join(STATIC_DIR, 'image.html'), imageHtml);
  const staticServer = await serveStatic({ [ARTICLE_PATH]: html, [IMAGE_PATH]: imageHtml });

  const pages = {
    app: `${APP_URL}${ARTICLE_PATH}`,
    static: `${STATIC_URL}${ARTICLE_PATH}`,
    'app-image': `${APP_URL}${IMAGE_PATH}`,
    'static-image': `${STATIC_URL}${IMAGE_PATH}`,
  };
  const names = Object.keys(pages);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  try {
    // One warm-up of each, not counted: the first Chromium start and the server's first answers
    // (code still to compile, caches empty) are slow.
    console.log(
      `Lighthouse ${RUNS}× each (mobile preset, simulated throttling), interleaved, after a warm-up…`,
    );
    for (const name of names) await audit(pages[name], chromePath);
    for (let i = 1; i <= RUNS; i++) {
      for (const name of names) {
        const r = await audit(pages[name], chromePath);
        results[name].push(r);
        console.log(
          `  run ${i} ${name.padEnd(12)} perf ${r.performance} a11y ${r.accessibility} LCP ${Math.round(r.lcp)} ms` +
            ` FCP ${Math.round(r.fcp)} ms TBT ${Math.round(r.tbt)} ms CLS ${r.cls.toFixed(4)} JS ${kb(r.jsBytes)}` +
            (r.failedAudits.length ? ` (a11y: ${r.failedAudits.join(', ')})` : ''),
        );
      }
    }
  } finally {
    staticServer.close();
  }
  writeFileSync(join(BENCH_DIR, 'lighthouse-runs.json'), JSON.stringify({ pages, results }, null, 2));
  for (const [name, url] of Object.entries(pages))
    writeFileSync(join(BENCH_DIR, `${name}.report.json`), JSON.stringify(lastReports.get(url)));

  const m = (name, key) => median(results[name].map((r) => r[key]));
  const ms = (v) => `${Math.round(v)} ms`;
  const ratio = m('app', 'lcp') / m('static', 'lcp');
  const imageRatio = m('app-image', 'lcp') / m('static-image', 'lcp');
  const row = (label, key, format, budget, imageBudget = '') => [
    label,
    ...names.map((name) => format(m(name, key))),
    budget,
    imageBudget,
  ];
  const rows = [
    ['median of ' + RUNS, ...names, 'budget (app)', 'budget (app-image)'],
    row('performance score', 'performance', String, `≥ ${BUDGET.performance}`),
    row('accessibility score', 'accessibility', String, `${BUDGET.accessibility}`, `${BUDGET.accessibility}`),
    row('LCP', 'lcp', ms, `≤ ${BUDGET.lcpRatio}× static`, `≤ ${BUDGET.lcpRatio}× static-image`),
    row('FCP', 'fcp', ms, ''),
    row('TBT', 'tbt', ms, `≤ ${BUDGET.tbtMs} ms`),
    row('CLS', 'cls', (v) => v.toFixed(4), `≤ ${BUDGET.cls}`, `≤ ${BUDGET.cls}`),
    row('total bytes', 'bytes', kb, ''),
    row('JS transferred', 'jsBytes', kb, `≤ ${kb(BUDGET.jsBytes)}`),
  ];
  console.log('');
  console.log(table(rows, ['l']));
  console.log(
    `LCP app/static: ${ratio.toFixed(2)}×, app-image/static-image: ${imageRatio.toFixed(2)}× ` +
      `(budget ≤ ${BUDGET.lcpRatio}×, aim ${BUDGET.lcpRatioAim}×)`,
  );
  // Times swing with the machine's load: the spread says how far a median can be trusted.
  const spread = (name, key) => {
    const values = results[name].map((r) => Math.round(r[key]));
    return `${Math.min(...values)}–${Math.max(...values)}`;
  };
  console.log(
    'Across the runs: ' +
      names.map((name) => `${name} TBT ${spread(name, 'tbt')} ms, LCP ${spread(name, 'lcp')} ms`).join('; '),
  );
  return [
    m('app', 'performance') < BUDGET.performance && `performance < ${BUDGET.performance}`,
    m('app', 'accessibility') < BUDGET.accessibility && `accessibility < ${BUDGET.accessibility}`,
    m('app-image', 'accessibility') < BUDGET.accessibility &&
      `accessibility (image article) < ${BUDGET.accessibility}`,
    ratio > BUDGET.lcpRatio && `LCP > ${BUDGET.lcpRatio}× static`,
    imageRatio > BUDGET.lcpRatio && `LCP of the image article > ${BUDGET.lcpRatio}× its static page`,
    m('app', 'tbt') > BUDGET.tbtMs && `TBT > ${BUDGET.tbtMs} ms`,
    m('app', 'cls') > BUDGET.cls && `CLS > ${BUDGET.cls}`,
    m('app-image', 'cls') > BUDGET.cls && `CLS of the image article > ${BUDGET.cls}`,
    m('app', 'jsBytes') > BUDGET.jsBytes && `JavaScript transferred > ${kb(BUDGET.jsBytes)}`,
  ].filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Part 2: the server under load.

/** One GET as it comes off the wire: node:http does not decompress, so the body is what was sent. */
function getRaw(url, acceptEncoding) {
  return new Promise((done, fail) => {
    const request = httpGet(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () =>
        done({
          status: response.statusCode,
          encoding: response.headers['content-encoding'] ?? 'identity',
          contentLength: response.headers['content-length'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on('error', fail);
  });
}

/** React's escaping of text, to find the article's title in the rendered HTML. */
const escapeLikeReact = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c],
  );

function load(url, acceptEncoding, seconds) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'Accept-Encoding': acceptEncoding },
  });
}

/** The server at normal priority under autocannon; prints the figures and returns the misses. */
async function serverPart(article) {
  const url = `${APP_URL}${ARTICLE_PATH}`;
  const misses = [];

  // One rendered answer in each encoding, as the server sends it, and which one it picks when
  // offered both (as browsers and the load below do).
  const sizes = {};
  for (const asked of ['identity', 'gzip', 'br', 'gzip, br']) {
    const answer = await getRaw(url, asked);
    if (answer.status !== 200) misses.push(`GET ${ARTICLE_PATH} (${asked}) answered ${answer.status}`);
    sizes[asked] = {
      status: answer.status,
      encoding: answer.encoding,
      contentLength: answer.contentLength ?? null, // none when the page is streamed
      bytes: answer.body.length,
    };
    if (asked === 'identity' && !answer.body.toString('utf8').includes(escapeLikeReact(article.title)))
      misses.push("the server's HTML lacks the article's title (not rendered on the server?)");
  }
  const sent = (asked) =>
    `${sizes[asked].bytes} B` +
    (sizes[asked].encoding === asked ? '' : ` (sent as ${sizes[asked].encoding})`);
  console.log(
    `One rendered article: ${sent('identity')} raw, ${sent('gzip')} gzip, ${sent('br')} brotli, as sent; ` +
      `offered "gzip, br" the server sends ${sizes['gzip, br'].encoding}`,
  );

  // Warm-up, not counted: the first requests compile the render path and fill whatever the server
  // caches, which a production server that has been up a while did long ago.
  await load(url, 'gzip, br', Math.min(3, SERVER_SECONDS));

  const runs = {};
  const asked = { compressed: 'gzip, br', uncompressed: 'identity' };
  for (const [name, acceptEncoding] of Object.entries(asked)) {
    console.log(
      `autocannon: GET ${ARTICLE_PATH}, Accept-Encoding: ${acceptEncoding}, ${CONNECTIONS} connections, ${SERVER_SECONDS} s…`,
    );
    runs[name] = await load(url, acceptEncoding, SERVER_SECONDS);
  }
  writeFileSync(
    join(BENCH_DIR, 'server-runs.json'),
    JSON.stringify({ url, connections: CONNECTIONS, seconds: SERVER_SECONDS, sizes, runs }, null, 2),
  );

  const latency = (v) => `${v.toFixed(1)} ms`;
  console.log('');
  console.log(
    table(
      [
        ['Accept-Encoding', 'req/s', 'requests', 'p50', 'p97.5', 'p99', 'max', 'non-2xx', 'errors'],
        ...Object.entries(runs).map(([name, r]) => [
          asked[name],
          Math.round(r.requests.average),
          r.requests.total,
          latency(r.latency.p50),
          latency(r.latency.p97_5),
          latency(r.latency.p99),
          latency(r.latency.max),
          r.non2xx,
          r.errors,
        ]),
      ],
      ['l'],
    ),
  );
  for (const [name, r] of Object.entries(runs)) {
    if (r.non2xx > 0) misses.push(`${r.non2xx} non-2xx answers under load (${asked[name]})`);
    // autocannon's errors count its timeouts too.
    if (r.errors > 0)
      misses.push(`${r.errors} connection errors (${r.timeouts} timeouts) under load (${asked[name]})`);
  }
  return misses;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chrome or Chromium found: set CHROMIUM_PATH');
  mkdirSync(BENCH_DIR, { recursive: true });

  if (!args['no-build']) {
    // The user's environment as it is, and nothing of ours but the out dir: a build bakes every
    // VITE_ variable of its environment into the page's code, and the page measured must be the
    // one that ships (so no VITE_CONFIG_NATIVE_IGNORE_WARNING or the like here).
    await run('npm', ['run', 'build'], { ...process.env, BUILD_OUT_DIR });
  }
  for (const path of [join(CLIENT_DIR, 'index.html'), SERVER_ENTRY]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: build first (without --no-build)`);
  }
  console.log('');
  printBundle(CLIENT_DIR);
  console.log('');

  await assertFree({
    BENCH_MOCK_PORT: MOCK_PORT,
    BENCH_APP_PORT: APP_PORT,
    BENCH_STATIC_PORT: STATIC_PORT,
  });
  let servers = await startServers({ lowPriority: true });
  // The static page's text comes from the API itself, not through the app's server.
  const articleResponse = await fetch(`${MOCK_URL}/api/articles/${ARTICLE_SLUG}`);
  if (!articleResponse.ok) throw new Error(`the mock API answered ${articleResponse.status} for the article`);
  const article = await articleResponse.json();
  const appPage = await fetch(`${APP_URL}${ARTICLE_PATH}`);
  await appPage.arrayBuffer();
  if (!appPage.ok) throw new Error(`the app server answered ${appPage.status} for ${ARTICLE_PATH}`);

  const imageResponse = await fetch(`${MOCK_URL}/api/articles/${IMAGE_SLUG}`);
  if (!imageResponse.ok) throw new Error(`the mock API answered ${imageResponse.status} for ${IMAGE_SLUG}`);
  const imageArticle = await imageResponse.json();
  await (await fetch(`${APP_URL}${IMAGE_PATH}`)).arrayBuffer();

  // The page's frame as the app's server renders it: the breaking bar, search and the sections.
  const frame = {
    breaking: await (await fetch(`${MOCK_URL}/api/breaking`)).json(),
    sections: await (await fetch(`${MOCK_URL}/api/sections`)).json(),
  };
  const misses = await lighthousePart(chromePath, article, imageArticle, frame);

  // The load test at normal priority, the servers started anew: at `nice` 19 the load generator
  // (autocannon, in this process, at normal priority) would take the CPU from the server and the
  // figures would measure the scheduler. The mock API goes along: the server may ask it for the
  // article on each render, and a starved API would pass for a slow server.
  await stopServers(servers);
  servers = await startServers({ lowPriority: false });
  console.log('');
  console.log('The server under load (server and mock API at normal priority, on this machine):');
  misses.push(...(await serverPart(article)));
  await stopServers(servers);

  console.log('');
  console.log(misses.length ? `Over budget: ${misses.join('; ')}` : 'Within budget.');
  console.log(
    `Raw runs: ${join(BENCH_DIR, 'lighthouse-runs.json')} and ${join(BENCH_DIR, 'server-runs.json')}; ` +
      `last full reports: ${BENCH_DIR}/*.report.json`,
  );
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
