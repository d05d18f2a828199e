import { css } from 'lit';

/**
 * The form's own styles. The parts that load later bring theirs (the
 * confirmation and "saved" views, reference codes, the outbox's notices, the
 * kiosk warning), added with `addStyles` from parts/styles.ts.
 */
export const inquiryFormStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
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
  @media (forced-colors: active) {
    .privacy {
      border-color: CanvasText;
    }
    .link-button {
      color: LinkText;
    }
  }
`;
