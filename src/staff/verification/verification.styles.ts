import { css } from 'lit';

export const verificationStyles = css`
  /* A grid item of the screen: without this the table's width would widen the page instead of scrolling. */
  .due-form {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
  }
  .select-cell {
    inline-size: 3em;
  }
  .select-cell input {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .settings {
    max-inline-size: 40em;
  }
  .settings .fields {
    display: grid;
    gap: var(--_space-s);
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
`;
