import { html, type TemplateResult } from 'lit';
import { endonym } from '../../../core/endonym.js';
import { msg } from '../../../core/localize.js';

/**
 * Said when the person's language has no desk translation: in English (the
 * language the desk is then shown in), naming the language in itself.
 */
export function renderUntranslated(wanted: string): TemplateResult {
  const name = html`<span lang=${wanted}>${endonym(wanted)}</span>`;
  return html`<p class="notice untranslated" role="note">
    ${msg(html`The desk is not translated into ${name} yet, so it is shown in English.`, {
      id: 'staff.untranslated',
    })}
  </p>`;
}
