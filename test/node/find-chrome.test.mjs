import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHROME_CANDIDATES, findChrome } from '../../scripts/find-chrome.mjs';

test('CHROME_PATH wins when it exists', () => {
  assert.equal(
    findChrome({ CHROME_PATH: '/opt/my-chrome' }, (p) => p === '/opt/my-chrome'),
    '/opt/my-chrome',
  );
});

test('a CHROME_PATH that does not exist is not replaced by a guess', () => {
  assert.equal(
    findChrome({ CHROME_PATH: '/missing' }, (p) => p === '/usr/bin/chromium'),
    undefined,
  );
});

test('the usual paths are tried in order, Debian’s chromium first', () => {
  assert.equal(CHROME_CANDIDATES[0], '/usr/bin/chromium');
  assert.equal(
    findChrome({}, (p) => p === '/usr/bin/google-chrome'),
    '/usr/bin/google-chrome',
  );
  assert.equal(
    findChrome({}, () => false),
    undefined,
  );
});
