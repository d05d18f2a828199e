import type { FieldCrypto } from '../lib/field-crypto.js';
import { addBusinessDays } from '../lib/business-days.js';
import type { StaffInquiryT } from '../inquiries/schemas.js';
import type { InquiryRow } from '../inquiries/store.js';
import { OPEN_STATUSES } from './filters.js';

/** An inquiry row with its assignee's display name (left-joined). */
export type StaffInquiryRow = InquiryRow & { assigned_name: string | null };

/** What an inquiry's due time and overdue flag are computed from, once per request. */
export interface DueRule {
  responseDays: number;
  timeZone: string;
  /** Open inquiries received before this are overdue (the same cutoff the queue's SQL uses). */
  overdueBefore: Date;
}

const open = new Set<string>(OPEN_STATUSES);
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * An inquiry for staff. `personal: 'all'` decrypts name, phone, email and
 * message (one inquiry opened, audited); `'name'` only the name, which is what
 * a queue row shows.
 */
export function toStaffInquiry(
  row: StaffInquiryRow,
  crypto: FieldCrypto,
  due: DueRule,
  personal: 'all' | 'name' = 'all',
): StaffInquiryT {
  const all = personal === 'all';
  const receivedAt = new Date(row.received_at);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel as StaffInquiryT['channel'],
    topic: row.topic,
    preferred_language: row.preferred_language,
    contact_method: row.contact_method as StaffInquiryT['contact_method'],
    consent: row.consent,
    name: crypto.decrypt(row.name_enc),
    phone: all ? crypto.decrypt(row.phone_enc) : null,
    email: all ? crypto.decrypt(row.email_enc) : null,
    message: all ? crypto.decrypt(row.message_enc) : null,
    postcode: row.postcode,
    origin: row.origin,
    interests: row.interests,
    languages_spoken: row.languages_spoken,
    availability: row.availability,
    status: row.status as StaffInquiryT['status'],
    referral: row.referral,
    resolution_code: row.resolution_code,
    logged_by: row.logged_by,
    received_at: receivedAt.toISOString(),
    updated_at: iso(row.updated_at)!,
    resolved_at: iso(row.resolved_at),
    personal_erased: row.personal_purged_at !== null,
    assigned_to: row.assigned_to ? { id: row.assigned_to, name: row.assigned_name ?? '' } : null,
    referral_code: row.referral_code,
    due_at: addBusinessDays(receivedAt, due.responseDays, due.timeZone).toISOString(),
    overdue: open.has(row.status) && receivedAt < due.overdueBefore,
    version: row.version,
    updated_by: row.updated_by,
  };
}

/** The personal fields an opened inquiry shows, for the audit log (names only). */
export function shownFields(row: InquiryRow): string[] {
  const fields: [string, string | null][] = [
    ['name', row.name_enc],
    ['phone', row.phone_enc],
    ['email', row.email_enc],
    ['message', row.message_enc],
  ];
  return fields.filter(([, value]) => value !== null).map(([field]) => field);
}
