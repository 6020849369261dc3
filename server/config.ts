/** The production server's run-time settings, from the environment. */
export type ServerConfig = {
  port: number;
  host: string;
  /** Where the API lives; the server renders from it and passes the browser's `/api/*` to it. */
  apiUrl: string;
  /** The site's public origin, for canonical links and previews; else each request's own. */
  siteUrl: string | null;
  /** How long a page waits for the API before it is answered with the error page. */
  apiTimeoutMs: number;
  /** How long a shared cache (a CDN, nginx) may serve a page as fresh, in seconds. */
  pageCacheSeconds: number;
  /**
   * How long this process answers a page from the render it just made, in milliseconds (0: every
   * request renders). See server/page-cache.ts.
   */
  renderCacheMs: number;
  /** Whether the site is served over HTTPS only, so browsers are told to keep to it (HSTS). */
  hsts: boolean;
};

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    apiUrl: (env.API_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, ''),
    siteUrl: env.SITE_URL ? new URL(env.SITE_URL).origin : null,
    apiTimeoutMs: Number(env.API_TIMEOUT_MS ?? 5000),
    pageCacheSeconds: Number(env.PAGE_CACHE_SECONDS ?? 60),
    renderCacheMs: Number(env.RENDER_CACHE_MS ?? 1000),
    hsts: env.HSTS === 'on',
  };
}
