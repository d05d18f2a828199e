import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** Published HSDS 3.0 examples and schemas (see fixtures/hsds-3.0/README.md). */
export const HSDS_FIXTURES = resolve(import.meta.dirname, '../fixtures/hsds-3.0');

// Under ESM these CommonJS modules put their export on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** The HSDS schemas, which name each other by file name; `closed` also rejects fields HSDS does not define. */
function hsdsAjv(closed: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(join(HSDS_FIXTURES, 'schema'))) {
    if (file === 'openapi.json') continue;
    const schema = JSON.parse(readFileSync(join(HSDS_FIXTURES, 'schema', file), 'utf8'));
    if (closed && file === 'organization.json') {
      // organization_full nests services, which the plain organization schema does not list.
      schema.properties.services = { type: 'array', items: { $ref: 'service.json' } };
    }
    ajv.addSchema(closed ? { ...schema, additionalProperties: false } : schema, file);
  }
  const openapi = JSON.parse(readFileSync(join(HSDS_FIXTURES, 'schema', 'openapi.json'), 'utf8'));
  const page = openapi.components.schemas.Page;
  for (const item of ['service', 'organization', 'taxonomy', 'taxonomy_term']) {
    ajv.addSchema(
      {
        allOf: [page],
        required: [...Object.keys(page.properties), 'contents'],
        properties: { contents: { type: 'array', items: { $ref: `${item}.json` } } },
      },
      `${item}_page`,
    );
  }
  return ajv;
}
const validators = [hsdsAjv(false), hsdsAjv(true)];

/** Holds `value` to an HSDS schema (`service.json`, `service_page`…), as published and closed to other fields. */
export function assertHsdsValid(schema: string, value: unknown, where: string) {
  for (const ajv of validators) {
    const validate = ajv.getSchema(schema)!;
    assert.ok(validate(value), `${where} against ${schema}: ${ajv.errorsText(validate.errors)}`);
  }
}
