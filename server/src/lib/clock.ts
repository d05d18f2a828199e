import { readFileSync } from 'node:fs';

/**
 * The time background work runs at (reminders, promotions, retention). The real
 * clock, unless WW_TEST_CLOCK_FILE names a file holding an offset in
 * milliseconds: end-to-end tests move every server process to "the day before
 * a session" at once by writing that file. Never set it in production.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The clock the environment asks for: the system's, or the system's plus the offset in WW_TEST_CLOCK_FILE. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const file = env.WW_TEST_CLOCK_FILE?.trim();
  if (!file) return systemClock;
  let offset = 0;
  let readAt = 0;
  return {
    now() {
      const real = Date.now();
      // Read at most once a second: the file changes rarely, and now() is called per job round.
      if (real - readAt > 1000) {
        readAt = real;
        try {
          offset = Number(readFileSync(file, 'utf8').trim()) || 0;
        } catch {
          offset = 0;
        }
      }
      return new Date(real + offset);
    },
  };
}
