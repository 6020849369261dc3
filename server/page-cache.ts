/**
 * Rendered pages, kept for a moment. A page is the same for every reader, so when many ask for one
 * at once (a breaking story shared in a few groups), the process renders it once and answers the
 * rest from memory:
 * - the requests that arrive while an address renders wait for that render and get its answer,
 *   whatever it is (an error page too: the API is asked once, not once per waiting reader);
 * - a whole 200 page then answers every request for the next `ttlMs` (a second by default). Not a
 *   redirect, an error, a 404 (a story may appear there any moment) or a page whose render failed
 *   or was cut off.
 * Each encoding is compressed once. A page is thus never older than `ttlMs` here; the shared cache
 * in front (nginx, a CDN) keeps it longer, by its Cache-Control. Entries leave in the order they
 * came, once stale or when the cache holds more than `maxBytes`.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

/**
 * Brotli for pages, as they stream and when a kept page is first asked for in brotli. A page is
 * tens of kilobytes: a 256 KB window holds it whole, where the default 4 MB one cost memory and
 * time on every answer (npm run bench:load: the process grew by 118 MB over 20,000 pages, then by
 * 20 MB with no trend; 226 → 279 pages a second). Quality 4, the compression middleware's own: at
 * 2 a page was 8% larger for 17% more pages a second.
 */
export const PAGE_BROTLI_OPTIONS = {
  params: {
    [zlibConstants.BROTLI_PARAM_QUALITY]: 4,
    [zlibConstants.BROTLI_PARAM_LGWIN]: 18,
  },
};

const compressors = {
  br: (html: Buffer) => promisify(brotliCompress)(html, PAGE_BROTLI_OPTIONS),
  gzip: (html: Buffer) => promisify(gzip)(html),
};
export type PageEncoding = keyof typeof compressors;

/**
 * The encoding the compression middleware would choose for this request: brotli or gzip when the
 * reader takes one (brotli first when it weighs both the same), or null for anything else (the
 * page then goes out as it is, and the middleware does the rest).
 */
export function pageEncoding(headers: Record<string, string | string[] | undefined>): PageEncoding | null {
  const chosen = new Negotiator({ headers }).encoding(['br', 'gzip', 'deflate', 'identity'], ['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/** A page as it was answered: its status, its headers (without Server-Timing) and its HTML. */
export type PageAnswer = { status: number; headers: Record<string, string>; html: Buffer };

export type SharedPage = PageAnswer & {
  /** When its render started: its data is from then. */
  renderedAt: number;
  /** The HTML in `encoding`, compressed on the first request that takes it. */
  encoded: (encoding: PageEncoding) => Promise<Buffer>;
};

function shared(answer: PageAnswer, renderedAt: number): SharedPage {
  const encodings = new Map<PageEncoding, Promise<Buffer>>();
  return {
    ...answer,
    renderedAt,
    encoded(encoding) {
      let body = encodings.get(encoding);
      if (!body) {
        body = compressors[encoding](answer.html);
        encodings.set(encoding, body);
        // A failed compression is tried again by the next request rather than kept.
        body.catch(() => encodings.delete(encoding));
      }
      return body;
    },
  };
}

type Options = {
  /** How long a page is answered from memory. 0 keeps nothing (every request renders). */
  ttlMs: number;
  /** The most the kept pages take, their compressed copies included. */
  maxBytes: number;
  now?: () => number;
};

export class PageCache {
  private readonly pages = new Map<string, SharedPage>();
  private readonly rendering = new Map<string, Promise<SharedPage | null>>();
  private bytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: Options) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /**
   * The page kept for `key`, if it is still fresh; else, while a render of it is under way, that
   * render's answer once it is done (null if it had none to share: the caller renders its own).
   */
  async find(key: string): Promise<SharedPage | null> {
    this.dropStale();
    const page = this.pages.get(key);
    if (page && this.isFresh(page)) return page;
    return (await this.rendering.get(key)) ?? null;
  }

  /**
   * Says a render of `key` is starting. Requests for it meanwhile wait for its outcome, which the
   * returned function settles, with the answer or null (always call it, once). A render that starts
   * while another is under way (a refresh) is kept too, unless a later one was kept first.
   */
  startRender(key: string): (answer: PageAnswer | null) => void {
    if (!this.enabled) return () => {};
    const renderedAt = this.now();
    if (this.rendering.has(key)) {
      return (answer) => {
        if (answer) this.keep(key, shared(answer, renderedAt));
      };
    }
    let settle!: (page: SharedPage | null) => void;
    this.rendering.set(key, new Promise((resolve) => (settle = resolve)));
    return (answer) => {
      this.rendering.delete(key);
      const page = answer && shared(answer, renderedAt);
      settle(page && this.keep(key, page));
    };
  }

  /** Keeps a 200 page; returns the page to answer with (a later render's, if one was kept first). */
  private keep(key: string, page: SharedPage): SharedPage {
    if (page.status !== 200) return page;
    const previous = this.pages.get(key);
    if (previous && previous.renderedAt > page.renderedAt) return previous;
    if (previous) this.forget(key, previous);
    this.pages.set(key, page);
    this.bytes += bytesOf(page);
    this.dropStale();
    return page;
  }

  private isFresh(page: SharedPage): boolean {
    return this.now() - page.renderedAt < this.options.ttlMs;
  }

  /**
   * Stale pages out, then the oldest while over budget. The map's order is the order they were
   * kept, near enough the order of their age (a slow render is kept after a quicker, later one, and
   * may wait a moment behind it: `find` never answers with it stale).
   */
  private dropStale(): void {
    for (const [key, page] of this.pages) {
      if (this.isFresh(page) && this.bytes <= this.options.maxBytes) break;
      this.forget(key, page);
    }
  }

  private forget(key: string, page: SharedPage): void {
    this.pages.delete(key);
    this.bytes -= bytesOf(page);
  }

  /** What the kept pages take, for the tests. */
  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}

/** What a kept page takes: its HTML, and its compressed copies at about a quarter of it each. */
const bytesOf = (page: PageAnswer) => Math.round(page.html.length * 1.5);
