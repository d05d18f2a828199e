import { css } from 'lit';

export const clinicCalendarStyles = css`
  :host {
    display: block;
    --_accent: var(--ww-clinic-calendar-accent, var(--_color-primary));
  }
  .base {
    container-type: inline-size;
  }
  .base,
  .main,
  .detail,
  .agenda,
  .events {
    display: grid;
    gap: var(--_space-m);
  }
  [hidden] {
    display: none !important;
  }
  p,
  ul,
  dl,
  .heading {
    margin: 0;
  }
  .heading,
  .status,
  .event__time,
  .label,
  .tag,
  dt,
  .period__title,
  .month__title {
    font-weight: 600;
  }
  .toolbar,
  .filters,
  .period,
  .month__bar,
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar,
  .period,
  .month__bar {
    justify-content: space-between;
  }
  .period,
  .month__bar {
    align-items: center;
  }
  .field {
    display: grid;
    flex: 1 1 11em;
  }
  .input {
    min-block-size: var(--_target-size);
    max-inline-size: 100%;
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  :dir(rtl) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .status {
    min-block-size: 1.5em;
  }
  .note,
  .facts,
  .event--past,
  .day--outside,
  th {
    color: var(--_color-text-muted);
  }
  [aria-busy='true'] {
    opacity: 0.6;
  }
  .list-wrap {
    min-block-size: 12em;
  }
  .agenda,
  .events {
    padding: 0;
    list-style: none;
  }
  .day-heading {
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border);
  }
  .event {
    display: grid;
    gap: var(--_space-xs);
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.25em solid var(--_accent);
  }
  .event--past,
  .event--cancelled {
    border-inline-start: 0.25em dashed var(--_color-border);
  }
  .event__title {
    justify-self: start;
    min-block-size: 24px;
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
  .event--past .event__title {
    color: inherit;
  }
  .facts {
    column-gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .facts li:not(:last-child)::after {
    content: ' ·';
  }
  .tag {
    color: var(--_color-text);
  }
  .tag--moved {
    font-weight: 700;
  }
  .tag--cancelled,
  .tag--full {
    color: var(--ww-color-danger, #b91c1c);
  }
  .day__events {
    display: grid;
    /* Not wider than the day: a long title ends in an ellipsis instead of being cut off by the cell. */
    grid-template-columns: minmax(0, 1fr);
    font-size: 0.8em;
  }
  .day__event {
    display: flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
  }
  .day__event-title {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .dot {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .day__event--past .dot {
    background: var(--_color-border);
  }
  @container (max-width: 40em) {
    .day__event-title {
      display: none;
    }
  }
  .detail__title {
    font-size: 1.4em;
  }
  .back {
    justify-self: start;
  }
  .detail__facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-xs) var(--_space-m);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail__description {
    white-space: pre-line;
  }
  a {
    color: var(--_color-primary);
  }
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
