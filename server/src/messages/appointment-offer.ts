import type { Transaction } from 'kysely';
import { loadAppointmentType } from '../appointments/availability-data.js';
import { slotsOfType } from '../appointments/find-slots.js';
import { addDays, today } from '../appointments/wall-clock.js';
import type { Database } from '../db/schema.js';
import { zonedToInstant } from '../events/zoned-time.js';
import { mailHtml } from '../mail/html.js';
import { deliverAppointmentOnce, offerLink, type AppointmentContext } from './appointment-deliver.js';
import { loadTypeFacts, type TypeFacts } from './appointment-facts.js';
import type { ComposedMessage } from './compose.js';
import { intlLocale } from './dates.js';
import type { MessageTexts } from './texts.js';

type Tx = Transaction<Database>;

/** Monday `YYYY-MM-DD` as a date in words ("March 8, 2027"), in the language. */
export function formatWeek(locale: string, weekStart: string): string {
  const [year, month, day] = weekStart.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
}

/** The offer of a freed time to someone waiting: what it is, the week, and the link that books it. */
export function composeOffer(
  texts: MessageTexts,
  input: { language: string; name: string; type: TypeFacts; weekStart: string; bookUrl: string },
): ComposedMessage {
  const locale = texts.localeFor(input.language);
  let machine = false;
  const t = (id: string, values: Record<string, string | number> = {}) => {
    const text = texts.text(locale, id, values);
    machine ||= text.machine;
    return text.value;
  };
  const title = input.type.title;
  const subject = t('mail.appointment.offer.subject', { title });
  const intro = t('mail.appointment.offer.intro', { title, week: formatWeek(locale, input.weekStart) });
  const book = t('mail.appointment.line.book', { link: input.bookUrl });
  const where = input.type.place ? t('mail.line.where', { place: input.type.place }) : undefined;
  const blocks = [t('mail.greeting', { name: input.name }), intro, where, book].filter(Boolean);
  const smsParts = [intro, book];
  if (machine) {
    blocks.push(t('mail.line.machine'));
    smsParts.push(t('mail.line.machine'));
  }
  const text = `${blocks.join('\n\n')}\n`;
  return {
    locale,
    subject,
    text,
    html: mailHtml(text, { locale, title: subject }),
    sms: smsParts.join('\n'),
    attachments: [],
    headers: {},
  };
}

/** How many people waiting are looked at per offer (each asks the engine for that week once per interpreter). */
const LOOK_AT = 20;

/**
 * The first person still waiting for the type and week for whom a time is free
 * now (with the interpreter they asked for): a time taken again meanwhile, or
 * one without their interpreter, is offered to no one, or to the next person.
 */
async function firstWithTime(tx: Tx, payload: { type_id: string; week_start: string }, now: Date) {
  const type = await loadAppointmentType(tx, payload.type_id);
  if (!type || type.status !== 'active') return undefined;
  const waiting = await tx
    .selectFrom('appointment_waitlist')
    .selectAll()
    .where('type_id', '=', payload.type_id)
    .where('week_start', '=', payload.week_start)
    .where('status', '=', 'waiting')
    .where('purged_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(LOOK_AT)
    .forUpdate()
    .skipLocked()
    .execute();
  const from = [payload.week_start, today(now, type.timezone)].sort().at(-1)!;
  const free = new Map<string, Promise<boolean>>();
  for (const entry of waiting) {
    const interpreter = entry.interpreter ?? '';
    if (!free.has(interpreter)) {
      const query = { from, to: addDays(payload.week_start, 7), interpreter: entry.interpreter, now };
      free.set(
        interpreter,
        slotsOfType(tx, type, query).then((slots) => slots.length > 0),
      );
    }
    if (await free.get(interpreter)) return entry;
  }
  return undefined;
}

/**
 * The job of `appointment.offer`: a time of type `type_id` in the week of
 * `week_start` came free, and the first person still waiting for whom a time
 * is free hears, in their language, with a link that books. They become `offered` (the next
 * freed time goes to the next person); the offer is once per entry and week.
 */
export async function sendOffer(
  tx: Tx,
  context: AppointmentContext,
  payload: { type_id: string; week_start: string },
): Promise<number> {
  const entry = await firstWithTime(tx, payload, context.now);
  if (!entry) return 0;
  const locale = context.texts.localeFor(entry.language);
  const type = await loadTypeFacts(tx, entry.type_id, locale);
  if (!type) return 0;
  await tx
    .updateTable('appointment_waitlist')
    .set({ status: 'offered', offered_at: context.now })
    .where('id', '=', entry.id)
    .execute();
  const [year, month, day] = payload.week_start.split('-').map(Number) as [number, number, number];
  const weekStarts = zonedToInstant({ year, month, day, hour: 0, minute: 0 }, type.timezone);
  const name = context.crypto.decrypt(entry.name) ?? '';
  const sent = await deliverAppointmentOnce(
    tx,
    context,
    {
      id: entry.id,
      recordType: 'appointment_waitlist',
      contactMethod: entry.contact_method,
      email: context.crypto.decrypt(entry.email),
      phone: context.crypto.decrypt(entry.phone),
      bounced: false,
      purged: false,
    },
    { kind: 'offer', startsAt: weekStarts },
    () =>
      composeOffer(context.texts, {
        language: entry.language,
        name,
        type,
        weekStart: payload.week_start,
        bookUrl: offerLink(context, entry.id),
      }),
  );
  return sent ? 1 : 0;
}
