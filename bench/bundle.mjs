/**
 * Bundles an anchor library for a bench page with esbuild (from node_modules:
 * no CDN, no network), minified, as a classic script in a temporary folder.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './servers.mjs';
import { sizes } from './sizes.mjs';

/** `source` imports the library and puts what the page needs on `window`; returns the file, its bytes and remove(). */
export async function bundleForPage(source, name) {
  const dir = mkdtempSync(join(tmpdir(), `ww-bench-${name}-`));
  const file = join(dir, `${name}.js`);
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, bytes: sizes(file), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
