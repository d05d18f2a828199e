import { css } from 'lit';

export const signInStyles = css`
  .sign-in {
    max-inline-size: 32em;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
  }
  .secret {
    display: flex;
    gap: var(--_space-s);
    max-inline-size: 32em;
  }
  .secret .input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
`;
