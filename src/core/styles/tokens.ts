import { css } from 'lit';

/**
 * The system tier of theming: every `--ww-*` property a host page may set, with
 * defaults that meet WCAG 2.2 AA contrast on white. Component properties
 * (`--ww-<component>-*`) fall back to these.
 *
 * Sizes are in `em` so that widgets follow the host's text size and zoom, and
 * never `rem`, which pages that set `html { font-size: 62.5% }` would shrink.
 */
export const tokens = css`
  :host {
    --_color-primary: var(--ww-color-primary, #1d4ed8);
    --_color-text: var(--ww-color-text, #1f2937);
    --_color-text-muted: var(--ww-color-text-muted, #4b5563);
    --_color-surface: var(--ww-color-surface, #ffffff);
    --_color-surface-hover: var(--ww-color-surface-hover, #eff6ff);
    --_color-border: var(--ww-color-border, #6b7280);
    --_color-focus: var(--ww-color-focus, #1d4ed8);
    --_radius: var(--ww-radius, 0.375em);
    --_space-xs: var(--ww-space-xs, 0.25em);
    --_space-s: var(--ww-space-s, 0.5em);
    --_space-m: var(--ww-space-m, 1em);
    --_shadow: var(--ww-shadow, 0 0.25em 1em rgb(0 0 0 / 0.18));
    --_target-size: var(--ww-target-size, 2.75em);
  }

  /*
   * Text styles go on the shadow root's top elements, not on :host, which a
   * page rule such as \`* { font: inherit }\` outranks; and the text styles a
   * page lets children inherit (centring, spacing, capitals) stop here.
   */
  :host > * {
    font-family: var(--ww-font-family, inherit);
    /* Follows the host text, with a floor for pages that shrink the root size. */
    font-size: var(--ww-font-size, max(1em, 16px));
    line-height: var(--ww-line-height, 1.5);
    color: var(--_color-text);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
