/**
 * The headers the built server sends: a Content-Security-Policy that allows the page's own inline
 * script and style by their hashes and nothing else inline, the other security headers, and the
 * caching and compression of the hashed assets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  cspHash,
  getPage,
  inlineExecutableScripts,
  parseCsp,
  rawRequest,
  REFERENCE_PATH,
  resetMock,
  setFault,
} from './support';

beforeEach(resetMock);

const PAGES: [string, string, (() => Promise<void>)?][] = [
  ['the article', REFERENCE_PATH],
  ['home', '/'],
  ['a tag', '/tags/iraq'],
  ['not found', '/no/such/page'],
  ['an error page', REFERENCE_PATH, () => setFault('article', { status: 500 })],
];

describe.each(PAGES)('%s', (_name, path, before) => {
  it('has a Content-Security-Policy with hashes for exactly its inline script and style', async () => {
    await before?.();
    const { response, document } = await getPage(path);
    const csp = parseCsp(response.headers.get('content-security-policy'));

    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);

    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    for (const source of scriptSrc.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
    const styleSrc = csp.get('style-src') ?? [];
    expect(styleSrc).not.toContain("'unsafe-inline'");

    const scripts = inlineExecutableScripts(document);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(scriptSrc).toContain(cspHash(script.textContent ?? ''));
    // Any other inline script is data a browser does not run.
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (!scripts.includes(script as HTMLScriptElement))
        expect(script.getAttribute('type')).toMatch(/^application\/(ld\+)?json$/);
    }
    for (const style of document.querySelectorAll('style'))
      expect(styleSrc).toContain(cspHash(style.textContent ?? ''));
    // With no 'unsafe-inline', a style attribute would be refused: there must be none.
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    // Nor an inline event handler.
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });

  it('sends the security headers, and no cookie or framework banner', async () => {
    await before?.();
    const { response } = await getPage(path);
    const header = (name: string) => response.headers.get(name);
    const csp = header('content-security-policy') ?? '';
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'nonce-|'strict-dynamic'/);
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(header('cross-origin-opener-policy')).toBe('same-origin');
    expect(header('set-cookie')).toBeNull();
    expect(header('x-powered-by')).toBeNull();
  });
});

describe('the hashed assets', () => {
  let entry = '';
  const outDir = () => inject('outDir');

  beforeAll(async () => {
    // The app's entry: a module script's src, or the address an inline script imports it from.
    const { document } = await getPage('/');
    const fromSrc = [...document.querySelectorAll('script[src]')].map(
      (script) => script.getAttribute('src') ?? '',
    );
    const fromImports = inlineExecutableScripts(document).flatMap((script) =>
      [...(script.textContent ?? '').matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
        ([, url]) => url ?? '',
      ),
    );
    entry = [...fromSrc, ...fromImports].find((url) => url.startsWith('/assets/')) ?? '';
    expect(entry).toMatch(/^\/assets\/[^/]+-[A-Za-z0-9_-]{6,}\.js$/);
  });

  it('are kept by caches for good', async () => {
    const response = await rawRequest(entry);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body.equals(readFileSync(resolve(outDir(), `client${entry}`)))).toBe(true);
  });

  it('come brotli-compressed to who accepts br, gzip-compressed to who accepts gzip only', async () => {
    const plain = readFileSync(resolve(outDir(), `client${entry}`));

    const br = await rawRequest(entry, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary ?? '').toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gzip = await rawRequest(entry, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);
  });

  it('publish no source maps', async () => {
    // The build writes them (for the operators): they must not be served.
    expect(existsSync(resolve(outDir(), `client${entry}.map`))).toBe(true);
    const response = await rawRequest(`${entry}.map`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('"mappings"');
  });

  it('do not include the raw page template', async () => {
    const response = await rawRequest('/index.html');
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('<!--app-html-->');
  });
});
