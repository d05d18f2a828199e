import { css } from 'lit';

export const eventsStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    justify-content: space-between;
  }
  td.when {
    min-inline-size: 12em;
  }
`;
