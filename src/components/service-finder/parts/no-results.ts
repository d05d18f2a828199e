import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../../core/bidi.js';
import { listFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import type { SearchExplanation, Topic } from '../service-finder.api.js';
import { inlineList } from './inline-list.js';
import { renderTerm } from './search-notes.js';

export interface NoResultsOptions {
  search: SearchExplanation | undefined;
  /** The nearest topics the server offers instead (codes), named from the topic list. */
  suggested: string[];
  topics: Topic[];
  hotline: string;
  locale: string;
  applyTopic: (code: string) => void;
}

/**
 * Nothing matched: what was searched (and which common words were left out),
 * the nearest topics as buttons that search them instead, then ways to ask a
 * person. No dead end.
 */
export function renderNoResults(options: NoResultsOptions): TemplateResult {
  const { search, suggested, topics, locale, applyTopic } = options;
  const hotline = options.hotline.trim();
  const topicButtons = suggested.map(
    (code) =>
      html`<button type="button" class="button chip topic-suggestion" @click=${() => applyTopic(code)}>
        <bdi>${topics.find((t) => t.code === code)?.name ?? code}</bdi>
      </button>`,
  );
  return html`<div part="notice" class="notice notice--info no-results">
    <p class="notice__heading">${msg('No services match your search.', { id: 'finder.empty' })}</p>
    ${search?.q ? html`<p>${msg(html`We searched for ${renderTerm(search.q)}.`, { id: 'finder.searched-for' })}</p>` : nothing}
    ${
      search?.ignored.length
        ? html`<p>
            ${msg(str`Common words left out: ${isolate(listFormat(locale).format(search.ignored))}.`, { id: 'finder.left-out' })}
          </p>`
        : nothing
    }
    ${
      topicButtons.length
        ? html`<p class="topic-suggestions">
            ${msg(html`Nearest topics: ${inlineList(topicButtons, locale)}`, { id: 'finder.nearest-topics' })}
          </p>`
        : nothing
    }
    <p class="notice__detail">
      ${[
        msg('Try removing a filter or searching with other words.', { id: 'finder.empty-suggest' }),
        hotline ? msg(str`For help, call ${isolate(hotline)}.`, { id: 'finder.call-hotline' }) : '',
        msg('You can also call 311.', { id: 'finder.call-311-any' }),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  </div>`;
}
