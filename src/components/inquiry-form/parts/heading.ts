import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading at `level` (1–6); with an `id`, it can take focus (a result the form moves to). */
export const renderHeading = (level: number, text: string, id?: string): TemplateResult =>
  html`<div
    class="heading"
    role="heading"
    aria-level=${Math.min(6, level)}
    id=${ifDefined(id)}
    tabindex=${ifDefined(id ? -1 : undefined)}
  >
    ${text}
  </div>`;
