import { buildCalendar } from '../events/ics.js';
import { formatCheckinCode } from '../events/checkin-code.js';
import { mailHtml } from '../mail/html.js';
import type { MailAttachment } from '../mail/outbox.js';
import { formatSession, formatStart } from './dates.js';
import { icsEventFor, type EventFacts, type SessionTime } from './event-facts.js';
import { qrGifBase64 } from './qr.js';
import type { MessageTexts } from './texts.js';

/** What a message tells a registrant. */
export type Notice =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'waitlisted-again'
  | 'reminder'
  | 'cancelled'
  | 'series-cancelled'
  | 'moved';

export interface NoticeInput {
  notice: Notice;
  /** The registrant's language (as recorded at sign-up). */
  locale: string;
  name: string;
  facts: EventFacts;
  /** The registration's key: a session's local start, or `series`. */
  registrationKey: string;
  /** The session the message is about (as it stands now), when it is about one. */
  session?: SessionTime | undefined;
  /** Where a moved session was (its original start). */
  movedFrom?: Date | undefined;
  position?: number | null | undefined;
  checkinCode?: string | null | undefined;
  manageUrl: string;
  now: Date;
}

export interface ComposedMessage {
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** The short form for a text message. */
  sms: string;
  attachments: MailAttachment[];
  headers: Record<string, string>;
}

const SUBJECTS: Record<Notice, string> = {
  confirmed: 'mail.confirmed.subject',
  waitlisted: 'mail.waitlisted.subject',
  promoted: 'mail.promoted.subject',
  'waitlisted-again': 'mail.waitlisted-again.subject',
  reminder: 'mail.reminder.subject',
  cancelled: 'mail.cancelled.subject',
  'series-cancelled': 'mail.cancelled.subject',
  moved: 'mail.moved.subject',
};
const INTROS: Record<Notice, string> = {
  confirmed: 'mail.confirmed.intro',
  waitlisted: 'mail.waitlisted.intro',
  promoted: 'mail.promoted.intro',
  'waitlisted-again': 'mail.waitlisted-again.intro',
  reminder: 'mail.reminder.intro',
  cancelled: 'mail.cancelled.intro',
  'series-cancelled': 'mail.series-cancelled.intro',
  moved: 'mail.moved.intro',
};
/** Messages that carry the calendar file: a place to put in the calendar, or to take out of it. */
const WITH_CALENDAR = new Set<Notice>(['confirmed', 'promoted', 'moved', 'cancelled', 'series-cancelled']);
/** Messages that carry the check-in code: the person has a place. */
const WITH_CODE = new Set<Notice>(['confirmed', 'promoted', 'reminder']);
const QR_CID = 'checkin-qr@welcome-widgets';

/**
 * One message to a registrant in their language: subject, plain text, HTML,
 * the short SMS form, the .ics and the QR code where they belong, and the
 * List-Unsubscribe headers (one click stops reminders).
 */
export function composeNotice(texts: MessageTexts, input: NoticeInput): ComposedMessage {
  const locale = texts.localeFor(input.locale);
  const { facts, session } = input;
  const timeZone = facts.row.timezone;
  let machine = false;
  const t = (id: string, values: Record<string, string | number> = {}) => {
    const text = texts.text(locale, id, values);
    machine ||= text.machine;
    return text.value;
  };
  const title = facts.title;
  const when = session ? formatSession(locale, session.start, session.end, timeZone) : undefined;
  const code = input.checkinCode ? formatCheckinCode(input.checkinCode) : undefined;
  const subject = t(SUBJECTS[input.notice], { title });
  const named = input.movedFrom ?? session?.start;
  const intro = t(INTROS[input.notice], {
    title,
    when: named ? formatStart(locale, named, timeZone) : '',
    position: input.position ?? '',
  });
  const details = [
    when && input.notice !== 'cancelled' ? t('mail.line.when', { when }) : undefined,
    facts.place && !input.notice.includes('cancelled') ? t('mail.line.where', { place: facts.place }) : undefined,
  ].filter(Boolean);
  const hasCode = code && WITH_CODE.has(input.notice);
  const calendar = WITH_CALENDAR.has(input.notice);
  const manage = t('mail.line.manage', { link: input.manageUrl });
  const blocks = [
    t('mail.greeting', { name: input.name }),
    intro,
    details.join('\n'),
    hasCode ? t('mail.line.checkin-code', { code }) : undefined,
    calendar ? t('mail.line.calendar') : undefined,
    input.notice.includes('cancelled') ? undefined : manage,
  ].filter(Boolean);
  const smsParts = [intro, details[0], input.notice.includes('cancelled') ? undefined : manage].filter(Boolean);
  if (machine) {
    const line = t('mail.line.machine');
    blocks.push(line);
    smsParts.push(line);
  }
  const text = `${blocks.join('\n\n')}\n`;
  const attachments: MailAttachment[] = [];
  if (calendar) {
    // A cancelled session or series is CANCELLED in it (or left out of the series), so calendars take it out.
    const event = icsEventFor(facts, input.registrationKey, input.manageUrl);
    attachments.push({
      filename: 'event.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: Buffer.from(buildCalendar({ events: [event], now: input.now })).toString('base64'),
    });
  }
  if (hasCode) {
    attachments.push({
      filename: 'checkin-code.gif',
      contentType: 'image/gif',
      content: qrGifBase64(code),
      cid: QR_CID,
    });
  }
  const stopUrl = `${input.manageUrl}/stop-reminders`;
  return {
    locale,
    subject,
    text,
    html: mailHtml(text, {
      locale,
      title: subject,
      image: hasCode ? { cid: QR_CID, alt: `${t('mail.qr-alt')}: ${code}` } : undefined,
    }),
    sms: smsParts.join('\n'),
    attachments,
    headers: { 'List-Unsubscribe': `<${stopUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
