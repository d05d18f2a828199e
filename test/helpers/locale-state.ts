import { pageStore } from '../../src/core/page-store.js';

/** Puts the page's locale inputs back as a fresh page has them. */
export function resetPageLocale(): void {
  pageStore().visitorLocale = null;
  pageStore().scriptConfig = {};
  pageStore().apiConfig = {};
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
  localStorage.clear();
}

/**
 * Resolves after `condition` holds; rejects after `timeoutMs`. Polls with timers,
 * not animation frames: a test page in a background tab gets no frames.
 */
export async function until(condition: () => boolean, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
