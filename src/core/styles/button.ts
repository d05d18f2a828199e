import { css } from 'lit';

/**
 * The one button of every widget: `.button` (outlined), `.button--primary`
 * (filled), pressed toggles (`aria-pressed="true"`) filled like primary, and a
 * busy state (`aria-disabled="true"` while sending, `:disabled`). On links too.
 * At least 24 px whatever `--ww-target-size` says; colours from `--ww-color-primary`
 * and `--ww-color-on-primary`; system colours in forced-colors mode.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: max(24px, var(--_target-size));
    min-inline-size: 24px;
    max-inline-size: 100%;
    padding-inline: var(--_space-m);
    font: inherit;
    color: var(--_color-primary);
    background: var(--_color-surface);
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
  }
  .button--primary,
  .button[aria-pressed='true'] {
    color: var(--ww-color-on-primary, #ffffff);
    background: var(--_color-primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
