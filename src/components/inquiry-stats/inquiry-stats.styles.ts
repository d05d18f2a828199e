import { css } from 'lit';

export const inquiryStatsStyles = css`
  :host {
    display: block;
    --_c0: var(--ww-inquiry-stats-color-1, var(--_color-primary));
    --_c1: var(--ww-inquiry-stats-color-2, #b45309);
    --_c2: var(--ww-inquiry-stats-color-3, #047857);
    --_c3: var(--ww-inquiry-stats-color-4, #7c3aed);
    --_c4: var(--ww-inquiry-stats-color-5, #be123c);
  }
  .base,
  .section {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
  }
  .section {
    gap: var(--_space-s);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
    break-inside: avoid;
  }
  .section > [role='heading'] {
    font-size: 1.15em;
    font-weight: 700;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 10em;
  }
  label,
  legend {
    font-weight: 600;
  }
  /* A month: its legend names it (From, To); month and year side by side, one above the other when narrow. */
  .month-field {
    flex: 1 1 16em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .month-field legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .month-parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
  }
  .month-part {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 7em;
    min-inline-size: 0;
  }
  .month-part label {
    font-weight: 400;
  }
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  select[aria-invalid='true'] {
    border: 2px solid var(--ww-color-danger, #b91c1c);
  }
  .problem {
    color: var(--ww-color-danger, #b91c1c);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 14px;
    fill: currentColor;
  }
  .tick,
  .axis-title {
    font-size: 12px;
  }
  .end {
    font-weight: 700;
  }
  .grid {
    stroke: currentColor;
    stroke-opacity: 0.2;
  }
  .axis,
  .small {
    stroke: currentColor;
  }
  .small {
    fill: none;
    stroke-dasharray: 3 2;
  }
  .seg {
    stroke: var(--_color-surface);
  }
  .c0 {
    fill: var(--_c0);
  }
  .c1 {
    fill: var(--_c1);
  }
  .c2 {
    fill: var(--_c2);
  }
  .c3 {
    fill: var(--_c3);
  }
  .c4 {
    fill: var(--_c4);
  }
  .pl {
    stroke: var(--_color-surface);
    stroke-width: 1.5;
  }
  .defs {
    position: absolute;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap:not(.open) {
    display: none;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space-xs);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.small {
    font-style: italic;
  }
  .note {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m) calc(var(--_space-m) * 2);
  }
  dt {
    font-weight: 600;
  }
  .big {
    font-size: 2.2em;
    font-weight: 700;
    line-height: 1.2;
  }
  .skeleton {
    min-block-size: 16em;
    border-radius: var(--_radius);
    background: var(--_color-surface-hover);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .chart,
    .key {
      fill: CanvasText;
    }
    .c0 {
      fill: CanvasText;
    }
    .c1,
    .c2,
    .c3,
    .c4 {
      fill: Canvas;
    }
    .pl,
    .seg,
    .small,
    .grid,
    .axis {
      stroke: CanvasText;
    }
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .range,
    .actions {
      display: none;
    }
    .table-wrap:not(.open) {
      display: block;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
