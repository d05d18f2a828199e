import { css } from 'lit';

export const eventRegistrationStyles = css`
  :host {
    display: block;
  }
  .base,
  .confirmation,
  .event,
  .cancel-box,
  .keep {
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
  .error-summary__title {
    font-size: 1.1em;
  }
  .event__when,
  .scope p:first-child {
    font-weight: 600;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .dates li {
    padding: 0 var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    white-space: nowrap;
  }
  .availability {
    color: var(--_color-text-muted);
  }
  .availability--full {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
  }
  .privacy {
    font-size: 0.95em;
    color: var(--_color-text-muted);
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .copy .input {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .confirmation {
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .cancel-box {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }
  .status {
    color: var(--_color-text-muted);
  }
  a {
    color: var(--_color-primary);
  }
  @media (forced-colors: active) {
    .confirmation,
    .dates li,
    .availability--full {
      border-color: CanvasText;
    }
  }
`;
