import { css, html, type TemplateResult } from 'lit';

/**
 * A way past a long widget (WCAG 2.4.1): "Skip past …" first, shown only while
 * it has focus, moves focus to a mark after the widget's content, from where
 * Tab goes on into the host page. A button, not a `#fragment` link: a link
 * cannot reach an id inside a shadow root. The same pair jumps within a widget
 * (the calendar's "Go to this day's events"), with another target (a selector).
 */
export const renderSkipLink = (label: string, target = '#skip-end'): TemplateResult =>
  html`<button type="button" class="button skip" @click=${(e: Event) => skipTo(e, target)}>${label}</button>`;

function skipTo(e: Event, target: string): void {
  const to = ((e.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLElement>(target);
  if (!to) return;
  // From a tabindex="-1" element in a shadow root, Chromium tabs back to the root's first stop:
  // the target is a tab stop while it has focus, so that Tab goes on from it.
  to.tabIndex = 0;
  to.addEventListener('blur', () => (to.tabIndex = -1), { once: true });
  to.focus();
}

/** Where "Skip past …" lands: says where the visitor is ("End of the calendar"), seen only with focus. */
export const renderSkipTarget = (label: string): TemplateResult =>
  html`<p class="skip" id="skip-end" tabindex="-1">${label}</p>`;

export const skipLinkStyles = css`
  .skip:not(:focus) {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    min-inline-size: 0;
    min-block-size: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .skip {
    justify-self: start;
  }
`;
