import { css } from 'lit';

/** No colour carries meaning alone (the overdue date says so in words), so forced colors need no rule of their own. */
export const scamCheckStyles = css`
  :host {
    display: block;
    --_color-danger: var(--ww-color-danger, #b91c1c);
  }
  .base,
  .part,
  .result,
  .matches,
  .match {
    display: grid;
    gap: var(--_space-m);
  }
  .match {
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .matches,
  .badges {
    padding: 0;
    list-style: none;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .base > .heading {
    font-size: 1.4em;
  }
  .lead {
    font-weight: 700;
  }
  .org,
  .badge__date {
    color: var(--_color-text-muted);
  }
  .badge {
    font-weight: 600;
  }
  .badge--overdue .badge__date {
    color: var(--_color-danger);
  }
  .signs li,
  .report li {
    margin-block-end: var(--_space-xs);
  }
  a {
    color: var(--_color-primary);
    overflow-wrap: anywhere;
  }
`;
