import { createHash } from 'node:crypto';
import { directionOf, escapeHtml } from '../mail/html.js';
import { formatSession } from './dates.js';
import type { EventFacts, SessionTime } from './event-facts.js';
import type { MessageTexts } from './texts.js';

/** The page's one style block, allowed by its hash: no other style, script, frame or image may load. */
const STYLE = `
body { font: 1.125rem/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; }
main { max-width: 36rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.notice { border-inline-start: .3rem solid #1a7f37; padding: .5rem 1rem; background: #eef8f0; }
form { margin: 1rem 0; }
ul.slots { list-style: none; padding: 0; }
ul.slots form { margin: .5rem 0; }
button { font: inherit; padding: .6rem 1.2rem; border: 2px solid #1b1b1b; border-radius: .4rem; background: #fff; color: #1b1b1b; cursor: pointer; min-height: 44px; }
button.danger { border-color: #a40e26; color: #a40e26; }
button:focus-visible { outline: 3px solid #0b5fff; outline-offset: 3px; }
dt { font-weight: 600; margin-top: .75rem; }
dd { margin: 0; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input, textarea { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; border: 2px solid #1b1b1b; border-radius: .3rem; }
input:focus-visible, textarea:focus-visible { outline: 3px solid #0b5fff; outline-offset: 2px; }
.error { border-inline-start: .3rem solid #a40e26; padding: .5rem 1rem; background: #fdeeee; }
@media (forced-colors: active) { button, .notice, .error, input, textarea { border-color: ButtonText; } }
`;
export const MANAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A whole page in the style and under the CSP of the pages messages link to. */
export function page(locale: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface ManageView {
  token: string;
  locale: string;
  facts: EventFacts;
  session: SessionTime | undefined;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  reminders: 'on' | 'stopped';
  /** What was just done, to say so at the top. */
  done?: 'reminders-stopped' | 'cancelled' | undefined;
}

/** The page a message's link opens: the event, the place's state, and buttons to stop reminders or cancel. */
export function managePage(texts: MessageTexts, view: ManageView): string {
  const locale = texts.localeFor(view.locale);
  const t = (id: string) => escapeHtml(texts.text(locale, id).value);
  const { facts, session } = view;
  const action = (path: string) => `/r/${encodeURIComponent(view.token)}/${path}`;
  const parts = [`<h1 dir="auto">${escapeHtml(facts.title)}</h1>`];
  if (session)
    parts.push(`<p>${escapeHtml(formatSession(locale, session.start, session.end, facts.row.timezone))}</p>`);
  if (facts.place) parts.push(`<p dir="auto">${escapeHtml(facts.place)}</p>`);
  parts.push(`<h2>${t('mail.page.title')}</h2>`);
  if (view.done) {
    const said = view.done === 'cancelled' ? 'mail.page.cancelled' : 'mail.page.reminders-stopped';
    parts.push(`<p class="notice" role="status">${t(said)}</p>`);
  }
  if (view.status === 'cancelled') {
    if (view.done !== 'cancelled') parts.push(`<p>${t('mail.page.cancelled')}</p>`);
  } else {
    parts.push(`<p>${t(view.status === 'confirmed' ? 'mail.page.confirmed' : 'mail.page.waitlisted')}</p>`);
    if (view.reminders === 'on') {
      parts.push(
        `<form method="post" action="${action('stop-reminders')}"><button type="submit">${t('mail.page.stop-reminders')}</button></form>`,
      );
    } else if (view.done !== 'reminders-stopped') {
      parts.push(`<p>${t('mail.page.reminders-stopped')}</p>`);
    }
    parts.push(
      `<p>${t('mail.page.cancel-note')}</p>`,
      `<form method="post" action="${action('cancel')}"><button type="submit" class="danger">${t('mail.page.cancel')}</button></form>`,
    );
  }
  return page(locale, `${texts.text(locale, 'mail.page.title').value}: ${facts.title}`, parts.join('\n'));
}

/** The page for a link that is not one of ours (altered, cut short, or for a sign-up that is gone). */
export function invalidLinkPage(texts: MessageTexts, wanted: string): string {
  const locale = texts.localeFor(wanted);
  const t = (id: string) => escapeHtml(texts.text(locale, id).value);
  return page(
    locale,
    texts.text(locale, 'mail.page.invalid-title').value,
    `<h1>${t('mail.page.invalid-title')}</h1>\n<p>${t('mail.page.invalid')}</p>`,
  );
}
