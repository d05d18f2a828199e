import { css } from 'lit';

export const templatesStyles = css`
  .editor {
    max-inline-size: 52em;
  }
  .editor .notice {
    margin: 0;
  }
  .placeholders {
    display: grid;
    gap: var(--_space-xs);
  }
  .placeholders .label {
    margin: 0;
  }
  code {
    font-family: ui-monospace, monospace;
    white-space: nowrap;
  }
  /* A letter in a reply reads as a letter: the body keeps its lines and is roomy to edit. */
  #f-body {
    line-height: 1.5;
  }
`;
