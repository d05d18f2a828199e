import { css } from 'lit';

/**
 * What the desk's screens share beyond the core's tokens, buttons, forms and
 * notices: headings, tables that scroll sideways on their own (never the page,
 * so 320 px reflows), toolbars, definition lists, and the live region.
 */
export const deskStyles = css`
  :host {
    display: block;
  }
  h1,
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h1 {
    font-size: 1.5em;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  /* Headings take focus when a screen opens (so a screen reader says where it is); they are not controls. */
  h1[tabindex='-1']:focus,
  h2[tabindex='-1']:focus {
    outline: none;
  }
  .screen {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar .field {
    inline-size: auto;
    min-inline-size: min(100%, 10em);
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  /* A scrolled table is itself a tab stop, so that a keyboard can scroll it. */
  .table-wrap:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  tbody tr:hover {
    background: var(--_color-surface-hover);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  /* A live region: always in the page (a region shown only when it speaks is often not heard). */
  .status {
    margin: 0;
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .badge--warn {
    color: var(--ww-color-danger, #b91c1c);
    font-weight: 600;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-block-end: var(--_space-s);
    }
  }
  /* A fieldset of related fields in an editor (a phone, a place, a rule of hours). */
  .group {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .group > legend {
    font-weight: 600;
    padding-inline: var(--_space-xs);
  }
  .panel {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .link-button {
    padding: 0;
    font: inherit;
    color: var(--_color-primary);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 24px;
  }
  a {
    color: var(--_color-primary);
  }
  .copy-field {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .copy-field .input {
    flex: 1 1 16em;
    font-family: ui-monospace, monospace;
  }
  .input--narrow {
    max-inline-size: 8em;
  }
  @media (forced-colors: active) {
    th,
    td,
    .panel {
      border-color: CanvasText;
    }
    tbody tr:hover {
      background: none;
    }
  }
`;
