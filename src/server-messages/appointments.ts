/**
 * The words of the server's messages about one-to-one appointments: the
 * confirmation, the reminder, a move, a cancellation, the offer of a freed slot
 * to someone waiting, and the page their links open (`/a/{token}`). Like
 * mail.ts, nothing imports this file: it keeps these `mail.appointment.*` ids
 * in locales/*.xlf, and the server reads them from there
 * (server/src/messages/texts.ts), filling the placeholders by name.
 */
import { msg, str } from '@lit/localize';

export const appointmentMessages = (
  title: string,
  when: string,
  week: string,
  items: string,
  language: string,
  link: string,
) => [
  // Lines of the messages.
  msg(str`What to bring: ${items}`, { id: 'mail.appointment.line.bring' }),
  msg(str`An interpreter for ${language} will be there.`, { id: 'mail.appointment.line.interpreter' }),
  msg(str`To cancel or change the time, open this page: ${link}`, { id: 'mail.appointment.line.manage' }),
  msg(str`To book it, open this page: ${link}`, { id: 'mail.appointment.line.book' }),
  msg('American Sign Language', { id: 'mail.appointment.asl' }),
  // Booked.
  msg(str`Your appointment is booked: ${title}`, { id: 'mail.appointment.confirmed.subject' }),
  msg(str`Your appointment for ${title} is booked. We look forward to seeing you.`, {
    id: 'mail.appointment.confirmed.intro',
  }),
  // Some hours before (the office's reminder setting).
  msg(str`Reminder: your appointment for ${title}`, { id: 'mail.appointment.reminder.subject' }),
  msg(str`A reminder: your appointment for ${title} is soon.`, { id: 'mail.appointment.reminder.intro' }),
  // Moved by the person or by the office.
  msg(str`New time for your appointment: ${title}`, { id: 'mail.appointment.moved.subject' }),
  msg(str`Your appointment for ${title} on ${when} has moved. Here is the new time.`, {
    id: 'mail.appointment.moved.intro',
  }),
  // Cancelled.
  msg(str`Appointment cancelled: ${title}`, { id: 'mail.appointment.cancelled.subject' }),
  msg(str`Your appointment for ${title} on ${when} is cancelled.`, { id: 'mail.appointment.cancelled.intro' }),
  // A slot freed in the week someone is waiting for.
  msg(str`A time opened up: ${title}`, { id: 'mail.appointment.offer.subject' }),
  msg(
    str`Good news: a time opened up for ${title} in the week of ${week}. It is not kept for you: whoever books first gets it.`,
    { id: 'mail.appointment.offer.intro' },
  ),
  // The page the links open (GET /a/{token}).
  msg('Your appointment', { id: 'mail.appointment.page.title' }),
  msg('Your appointment is booked.', { id: 'mail.appointment.page.booked' }),
  msg('Your appointment is cancelled.', { id: 'mail.appointment.page.cancelled' }),
  msg('Your appointment has moved to the new time.', { id: 'mail.appointment.page.moved' }),
  msg('This appointment is over.', { id: 'mail.appointment.page.past' }),
  msg('Cancel my appointment', { id: 'mail.appointment.page.cancel' }),
  msg('If you cancel, the time goes to someone who is waiting.', { id: 'mail.appointment.page.cancel-note' }),
  msg('Choose another time', { id: 'mail.appointment.page.move-title' }),
  msg('There is no other free time soon. To change the time, contact the office.', {
    id: 'mail.appointment.page.no-slots',
  }),
  msg('That time was just taken. Choose another one.', { id: 'mail.appointment.page.slot-taken' }),
  // The page of an offer's link: that week's free times, booked with the waiting list's details.
  msg('Book a time', { id: 'mail.appointment.page.offer-title' }),
  msg('We will use the name and contact you gave for the waiting list.', { id: 'mail.appointment.page.offer-note' }),
  msg('Those times are taken now. You are still on the waiting list.', { id: 'mail.appointment.page.offer-gone' }),
];
