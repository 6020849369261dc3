/** What the server tests share: HTTP without a browser, the mock's switches, and reading a page. */
import { createHash } from 'node:crypto';
import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { inject } from 'vitest';
import type { Fault, RouteId } from '../../mocks/store';

// jsdom ships no types (and @types/jsdom is not a dependency): typed here as far as used.
type JsdomModule = { JSDOM: new (html: string, options?: { url?: string }) => { window: Window } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export const serverUrl = () => inject('serverUrl');
export const mockUrl = () => inject('mockUrl');

export const REFERENCE_SLUG = 'kadhimi-mckenzie-technical-committee';
export const REFERENCE_PATH = `/articles/${REFERENCE_SLUG}`;

/** A route of the mock API, and a fault to inject into it (mocks/store.ts). */
export type MockRoute = RouteId;
export type MockFault = Fault;

async function mockCall(path: string, init: RequestInit): Promise<void> {
  const response = await fetch(`${mockUrl()}${path}`, init);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`mock ${path}: ${response.status}`);
}

/** Back to the seed: no faults, normal mode. */
export const resetMock = () => mockCall('/__mocks/reset', { method: 'POST' });

export const setFault = (route: MockRoute, fault: MockFault) =>
  mockCall('/__mocks/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ faults: { [route]: fault } }),
  });

export type RawResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came, not decompressed. */
  body: Buffer;
  /** Milliseconds from the request to the end of the answer. */
  elapsedMs: number;
};

/**
 * One request with node:http, as curl would send it: exactly these headers (no Accept-Encoding
 * unless given), the path as written (malformed ones too), the answer's bytes untouched.
 */
export function rawRequest(
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    base?: string;
    agent?: Agent;
    /** Called once the connection to the server is open. */
    onConnect?: () => void;
    body?: string;
  } = {},
): Promise<RawResponse> {
  const base = new URL(options.base ?? serverUrl());
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent ?? false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            elapsedMs: performance.now() - started,
          }),
        );
      },
    );
    request.on('error', reject);
    const { onConnect } = options;
    if (onConnect) request.once('socket', (socket) => socket.once('connect', onConnect));
    request.end(options.body);
  });
}

/**
 * Sends `head` (request line and headers, without the blank line) over a socket of its own, byte
 * for byte, and gives the answer's status: for requests no HTTP client would send as written.
 */
export function sendRaw(head: string, base = serverUrl()): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(`${head}\r\n\r\n`));
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1];
      if (status) resolve(Number(status));
      else reject(new Error(`no HTTP answer: ${JSON.stringify(answer.slice(0, 200))}`));
    });
  });
}

/** A page as a browser gets it (fetch decompresses), with its HTML parsed. */
export async function getPage(path: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(`${serverUrl()}${path}`, { redirect: 'manual', ...init });
  const html = await response.text();
  return {
    response,
    html,
    document: parseHtml(html, `${serverUrl()}${path}`),
    elapsedMs: performance.now() - started,
  };
}

export function parseHtml(html: string, url?: string): Document {
  return new JSDOM(html, url ? { url } : {}).window.document;
}

export const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

export function metaContent(document: Document, attribute: 'name' | 'property', key: string): string[] {
  return [...document.head.querySelectorAll(`meta[${attribute}="${key}"]`)].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
}

/** The JSON-LD blocks of a page, parsed. */
export function structuredData(document: Document): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );
}

/** The CSP's directives by name, each with its sources. */
export function parseCsp(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** A CSP hash source for this text, as a browser computes it. */
export const cspHash = (content: string) =>
  `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** Inline scripts a browser would run: no `src`, and a JavaScript type (or none). */
export function inlineExecutableScripts(document: Document): HTMLScriptElement[] {
  return [...document.querySelectorAll('script:not([src])')].filter((script): script is HTMLScriptElement => {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
  });
}
