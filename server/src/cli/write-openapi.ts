/** Writes server/openapi.json and the widgets' client types (src/core/api-schema.d.ts) from the routes. */
import { writeFile } from 'node:fs/promises';
import { CLIENT_TYPES_FILE, OPENAPI_FILE, clientTypesFor, currentOpenApiText } from '../lib/openapi-files.js';

const text = currentOpenApiText();
await writeFile(OPENAPI_FILE, text);
await writeFile(CLIENT_TYPES_FILE, await clientTypesFor(text));
console.log(`wrote ${OPENAPI_FILE}\nwrote ${CLIENT_TYPES_FILE}`);
