import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientTypesFor, committedFiles, currentOpenApiText } from '../src/lib/openapi-files.js';

// The contract is committed, and the widgets' client types are generated from it:
// both must follow the routes. Fix with `npm run openapi -w server`.
test('server/openapi.json is the document the routes declare', async () => {
  const { openApi } = await committedFiles();
  assert.equal(openApi, currentOpenApiText(), 'stale: run npm run openapi -w server');
});

test('src/core/api-schema.d.ts is generated from server/openapi.json', async () => {
  const { openApi, clientTypes } = await committedFiles();
  assert.equal(clientTypes, await clientTypesFor(openApi), 'stale: run npm run openapi -w server');
});

test('the document is OpenAPI 3.1 and describes the directory routes', () => {
  const document = JSON.parse(currentOpenApiText());
  assert.equal(document.openapi, '3.1.0');
  for (const path of [
    '/v1/services',
    '/v1/services/{id}',
    '/v1/topics',
    '/v1/languages',
    '/v1/locations',
    '/healthz',
  ]) {
    assert.ok(document.paths[path], path);
  }
  const parameters = document.paths['/v1/services'].get.parameters.map((p: { name: string }) => p.name);
  for (const name of ['q', 'topic', 'language', 'open_now', 'near', 'postcode', 'page', 'page_size', 'lang']) {
    assert.ok(parameters.includes(name), name);
  }
});

test('describes the events routes, with nullable references that admit null', () => {
  const document = JSON.parse(currentOpenApiText());
  for (const path of [
    '/v1/events',
    '/v1/events.ics',
    '/v1/events/{id}',
    '/v1/events/{id}/event.ics',
    '/v1/events/{id}/registrations',
    '/v1/registrations/cancel',
  ]) {
    assert.ok(document.paths[path], path);
  }
  const { location } = document.components.schemas.EventOccurrence.properties;
  assert.deepEqual(location.anyOf, [{ $ref: '#/components/schemas/LocationSummary' }, { type: 'null' }]);
  assert.equal(location.allOf, undefined);
  const { next } = document.components.schemas.EventList.properties;
  assert.equal(next.anyOf[1].type, 'null');
  assert.match(next.description, /next matching occurrence/);
});
