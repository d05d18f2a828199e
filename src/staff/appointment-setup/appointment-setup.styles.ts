import { css } from 'lit';

export const appointmentSetupStyles = css`
  /* Each part may shrink below its content (the tables scroll on their own), so the screen reflows at 320 px. */
  .screen > *,
  .part > *,
  .editor > *,
  .editor-form > * {
    min-inline-size: 0;
  }
  .parts ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .parts a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  .table-wrap {
    position: relative;
  }
  .editor-form {
    display: grid;
    gap: var(--_space-m);
    max-inline-size: 48em;
  }
  .editor-form fieldset {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .editor-form legend {
    font-weight: 600;
  }
  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
  }
  .row-fields > .field {
    min-inline-size: 0;
  }
  .row-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  ul.plain,
  ul.chips {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  ul.chips li {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  table.rules .input {
    min-inline-size: 0;
  }
  dialog.ask {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
`;
