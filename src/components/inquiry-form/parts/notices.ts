import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorMessage } from '../../../core/error-message.js';
import { HttpError } from '../../../core/errors.js';
import { msg, str } from '../../../core/localize.js';
import { renderNotice } from '../../../core/notice.js';
import { telHref } from './reference.js';

/** A heading at `level` (1–6); with an `id`, it can take focus (a result the form moves to). */
export const renderHeading = (level: number, text: string, id?: string): TemplateResult =>
  html`<div
    class="heading"
    role="heading"
    aria-level=${Math.min(6, level)}
    id=${ifDefined(id)}
    tabindex=${ifDefined(id ? -1 : undefined)}
  >
    ${text}
  </div>`;

/**
 * "Prefer to talk? Call the hotline", when there is one. Called on an object
 * with `hotline` (the form): the translation's placeholder is `this.hotline`.
 */
export function renderHotline(this: { hotline: string }): TemplateResult | typeof nothing {
  return this.hotline
    ? html`<p class="hotline">
        ${msg(html`Prefer to talk? Call the hotline: ${html`<a href=${telHref(this.hotline)}>${this.hotline}</a>`}`, {
          id: 'inquiry.hotline',
        })}
      </p>`
    : nothing;
}

/** What is kept, for how long, who sees it, and that immigration status is never asked. */
export const renderPrivacy = (): TemplateResult =>
  html`<div part="privacy" class="privacy">
    <p class="privacy__title">${msg('Your privacy', { id: 'inquiry.privacy.title' })}</p>
    <ul>
      <li>
        ${msg('We keep your message, and your name and contact details only if you give them.', {
          id: 'inquiry.privacy.what',
        })}
      </li>
      <li>${msg('Your name and contact details are erased after one year.', { id: 'inquiry.privacy.how-long' })}</li>
      <li>${msg("Only the office's staff see it.", { id: 'inquiry.privacy.who' })}</li>
      <li>
        <strong
          >${msg('Nobody will ask about your immigration status, and this form never asks for it.', {
            id: 'inquiry.privacy.status',
          })}</strong
        >
      </li>
    </ul>
  </div>`;

/** Why a send failed, above the button: 413 and 429 in plain words; a retry unless it must be corrected. */
export function renderSendError(error: unknown, locale: string, retry: () => void): TemplateResult {
  const status = error instanceof HttpError ? error.status : 0;
  if (status === 413) {
    return renderNotice({
      tone: 'error',
      heading: msg('Your message is too long to send. Please make it shorter, then send it again.', {
        id: 'inquiry.error.too-large',
      }),
    });
  }
  if (status === 429) {
    const n = (value: number) => new Intl.NumberFormat(locale).format(value);
    const seconds = Math.max(1, Math.ceil((error as HttpError).retryAfter ?? 60));
    return renderNotice({
      tone: 'error',
      heading: msg(str`Too many messages were sent from here. Please wait ${n(seconds)} seconds, then send it again.`, {
        id: 'inquiry.error.rate-limited',
      }),
      detail: msg('Nothing you typed is lost.', { id: 'inquiry.error.kept' }),
    });
  }
  return renderNotice({
    tone: 'error',
    heading: msg('Your message was not sent. Nothing you typed is lost.', { id: 'inquiry.error.not-sent' }),
    detail: errorMessage(error),
    // A 4xx is corrected, not sent again as it is.
    action:
      status >= 400 && status < 500 ? undefined : { label: msg('Try again', { id: 'action.retry' }), onClick: retry },
  });
}

/** Kiosk mode, before the form clears itself: one button keeps it. */
export const renderKioskWarning = (keep: () => void): TemplateResult =>
  html`<div class="kiosk-warning" role="alert">
    <p>
      ${msg('Are you still there? This form will be cleared soon, to keep your message private.', {
        id: 'inquiry.kiosk-warning',
      })}
    </p>
    <button class="button button--primary" type="button" @click=${keep}>
      ${msg('Keep it open', { id: 'inquiry.kiosk-continue' })}
    </button>
  </div>`;
