import { css, html, type TemplateResult } from 'lit';

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

export const referenceStyles = css`
  .reference {
    font-weight: 700;
    letter-spacing: 0.08em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .reference--big {
    display: block;
    margin-block: var(--_space-xs);
    font-size: var(--ww-inquiry-reference-size, 2em);
    line-height: 1.2;
    overflow-wrap: anywhere;
    white-space: normal;
  }
  /* The code is read in its own order (Latin letters and digits), also on right-to-left pages. */
  .reference__code {
    direction: ltr;
    unicode-bidi: isolate;
  }
`;
