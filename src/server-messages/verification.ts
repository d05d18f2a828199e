/**
 * The words of re-verification: the mail asking a provider to check their listing, and the page its signed
 * link opens (`/v/{token}`: confirm it, or send corrections). Like mail.ts, nothing imports this file: it
 * keeps these `mail.verification.*` ids in locales/*.xlf, and the server reads them from there
 * (server/src/messages/texts.ts), filling the placeholders by name.
 */
import { msg, str } from '@lit/localize';

export const verificationMessages = (name: string, link: string, date: string) => [
  // The mail.
  msg(str`Please check your listing: ${name}`, { id: 'mail.verification.subject' }),
  msg('Hello,', { id: 'mail.verification.greeting' }),
  msg(
    str`Our directory of services for immigrants lists ${name}. Please check that what it says is still right. It takes a minute and needs no account.`,
    { id: 'mail.verification.intro' },
  ),
  msg(str`To confirm it or send corrections, open this page: ${link}`, { id: 'mail.verification.line.link' }),
  msg(str`The link works until ${date}.`, { id: 'mail.verification.line.expires' }),
  msg('People rely on this listing to find help. A listing nobody confirms is marked as not checked recently.', {
    id: 'mail.verification.line.why',
  }),
  // The page: the listing as it is.
  msg('Check your listing', { id: 'mail.verification.page.title' }),
  msg('This is how your service appears in the directory. Is it right?', { id: 'mail.verification.page.intro' }),
  msg('Not listed', { id: 'mail.verification.page.none' }),
  msg('Phone', { id: 'mail.verification.field.phone' }),
  msg('Address', { id: 'mail.verification.field.address' }),
  msg('Hours', { id: 'mail.verification.field.hours' }),
  msg('Email', { id: 'mail.verification.field.email' }),
  msg('Website', { id: 'mail.verification.field.url' }),
  msg('Description', { id: 'mail.verification.field.description' }),
  msg('Anything else we should know', { id: 'mail.verification.field.note' }),
  // Confirm it.
  msg('Everything is right', { id: 'mail.verification.page.confirm-title' }),
  msg('Confirm it is right', { id: 'mail.verification.page.confirm' }),
  msg('Thank you. Your listing is confirmed as of today.', { id: 'mail.verification.page.confirmed' }),
  // Correct it.
  msg('Something is wrong', { id: 'mail.verification.page.correct-title' }),
  msg('Write only what should change. Our editors check each correction before the listing changes.', {
    id: 'mail.verification.page.correct-hint',
  }),
  msg('Send corrections', { id: 'mail.verification.page.correct' }),
  msg('Write at least one correction, or confirm the listing if it is right.', {
    id: 'mail.verification.page.correct-empty',
  }),
  msg('Each answer can be at most 1,000 characters long.', { id: 'mail.verification.page.too-long' }),
  msg('Thank you. We received your corrections. An editor will update the listing.', {
    id: 'mail.verification.page.corrected',
  }),
  // A link that cannot be used.
  msg('This link was already used', { id: 'mail.verification.page.used-title' }),
  msg(
    'The listing was already confirmed or corrected with this link, so it cannot be used again. If something changed since, reply to the email that brought you here and the office will send a new link.',
    { id: 'mail.verification.page.used' },
  ),
  msg('This link has expired', { id: 'mail.verification.page.expired-title' }),
  msg(
    'Links to check a listing work for a limited time. Reply to the email that brought you here and the office will send a new link.',
    { id: 'mail.verification.page.expired' },
  ),
  msg('This link does not work', { id: 'mail.verification.page.invalid-title' }),
  msg(
    'The link may have been cut short or changed when it was copied. Open it again from the email, or reply to that email to ask the office for a new one.',
    { id: 'mail.verification.page.invalid' },
  ),
];
