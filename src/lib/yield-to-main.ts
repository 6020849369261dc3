/**
 * Ends the current task and continues in a new one, so the browser can paint and answer the
 * reader between steps of long work. `scheduler.yield()` keeps the continuation ahead of other
 * queued work where the browser has it; elsewhere a zero timeout does.
 */
export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
