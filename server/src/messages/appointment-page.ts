import { escapeHtml } from '../mail/html.js';
import type { AppointmentFacts, TypeFacts } from './appointment-facts.js';
import { languageName } from './appointment-compose.js';
import { formatWeek } from './appointment-offer.js';
import { formatSession } from './dates.js';
import { page } from './manage-page.js';
import type { MessageTexts } from './texts.js';

/** A time the page offers: its instants (the form posts `start`). */
export interface PageSlot {
  start: Date;
  end: Date;
}

/** What was just done, said at the top of the page. */
export type AppointmentPageDone = 'cancelled' | 'moved' | 'reminders-stopped' | 'slot-taken';

export interface AppointmentPageView {
  token: string;
  facts: AppointmentFacts;
  /** The next free times it can move to (booked and to come only). */
  slots: PageSlot[];
  now: Date;
  done?: AppointmentPageDone | undefined;
}

const DONE: Record<AppointmentPageDone, string> = {
  cancelled: 'mail.appointment.page.cancelled',
  moved: 'mail.appointment.page.moved',
  'reminders-stopped': 'mail.page.reminders-stopped',
  'slot-taken': 'mail.appointment.page.slot-taken',
};

/** One button per time, each its own form posting `start` (works without script). */
function slotForms(action: string, slots: PageSlot[], locale: string, timeZone: string, label: string): string {
  const items = slots.map((slot) => {
    const when = escapeHtml(formatSession(locale, slot.start, slot.end, timeZone));
    return `<li><form method="post" action="${action}"><input type="hidden" name="start" value="${slot.start.toISOString()}"><button type="submit" aria-describedby="${label}">${when}</button></form></li>`;
  });
  return `<ul class="slots">\n${items.join('\n')}\n</ul>`;
}

/** The lines every page about an appointment or a type starts with: title, time, place. */
function heading(title: string, lines: (string | undefined)[]): string[] {
  return [
    `<h1 dir="auto">${escapeHtml(title)}</h1>`,
    ...lines.filter((l): l is string => Boolean(l)).map((l) => `<p dir="auto">${escapeHtml(l)}</p>`),
  ];
}

/**
 * The page of an appointment's link (`/a/{token}`), in the appointment's
 * language: the booking and what to bring, then, while it is booked and to
 * come, stop reminders, move to one of the next free times, or cancel.
 */
export function appointmentPage(texts: MessageTexts, view: AppointmentPageView): string {
  const { facts } = view;
  const { row } = facts;
  const locale = texts.localeFor(row.language);
  const t = (id: string, values: Record<string, string> = {}) => texts.text(locale, id, values).value;
  const e = (id: string, values: Record<string, string> = {}) => escapeHtml(t(id, values));
  const start = new Date(row.starts_at);
  const action = (path: string) => `/a/${encodeURIComponent(view.token)}/${path}`;
  const parts = heading(facts.title, [
    formatSession(locale, start, new Date(row.ends_at), facts.timezone),
    facts.place,
    row.interpreter
      ? t('mail.appointment.line.interpreter', { language: languageName(texts, locale, row.interpreter) })
      : undefined,
    facts.whatToBring.trim() ? t('mail.appointment.line.bring', { items: facts.whatToBring }) : undefined,
  ]);
  parts.push(`<h2>${e('mail.appointment.page.title')}</h2>`);
  if (view.done) parts.push(`<p class="notice" role="status">${e(DONE[view.done])}</p>`);
  const open = row.status === 'booked' && start > view.now;
  if (row.status === 'cancelled') {
    if (view.done !== 'cancelled') parts.push(`<p>${e('mail.appointment.page.cancelled')}</p>`);
  } else if (!open) {
    parts.push(`<p>${e('mail.appointment.page.past')}</p>`);
  } else {
    if (view.done !== 'moved') parts.push(`<p>${e('mail.appointment.page.booked')}</p>`);
    if (row.reminders === 'on') {
      parts.push(
        `<form method="post" action="${action('stop-reminders')}"><button type="submit">${e('mail.page.stop-reminders')}</button></form>`,
      );
    }
    parts.push(`<h2 id="move-title">${e('mail.appointment.page.move-title')}</h2>`);
    parts.push(
      view.slots.length > 0
        ? slotForms(action('move'), view.slots, locale, facts.timezone, 'move-title')
        : `<p>${e('mail.appointment.page.no-slots')}</p>`,
    );
    parts.push(
      `<p>${e('mail.appointment.page.cancel-note')}</p>`,
      `<form method="post" action="${action('cancel')}"><button type="submit" class="danger">${e('mail.appointment.page.cancel')}</button></form>`,
    );
  }
  return page(locale, `${t('mail.appointment.page.title')}: ${facts.title}`, parts.join('\n'));
}

export interface OfferPageView {
  token: string;
  language: string;
  type: TypeFacts;
  weekStart: string;
  slots: PageSlot[];
  /** The time asked for was taken meanwhile. */
  taken?: boolean | undefined;
}

/** The page of an offer's link (`/a/offer/{token}`): that week's free times, each booked in one press. */
export function offerPage(texts: MessageTexts, view: OfferPageView): string {
  const locale = texts.localeFor(view.language);
  const e = (id: string, values: Record<string, string> = {}) => escapeHtml(texts.text(locale, id, values).value);
  const parts = heading(view.type.title, [
    texts.text(locale, 'mail.appointment.offer.subject', { title: view.type.title }).value,
    view.type.place,
  ]);
  parts.push(`<h2 id="book-title">${e('mail.appointment.page.offer-title')}</h2>`);
  if (view.taken) parts.push(`<p class="notice" role="status">${e('mail.appointment.page.slot-taken')}</p>`);
  if (view.slots.length > 0) {
    parts.push(
      `<p>${escapeHtml(formatWeek(locale, view.weekStart))}</p>`,
      slotForms(
        `/a/offer/${encodeURIComponent(view.token)}/book`,
        view.slots,
        locale,
        view.type.timezone,
        'book-title',
      ),
      `<p>${e('mail.appointment.page.offer-note')}</p>`,
    );
  } else {
    parts.push(`<p>${e('mail.appointment.page.offer-gone')}</p>`);
  }
  return page(
    locale,
    `${texts.text(locale, 'mail.appointment.page.offer-title').value}: ${view.type.title}`,
    parts.join('\n'),
  );
}
