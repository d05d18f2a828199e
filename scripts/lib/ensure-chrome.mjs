import { existsSync } from 'node:fs';
import { CHROME_CANDIDATES, findChrome } from '../find-chrome.mjs';
import { run } from './run.mjs';

/**
 * Returns the path of a Chromium to test with. Where none is found and this
 * runs as root on Debian, installs Debian's `chromium`; otherwise stops with a
 * one-line instruction. Never downloads a browser of its own.
 */
export async function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chrome or Chromium binary.`);
    process.exit(1);
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update', '-qq'], { env });
    await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error(
    `No Chrome or Chromium found (looked in CHROME_PATH, ${CHROME_CANDIDATES.join(', ')}): install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}
