/**
 * Lets other requests run before going on: a long listing (every series of a
 * busy calendar) then delays a health check or a search by one step, not by
 * the whole listing.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A yield that happens only once `sliceMs` of work has passed since the last
 * one: a loop calls it at every step and gives way every few milliseconds,
 * whether its steps are cheap (read from memory) or dear (a rule expanded).
 */
export function yieldEvery(sliceMs: number): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return yieldToEventLoop().then(() => {
      since = performance.now();
    });
  };
}
