import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level as a page sets it (`heading-level`), kept within 1–6: `fallback` when unset or not a number. */
export const headingLevel = (level: number | undefined, fallback: number): number =>
  Math.min(6, Math.max(1, Math.trunc(Number(level)) || fallback));

export interface HeadingOptions {
  /** Default `heading`. */
  class?: string;
  id?: string;
  /** The language of the content, when it is not the widget's (a service's name from the server). */
  lang?: string | undefined;
  /** `auto` for the server's text alone (a title), laid out in its own direction on any page. */
  dir?: 'auto';
  /** The widget moves focus to it (a result, a dialog's title). */
  focusable?: boolean;
}

/**
 * A heading at the level the host page chooses, so that a widget fits the
 * outline of any page: `role="heading"` with `aria-level`, because a Lit
 * template cannot take its tag name from data. Levels outside 1–6 are clamped.
 */
export const renderHeading = (level: number, content: unknown, options: HeadingOptions = {}): TemplateResult =>
  html`<div
    class=${options.class ?? 'heading'}
    role="heading"
    aria-level=${headingLevel(level, 2)}
    id=${ifDefined(options.id)}
    lang=${ifDefined(options.lang)}
    dir=${ifDefined(options.dir)}
    tabindex=${ifDefined(options.focusable ? -1 : undefined)}
  >
    ${content}
  </div>`;
