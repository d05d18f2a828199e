import { css } from 'lit';

export const inquiryStatusStyles = css`
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
  .intro,
  .note {
    color: var(--_color-text-muted);
  }
  .found {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: var(--_space-s);
    margin: 0;
  }
  dd {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .code {
    letter-spacing: 0.08em;
  }
`;
