import { css } from 'lit';

export const inquiryFormStyles = css`
  :host {
    display: block;
  }
  .base,
  .confirmation,
  .queued {
    display: grid;
    gap: var(--_space-s);
  }
  .base {
    gap: var(--_space-m);
  }
  p {
    margin: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .base > .heading {
    font-size: 1.4em;
  }
  .error-summary__title {
    font-size: 1.1em;
  }
  .status,
  .intro {
    color: var(--_color-text-muted);
  }
  a {
    color: var(--_color-primary);
  }
  .hotline a {
    font-weight: 600;
    white-space: nowrap;
  }
  .topic-fixed strong {
    font-weight: 600;
  }
  .link-button {
    min-block-size: 24px;
    padding: 0;
    font: inherit;
    color: var(--_color-primary);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .privacy {
    padding: var(--_space-s) var(--_space-m);
    font-size: 0.95em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .privacy__title {
    font-weight: 600;
  }
  .privacy ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.2em;
  }
  .confirmation,
  .queued {
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .queued {
    border-style: dashed;
  }
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
  .failed__text {
    margin: 0;
    padding: var(--_space-s);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_color-surface);
    border-inline-start: 0.25em solid var(--_color-border);
    user-select: text;
  }
  .failed__reasons {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .kiosk-warning {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .kiosk-warning .button {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .confirmation,
    .queued,
    .privacy,
    .kiosk-warning {
      border-color: CanvasText;
    }
    .link-button {
      color: LinkText;
    }
  }
  @media print {
    /* Print shows the confirmation only: the heading, the reference and what happens next. */
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
