import { css } from 'lit';

export const outboxStyles = css`
  .mail {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .mail p {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
    color: var(--_color-primary);
  }
  .text {
    margin: var(--_space-s) 0 0;
    font: inherit;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
