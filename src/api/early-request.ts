/**
 * The hand-over between the pre-app script (src/early/) and the app: on an article's address the
 * page asks for the article before the app's code has arrived, and the app takes that answer
 * instead of asking again. Each is taken once; a later request for the same URL goes out afresh.
 */
import type * as z from 'zod/mini';
import { yieldToMain } from '../lib/yield-to-main';

export type EarlyRequest = {
  url: string;
  response: Promise<Response>;
  /** Settles once the answer is in (or failed) and, if it looked like an article, `data` is set. */
  settled: Promise<void>;
  /** The answer's JSON, once it is in and looked like an article (not yet validated). */
  data?: unknown;
  /** Set once the pre-app script has painted `data` as the page's article. */
  painted?: boolean;
};

declare global {
  interface Window {
    __earlyRequest?: EarlyRequest;
    /** The pre-app paint, called by the built page right after #root with the app's entry. */
    __paintEarly?: (appSrc: string) => void;
    /** The minute the pre-app paint's header clock shows, in milliseconds since 1970. */
    __earlyClockMinute?: number;
  }
}

function take(url: string): EarlyRequest | undefined {
  const early = globalThis.window?.__earlyRequest;
  if (!early || early.url !== url) return undefined;
  window.__earlyRequest = undefined;
  return early;
}

/** The early answer for `url`, still on its way or already in. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  return take(url)?.response;
}

/**
 * The early answer's data for `url`, if it is already in and matches `schema`. An answer off the
 * contract stays for `takeEarlyResponse`, so the app reports it without asking again. Building the
 * schema (made on first use) and checking the answer with it each take a task of their own, apart
 * from the caller's: in one task with the router's start, they were the longest of the app's start.
 */
export async function takeEarlyData<S extends z.ZodMiniLazy>(
  url: string,
  schema: S,
): Promise<z.output<S> | undefined> {
  await yieldToMain();
  void schema._zod.innerType; // builds it
  await yieldToMain();
  const early = globalThis.window?.__earlyRequest;
  if (early?.url !== url || early.data === undefined) return undefined;
  const parsed = schema.safeParse(early.data);
  if (!parsed.success) return undefined;
  take(url);
  if (early.painted) tookPaintedAnswer = true;
  return parsed.data;
}

let tookPaintedAnswer = false;

/**
 * Whether the app took the answer that the pre-app script painted: its first render then shows
 * the very page on screen, which React can adopt instead of building it anew
 * (src/app/start-app.tsx).
 */
export function tookPaintedEarlyAnswer(): boolean {
  return tookPaintedAnswer;
}

/** The minute the pre-app paint's header clock shows, if the page had that paint. */
export function paintedClockMinute(): Date | undefined {
  const minute = globalThis.window?.__earlyClockMinute;
  return minute === undefined ? undefined : new Date(minute);
}
