import { css } from 'lit';

export const queueStyles = css`
  .overdue-count {
    margin: 0;
    font-weight: 600;
  }
  .filters .choice {
    align-self: end;
  }
  .reference {
    font-weight: 700;
    letter-spacing: 0.04em;
    white-space: nowrap;
  }
  /* The previous page, while the next is on its way (no fading: the text keeps its contrast). */
  .table-wrap[aria-busy='true'] {
    cursor: progress;
  }
  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
`;
