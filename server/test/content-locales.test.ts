import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { UI_LOCALES } from '../src/lib/ui-locales.js';
import { boston } from '../src/seed/data/boston.js';
import { allDrafts } from '../src/seed/data/drafts/index.js';
import { sampleEvents } from '../src/seed/data/events.js';
import { nyc } from '../src/seed/data/nyc.js';
import { seedSampleData } from '../src/seed/sample.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';

/**
 * Server content in every UI language: on the sample data, no label and no short text comes back in English
 * when another UI language is asked for, unless it is a proper noun or a code kept on purpose, or the answer
 * says that it is in another language (`content.fallback`, `content.fallback_fields`, `referral_names_fallback`).
 */

/** Written the same in every language on purpose. */
const KEPT = new Set(['311', 'ActionNYC', 'IDNYC', 'NYCitizenship', 'NYC Health + Hospitals']);

let database: OpenDatabase;
let get: ReturnType<typeof testApp>['get'];
const english: Record<string, any> = {};

const PATHS = {
  topics: '/v1/topics',
  inquiryTopics: '/v1/inquiries/topics',
  services: '/v1/services?page_size=100',
  events: '/v1/events',
  stats: '/v1/stats/inquiries?group_by=referral',
  locations: '/v1/locations?limit=500',
};

