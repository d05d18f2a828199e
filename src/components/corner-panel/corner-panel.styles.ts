import { css } from 'lit';

export const cornerPanelStyles = css`
  :host {
    display: block;
  }
  .panel,
  .column,
  .skeleton {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
  }
  .panel {
    gap: var(--_space-m);
    padding: var(--_space-m);
    background: var(--ww-corner-panel-background, var(--_color-surface));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
  }
  [part='heading'] .heading {
    font-size: 1.4em;
  }
  .note {
    color: var(--_color-text-muted);
  }
  .info {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
  }
  dt {
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-m);
  }
  .column > * {
    min-inline-size: 0;
  }
  .button {
    justify-self: start;
  }
  .inline-link {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_color-primary);
  }
  .skeleton div {
    min-block-size: 5em;
    border-radius: var(--_radius);
    background: var(--_color-surface-hover);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton div {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  .dialog {
    inline-size: min(44em, calc(100vw - 2em));
    max-block-size: calc(100vh - 2em);
    padding: var(--_space-m);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__head {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  @media (forced-colors: active) {
    .panel,
    .skeleton div {
      border: 1px solid ButtonText;
    }
  }
`;
