import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import type { Kysely } from 'kysely';
import { createApp, openApiDocument } from '../app.js';
import type { Database } from '../db/schema.js';
import { silentLogger } from './logger.js';

/** The committed contract and the widgets' client types generated from it. */
export const OPENAPI_FILE = resolve(import.meta.dirname, '../../openapi.json');
export const CLIENT_TYPES_FILE = resolve(import.meta.dirname, '../../../src/core/api-schema.d.ts');

const HEADER = '// Generated from server/openapi.json by `npm run openapi -w server`. Do not edit.\n';

/** The document as the routes declare it now (no database needed to describe them). */
export function currentOpenApiText(): string {
  const app = createApp({ db: undefined as unknown as Kysely<Database>, allowedOrigins: [], logger: silentLogger });
  return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
}

export async function clientTypesFor(openApiText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiText));
  return HEADER + astToString(ast);
}

export async function committedFiles(): Promise<{ openApi: string; clientTypes: string }> {
  const [openApi, clientTypes] = await Promise.all([
    readFile(OPENAPI_FILE, 'utf8'),
    readFile(CLIENT_TYPES_FILE, 'utf8'),
  ]);
  return { openApi, clientTypes };
}
