import { css } from 'lit';

export const eventsStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    justify-content: space-between;
  }
  /* Hidden words in the rows (which session a button is for) stay inside the scrolled table. */
  .table-wrap {
    position: relative;
  }
  td.when {
    min-inline-size: 12em;
  }
`;
