import { css, html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../../../core/heading.js';
import { plural } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { renderPhoneLink } from '../../../core/phone.js';
import type { ContactMethod, InquiryKind } from '../inquiry-form.api.js';
import { renderReference } from './reference.js';

/** Print shows the confirmation only: the heading, the reference and what happens next. */
export const confirmationStyles = css`
  @media print {
    .base > :not(.heading, .confirmation),
    .confirmation .actions,
    .confirmation .copied {
      display: none;
    }
    .confirmation {
      border: 0;
      padding: 0;
    }
  }
`;

/** A received inquiry, as its confirmation shows it. */
export interface Done {
  reference: string;
  /** With the reference, shows the status (`<ww-inquiry-status>`). */
  token: string | undefined;
  days: number;
  method: ContactMethod;
  queued: boolean;
}

export interface ConfirmationContext {
  host: HTMLElement;
  hotline: string;
  /** The page with `<ww-inquiry-status>`; the link carries the reference (`#reference=`). */
  statusHref: string;
  locale: string;
  kind: InquiryKind;
  /** The level of this section's heading. */
  level: number;
  /** Business days within which the office answers (0: not known). */
  days: number;
  copied: '' | 'yes' | 'no';
  copy: (reference: string) => void;
  again: () => void;
}

/**
 * The confirmation: the reference (spelled out for screen readers), what
 * happens next, Print, Copy and a new form. Its code loads while the request
 * is out (the answer needs the network anyway); print's on the click.
 * Called on its context: the translations' placeholders read `this.hotline`.
 */
export function renderDone(this: ConfirmationContext, d: Done): TemplateResult {
  const volunteer = this.kind === 'volunteer';
  // Words, not Intl's unit format: that has no data in several UI languages and would say "2 days".
  const days = formatNumber(this.days, this.locale);
  const within = plural(this.days, this.locale, {
    zero: () => msg(str`${days} days`, { id: 'inquiry.days.zero' }),
    one: () => msg(str`${days} day`, { id: 'inquiry.days.one' }),
    two: () => msg(str`${days} days`, { id: 'inquiry.days.two' }),
    few: () => msg(str`${days} days`, { id: 'inquiry.days.few' }),
    many: () => msg(str`${days} days`, { id: 'inquiry.days.many' }),
    other: () => msg(str`${days} days`, { id: 'inquiry.days.other' }),
  });
  const by: Record<ContactMethod, string> = {
    phone: msg('by phone', { id: 'inquiry.by.phone' }),
    text: msg('by text message', { id: 'inquiry.by.text' }),
    email: msg('by email', { id: 'inquiry.by.email' }),
    none: '',
  };
  return html`<section part="confirmation" class="confirmation" aria-labelledby="done-heading">
    ${renderHeading(
      this.level,
      volunteer
        ? msg('Thank you for signing up', { id: 'inquiry.done.volunteer' })
        : msg('Your message was sent', { id: 'inquiry.done.heading' }),
      { id: 'done-heading', focusable: true },
    )}
    ${d.queued ? html`<p>${msg('It was saved on this device and has now arrived.', { id: 'inquiry.done.queued' })}</p>` : nothing}
    <p class="reference-line">
      ${msg('Your reference:', { id: 'inquiry.done.reference' })} ${renderReference(d.reference, true)}
    </p>
    <p>${msg('Keep it: the office uses it to find your message.', { id: 'inquiry.done.keep' })}</p>
    ${
      d.token
        ? html`<p class="reference-line">
              ${msg('Your status token:', { id: 'inquiry.done.token' })} ${renderReference(d.token)}
            </p>
            <p>
              ${msg('With your reference, it shows where your message stands. Keep both.', {
                id: 'inquiry.done.token-use',
              })}
              ${
                this.statusHref
                  ? html`<a class="status-link" href=${statusLink(this.statusHref, d.reference)}
                      >${msg('Check the status of your message', { id: 'inquiry.done.status-link' })}</a
                    >`
                  : nothing
              }
            </p>`
        : nothing
    }
    <p class="next">
      ${
        d.method === 'none'
          ? this.hotline
            ? msg(html`You chose no contact: call the hotline ${renderPhoneLink(this.hotline)} with your reference.`, {
                id: 'inquiry.done.none-hotline',
              })
            : msg('You chose no contact: call the office with your reference.', { id: 'inquiry.done.none' })
          : this.days
            ? msg(str`The office answers ${by[d.method]} within ${within}, not counting weekends and holidays.`, {
                id: 'inquiry.done.next',
              })
            : msg(str`The office answers ${by[d.method]}.`, { id: 'inquiry.done.next-no-days' })
      }
    </p>
    <div class="actions">
      <button
        class="button print"
        type="button"
        @click=${() => void import('./print.js').then(({ printOnly }) => printOnly(this.host))}
      >
        ${msg('Print', { id: 'inquiry.print' })}
      </button>
      <button class="button copy" type="button" @click=${() => this.copy(d.reference)}>
        ${msg('Copy the reference', { id: 'inquiry.copy' })}
      </button>
      <button class="button again" type="button" @click=${this.again}>
        ${volunteer ? msg('Back to the form', { id: 'inquiry.again.volunteer' }) : msg('Send another message', { id: 'inquiry.again' })}
      </button>
    </div>
    <p class="hint copied" role="status">
      ${
        this.copied === 'yes'
          ? msg('Reference copied.', { id: 'inquiry.copied' })
          : this.copied === 'no'
            ? msg('Copying did not work: please write the reference down.', { id: 'inquiry.copy-failed' })
            : ''
      }
    </p>
  </section>`;
}

/** The status page with the reference in its address (`#reference=K7M-4QX`), replacing any fragment it had. */
export const statusLink = (href: string, reference: string): string =>
  `${href.replace(/#.*$/, '')}#reference=${encodeURIComponent(reference)}`;

/** Copies the reference; where the clipboard refuses, selects it so it can be copied by hand. */
export async function copyReference(root: ParentNode, reference: string): Promise<'yes' | 'no'> {
  try {
    await navigator.clipboard.writeText(reference);
    return 'yes';
  } catch {
    const code = root.querySelector('.reference--big .reference__code');
    if (code) getSelection()?.selectAllChildren(code);
    return 'no';
  }
}
