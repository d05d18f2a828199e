import { html, type TemplateResult } from 'lit';

/** `K7M-4QX` → `K 7 M - 4 Q X`: screen readers then read it character by character. */
export const spellOut = (code: string): string => [...code].join(' ');

/**
 * A reference code as people see it (large, in the confirmation) and as
 * screen readers should say it: one character at a time, so that it can be
 * written down or read over the phone.
 */
export function renderReference(code: string, big = false): TemplateResult {
  return html`<span part="reference" class="reference ${big ? 'reference--big' : ''}"
    ><span class="reference__code" aria-hidden="true">${code}</span
    ><span class="visually-hidden">${spellOut(code)}</span></span
  >`;
}

/** A phone number as a `tel:` link target (digits and a leading +). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
