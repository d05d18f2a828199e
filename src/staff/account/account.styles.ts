import { css } from 'lit';

export const accountStyles = css`
  .panel {
    max-inline-size: 48em;
  }
  .steps {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .steps p {
    margin-block: 0 var(--_space-s);
  }
  /* Dark on white at any theme, in forced colours too: a camera must read it. */
  .qr {
    display: block;
    inline-size: min(14em, 100%);
    block-size: auto;
    margin-block-end: var(--_space-s);
    forced-color-adjust: none;
  }
  /* The key to type: large, monospaced, each group of four kept whole. */
  .secret {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
    word-spacing: 0.3em;
    overflow-wrap: normal;
    white-space: normal;
  }
  .totp-state {
    margin: 0;
  }
`;
