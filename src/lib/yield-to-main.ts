/**
 * Ends the current task and continues in a new one, so the browser can paint and answer the
 * reader between steps of long work. `scheduler.yield()` keeps the continuation ahead of other
 * queued work where the browser has it; elsewhere a message to itself does, at once (a zero
 * timeout waits 4 ms once timeouts nest, and does not run under a test's fake clock).
 */
export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
