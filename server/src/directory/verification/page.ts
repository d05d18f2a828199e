import { escapeHtml } from '../../mail/html.js';
import { page } from '../../messages/manage-page.js';
import type { MessageTexts } from '../../messages/texts.js';
import type { ProviderListing } from './listing.js';
import { CORRECTION_FIELDS, CORRECTION_MAX, type CorrectionField } from './provider-link.js';

export type ProviderPageDone = 'confirmed' | 'corrected';
export type ProviderPageError = 'empty' | 'too-long';
export type LinkProblem = 'used' | 'expired' | 'invalid';

export interface ProviderPageView {
  token: string;
  locale: string;
  listing: ProviderListing;
  error?: ProviderPageError | undefined;
  /** What the provider typed, kept when the form comes back with an error. */
  values?: Partial<Record<CorrectionField, string>> | undefined;
}

/** Fields written on several lines. */
const LONG: ReadonlySet<CorrectionField> = new Set(['address', 'hours', 'description', 'note']);
const ERRORS: Record<ProviderPageError, string> = {
  empty: 'mail.verification.page.correct-empty',
  'too-long': 'mail.verification.page.too-long',
};

const words = (texts: MessageTexts, wanted: string) => {
  const locale = texts.localeFor(wanted);
  const t = (id: string, values: Record<string, string> = {}) => texts.text(locale, id, values).value;
  return { locale, t, e: (id: string, values: Record<string, string> = {}) => escapeHtml(t(id, values)) };
};

/** "Monday, Tuesday 09:00–17:00" from an RRULE's BYDAY, in the page's language. */
function hoursLine(locale: string, rule: ProviderListing['hours'][number]): string {
  const codes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const days = (rule.byday ?? '')
    .split(',')
    .filter(Boolean)
    .map((code) => {
      const [, nth, day] = /^([+-]?\d*)([A-Z]{2})$/.exec(code.trim()) ?? [];
      const index = codes.indexOf(day ?? '');
      if (index < 0) return code;
      const name = dayName.format(new Date(Date.UTC(2024, 0, 1 + index)));
      return nth ? `${name} (${nth})` : name;
    });
  const time = [rule.opens_at, rule.closes_at]
    .filter(Boolean)
    .map((t) => t!.slice(0, 5))
    .join('–');
  return [days.join(', '), time].filter(Boolean).join(' ');
}

/** The listing as the directory has it, each part labelled ("not listed" where empty). */
function listingBlock(texts: MessageTexts, locale: string, listing: ProviderListing): string {
  const { e } = words(texts, locale);
  const none = `<dd>${e('mail.verification.page.none')}</dd>`;
  const item = (label: string, values: string[]) =>
    `<dt>${e(label)}</dt>${values.length ? values.map((v) => `<dd dir="auto">${escapeHtml(v)}</dd>`).join('') : none}`;
  return `<dl>
${item('mail.verification.field.phone', listing.phones)}
${item('mail.verification.field.address', listing.addresses)}
${item(
  'mail.verification.field.hours',
  listing.hours.map((h) => hoursLine(locale, h)),
)}
${item('mail.verification.field.email', listing.email ? [listing.email] : [])}
${item('mail.verification.field.url', listing.url ? [listing.url] : [])}
${item('mail.verification.field.description', listing.description ? [listing.description] : [])}
</dl>`;
}

/**
 * The page of a re-verification link (`/v/{token}`), in the provider's language: the listing as it is, a
 * "Confirm it is right" form and a "Correct it" form, plain forms that work without script.
 */
export function providerPage(texts: MessageTexts, view: ProviderPageView): string {
  const { locale, e } = words(texts, view.locale);
  const action = (path: string) => `/v/${encodeURIComponent(view.token)}/${path}?lang=${encodeURIComponent(locale)}`;
  const field = (name: CorrectionField) => {
    const id = `f-${name}`;
    const value = escapeHtml(view.values?.[name] ?? '');
    const control = LONG.has(name)
      ? `<textarea id="${id}" name="${name}" rows="3" maxlength="${CORRECTION_MAX}" dir="auto">${value}</textarea>`
      : `<input id="${id}" name="${name}" maxlength="${CORRECTION_MAX}" dir="auto" value="${value}"${
          name === 'phone' ? ' type="tel" autocomplete="off"' : ' type="text" autocomplete="off"'
        }>`;
    return `<label for="${id}">${e(`mail.verification.field.${name}`)}</label>\n${control}`;
  };
  const parts = [
    `<h1 dir="auto">${escapeHtml(view.listing.name)}</h1>`,
    `<p dir="auto">${escapeHtml(view.listing.organization)}</p>`,
    `<p>${e('mail.verification.page.intro')}</p>`,
    listingBlock(texts, locale, view.listing),
    `<h2 id="confirm-title">${e('mail.verification.page.confirm-title')}</h2>`,
    `<form method="post" action="${action('confirm')}"><button type="submit" aria-describedby="confirm-title">${e('mail.verification.page.confirm')}</button></form>`,
    `<h2 id="correct-title">${e('mail.verification.page.correct-title')}</h2>`,
  ];
  if (view.error) parts.push(`<p class="error" role="alert" id="correct-error">${e(ERRORS[view.error])}</p>`);
  parts.push(
    `<p id="correct-hint">${e('mail.verification.page.correct-hint')}</p>`,
    `<form method="post" action="${action('correct')}" aria-describedby="correct-hint">`,
    ...CORRECTION_FIELDS.map(field),
    `<p><button type="submit">${e('mail.verification.page.correct')}</button></p>`,
    `</form>`,
  );
  return page(
    locale,
    `${texts.text(locale, 'mail.verification.page.title').value}: ${view.listing.name}`,
    parts.join('\n'),
  );
}

/** The page after the provider confirmed or corrected: thanks, and what happens next. */
export function providerDonePage(texts: MessageTexts, wanted: string, done: ProviderPageDone, name: string): string {
  const { locale, t, e } = words(texts, wanted);
  return page(
    locale,
    t('mail.verification.page.title'),
    [
      `<h1 dir="auto">${escapeHtml(name)}</h1>`,
      `<p class="notice" role="status">${e(`mail.verification.page.${done}`)}</p>`,
    ].join('\n'),
  );
}

/** A link used already, expired, or not one of ours: what happened and whom to ask for a new one. */
export function linkProblemPage(texts: MessageTexts, wanted: string, problem: LinkProblem): string {
  const { locale, t, e } = words(texts, wanted);
  return page(
    locale,
    t(`mail.verification.page.${problem}-title`),
    `<h1>${e(`mail.verification.page.${problem}-title`)}</h1>\n<p>${e(`mail.verification.page.${problem}`)}</p>`,
  );
}