async function read(path: string, lang: string) {
  const response = await get(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  assert.equal(response.status, 200, `${path} in ${lang}: ${response.text}`);
  return response.body;
}

before(async () => {
  database = await openTestDatabase();
  await emptyDatabase(database.db);
  await seedSampleData(database.db);
  ({ get } = testApp(database));
  for (const [name, path] of Object.entries(PATHS)) english[name] = await read(path, 'en');
  assert.ok(english.services.items.length >= 20 && english.events.items.length >= 10, 'the sample data is there');
});

after(() => database.close());

/** Collects every label or text that came back in English without saying so. */
class Findings {
  readonly list: string[] = [];
  /** A label from a fixed list: never English. */
  label(where: string, value: string | undefined, source: string | undefined) {
    if (value !== undefined && value === source && !KEPT.has(value)) this.list.push(`${where}: "${value}"`);
  }
  /** A text that may fall back, if the answer says so. */
  text(where: string, value: string | null | undefined, source: string | null | undefined, marked: boolean) {
    if (value && value === source && !marked && !KEPT.has(value)) this.list.push(`${where}: "${value}" (unmarked)`);
  }
}

test('every draft translates a text the sample still has (a changed English text drops its drafts)', () => {
  const english = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') english.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([nyc, boston]);
  for (const event of sampleEvents()) {
    english.add(event.title);
    // An event's description is its own text and the sample note, drafted apart.
    const [text, note] = event.description!.split(/ (?=\(Sample event)/);
    english.add(text!).add(note!);
  }
  const stale = Object.entries(allDrafts).flatMap(([locale, drafts]) =>
    Object.keys(drafts)
      .filter((source) => !english.has(source))
      .map((source) => `${locale}: ${source}`),
  );
  assert.deepEqual(stale, []);
});

/**
 * The sample's names (services, organizations, places) that are not proper nouns: those whose Spanish differs
 * from the English. A proper noun ("Bronx Library Center") is written the same in Spanish and may stay English.
 */
const translatedNames = new Set(
  [nyc, boston].flatMap((directory) =>
    [...directory.services, ...directory.organizations, ...directory.locations]
      .filter(({ name }) => name.es !== undefined && name.es !== name.en)
      .map(({ name }) => name.en),
  ),
);

/** Every name of a service, its organization and its places, and of every place, in one answer. */
function namesIn(services: any[], locations: any[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const service of services) {
    names.set(`service ${service.id}`, service.name);
    names.set(`organization ${service.organization.id}`, service.organization.name);
    for (const location of service.locations) names.set(`location ${location.id}`, location.name);
  }
  for (const location of locations) names.set(`location ${location.id}`, location.name);
  return names;
}

test('the answers name every sample service, organization and place whose name is translated', () => {
  const seen = new Set(namesIn(english.services.items, english.locations.items).values());
  assert.deepEqual(
    [...translatedNames].filter((name) => !seen.has(name)),
    [],
  );
});

const byKey = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
  describe(`server content in ${locale}`, () => {
    test('topics, badges, event types and referral destinations are named in it', async () => {
      const found = new Findings();
      const en = {
        topics: byKey(english.topics.items, (t: any) => t.code),
        inquiryTopics: byKey(english.inquiryTopics.items, (t: any) => t.code),
        services: byKey(english.services.items, (s: any) => s.id),
        events: byKey(english.events.items, (o: any) => o.id),
      };
      for (const topic of (await read(PATHS.topics, locale)).items) {
        found.label(`topic ${topic.code}`, topic.name, en.topics.get(topic.code)?.name);
      }
      for (const topic of (await read(PATHS.inquiryTopics, locale)).items) {
        found.label(`inquiry topic ${topic.code}`, topic.name, en.inquiryTopics.get(topic.code)?.name);
      }
      for (const service of (await read(PATHS.services, locale)).items) {
        const source = en.services.get(service.id);
        for (const [i, term] of [...service.topics, ...service.badges].entries()) {
          found.label(`service term ${term.code}`, term.name, [...source.topics, ...source.badges][i]?.name);
        }
      }
      for (const occurrence of (await read(PATHS.events, locale)).items) {
        found.label(`event type ${occurrence.type}`, occurrence.type_name, en.events.get(occurrence.id)?.type_name);
      }
      const stats = await read(PATHS.stats, locale);
      for (const [code, name] of Object.entries(stats.referral_names)) {
        found.text(
          `referral ${code}`,
          name as string,
          english.stats.referral_names[code],
          (stats.referral_names_fallback ?? []).includes(code),
        );
      }
      assert.deepEqual([...new Set(found.list)], []);
    });

    test('the sample services and events are written in it, or say they are not', async () => {
      const found = new Findings();
      const services = byKey(english.services.items, (s: any) => s.id);
      for (const service of (await read(PATHS.services, locale)).items) {
        const source = services.get(service.id);
        const { content } = service;
        assert.equal(content.fallback, content.locale !== locale, `${service.name}: fallback says what it is`);
        const marked = (field: string) => content.fallback || (content.fallback_fields ?? []).includes(field);
        found.text(`${service.name}: description`, service.description, source.description, content.fallback);
        for (const [i, phone] of service.phones.entries()) {
          found.text(
            `${service.name}: phone`,
            phone.description,
            source.phones[i]?.description,
            marked('phones.description'),
          );
        }
      }
      const events = byKey(english.events.items, (o: any) => o.id);
      for (const occurrence of (await read(PATHS.events, locale)).items) {
        const source = events.get(occurrence.id);
        const { content } = occurrence;
        assert.equal(content.fallback, content.locale !== locale, `${occurrence.title}: fallback says what it is`);
        found.text(`event ${source.title}: title`, occurrence.title, source.title, content.fallback);
        found.text(
          `event ${source.title}: summary`,
          occurrence.summary,
          source.summary,
          content.fallback || (content.fallback_fields ?? []).includes('description'),
        );
      }
      assert.deepEqual([...new Set(found.list)], []);
    });

    test('the sample services, organizations and places are named in it, unless the name is a proper noun', async () => {
      const source = namesIn(english.services.items, english.locations.items);
      const names = namesIn((await read(PATHS.services, locale)).items, (await read(PATHS.locations, locale)).items);
      const untranslated = [...names]
        .filter(([key, name]) => name === source.get(key) && translatedNames.has(name))
        .map(([, name]) => name);
      assert.deepEqual([...new Set(untranslated)], []);
    });

    test('the sample short texts are drafted in it: descriptions, phone and hours notes, event titles and summaries', async () => {
      const late: string[] = [];
      for (const service of (await read(PATHS.services, locale)).items) {
        if (service.content.locale !== locale || service.content.fallback_fields.length) {
          late.push(`${service.name}: ${service.content.locale} ${service.content.fallback_fields}`);
        }
      }
      for (const occurrence of (await read(PATHS.events, locale)).items) {
        if (occurrence.content.locale !== locale || occurrence.content.fallback_fields.length) {
          late.push(`event ${occurrence.title}: ${occurrence.content.locale} ${occurrence.content.fallback_fields}`);
        }
      }
      assert.deepEqual([...new Set(late)], []);
    });
  });
}
