import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { isolate } from '../../../core/bidi.js';

/** A phone number as a `tel:` link target (digits and a leading +). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * "Prefer to talk? Call the hotline", when there is one. Called on an object
 * with `hotline` (the form): the translation's placeholder reads `this.hotline`.
 */
export function renderHotline(this: { hotline: string }): TemplateResult | typeof nothing {
  return this.hotline
    ? html`<p class="hotline">
        ${msg(
          html`Prefer to talk? Call the hotline: ${html`<a href=${telHref(this.hotline)}>${isolate(this.hotline)}</a>`}`,
          {
            id: 'inquiry.hotline',
          },
        )}
      </p>`
    : nothing;
}
