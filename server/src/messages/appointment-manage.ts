import type { Kysely } from 'kysely';
import { bookAppointment } from '../appointments/book.js';
import { loadAppointmentType } from '../appointments/availability-data.js';
import { nextSlots, slotsOfType } from '../appointments/find-slots.js';
import { appointmentIdForToken } from '../appointments/manage.js';
import { addDays, today } from '../appointments/wall-clock.js';
import { waitlistIdForToken } from '../appointments/waitlist-token.js';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { loadAppointmentFacts, loadTypeFacts } from './appointment-facts.js';
import type { AppointmentPageView, OfferPageView } from './appointment-page.js';
import type { MessageTexts } from './texts.js';

/** How many times a page offers at most. */
const PAGE_SLOTS = 6;

/**
 * The appointment behind a manage link, as its page shows it (with the next
 * free times it can move to); undefined for a link that is not ours or a hold.
 */
export async function appointmentPageView(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  texts: MessageTexts,
  token: string,
  now: Date,
): Promise<AppointmentPageView | undefined> {
  const id = await appointmentIdForToken(db, token);
  if (!id) return undefined;
  const facts = await loadAppointmentFacts(db, crypto, id, (row) => texts.localeFor(row.language));
  if (!facts || facts.row.status === 'held') return undefined;
  const { row } = facts;
  let slots: AppointmentPageView['slots'] = [];
  if (row.status === 'booked' && new Date(row.starts_at) > now) {
    const type = (await loadAppointmentType(db, row.type_id))!;
    const query = { interpreter: row.interpreter, now, ignoreAppointmentId: row.id };
    const own = new Date(row.starts_at).getTime();
    slots = (await nextSlots(db, type, now, query, PAGE_SLOTS + 1))
      .filter((slot) => slot.start.getTime() !== own)
      .slice(0, PAGE_SLOTS);
  }
  return { token, facts, slots, now };
}

/** Stops the reminders of the appointment behind a link; false when the link is not ours. */
export async function stopAppointmentReminders(db: Kysely<Database>, token: string): Promise<boolean> {
  const id = await appointmentIdForToken(db, token);
  if (!id) return false;
  await db.updateTable('appointments').set({ reminders: 'stopped' }).where('id', '=', id).execute();
  return true;
}

/** The waiting-list entry behind an offer link: that week's free times for it (its interpreter), from now on. */
export async function offerPageView(
  db: Kysely<Database>,
  texts: MessageTexts,
  token: string,
  now: Date,
): Promise<OfferPageView | undefined> {
  const id = await waitlistIdForToken(db, token);
  if (!id) return undefined;
  const entry = await db.selectFrom('appointment_waitlist').selectAll().where('id', '=', id).executeTakeFirst();
  const type = entry && (await loadAppointmentType(db, entry.type_id));
  if (!entry || !type || entry.purged_at) return undefined;
  const facts = (await loadTypeFacts(db, type.id, texts.localeFor(entry.language)))!;
  const from = [entry.week_start, today(now, type.timezone)].sort().at(-1)!;
  const slots =
    entry.status === 'booked'
      ? []
      : await slotsOfType(db, type, { from, to: addDays(entry.week_start, 7), interpreter: entry.interpreter, now });
  return { token, language: entry.language, type: facts, weekStart: entry.week_start, slots: slots.slice(0, 24) };
}

/**
 * Books the time chosen on an offer's page with the waiting list's details.
 * One booking per entry: its key is the entry's, so pressing twice (or another
 * time after) answers the first booking. Returns its manage token, or the
 * refusal (taken meanwhile).
 */
export async function bookFromOffer(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  token: string,
  start: Date,
  now: Date,
): Promise<{ manageToken: string } | { taken: true } | undefined> {
  const id = await waitlistIdForToken(db, token);
  if (!id) return undefined;
  const entry = await db.selectFrom('appointment_waitlist').selectAll().where('id', '=', id).executeTakeFirst();
  if (!entry || entry.purged_at) return undefined;
  const outcome = await bookAppointment(
    db,
    crypto,
    {
      type_id: entry.type_id,
      start,
      interpreter: entry.interpreter,
      language: entry.language,
      name: crypto.decrypt(entry.name) ?? '',
      contact_method: entry.contact_method,
      email: crypto.decrypt(entry.email) ?? undefined,
      phone: crypto.decrypt(entry.phone) ?? undefined,
      idempotency_key: `waitlist-${entry.id}`,
    },
    { now },
  );
  if (!outcome.ok) return outcome.status === 409 ? { taken: true } : undefined;
  await db.updateTable('appointment_waitlist').set({ status: 'booked' }).where('id', '=', entry.id).execute();
  return { manageToken: outcome.appointment.manage_token! };
}
