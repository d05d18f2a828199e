import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { accessibilityPlugin } from './test/fixtures/accessibility-plugin.mjs';
import { apiFixtures } from './test/fixtures/api-fixtures.mjs';
import { commonJsPlugin } from './test/fixtures/commonjs-plugin.mjs';
import { referenceServer } from './test/fixtures/reference-server.mjs';
import { countingReporter } from './test/fixtures/counting-reporter.mjs';
import { forcedColorsPlugin } from './test/fixtures/forced-colors-plugin.mjs';
import { networkPlugin } from './test/fixtures/network-plugin.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium found: set CHROME_PATH, or install it (Debian: apt-get install chromium).');
}

// The real server on a seeded in-memory database, for the widgets that read the API.
const server = await referenceServer();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page in a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    forcedColorsPlugin(),
    accessibilityPlugin(),
    networkPlugin(),
    commonJsPlugin(),
    server.plugin,
  ],
  middleware: [apiFixtures(), server.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('test-results/browser.json')],
};
