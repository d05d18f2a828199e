import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { renderPhoneLink } from '../../../core/phone.js';

/**
 * "Prefer to talk? Call the hotline", when there is one. Called on an object
 * with `hotline` (the form): the translation's placeholder reads `this.hotline`.
 */
export function renderHotline(this: { hotline: string }): TemplateResult | typeof nothing {
  return this.hotline
    ? html`<p class="hotline">
        ${msg(html`Prefer to talk? Call the hotline: ${renderPhoneLink(this.hotline)}`, {
          id: 'inquiry.hotline',
        })}
      </p>`
    : nothing;
}
