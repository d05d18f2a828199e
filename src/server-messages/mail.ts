/**
 * The words of the server's messages to people who signed up for an event: the
 * confirmation, the reminder, the notices of a change, and the page their links
 * open. Nothing imports this file and no bundle holds it (split-locales.mjs puts
 * `mail.*` in a part of its own that no widget loads): it is here so that
 * `npm run localize:extract` keeps these ids in locales/*.xlf, where translators
 * work on them beside the widgets' texts. The server reads them from there
 * (server/src/messages/texts.ts), filling the placeholders in this order.
 */
import { msg, str } from '@lit/localize';

export const mailMessages = (
  title: string,
  when: string,
  place: string,
  name: string,
  link: string,
  code: string,
  position: number,
) => [
  // Lines every message may use.
  msg(str`Hello ${name},`, { id: 'mail.greeting' }),
  msg(str`When: ${when}`, { id: 'mail.line.when' }),
  msg(str`Where: ${place}`, { id: 'mail.line.where' }),
  msg(str`To stop reminders or cancel your place, open this page: ${link}`, { id: 'mail.line.manage' }),
  msg(str`Your check-in code: ${code}. Show it, or the QR code in this message, at the door.`, {
    id: 'mail.line.checkin-code',
  }),
  msg('The calendar file (.ics) is attached: open it to add the event to your calendar.', {
    id: 'mail.line.calendar',
  }),
  msg('This message was translated by machine and has not been reviewed yet.', { id: 'mail.line.machine' }),
  msg('QR code for checking in', { id: 'mail.qr-alt' }),
  // A place confirmed at sign-up.
  msg(str`Your place is confirmed: ${title}`, { id: 'mail.confirmed.subject' }),
  msg(str`Your place at ${title} is confirmed. We look forward to seeing you.`, { id: 'mail.confirmed.intro' }),
  // The event was full at sign-up.
  msg(str`You are on the waiting list: ${title}`, { id: 'mail.waitlisted.subject' }),
  msg(str`${title} is full. You are number ${position} on the waiting list. We will write to you if a place opens.`, {
    id: 'mail.waitlisted.intro',
  }),
  // Someone cancelled, and the place went to this person.
  msg(str`A place opened for you: ${title}`, { id: 'mail.promoted.subject' }),
  msg(str`Good news: a place opened at ${title}, and it is yours. Your place is confirmed.`, {
    id: 'mail.promoted.intro',
  }),
  // The organizer lowered the number of places.
  msg(str`You are back on the waiting list: ${title}`, { id: 'mail.waitlisted-again.subject' }),
  msg(
    str`We are sorry: there are fewer places at ${title} than planned, and you are back at the top of the waiting list. We will write to you if a place opens.`,
    { id: 'mail.waitlisted-again.intro' },
  ),
  // The day before (by default).
  msg(str`Reminder: ${title}`, { id: 'mail.reminder.subject' }),
  msg(str`A reminder: ${title} starts soon, and you have a place.`, { id: 'mail.reminder.intro' }),
  // One session cancelled, or the whole series.
  msg(str`Cancelled: ${title}`, { id: 'mail.cancelled.subject' }),
  msg(str`We are sorry: the session of ${title} on ${when} is cancelled.`, { id: 'mail.cancelled.intro' }),
  msg(str`We are sorry: ${title} is cancelled, with all of its sessions.`, { id: 'mail.series-cancelled.intro' }),
  // A session moved to another time.
  msg(str`New time: ${title}`, { id: 'mail.moved.subject' }),
  msg(str`The session of ${title} on ${when} has moved. Here is the new time.`, { id: 'mail.moved.intro' }),
  // The page the links open (GET /r/{token}).
  msg('Your place', { id: 'mail.page.title' }),
  msg('Your place is confirmed.', { id: 'mail.page.confirmed' }),
  msg('You are on the waiting list.', { id: 'mail.page.waitlisted' }),
  msg('Your place is cancelled.', { id: 'mail.page.cancelled' }),
  msg('Stop reminders', { id: 'mail.page.stop-reminders' }),
  msg('Reminders are stopped. You will get no more reminders for this event.', { id: 'mail.page.reminders-stopped' }),
  msg('Cancel my place', { id: 'mail.page.cancel' }),
  msg('If you cancel, your place goes to the next person on the waiting list.', { id: 'mail.page.cancel-note' }),
  msg('This link does not work', { id: 'mail.page.invalid-title' }),
  msg('Check that you opened the whole address from your message. If it still does not work, contact the organizer.', {
    id: 'mail.page.invalid',
  }),
];
