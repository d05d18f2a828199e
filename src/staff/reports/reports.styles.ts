import { css } from 'lit';

export const reportsStyles = css`
  .reports {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
    max-inline-size: 52em;
  }
  .report {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .report h2,
  .report h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .report h3 {
    font-size: 1em;
  }
  .report__note {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
`;
