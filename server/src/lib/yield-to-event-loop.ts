/**
 * Lets other requests run before going on: a long listing (every series of a
 * busy calendar) then delays a health check or a search by one step, not by
 * the whole listing.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
