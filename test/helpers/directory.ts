import { signInAs } from './desk-session.js';
import type { ServiceEdit } from '../../src/staff/service/service.api.js';

/** The directory's staff API as the page's session (an editor), with its CSRF token. */
const SERVICES = '/v1/staff/directory/services';
let csrf = '';

export const useCsrf = (token: string | null): void => void (csrf = token ?? '');

export async function staffCall(method: string, path: string, body?: unknown, version?: number): Promise<Response> {
  return fetch(path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': csrf,
      ...(version === undefined ? {} : { 'If-Match': `"${version}"` }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

export async function readService(id: string): Promise<ServiceEdit> {
  const response = await fetch(`${SERVICES}/${id}`);
  if (!response.ok) throw new Error(`service ${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as ServiceEdit;
}

/** The directory's services (the staff list), all pages of the first 100. */
export async function listServices(query: Record<string, string> = {}): Promise<{ id: string; name: string }[]> {
  const params = new URLSearchParams({ page_size: '100', ...query });
  const response = await fetch(`${SERVICES}?${params}`);
  if (!response.ok) throw new Error(`services: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { items: { id: string; name: string }[] }).items;
}

/** A seeded service that has what `test` asks for, read in full; `skip` names services other tests change. */
export async function findService(
  test: (s: ServiceEdit) => boolean,
  skip: readonly string[] = [],
): Promise<ServiceEdit> {
  for (const { id } of await listServices()) {
    if (skip.includes(id)) continue;
    const service = await readService(id);
    if (test(service)) return service;
  }
  throw new Error('no seeded service fits the test');
}

/**
 * A save by Ada Admin while the page's desk is open as Eve Editor: the page's session becomes hers for that one
 * call, then Eve's again (a new session: the desk re-reads its CSRF token on its next write).
 */
export async function saveAsAdmin(id: string, body: unknown, version: number): Promise<Response> {
  useCsrf((await signInAs('admin')).csrf_token);
  const response = await staffCall('PUT', `${SERVICES}/${id}`, body, version);
  useCsrf((await signInAs('editor')).csrf_token);
  return response;
}
