// autocannon 8 ships no types (and @types/autocannon is not a dependency): typed here as far as
// scripts/bench-load.ts uses its programmatic API.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Stop after this many requests in all (instead of after `duration`). */
      amount?: number;
      headers?: Record<string, string>;
      /** Worker threads to run the connections in (default: none, the caller's thread). */
      workers?: number;
      /** Seconds a request may take before it counts as an error (a timeout). */
      timeout?: number;
    }

    /** A percentile summary: latencies in ms, requests per second, bytes per second. */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      [percentile: string]: number;
    }

    interface Result {
      url: string;
      connections: number;
      duration: number;
      start: Date;
      finish: Date;
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }

    /** The running load: a thenable that resolves with the result, and can be stopped early. */
    interface Instance extends EventEmitter, PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
