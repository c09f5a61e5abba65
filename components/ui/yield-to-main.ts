/**
 * Lets the browser run what is waiting (a paint, a tap, the next effect) before the caller goes
 * on. A page's first effects each start a request, and each `fetch()` costs the main thread a
 * few milliseconds; yielding first gives every request its own short task instead of one long
 * task that holds a tap back on a slow phone. `scheduler.yield()` where the browser has it
 * (the caller keeps its place in the queue), else a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
