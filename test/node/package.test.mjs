import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));

function declaration(tag) {
  for (const module of manifest.modules) {
    for (const decl of module.declarations ?? []) if (decl.tagName === tag) return decl;
  }
  return undefined;
}

test('the library version in the code is the package version', () => {
  const source = readFileSync('src/core/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replaceAll('.', '\\.')}'`));
});

test('every export of package.json exists after the build', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(path), `${key} → ${path}`);
  }
  assert.ok(existsSync('dist/cdn/welcome-widgets.js'));
});

test('custom-elements.json documents ww-language-picker: attributes, event, parts, CSS properties', () => {
  const picker = declaration('ww-language-picker');
  assert.ok(picker, 'ww-language-picker is in the manifest');
  const attributes = picker.attributes.map((a) => a.name);
  for (const name of ['languages', 'variant', 'update-document', 'url-template', 'remember', 'lang']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  assert.deepEqual(
    picker.events.map((e) => e.name),
    ['ww-locale-change'],
  );
  const parts = picker.cssParts.map((p) => p.name);
  for (const name of ['base', 'button', 'panel', 'filter', 'listbox', 'option'])
    assert.ok(parts.includes(name), `part ${name}`);
  assert.ok(picker.cssProperties.some((p) => p.name === '--ww-language-picker-panel-max-height'));
  assert.ok(picker.cssProperties.some((p) => p.name === '--ww-color-primary'));
});

test('custom-elements.json documents ww-config: attributes and slot', () => {
  const config = declaration('ww-config');
  assert.ok(config, 'ww-config is in the manifest');
  const attributes = config.attributes.map((a) => a.name);
  assert.ok(attributes.includes('endpoint'));
  assert.ok(attributes.includes('lang'));
  assert.equal(config.slots[0].name, '');
});

test('custom-elements.json documents ww-service-finder: attributes, events, parts', () => {
  const finder = declaration('ww-service-finder');
  assert.ok(finder, 'ww-service-finder is in the manifest');
  const attributes = finder.attributes.map((a) => a.name);
  for (const name of [
    'endpoint',
    'topics',
    'languages',
    'location-id',
    'near',
    'page-size',
    'layout',
    'hide-filters',
    'hotline',
    'sync-url',
    'kiosk',
    'source',
  ]) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  assert.deepEqual(finder.events.map((e) => e.name).sort(), ['ww-report', 'ww-search', 'ww-service-select']);
  for (const name of ['base', 'search', 'filters', 'results', 'card', 'dialog']) {
    assert.ok(
      finder.cssParts.some((p) => p.name === name),
      `part ${name}`,
    );
  }
});

test('custom-elements.json documents ww-clinic-calendar and ww-event-registration: attributes, events, parts', () => {
  const calendar = declaration('ww-clinic-calendar');
  assert.ok(calendar, 'ww-clinic-calendar is in the manifest');
  const calendarAttributes = calendar.attributes.map((a) => a.name);
  for (const name of ['endpoint', 'location-id', 'types', 'languages', 'view', 'weeks-ahead', 'heading-level']) {
    assert.ok(calendarAttributes.includes(name), `calendar attribute ${name}`);
  }
  assert.deepEqual(
    calendar.events.map((e) => e.name),
    ['ww-event-select'],
  );
  for (const name of ['list', 'grid', 'detail', 'registration', 'add-to-calendar']) {
    assert.ok(
      calendar.cssParts.some((p) => p.name === name),
      `calendar part ${name}`,
    );
  }
  const registration = declaration('ww-event-registration');
  assert.ok(registration, 'ww-event-registration is in the manifest');
  const registrationAttributes = registration.attributes.map((a) => a.name);
  for (const name of ['endpoint', 'event-id', 'occurrence', 'cancel-token']) {
    assert.ok(registrationAttributes.includes(name), `registration attribute ${name}`);
  }
  assert.deepEqual(
    registration.events.map((e) => e.name),
    ['ww-registration-complete'],
  );
});

test('custom-elements.json documents ww-inquiry-form: attributes and events', () => {
  const form = declaration('ww-inquiry-form');
  assert.ok(form, 'ww-inquiry-form is in the manifest');
  const attributes = form.attributes.map((a) => a.name);
  for (const name of ['endpoint', 'kind', 'topics', 'hotline', 'channel-label', 'response-time', 'kiosk']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  assert.deepEqual(form.events.map((e) => e.name).sort(), ['ww-inquiry-queued', 'ww-inquiry-submitted']);
  for (const name of ['form', 'error-summary', 'privacy']) {
    assert.ok(
      form.cssParts.some((p) => p.name === name),
      `part ${name}`,
    );
  }
});

test('custom-elements.json documents ww-inquiry-stats: attributes', () => {
  const stats = declaration('ww-inquiry-stats');
  assert.ok(stats, 'ww-inquiry-stats is in the manifest');
  const attributes = stats.attributes.map((a) => a.name);
  for (const name of ['endpoint', 'from', 'to', 'sections', 'heading-level', 'kind']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
});

test('custom-elements.json documents ww-corner-panel: attributes', () => {
  const panel = declaration('ww-corner-panel');
  assert.ok(panel, 'ww-corner-panel is in the manifest');
  const attributes = panel.attributes.map((a) => a.name);
  for (const name of ['endpoint', 'location-id', 'calendar-href', 'finder-href', 'ask-href']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
});

test('welcome-widgets/react wraps every element and gives each event in the manifest its onWw… prop', () => {
  const source = readFileSync('src/react.ts', 'utf8');
  const blocks = source.split('createComponent({').slice(1);
  const prop = (event) => `onWw${event.slice(3).replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase())}`;
  for (const module of manifest.modules) {
    for (const decl of module.declarations ?? []) {
      if (!decl.tagName) continue;
      const block = blocks.find((b) => b.includes(`tagName: '${decl.tagName}'`));
      assert.ok(block, `${decl.tagName} has a React component`);
      for (const event of decl.events ?? []) {
        assert.match(block, new RegExp(`\\b${prop(event.name)}:`), `${decl.tagName}: ${prop(event.name)}`);
        assert.match(source, new RegExp(`${prop(event.name)}: '${event.name}' as EventName<CustomEvent<`));
      }
    }
  }
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true, 'React is an optional peer');
});

test('the script-tag bundle leaves React and the React wrapper out', () => {
  for (const file of readdirSync('dist/cdn', { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    assert.doesNotMatch(
      readFileSync(join('dist/cdn', file), 'utf8'),
      /@lit\/react|createComponent|useLayoutEffect/,
      file,
    );
  }
});
