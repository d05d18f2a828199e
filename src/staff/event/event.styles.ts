import { css } from 'lit';

/** The editor: groups of fields, side by side where there is room; the sessions table; the questions. */
export const eventStyles = css`
  .editor {
    display: grid;
    gap: var(--_space-m);
  }
  .panels {
    display: grid;
    gap: var(--_space-m);
    align-items: start;
  }
  @media (min-width: 64em) {
    .panels {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .row,
  .inline-add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .row .field,
  .inline-add .field {
    inline-size: auto;
    flex: 0 1 auto;
    min-inline-size: min(100%, 10em);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: baseline;
  }
  .summary {
    margin: 0;
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_color-primary);
    font-weight: 600;
  }
  .summary:empty {
    display: none;
  }
  /* Hidden words in the rows (which session a button is for) stay inside the scrolled table. */
  .table-wrap {
    position: relative;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
  }
  .button--danger {
    color: #fff;
    background: var(--ww-color-danger, #b91c1c);
    border-color: var(--ww-color-danger, #b91c1c);
  }
  dialog.ask {
    max-inline-size: min(40em, calc(100vw - 2em));
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  dialog.ask > * + * {
    margin-block-start: var(--_space-s);
  }
  dialog.ask::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .group,
    dialog.ask {
      border-color: CanvasText;
    }
    .button--danger {
      forced-color-adjust: auto;
      border-color: ButtonText;
    }
  }
`;
