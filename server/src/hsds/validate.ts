import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Under ESM these CommonJS modules put their export on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** The published HSDS 3.0 schemas, copied with their licence (schema-3.0/README.md). */
const SCHEMA_DIR = fileURLToPath(new URL('./schema-3.0/', import.meta.url));

let serviceValidator: ValidateFunction | undefined;

/** The validator of `service.json`, built once: the schemas name each other by file name. */
function validateService(): ValidateFunction {
  if (serviceValidator) return serviceValidator;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR)) {
    if (!file.endsWith('.json')) continue;
    ajv.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')), file);
  }
  serviceValidator = ajv.getSchema('service.json')!;
  return serviceValidator;
}

/** The ways an HSDS service object breaks the HSDS 3.0 schema (none: it is valid). */
export function hsdsServiceErrors(service: unknown): ErrorObject[] {
  const validate = validateService();
  return validate(service) ? [] : [...(validate.errors ?? [])];
}
