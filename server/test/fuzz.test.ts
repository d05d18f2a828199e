import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { upsertEvent } from '../src/events/store.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp } from './helpers/app.js';

/**
 * Walks every route of the OpenAPI document with bad values of every parameter
 * and every body field, as an outside probe would, and fails on any 5xx or on
 * any refusal that is not application/problem+json. The values are the ones
 * that broke servers like this one: wrong types, NUL, huge and negative
 * numbers, number spellings JavaScript accepts (0x10, 1e3), impossible and
 * far-off dates, and unicode edge cases.
 */

const BAD_VALUES: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(4000),
  '-1',
  '0',
  '1e3',
  '0x10',
  '1.5',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  'true',
  'null',
  '[]',
  '{}',
  '0000-01-01',
  '9999-12-31',
  '0000-01',
  '9999-12',
  '0000-01-01T00:00:00Z',
  '2026-02-30',
  '2026-13-01',
  '2026-01-01T25:61',
  '+275760-09-13',
  '-000001-01-01',
  '\ud800',
  '\uffff',
  '👨‍👩‍👧‍👦',
  '\u202e\u2066evil',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%',
  '%00',
  '1,2,,3',
  'a'.repeat(64) + ',' + 'b'.repeat(64),
];

/** Bad JSON values for body fields: types a schema does not expect, and the strings above. */
const BAD_JSON: readonly unknown[] = [
  null,
  true,
  -1,
  0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [null],
  {},
  { nested: { deeper: ['x'] } },
  ...BAD_VALUES,
];

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: 'query' | 'path' | 'header' }[];
  bodyFields: string[] | undefined;
}

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let staffHeaders: Record<string, string>;
let operations: Operation[];
/** Real ids per route prefix, so that a bad value elsewhere in the request reaches deeper code. */
let goodIds: [prefix: string, id: string][];
let goodReference: string;

function resolveRef(document: Json, value: unknown): Json {
  let node = value as Json;
  while (node && typeof node.$ref === 'string') {
    node = (node.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((at, key) => at[key] as Json, document);
  }
  return node;
}

function listOperations(document: Json): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths as Record<string, Json>)) {
    for (const [method, raw] of Object.entries(methods)) {
      const operation = raw as Json;
      const parameters = ((operation.parameters as Json[] | undefined) ?? []).map((p) => resolveRef(document, p));
      const bodySchema = resolveRef(
        document,
        ((operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']
          ?.schema,
      );
      const bodyFields = bodySchema ? Object.keys((bodySchema.properties as Json | undefined) ?? {}) : undefined;
      found.push({
        method: method.toUpperCase(),
        path,
        parameters: parameters.map((p) => ({ name: String(p.name), in: p.in as 'query' | 'path' | 'header' })),
        bodyFields,
      });
    }
  }
  return found;
}

function fillPath(path: string, overrides: Record<string, string> = {}): string {
  const id = goodIds.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'x';
  const good: Record<string, string> = { id, reference: goodReference };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? encode(good[name] ?? 'x'));
}

