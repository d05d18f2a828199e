import { sql, type Kysely, type Transaction } from 'kysely';
import type { AppointmentTable, Database } from '../db/schema.js';
import { lastMessage, type MessageDelivery } from '../events/roster.js';
import { formatLocal } from '../events/recurrence.js';
import { instantToZoned } from '../events/zoned-time.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The statuses the office's day shows: bookings, not holds (a form being filled) nor cancellations. */
export const SCHEDULED = ['booked', 'checked_in', 'no_show'] as const;
export type ScheduledStatus = (typeof SCHEDULED)[number];

/** The personal fields an office view of an appointment shows: each view of them is audited. */
export const APPOINTMENT_FIELDS = ['name', 'organization', 'email', 'phone', 'notes'] as const;

/** One appointment as the office's desk sees it, contact details and notes decrypted. */
export interface OfficeAppointment {
  id: string;
  version: number;
  status: AppointmentTable['status'];
  start: string;
  end: string;
  /** The start on the place's wall clock, `YYYY-MM-DDTHH:MM`. */
  local_start: string;
  type_id: string;
  title: string;
  interpreter: string | null;
  language: string;
  on_behalf: boolean;
  organization: string | null;
  name: string;
  contact_method: 'email' | 'sms' | 'none';
  email: string | null;
  phone: string | null;
  notes: string | null;
  contact_bounced: boolean;
  last_message: { kind: string; status: MessageDelivery } | null;
}

export interface OfficeDay {
  date: string;
  timezone: string;
  staff: { id: string; display_name: string; appointments: OfficeAppointment[] }[];
}

/** Appointments with what the desk shows beside them: the type's title, the place's zone, the newest message. */
function appointmentRows(db: Db) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('appointment_types as t', 't.id', 'a.type_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'a.id',
      'a.version',
      'a.status',
      'a.starts_at',
      'a.ends_at',
      'a.staff_id',
      'a.location_id',
      'a.type_id',
      't.title',
      'l.timezone',
      'a.interpreter',
      'a.language',
      'a.on_behalf',
      'a.organization',
      'a.name',
      'a.contact_method',
      'a.email',
      'a.phone',
      'a.notes',
      sql<boolean>`a.contact_bounced_at IS NOT NULL`.as('bounced'),
      // The newest message about the appointment, and its outbox row's state (mail or text message).
      sql<string | null>`(SELECT m.kind || ' ' || coalesce(mo.status, so.status, 'queued')
        FROM appointment_messages m
        LEFT JOIN mail_outbox mo ON m.channel = 'email' AND mo.id = m.outbox_id
        LEFT JOIN sms_outbox so ON m.channel = 'sms' AND so.id = m.outbox_id
        WHERE m.appointment_id = a.id
        ORDER BY m.created_at DESC LIMIT 1)`.as('last_message'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof appointmentRows>['execute']>>[number];

function toOffice(row: Row, crypto: FieldCrypto): OfficeAppointment {
  const start = new Date(row.starts_at);
  const message = lastMessage(row.last_message);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    start: start.toISOString(),
    end: new Date(row.ends_at).toISOString(),
    local_start: formatLocal(instantToZoned(start, row.timezone)),
    type_id: row.type_id,
    title: row.title,
    interpreter: row.interpreter,
    language: row.language,
    on_behalf: row.on_behalf,
    organization: row.organization,
    name: crypto.decrypt(row.name) ?? '',
    contact_method: row.contact_method,
    email: crypto.decrypt(row.email),
    phone: crypto.decrypt(row.phone),
    notes: crypto.decrypt(row.notes),
    contact_bounced: !!row.bounced,
    last_message: message && { kind: message.kind, status: message.delivery },
  };
}

/** What the office's routes need to know about one appointment before acting on it. */
export interface AppointmentRef {
  id: string;
  location_id: string;
  status: AppointmentTable['status'];
  starts_at: Date;
  version: number;
}

export async function findAppointmentRef(db: Db, id: string): Promise<AppointmentRef | undefined> {
  const row = await db
    .selectFrom('appointments')
    .select(['id', 'location_id', 'status', 'starts_at', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, starts_at: new Date(row.starts_at) };
}

/** One appointment as the desk shows it, or undefined. */
export async function officeAppointment(
  db: Db,
  crypto: FieldCrypto,
  id: string,
): Promise<OfficeAppointment | undefined> {
  const row = await appointmentRows(db).where('a.id', '=', id).executeTakeFirst();
  return row && toOffice(row, crypto);
}

/**
 * A place's day (`date`, on its own wall clock) per staff member: everyone
 * active there, and anyone no longer active who still has an appointment that
 * day, by name; their bookings in order of time. Undefined for no such place.
 */
export async function officeDay(
  db: Db,
  crypto: FieldCrypto,
  locationId: string,
  date: string,
): Promise<OfficeDay | undefined> {
  const place = await db.selectFrom('locations').select('timezone').where('id', '=', locationId).executeTakeFirst();
  if (!place) return undefined;
  const zone = place.timezone;
  const rows = await appointmentRows(db)
    .where('a.location_id', '=', locationId)
    .where('a.status', 'in', SCHEDULED)
    .where('a.starts_at', '>=', sql<Date>`(${date}::date::timestamp AT TIME ZONE ${zone})`)
    .where('a.starts_at', '<', sql<Date>`((${date}::date + 1)::timestamp AT TIME ZONE ${zone})`)
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .execute();
  const withAppointments = [...new Set(rows.map((row) => row.staff_id))];
  const staff = await db
    .selectFrom('appointment_staff')
    .select(['id', 'display_name'])
    .where('location_id', '=', locationId)
    .where((eb) =>
      withAppointments.length
        ? eb.or([eb('active', '=', true), eb('id', 'in', withAppointments)])
        : eb('active', '=', true),
    )
    .execute();
  // Sorted here: PGlite and PostgreSQL collate names differently.
  staff.sort((a, b) => a.display_name.localeCompare(b.display_name) || a.id.localeCompare(b.id));
  return {
    date,
    timezone: zone,
    staff: staff.map((member) => ({
      id: member.id,
      display_name: member.display_name,
      appointments: rows.filter((row) => row.staff_id === member.id).map((row) => toOffice(row, crypto)),
    })),
  };
}
