import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hsdsServices } from '../../hsds/export.js';
import { hsdsServiceErrors } from '../../hsds/validate.js';
import type { EditorPaths } from './children.js';
import { EditRefusal } from './outcome.js';

/** HSDS names that the editor calls otherwise. */
const RENAMED: Record<string, string> = { value: 'verified' };

/**
 * The editor's name of the field an HSDS fault is at: walks the fault's path through the exported object, and
 * restarts from each row the editor wrote (`/service_at_locations/0/location/addresses/0/postal_code` →
 * `locations[0].address.postal_code`).
 */
export function editorField(service: unknown, error: ErrorObject, paths: EditorPaths): string {
  const segments = error.instancePath.split('/').slice(1).map(decodeURIComponent);
  let base = 'fields';
  let rest: string[] = [];
  let node: unknown = service;
  for (const segment of segments) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
    const id = (node as { id?: unknown } | undefined)?.id;
    const named = typeof id === 'string' ? paths.get(id) : undefined;
    if (named) {
      base = named;
      rest = [];
    } else {
      rest.push(segment);
    }
  }
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (missing) rest.push(missing);
  const tail = rest.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${RENAMED[part] ?? part}`)).join('');
  return base + tail;
}

/** Refuses the save (rolling it back) when the service as saved would not be valid HSDS 3.0. */
export async function checkHsds(tx: Transaction<Database>, serviceId: string, paths: EditorPaths): Promise<void> {
  const [service] = await hsdsServices(tx, [serviceId]);
  const errors = hsdsServiceErrors(service);
  if (errors.length === 0) return;
  const named = errors.map((error) => ({
    field: editorField(service, error, paths),
    message: error.message ?? 'Not valid HSDS',
  }));
  const unique = [...new Map(named.map((e) => [`${e.field}|${e.message}`, e])).values()];
  throw new EditRefusal({ kind: 'hsds-invalid', errors: unique });
}
