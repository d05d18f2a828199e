import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkXliff } from '../../scripts/check-locales.mjs';

const file = (units) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="es" source-language="en" original="lit-localize-inputs" datatype="plaintext"><body>
${units}
</body></file></xliff>`;

test('a drafted translation with its review state and placeholders passes', () => {
  const { problems, ids } = checkXliff(
    file(`<trans-unit id="a.b"><source>Found: <x id="0" equiv-text="\${n}"/></source>
      <target state="needs-review-translation">Encontrados: <x id="0" equiv-text="\${n}"/></target></trans-unit>`),
    'es.xlf',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(ids, ['a.b']);
});

test('a missing translation, review state or placeholder is reported', () => {
  const { problems } = checkXliff(
    file(`<trans-unit id="missing"><source>Hi</source></trans-unit>
      <trans-unit id="no-state"><source>Hi</source><target>Hola</target></trans-unit>
      <trans-unit id="lost-placeholder"><source>N: <x id="0" equiv-text="\${n}"/></source><target state="translated">N</target></trans-unit>`),
    'es.xlf',
  );
  assert.equal(problems.length, 3);
  assert.match(problems[0], /missing has no translation/);
  assert.match(problems[1], /no-state target needs a review state/);
  assert.match(problems[2], /lost-placeholder target placeholders differ/);
});

test('a message without an explicit id is reported', () => {
  const { problems } = checkXliff(
    file(`<trans-unit id="s0123456789abcdef"><source>Hi</source><target state="final">Hola</target></trans-unit>`),
    'es.xlf',
  );
  assert.match(problems[0], /no explicit id/);
});
