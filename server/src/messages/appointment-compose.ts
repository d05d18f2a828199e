import { buildCalendar } from '../events/ics.js';
import { formatLocal } from '../events/recurrence.js';
import { instantToZoned } from '../events/zoned-time.js';
import { mailHtml } from '../mail/html.js';
import type { AppointmentFacts } from './appointment-facts.js';
import type { ComposedMessage } from './compose.js';
import { formatSession, formatStart, intlLocale } from './dates.js';
import type { MessageTexts } from './texts.js';

/** What a message tells a person about their appointment. */
export type AppointmentNotice = 'confirmed' | 'reminder' | 'moved' | 'cancelled';

export interface AppointmentNoticeInput {
  notice: AppointmentNotice;
  facts: AppointmentFacts;
  /** `/a/{token}` on the public origin. */
  manageUrl: string;
  /** iCalendar SEQUENCE: 0 at booking, higher with every later change. */
  sequence: number;
  now: Date;
}

/** Messages that carry the calendar file: an appointment to put in the calendar, move, or take out. */
const WITH_CALENDAR = new Set<AppointmentNotice>(['confirmed', 'moved', 'cancelled']);

/** A language's name in the message's language ('ase': American Sign Language, from the texts). */
export function languageName(texts: MessageTexts, locale: string, code: string): string {
  if (code === 'ase') return texts.text(locale, 'mail.appointment.asl').value;
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(code);
    if (name && name !== code) return name;
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One message about an appointment, in its language: subject, text, HTML, the
 * SMS form, the .ics in the place's zone (with what to bring), and the
 * List-Unsubscribe headers that stop its reminders.
 */
export function composeAppointmentNotice(texts: MessageTexts, input: AppointmentNoticeInput): ComposedMessage {
  const { facts, notice } = input;
  const { row, timezone } = facts;
  const locale = texts.localeFor(row.language);
  let machine = false;
  const t = (id: string, values: Record<string, string | number> = {}) => {
    const text = texts.text(locale, id, values);
    machine ||= text.machine;
    return text.value;
  };
  const start = new Date(row.starts_at);
  const end = new Date(row.ends_at);
  const title = facts.title;
  const named = notice === 'moved' && row.moved_from ? new Date(row.moved_from) : start;
  const subject = t(`mail.appointment.${notice}.subject`, { title });
  const intro = t(`mail.appointment.${notice}.intro`, { title, when: formatStart(locale, named, timezone) });
  const cancelled = notice === 'cancelled';
  const details = cancelled
    ? []
    : [
        t('mail.line.when', { when: formatSession(locale, start, end, timezone) }),
        facts.place ? t('mail.line.where', { place: facts.place }) : undefined,
        row.interpreter
          ? t('mail.appointment.line.interpreter', { language: languageName(texts, locale, row.interpreter) })
          : undefined,
      ].filter((line): line is string => Boolean(line));
  const bring =
    !cancelled && facts.whatToBring.trim() ? t('mail.appointment.line.bring', { items: facts.whatToBring }) : undefined;
  const calendar = WITH_CALENDAR.has(notice);
  const manage = cancelled ? undefined : t('mail.appointment.line.manage', { link: input.manageUrl });
  const blocks = [
    t('mail.greeting', { name: facts.name }),
    intro,
    details.join('\n'),
    bring,
    calendar ? t('mail.line.calendar') : undefined,
    manage,
  ].filter(Boolean);
  const smsParts = [intro, details[0], manage].filter(Boolean);
  if (machine) {
    const line = t('mail.line.machine');
    blocks.push(line);
    smsParts.push(line);
  }
  const text = `${blocks.join('\n\n')}\n`;
  const attachments = calendar
    ? [
        {
          filename: 'appointment.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: Buffer.from(
            buildCalendar({
              now: input.now,
              events: [
                {
                  // One UID for the appointment's life, so a move or a cancellation replaces the entry.
                  uid: `appointment-${row.id}@welcome-widgets`,
                  summary: title,
                  description: facts.whatToBring.trim()
                    ? t('mail.appointment.line.bring', { items: facts.whatToBring })
                    : undefined,
                  location: facts.place,
                  url: input.manageUrl,
                  dtstart: formatLocal(instantToZoned(start, timezone)),
                  timezone,
                  durationMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
                  status: cancelled ? 'cancelled' : 'scheduled',
                  // A generated column's select type is ColumnType here: it is a Date (or an ISO string) at run time.
                  lastModified: new Date(row.updated_at as unknown as Date),
                  sequence: input.sequence,
                },
              ],
            }),
          ).toString('base64'),
        },
      ]
    : [];
  const stopUrl = `${input.manageUrl}/stop-reminders`;
  return {
    locale,
    subject,
    text,
    html: mailHtml(text, { locale, title: subject }),
    sms: smsParts.join('\n'),
    attachments,
    headers: cancelled
      ? {}
      : { 'List-Unsubscribe': `<${stopUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
