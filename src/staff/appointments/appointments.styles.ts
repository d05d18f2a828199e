import { css } from 'lit';

export const appointmentsStyles = css`
  /* Each part may shrink below its content (the tables scroll on their own), so the screen reflows at 320 px. */
  .screen > *,
  .staff-day > * {
    min-inline-size: 0;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .day-title {
    margin-block-end: 0;
  }
  /* Hidden words in the rows (whose appointment a button is for) stay inside the scrolled table. */
  .table-wrap {
    position: relative;
  }
  th.when {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .delivery {
    font-size: 0.875em;
  }
  .delivery--problem {
    color: var(--ww-color-danger, #b91c1c);
    font-weight: 600;
  }
  .notes-text,
  .their-notes {
    white-space: pre-wrap;
  }
  .notes-form {
    display: grid;
    gap: var(--_space-s);
    max-inline-size: 40em;
  }
  .notes-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  tr.is-in th,
  tr.is-in td {
    background: var(--ww-color-success-surface, #f0fdf4);
  }
  @media (forced-colors: active) {
    .delivery--problem {
      color: CanvasText;
    }
  }
`;
