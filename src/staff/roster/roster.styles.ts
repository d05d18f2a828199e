import { css } from 'lit';

/**
 * The door: large targets (a tablet held in one hand, 320 to 768 px), the
 * result of each check-in in a band that stands out, and on paper only the
 * heading and the sign-in sheet.
 */
export const rosterStyles = css`
  /* Each part may shrink below its content (the table scrolls on its own), so the screen reflows at 320 px. */
  .screen > *,
  .panel > *,
  .people {
    min-inline-size: 0;
  }
  .when {
    margin: 0;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
    gap: var(--_space-s);
    margin: 0;
  }
  .count {
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .count dt {
    font-size: 0.875em;
  }
  .count dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .outcome:empty {
    display: none;
  }
  .outcome-text {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 1.125em;
    font-weight: 600;
  }
  .outcome-text.is-good {
    color: var(--ww-color-success, #166534);
  }
  .outcome-text.is-bad {
    color: var(--ww-color-danger, #b91c1c);
  }
  .code-row,
  .scan-row,
  .end-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: start;
  }
  /* The code and its button side by side at any width: the field gives way, up to 16em wide. */
  .code-row {
    flex-wrap: nowrap;
  }
  .input.code {
    flex: 1 1 auto;
    inline-size: 0;
    min-inline-size: 0;
    max-inline-size: 16em;
    font-size: 1.25em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  /* The door's buttons and each row's button: at least 44 px, whatever the page's target size. */
  .door .button,
  .row-action,
  .end .button,
  .walk-in .button {
    min-block-size: max(44px, var(--_target-size));
  }
  .row-action {
    min-inline-size: 7em;
  }
  /* The rows' hidden names are positioned: kept inside the table's own scrolling, never the page's. */
  .table-wrap {
    position: relative;
  }
  /* The file input is hidden behind its label, which looks like a button and shows the input's focus. */
  .picture-input:focus-visible + .picture-label {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .camera {
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    aspect-ratio: 4 / 3;
    background: #000;
    border-radius: var(--_radius);
  }
  .search .input {
    max-inline-size: 24em;
  }
  .input.party {
    max-inline-size: 6em;
  }
  tr.is-in th {
    font-weight: 400;
  }
  td.action {
    white-space: nowrap;
  }
  .end-actions > div {
    display: grid;
    gap: var(--_space-xs);
    max-inline-size: 22em;
  }
  .end .hint {
    margin: 0;
  }
  dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  dialog h2 {
    margin-block-end: var(--_space-s);
  }
  .print-sheet {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /* How the last message went: a note under the status, a problem in the desk's error colour and bold. */
  .delivery {
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  .delivery--problem {
    color: var(--ww-color-danger, #b91c1c);
    font-weight: 600;
  }
  @media print {
    .screen-only,
    button,
    .button,
    input,
    video,
    dialog {
      display: none !important;
    }
    .screen {
      display: block;
      color: #000;
    }
    .roster-head {
      margin-block-end: 1em;
    }
    .print-sheet {
      display: table;
      inline-size: 100%;
      border-collapse: collapse;
      font-size: 11pt;
    }
    /* The column headings again on every page, and no row cut in two. */
    .print-sheet thead {
      display: table-header-group;
    }
    .print-sheet tr {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .print-sheet th,
    .print-sheet td {
      border: 1px solid #000;
      padding: 0.4em 0.5em;
      block-size: 2.2em;
      color: #000;
      background: none;
    }
    .print-sheet .signature {
      inline-size: 35%;
    }
  }
`;
