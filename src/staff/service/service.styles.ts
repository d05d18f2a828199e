import { css } from 'lit';

/** The service editor: sections as panels, texts beside their source, the report beside the form. */
export const serviceStyles = css`
  .editor {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  .section-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .panels {
    display: grid;
    gap: var(--_space-m);
    align-items: start;
  }
  @media (min-width: 64em) {
    .panels {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .with-report {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 1fr);
      gap: var(--_space-m);
      align-items: start;
    }
    .with-report .report {
      position: sticky;
      inset-block-start: var(--_space-m);
    }
  }
  .with-report {
    display: grid;
    gap: var(--_space-m);
  }
  .group > legend h3 {
    margin: 0;
    font-size: inherit;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .row .field {
    inline-size: auto;
    flex: 1 1 12em;
    min-inline-size: min(100%, 10em);
  }
  ul.plain,
  ol.plain {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  details.language {
    border-block-start: 1px solid var(--_color-border);
    padding-block: var(--_space-s);
  }
  details.language > summary {
    cursor: pointer;
    font-weight: 600;
  }
  summary:focus-visible,
  details.language > summary:focus-visible {
    outline: 3px solid var(--_color-focus, Highlight);
    outline-offset: 2px;
  }
  .pair {
    display: grid;
    gap: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-s);
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
  .text-state,
  .rule-words {
    margin: 0;
  }
  .preview .open,
  .preview .closed {
    padding-inline: var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .actions.sticky {
    position: sticky;
    inset-block-end: 0;
    padding-block: var(--_space-s);
    background: var(--_color-surface, Canvas);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--_color-border);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .history-list li {
    overflow-wrap: anywhere;
  }
`;
