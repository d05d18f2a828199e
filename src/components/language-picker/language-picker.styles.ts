import { css } from 'lit';

export const languagePickerStyles = css`
  :host {
    display: inline-block;
    --_panel-max-height: var(--ww-language-picker-panel-max-height, 20em);
    --_panel-width: var(--ww-language-picker-panel-width, max-content);
  }

  .base {
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    max-inline-size: 100%;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
    text-align: start;
  }

  .button:hover {
    background: var(--_color-surface-hover);
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .chevron {
    transition: transform var(--ww-duration, 150ms) ease;
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .panel {
    position: absolute;
    inset-block-start: calc(100% + var(--_space-xs));
    inset-inline-start: 0;
    z-index: var(--ww-language-picker-z-index, 1000);
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    inline-size: var(--_panel-width);
    min-inline-size: 100%;
    max-inline-size: min(22em, calc(100vw - 2em));
    padding: var(--_space-s);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  .panel[hidden] {
    display: none;
  }

  .panel.panel--end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  .panel.panel--above {
    inset-block-start: auto;
    inset-block-end: calc(100% + var(--_space-xs));
  }

  .filter-label {
    font-weight: 600;
  }

  .filter {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .listbox {
    max-block-size: var(--_panel-max-height);
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
    overscroll-behavior: contain;
  }

  .listbox:focus-visible {
    outline-offset: -3px;
  }

  .option {
    display: grid;
    grid-template-columns: 1.25em 1fr;
    column-gap: var(--_space-s);
    align-items: center;
    min-block-size: var(--_target-size);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option .description {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .option.active {
    background: var(--_color-surface-hover);
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }

  .option[aria-selected='true'] {
    font-weight: 600;
  }

  .check {
    display: inline-flex;
    color: var(--_color-primary);
  }

  .empty {
    margin: 0;
    padding: var(--_space-s);
  }

  @media (forced-colors: active) {
    .button,
    .panel,
    .filter {
      border-color: ButtonText;
    }
    .option.active {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      outline-color: CanvasText;
    }
    .option.active .description {
      color: HighlightText;
    }
  }
`;
