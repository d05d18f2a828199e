import { css } from 'lit';

export const reviewStyles = css`
  ol.plain {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-l, 1.5rem);
  }
  .item {
    display: grid;
    gap: var(--_space-s);
    padding-block-end: var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
  }
  .item h3 {
    margin: 0;
  }
  .item > .button {
    justify-self: start;
  }
  .pair {
    display: grid;
    gap: var(--_space-s) var(--_space-m);
  }
  @media (min-width: 48em) {
    .pair {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .source-text {
    margin: 0;
    padding: var(--_space-s);
    border-inline-start: 3px solid var(--_color-border);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
