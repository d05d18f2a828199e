import { css } from 'lit';

export const searchWordsStyles = css`
  .editor,
  .try {
    max-inline-size: 52em;
  }
  .editor .notice {
    margin: 0;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .terms {
    display: grid;
    gap: var(--_space-s);
  }
  .term-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .term-list li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-inline-start: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .term-add {
    display: grid;
    gap: var(--_space-xs);
  }
  .term-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .term-row .input {
    flex: 1 1 12em;
    inline-size: auto;
  }
  ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .try ol {
    margin: 0;
  }
  dialog.ask {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  dialog.ask > * + * {
    margin-block-start: var(--_space-s);
  }
  dialog.ask::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  @media (forced-colors: active) {
    .term-list li,
    dialog.ask {
      border-color: CanvasText;
    }
  }
`;