/** One request; its answer must not be a 5xx, and a refusal must be problem+json. */
async function probe(
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: string } = {},
): Promise<string | undefined> {
  let response: Response;
  try {
    response = await app.app.request(url, {
      method,
      headers: { ...staffHeaders, ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
  } catch (error) {
    return `${method} ${url}: threw ${String(error)}`;
  }
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  const short = url.length > 160 ? `${url.slice(0, 160)}…` : url;
  if (response.status >= 500) return `${method} ${short}: ${response.status} ${text.slice(0, 200)}`;
  if (response.status >= 400 && response.status !== 405) {
    if (!type.startsWith('application/problem+json')) return `${method} ${short}: ${response.status} as ${type}`;
    try {
      const body = JSON.parse(text) as Json;
      if (typeof body.type !== 'string' || typeof body.title !== 'string' || body.status !== response.status) {
        return `${method} ${short}: ${response.status} without type, title and status`;
      }
    } catch {
      return `${method} ${short}: ${response.status} problem that is not JSON`;
    }
  }
  return undefined;
}

/** Percent-encoded bytes that are not UTF-8 (a lone surrogate, a stray byte, an overlong slash, a cut sequence). */
const NOT_UTF8 = ['%ED%A0%80', '%FF', '%C0%AF', '%E2%80'];

/** A value for a URL: encoded, unless it cannot be (a lone surrogate), then as bytes that are not UTF-8. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return NOT_UTF8[0]!;
  }
}
const query = (name: string, value: string) => `${encodeURIComponent(name)}=${encode(value)}`;

before(async () => {
  app = await seededTestApp({ writesPerMinute: 1_000_000 });
  database = app.database;
  const year = new Date().getUTCFullYear() + 1;
  const { id: eventId } = await upsertEvent(database.db, {
    uid: 'fuzz-clinic',
    type: 'legal-clinic',
    title: 'Fuzz clinic',
    timezone: 'America/New_York',
    dtstart: `${year}-03-03T10:00`,
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;COUNT=4',
    capacity: 5,
    registrationMode: 'per-session',
  });
  staffHeaders = { Authorization: `Bearer ${(await createStaffToken(database.db, 'fuzz', 'write')).token}` };
  const services = (await app.get('/v1/services?page_size=1')).body;
  const locations = (await app.get('/v1/locations')).body;
  const inquiry = await app.post(
    '/v1/inquiries',
    {
      topic: 'municipal-id',
      message: 'A question for the fuzz test',
      preferred_language: 'en',
      contact_method: 'none',
      consent: true,
      channel: 'web',
      idempotency_key: `fuzz-${Date.now()}`,
    },
    { Origin: 'https://partner.example' },
  );
  const inquiries = (await app.get('/v1/staff/inquiries', staffHeaders)).body;
  goodReference = String(inquiry.body.reference);
  goodIds = [
    ['/v1/services/', String(services.items[0].id)],
    ['/hsds/services/', String(services.items[0].id)],
    ['/v1/locations/', String(locations.items[0].id)],
    ['/v1/events/', eventId],
    ['/v1/staff/inquiries/', String(inquiries.items[0].id)],
  ];
  operations = listOperations((await app.get('/v1/openapi.json')).body as Json);
});

after(async () => {
  await database.close();
});

describe('every route of the OpenAPI document, with bad input', () => {
  test('the document lists the routes the probe walks', () => {
    assert.ok(operations.length >= 25, `only ${operations.length} operations`);
  });

  test('bad query, path and header values never give a 5xx or a bare error', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      for (const parameter of operation.parameters) {
        for (const value of BAD_VALUES) {
          let failure: string | undefined;
          if (parameter.in === 'query') {
            failure = await probe(
              operation.method,
              `${fillPath(operation.path)}?${query(parameter.name, value)}`,
              operation.bodyFields ? { body: '{}', headers: { 'Content-Type': 'application/json' } } : {},
            );
          } else if (parameter.in === 'path') {
            failure = await probe(operation.method, fillPath(operation.path, { [parameter.name]: encode(value) }));
          } else if (/^[\t\x20-\x7e]*$/.test(value)) {
            // Headers carry only visible ASCII; fetch refuses the rest before it is sent.
            failure = await probe(operation.method, fillPath(operation.path), {
              headers: { [parameter.name]: value, 'Content-Type': 'application/json' },
              body: '{}',
            });
          }
          if (failure) failures.push(failure);
        }
        // Bytes that are not UTF-8, and the same parameter twice.
        for (const bytes of parameter.in === 'query' ? NOT_UTF8 : []) {
          const failure = await probe(operation.method, `${fillPath(operation.path)}?${parameter.name}=${bytes}`);
          if (failure) failures.push(failure);
        }
        for (const bytes of parameter.in === 'path' ? NOT_UTF8 : []) {
          const failure = await probe(operation.method, fillPath(operation.path, { [parameter.name]: bytes }));
          if (failure) failures.push(failure);
        }
        if (parameter.in === 'query') {
          const failure = await probe(
            operation.method,
            `${fillPath(operation.path)}?${query(parameter.name, '1')}&${query(parameter.name, '2')}`,
          );
          if (failure) failures.push(failure);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('bad bodies and bad body fields never give a 5xx or a bare error', async () => {
    const failures: string[] = [];
    const json = { 'Content-Type': 'application/json' };
    for (const operation of operations.filter((o) => o.bodyFields)) {
      const url = fillPath(operation.path);
      const whole: [string, Record<string, string>][] = [
        ['', json],
        ['not json', json],
        ['{"unterminated": ', json],
        ['null', json],
        ['[]', json],
        ['"text"', json],
        ['42', json],
        ['{}', { 'Content-Type': 'text/plain' }],
        ['{}', {}],
        [JSON.stringify({ deep: JSON.parse('['.repeat(2000) + ']'.repeat(2000)) }), json],
        ['\u0000', json],
      ];
      for (const [body, headers] of whole) {
        const failure = await probe(operation.method, url, { body, headers });
        if (failure) failures.push(`${failure} (body ${JSON.stringify(body.slice(0, 30))})`);
      }
      for (const field of operation.bodyFields ?? []) {
        for (const value of BAD_JSON) {
          const failure = await probe(operation.method, url, {
            body: JSON.stringify({ [field]: value }),
            headers: json,
          });
          if (failure) failures.push(`${failure} (${field}: ${JSON.stringify(value)?.slice(0, 30)})`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a huge Accept-Language is answered, not a 5xx', async () => {
    const tags = Array.from({ length: 1900 }, (_, i) => `x${i.toString(36)}-${'a'.repeat(5)};q=0.${i % 10}`).join(',');
    const failures: string[] = [];
    for (const path of ['/v1/services', '/v1/topics', '/v1/events', '/v1/inquiries/topics']) {
      const failure = await probe('GET', path, { headers: { 'Accept-Language': tags } });
      if (failure) failures.push(failure);
    }
    assert.deepEqual(failures, []);
  });
});
