import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UI_LOCALES } from '../src/lib/ui-locales.js';
import { formatSession, intlLocale } from '../src/messages/dates.js';
import { MessageTexts } from '../src/messages/texts.js';
import { parseParts, parseXliff } from '../src/messages/xliff.js';

const texts = MessageTexts.load();

test('the XLIFF reader: text, entities and named placeholders, the target state', () => {
  const units = parseXliff(`<?xml version="1.0"?><xliff><file><body>
<trans-unit id="mail.a">
  <source>Hello <x id="0" equiv-text="\${name}"/> &amp; &lt;you&gt;</source>
  <target state="needs-review-translation">&#x41;&#66; <x id="0" equiv-text="\${name}"/>!</target>
</trans-unit>
<trans-unit id="mail.b"><source>No target</source></trans-unit>
</body></file></xliff>`);
  assert.deepEqual(units.get('mail.a'), {
    source: ['Hello ', { name: 'name' }, ' & <you>'],
    target: ['AB ', { name: 'name' }, '!'],
    state: 'needs-review-translation',
  });
  assert.deepEqual(units.get('mail.b'), { source: ['No target'], target: undefined, state: undefined });
  assert.deepEqual(parseParts('<x id="1" equiv-text="${a.b}"/>'), [{ name: 'a' }]);
});

test('every UI language has every mail text, translated, with the source placeholders', () => {
  const ids = ['mail.greeting', 'mail.confirmed.subject', 'mail.waitlisted.intro', 'mail.page.invalid'];
  for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
    assert.equal(texts.localeFor(locale), locale, `${locale} is read`);
    for (const id of ids) {
      const text = texts.text(locale, id, { name: 'NAME', title: 'TITLE', position: 7 });
      assert.notEqual(
        text.value,
        texts.text('en', id, { name: 'NAME', title: 'TITLE', position: 7 }).value,
        `${locale} ${id}`,
      );
      assert.equal(text.machine, true, 'drafts are marked');
      if (id === 'mail.waitlisted.intro') {
        assert.ok(text.value.includes('TITLE') && text.value.includes('7'), `${locale}: ${text.value}`);
      }
    }
  }
  assert.deepEqual(texts.text('en', 'mail.confirmed.subject', { title: 'Clinic' }), {
    value: 'Your place is confirmed: Clinic',
    machine: false,
  });
  assert.equal(texts.localeFor('es-MX'), 'es');
  assert.equal(texts.localeFor('xx'), 'en');
  assert.throws(() => texts.text('en', 'mail.nothing'));
});

test('dates in the language and the event zone; Haitian Creole through fr-HT', () => {
  const start = new Date('2027-03-03T23:00:00Z');
  const end = new Date('2027-03-04T01:00:00Z');
  assert.equal(intlLocale('ht'), 'fr-HT');
  assert.equal(intlLocale('zz'), 'en');
  assert.match(formatSession('en', start, end, 'America/New_York'), /Wednesday, March 3, 2027.*6:00.*8:00\sPM/);
  assert.match(formatSession('ht', start, end, 'America/New_York'), /mercredi 3 mars 2027/);
  for (const [locale, month] of [
    ['kea', /marsu/i],
    ['so', /Maarso/i],
    ['wo', /Mar/],
    ['ff', /mbooy/i],
  ] as const) {
    assert.match(formatSession(locale, start, end, 'America/New_York'), month, locale);
  }
});
