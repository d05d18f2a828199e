import { css } from 'lit';

export const serviceFinderStyles = css`
  :host {
    display: block;
    --_card-background: var(--ww-service-finder-card-background, var(--_color-surface));
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: var(--_space-xs);
  }
  .hint {
    margin: var(--_space-xs) 0 0;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .search__row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .input {
    flex: 1 1 12em;
    min-inline-size: 0;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .input--short {
    flex: 0 1 8em;
  }
  .filters {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2em;
  }
  .check input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
  }
  .count {
    color: var(--_color-text-muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .chip {
    min-block-size: 2.25em;
    padding-inline: var(--_space-s);
    border-radius: 999px;
  }
  .chip--clear {
    border-style: dashed;
  }
  .answer {
    display: grid;
    gap: var(--_space-xs);
  }
  .count-line {
    margin: 0;
    font-weight: 600;
    min-block-size: 1.5em;
  }
  .search-notes p {
    margin: 0;
  }
  .suggestion {
    color: var(--_color-primary);
  }
  .answer__empty {
    margin-block-start: var(--_space-s);
  }
  .answer__empty[aria-busy='true'] {
    opacity: 0.6;
  }
  .topic-suggestions {
    line-height: 2.5;
  }
  .topic-suggestion {
    line-height: normal;
  }
  .results {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results[aria-busy='true'] {
    opacity: 0.6;
  }
  .layout-full .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .card {
    display: grid;
    gap: var(--_space-s);
    block-size: 100%;
    padding: var(--_space-m);
    background: var(--_card-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .card p,
  .detail p {
    margin: 0;
  }
  .card__title {
    font-size: 1.15em;
  }
  .card__open {
    padding: 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--_color-primary);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .card__org,
  .card__place,
  .note {
    color: var(--_color-text-muted);
    font-size: 0.95em;
  }
  .layout-compact .card__description {
    display: none;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.1em 0.6em;
    font-size: 0.875em;
    background: var(--_color-surface-hover);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
  }
  .status--open strong {
    color: #166534;
  }
  .badge--overdue {
    border-style: dashed;
  }
  .availability {
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid currentColor;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .more {
    justify-self: center;
  }
  .report {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
  }
  .dialog {
    inline-size: min(44em, calc(100vw - 2em));
    max-block-size: calc(100vh - 2em);
    padding: var(--_space-l, 1.5em);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-m);
  }
  .dialog__head h2 {
    margin: 0;
  }
  .detail {
    display: grid;
    gap: var(--_space-m);
  }
  .detail__section h3 {
    margin: 0 0 var(--_space-xs);
    font-size: 1em;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .kiosk-warning {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .kiosk-warning p {
    margin: 0;
    flex: 1 1 16em;
  }
  @media (forced-colors: active) {
    .card,
    .badge {
      border-color: ButtonText;
    }
    .status--open strong {
      color: CanvasText;
    }
  }
  @media print {
    .search,
    .filters,
    .chips,
    .more,
    .actions,
    .report,
    .dialog__head button {
      display: none;
    }
    /* The open record prints whole, over as many pages as it needs. */
    .dialog[open] {
      position: static;
      inline-size: auto;
      max-block-size: none;
      overflow: visible;
      padding: 0;
      border: 0;
    }
  }
`;
