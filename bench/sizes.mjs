import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of a file as served: minified as built, gzip -9, brotli 11. */
export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The sum of several `sizes()`. */
export const sum = (list) =>
  list.reduce((t, s) => ({ min: t.min + s.min, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
