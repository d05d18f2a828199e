import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import type { SearchExplanation } from '../service-finder.api.js';

/** Words from the server among the widget's own: bold, in their own direction. */
export const renderTerm = (text: string): TemplateResult => html`<strong><bdi>${text}</bdi></strong>`;

/**
 * What the server did with the words, under the count: the corrections it
 * searched with, a nearby query that finds more (a link to it, `href` for a
 * new tab or a shared link, `follow` to run it here), and whether every word
 * matched. Rendered inside the finder's live region, so read with the count.
 */
export function renderSearchNotes(
  search: SearchExplanation | undefined,
  suggestion: { href: string; follow: (q: string) => void } | undefined,
): TemplateResult | typeof nothing {
  if (!search) return nothing;
  const { corrected, did_you_mean: didYouMean, match } = search;
  if (!corrected && !didYouMean && match !== 'some') return nothing;
  return html`<div class="search-notes">
    ${corrected ? html`<p>${msg(html`Showing results for ${renderTerm(corrected)}`, { id: 'finder.showing-for' })}</p>` : nothing}
    ${didYouMean && suggestion ? html`<p>${msg(html`Did you mean ${renderSuggestion(didYouMean, suggestion)}?`, { id: 'finder.did-you-mean' })}</p>` : nothing}
    ${
      match === 'some'
        ? html`<p>
            ${msg('Not every word matched: the services that match the most come first.', { id: 'finder.match-some' })}
          </p>`
        : nothing
    }
  </div>`;
}

function renderSuggestion(q: string, { href, follow }: { href: string; follow: (q: string) => void }): TemplateResult {
  return html`<a
    class="suggestion"
    href=${href}
    @click=${(event: MouseEvent) => {
      // A new tab or window (a modifier key, the middle button) opens the link as it is.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      follow(q);
    }}
    ><strong><bdi>${q}</bdi></strong></a
  >`;
}
