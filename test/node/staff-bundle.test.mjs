import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every file under `dir`, recursively. */
const filesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Words only the desk's code and messages hold: its tags, its message ids, its English and Spanish text. */
const STAFF_MARKS = [/ww-staff-/, /'staff\.[a-z-]+\./, /Sign out everywhere/, /Registrar una llamada/, /v1\/staff\/me/];
/** The QR code generator of "My account" (qrcode-generator): its own error message. */
const QR_MARK = /code length overflow/;

test('the script-tag bundle (dist/cdn) holds no desk code and no desk messages', () => {
  assert.ok(existsSync('dist/cdn/welcome-widgets.js'), 'run npm run build first');
  const scripts = filesIn('dist/cdn').filter((f) => f.endsWith('.js'));
  assert.ok(scripts.length > 20, 'the bundle and its chunks');
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    for (const mark of [...STAFF_MARKS, QR_MARK]) assert.doesNotMatch(text, mark, `${file} holds ${mark}`);
  }
});

test('the QR code generator is in the desk app only, with its licence', () => {
  const desk = filesIn('dist/staff-app').filter((f) => f.endsWith('.js'));
  assert.ok(
    desk.some((f) => QR_MARK.test(readFileSync(f, 'utf8'))),
    'the desk app bundles it (so the mark above is a real one)',
  );
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'staff.js')) {
    assert.doesNotMatch(readFileSync(join('dist', file), 'utf8'), QR_MARK, `dist/${file}`);
  }
  assert.match(readFileSync('dist/staff-app/THIRD-PARTY-NOTICES.txt', 'utf8'), /qrcode-generator [\d.]+ \(MIT\)/);
  assert.doesNotMatch(readFileSync('dist/cdn/THIRD-PARTY-NOTICES.txt', 'utf8'), /qrcode-generator/);
});

test('the npm entry of every widget is free of the desk; the desk is its own entry and app', () => {
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'staff.js')) {
    const text = readFileSync(join('dist', file), 'utf8');
    assert.doesNotMatch(text, /ww-staff-|staff\/index|desk-api/, `dist/${file}`);
  }
  assert.match(readFileSync('dist/staff.js', 'utf8'), /ww-staff-desk/);
  const page = readFileSync('dist/staff-app/index.html', 'utf8');
  assert.match(page, /<ww-staff-desk own-page>/);
  // No inline script: the page's CSP allows none.
  for (const [, attributes, body] of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(attributes, /\bsrc="\/staff\/assets\/[\w.-]+\.js"/);
    assert.equal(body.trim(), '');
  }
});
