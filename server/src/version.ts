/** Kept equal to the server package's version by a test. */
export const VERSION = '0.1.0';
