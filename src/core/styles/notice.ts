import { css } from 'lit';

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
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-m);
    font: inherit;
    color: var(--ww-color-on-primary, #ffffff);
    background: var(--_color-primary);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .notice__action {
      border-color: ButtonText;
    }
  }
`;
