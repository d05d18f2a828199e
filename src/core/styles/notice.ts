import { css } from 'lit';

/** A notice's box; its action is a primary button (`buttonStyles`). */
export const noticeStyles = css`
  .notice {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .notice--error {
    border-inline-start-color: var(--ww-color-danger, #b91c1c);
  }
  .notice p {
    margin: 0;
  }
  .notice__heading {
    font-weight: 600;
  }
  .notice__action {
    justify-self: start;
  }
`;
