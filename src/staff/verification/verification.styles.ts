import { css } from 'lit';

export const verificationStyles = css`
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
