import { html, nothing, type TemplateResult } from 'lit';
import { listFormat } from '../../../core/intl.js';
import { msg } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { TrialAnswer } from '../search-words.api.js';

export interface TryItContext {
  answer: TrialAnswer;
  /** The language the query was run in (its code), for the query's own words. */
  lang: string;
  /** The UI language. */
  locale: string;
  topicName: (code: string) => string;
}

/**
 * What the public search understood of a query, as a visitor would get it: how many services, the
 * everyday words it recognized and the topics they stand for, the correction it made, the words it
 * left out, and the first services.
 */
export function renderTrial({ answer, lang, locale, topicName }: TryItContext): TemplateResult {
  const search = answer.search;
  const list = (items: string[]) => listFormat(locale).format(items);
  return html`<dl class="facts trial">
      <dt>${msg('Services found', { id: 'staff.words.try.total' })}</dt>
      <dd id="try-total">${formatNumber(answer.total, locale)}</dd>
      ${
        search
          ? html`<dt>${msg('Everyday words understood', { id: 'staff.words.try.concepts' })}</dt>
              <dd id="try-concepts">
                ${
                  search.concepts.length
                    ? html`<ul class="plain">
                        ${search.concepts.map(
                          (concept) =>
                            html`<li>
                              <bdi lang=${lang}>${concept.phrase}</bdi>:
                              ${list(concept.topics.map(topicName)) || msg('terms only', { id: 'staff.words.try.terms-only' })}
                            </li>`,
                        )}
                      </ul>`
                    : msg('None', { id: 'staff.words.try.none' })
                }
              </dd>
              <dt>${msg('Corrected to', { id: 'staff.words.try.corrected' })}</dt>
              <dd id="try-corrected">
                ${
                  search.corrected
                    ? html`<bdi lang=${lang}>${search.corrected}</bdi>`
                    : msg('No correction: every word matched as typed', { id: 'staff.words.try.as-typed' })
                }
              </dd>
              ${
                search.did_you_mean
                  ? html`<dt>${msg('Did you mean', { id: 'staff.words.try.did-you-mean' })}</dt>
                      <dd><bdi lang=${lang}>${search.did_you_mean}</bdi></dd>`
                  : nothing
              }
              ${
                search.ignored.length
                  ? html`<dt>${msg('Left out (too common to search for)', { id: 'staff.words.try.ignored' })}</dt>
                      <dd><bdi lang=${lang}>${list(search.ignored)}</bdi></dd>`
                  : nothing
              }`
          : html`<dt>${msg('Everyday words understood', { id: 'staff.words.try.concepts' })}</dt>
              <dd id="try-concepts">
                ${msg('This server does not say what it understood of a search.', { id: 'staff.words.try.unexplained' })}
              </dd>`
      }
      ${
        !answer.total && answer.suggestedTopics.length
          ? html`<dt>${msg('Nearest topics offered', { id: 'staff.words.try.suggested' })}</dt>
              <dd>${list(answer.suggestedTopics.map(topicName))}</dd>`
          : nothing
      }
    </dl>
    ${
      answer.names.length
        ? html`<h3 id="try-first">${msg('First services', { id: 'staff.words.try.first' })}</h3>
            <ol aria-labelledby="try-first">
              ${answer.names.map((name) => html`<li><bdi>${name}</bdi></li>`)}
            </ol>`
        : nothing
    }`;
}
