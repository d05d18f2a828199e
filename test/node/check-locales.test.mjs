import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLanguages, checkXliff } from '../../scripts/check-locales.mjs';

const file = (units, locale = 'es') => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en" original="lit-localize-inputs" datatype="plaintext"><body>
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

/** checkXliff's result for one locale whose messages are [id, source, target] triples. */
const catalogue = (locale, messages) =>
  checkXliff(
    file(
      messages
        .map(
          ([id, source, target]) =>
            `<trans-unit id="${id}"><source>${source}</source><target state="needs-review-translation">${target}</target></trans-unit>`,
        )
        .join('\n'),
      locale,
    ),
    `${locale}.xlf`,
  );

test('a target left in English is reported, with its placeholders compared too', () => {
  const problems = checkLanguages([
    catalogue('vi', [
      ['channel.email', 'Email', 'Email'],
      ['finder.call', 'Call <x id="0" equiv-text="${n}"/>', 'Call <x id="0" equiv-text="${n}"/>'],
      ['finder.called', 'Call <x id="0" equiv-text="${n}"/>', 'Gọi <x id="0" equiv-text="${n}"/>'],
    ]),
  ]);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^vi\.xlf: channel\.email target is the English source \("Email"\)/);
  assert.match(problems[1], /^vi\.xlf: finder\.call target is the English source \("Call \{0\}"\)/);
});

test('names kept on purpose and texts without letters may stay as in English', () => {
  const problems = checkLanguages([
    catalogue('pl', [
      ['add.outlook', 'Outlook', 'Outlook'],
      ['channel.311', '311', '311'],
      [
        'month-status',
        '<x id="0" equiv-text="${a}"/>, <x id="1" equiv-text="${b}"/>',
        '<x id="0" equiv-text="${a}"/>, <x id="1" equiv-text="${b}"/>',
      ],
      ['online', 'Online', 'Online'],
    ]),
  ]);
  assert.deepEqual(problems, []);
});

test('a word kept for one language is still reported in another', () => {
  const problems = checkLanguages([catalogue('ru', [['online', 'Online', 'Online']])]);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /ru\.xlf: online target is the English source/);
});

test('a Wolof or Pulaar target equal to the French one is reported', () => {
  const problems = checkLanguages([
    catalogue('fr', [
      ['csv', 'Download CSV', 'Télécharger le CSV'],
      ['workshop', 'Workshop', 'Atelier'],
      ['phone', 'Phone', 'Téléphone'],
    ]),
    catalogue('wo', [
      ['csv', 'Download CSV', 'Yeb CSV'],
      ['workshop', 'Workshop', 'Atelier'],
      ['phone', 'Phone', 'Telefon'],
    ]),
    catalogue('ff', [
      ['csv', 'Download CSV', 'Télécharger le CSV'],
      ['workshop', 'Workshop', 'Golle'],
      ['phone', 'Phone', 'Telefon'],
    ]),
  ]);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /wo\.xlf: workshop target is the fr target \("Atelier"\)/);
  assert.match(problems[1], /ff\.xlf: csv target is the fr target \("Télécharger le CSV"\)/);
});

test('a Cape Verdean Creole target equal to the Portuguese one is reported unless it is kea too', () => {
  const problems = checkLanguages([
    catalogue('pt', [
      ['list', 'List', 'Lista'],
      ['free', 'Free', 'Gratuito'],
    ]),
    catalogue('kea', [
      ['list', 'List', 'Lista'],
      ['free', 'Free', 'Gratuito'],
    ]),
  ]);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /kea\.xlf: free target is the pt target/);
});

test('Chinese in the other script is reported', () => {
  const problems = checkLanguages([
    catalogue('zh-Hant', [
      ['close', 'Close', '關閉'],
      ['email', 'Email', '电子邮件'],
    ]),
    catalogue('zh-Hans', [
      ['close', 'Close', '關閉'],
      ['email', 'Email', '电子邮件'],
    ]),
  ]);
  assert.deepEqual(problems, [
    'zh-Hant.xlf: email target has simplified characters (电邮)',
    'zh-Hans.xlf: close target has traditional characters (關閉)',
  ]);
});

test('a desk message (staff.*) may stay untranslated outside Spanish, never in Spanish', () => {
  const units = `<trans-unit id="staff.a"><source>Queue</source></trans-unit>
    <trans-unit id="staff.b"><source>Outbox</source><target state="needs-translation">Outbox</target></trans-unit>
    <trans-unit id="form.c"><source>Send</source></trans-unit>`;
  const fr = checkXliff(file(units, 'fr'), 'fr.xlf');
  assert.deepEqual(fr.problems, [
    `fr.xlf: form.c has no translation (add a <target>, or copy the source with state="needs-translation")`,
  ]);
  assert.deepEqual(checkLanguages([fr]), []);
  const es = checkXliff(file(units, 'es'), 'es.xlf');
  assert.equal(es.problems.length, 2);
  assert.match(es.problems[0], /staff\.a has no translation/);
  assert.match(checkLanguages([es]).join('\n'), /staff\.b target is the English source/);
});
