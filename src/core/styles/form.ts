import { css } from 'lit';

/**
 * Styles of the form kit (src/core/forms): fields, errors and the error
 * summary (buttons are the core's `buttonStyles`). Errors are said in words (bold, with a bar beside the field), not by colour alone;
 * every control is at least 24 px (`--ww-target-size` by default); forced
 * colours keep borders and focus visible.
 */
export const formStyles = css`
  :host {
    --_color-danger: var(--ww-color-danger, #b91c1c);
  }
  .form {
    display: grid;
    gap: var(--_space-m);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    min-inline-size: 0;
  }
  .fieldset {
    padding: 0;
    border: 0;
  }
  .label {
    font-weight: 600;
    padding: 0;
  }
  .optional,
  .hint {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .hint,
  .error {
    margin: 0;
  }
  .input {
    inline-size: 100%;
    max-inline-size: 32em;
    min-block-size: var(--_target-size);
    padding: var(--_space-xs) var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  textarea.input {
    resize: vertical;
  }
  .field--error {
    padding-inline-start: var(--_space-s);
    border-inline-start: 0.25em solid var(--_color-danger);
  }
  .field--error > .input {
    border: 2px solid var(--_color-danger);
  }
  .error {
    font-weight: 600;
    color: var(--_color-danger);
  }
  .counter--over {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .choices {
    display: grid;
    gap: var(--_space-xs);
  }
  .choices--columns {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-xs) var(--_space-m);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: max(24px, 2em);
    inline-size: fit-content;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .error-summary {
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .error-summary__title {
    margin: 0 0 var(--_space-s);
    font-size: 1.15em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  /* A field only robots fill in: clipped to nothing, not hidden by display, so bots still see it.
     Not moved off-screen: in a right-to-left widget on a left-to-right page that would scroll sideways. */
  .trap {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    .input,
    .error-summary {
      border-color: CanvasText;
    }
    .field--error,
    .field--error > .input {
      border-color: Mark;
    }
    .error,
    .error-summary a {
      color: CanvasText;
    }
  }
`;
