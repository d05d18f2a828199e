import { executeServerCommand } from '@web/test-runner-commands';
import qrcode from 'qrcode-generator';

/** A public event and one of its upcoming sessions, as the sign-up widget reads them. */
export interface PublicSession {
  event_id: string;
  title: string;
  local_start: string;
}

interface PublicDetail {
  event_id: string;
  title: string;
  occurrences: { local_start: string; past: boolean }[];
}

async function publicApi<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/v1/${path}`, {
    method: body ? 'POST' : 'GET',
    credentials: 'omit',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : null,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The `index`-th upcoming session of the first sample event whose title has `q`. */
export async function upcomingSession(q: string, index: number): Promise<PublicSession> {
  const from = new Date();
  const to = new Date(from.getTime() + 300 * 86_400_000);
  const list = await publicApi<{ items: { event_id: string; title: string }[] }>(
    `events?q=${encodeURIComponent(q)}&from=${from.toISOString()}&to=${to.toISOString()}`,
  );
  const item = list.items.find((i) => i.title.includes(q));
  if (!item) throw new Error(`no sample event "${q}"`);
  const detail = await publicApi<PublicDetail>(`events/${item.event_id}`);
  const session = detail.occurrences.filter((o) => !o.past)[index];
  if (!session) throw new Error(`"${q}" has no upcoming session ${index}`);
  return { event_id: item.event_id, title: detail.title, local_start: session.local_start };
}

/** The last session held of the first sample event whose title has `q` (the seed's past sessions). */
export async function pastSession(q: string): Promise<PublicSession> {
  const to = new Date();
  const from = new Date(to.getTime() - 120 * 86_400_000);
  const list = await publicApi<{ items: { event_id: string; title: string; local_start: string }[] }>(
    `events?q=${encodeURIComponent(q)}&from=${from.toISOString()}&to=${to.toISOString()}`,
  );
  const held = list.items.filter((i) => i.title.includes(q));
  const last = held.at(-1);
  if (!last) throw new Error(`no past session of "${q}"`);
  return { event_id: last.event_id, title: last.title, local_start: last.local_start };
}

/** A sign-up through the public API, as a visitor's form sends it: its id and its check-in code. */
export async function signUp(
  session: PublicSession,
  person: {
    name: string;
    party_size?: number;
    preferred_language?: string;
    access_needs?: string;
    contact_method?: 'none' | 'email';
    email?: string;
  },
): Promise<{ id: string; code: string }> {
  const registration = await publicApi<{ id: string }>(`events/${session.event_id}/registrations`, {
    contact_method: 'none',
    preferred_language: 'en',
    scope: 'session',
    occurrence: session.local_start,
    party_size: 1,
    idempotency_key: crypto.randomUUID(),
    ...person,
  });
  const code = (await executeServerCommand('desk-server', {
    command: 'checkin-code',
    registration_id: registration.id,
  })) as string | null;
  if (!code) throw new Error('the test server has no check-in code for this sign-up');
  return { id: registration.id, code };
}

/** A picture of a QR code holding `text` (as a phone's photo of the confirmation would be), as a file. */
export async function qrPicture(text: string): Promise<File> {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const blob = await (await fetch(qr.createDataURL(8, 4))).blob();
  return new File([blob], 'confirmation.gif', { type: blob.type });
}

/** Puts `file` in a file input as a person choosing it would, then says it changed. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
