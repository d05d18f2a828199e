import { css } from 'lit';

export const appointmentBookingStyles = css`
  :host {
    display: block;
    --ww-clinic-calendar-cell-size: 3.2em;
  }
  .base,
  .days,
  .times,
  .type-intro,
  .bring,
  .confirmation,
  .taken {
    display: grid;
    gap: var(--_space-s);
  }
  .base {
    gap: var(--_space-m);
  }
  p,
  ul,
  .heading {
    margin: 0;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .type-heading,
  .confirmation > .heading:first-child {
    font-size: 1.3em;
  }
  /* Out of the layout while silent, but never display:none: a live region must exist before it speaks. */
  .status:empty {
    position: absolute;
  }
  .status,
  .note,
  .draft,
  .privacy,
  .day--outside,
  th {
    color: var(--_color-text-muted);
  }
  .types,
  .times__list,
  .next-slots {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .types {
    display: grid;
  }
  .type {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    inline-size: 100%;
    text-align: start;
  }
  .type__title {
    font-weight: 700;
  }
  .button--link {
    min-block-size: 24px;
    padding: 0;
    color: var(--_color-primary);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  .bring {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
  }
  .bring__text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .first {
    font-weight: 600;
  }
  .month {
    display: grid;
    gap: var(--_space-s);
  }
  .month__bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .month__title {
    font-weight: 600;
  }
  :dir(rtl) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  /* Not dimmed while loading (the text would lose its contrast): the status line says it. */
  [aria-busy='true'] {
    cursor: progress;
  }
  .day--busy .day__number {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .day__slots {
    display: block;
    font-size: 0.75em;
    color: var(--_color-primary);
  }
  .time[aria-pressed='true'] {
    color: var(--ww-color-on-primary, #fff);
    background: var(--_color-primary);
    border-color: var(--_color-primary);
  }
  .held {
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .confirmation {
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  a {
    color: var(--_color-primary);
  }
  @media (forced-colors: active) {
    .bring,
    .held,
    .confirmation {
      border-color: CanvasText;
    }
    .time[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .day__slots {
      color: CanvasText;
    }
  }
`;
