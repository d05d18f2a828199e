import type { AppointmentView } from './appointment-view.js';

export interface SlotJson {
  start: string;
  end: string;
  local_start: string;
}

/** What the appointment functions answer when they cannot do what was asked; the routes turn it into a problem. */
export type Refusal =
  | { ok: false; status: 404; slug: 'not-found'; title: string }
  | { ok: false; status: 409; slug: 'slot-taken'; title: string; next_slots: SlotJson[] }
  | { ok: false; status: 409; slug: 'on-behalf-not-allowed' | 'appointment-closed'; title: string }
  | { ok: false; status: 400; path: string; message: string };

export type AppointmentOutcome = { ok: true; appointment: AppointmentView; replay: boolean } | Refusal;

export const notFoundRefusal = (title: string): Refusal => ({ ok: false, status: 404, slug: 'not-found', title });

export const slotTaken = (next_slots: SlotJson[]): Refusal => ({
  ok: false,
  status: 409,
  slug: 'slot-taken',
  title: 'This time is no longer free',
  next_slots,
});

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
