import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { renderInput } from '../../core/forms/fields.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { buttonStyles } from '../../core/styles/button.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as scamCatalogue } from '../../generated/locales/scam/index.js';
import { renderNotListed } from './parts/guidance.js';
import { renderMatches } from './parts/matches.js';
import { renderReport } from './parts/report.js';
import { renderWarningSigns } from './parts/warning-signs.js';
import { searchAccredited } from './scam-check.api.js';
import { scamCheckStyles } from './scam-check.styles.js';

/**
 * @tagname ww-scam-check
 * @summary Check a helper before paying: is this person or office accredited, the warning signs of notario fraud, and how to report a scam.
 *
 * Three short parts in plain words. First, a search of the directory's
 * accredited legal providers (organizations recognized by the U.S. Department
 * of Justice, accredited representatives, lawyers) by name, each match with its
 * badge and the date it was checked, or "not re-verified since" that date when
 * its listing is overdue; when nobody matches, what that means: a warning
 * sign, not proof, and where to check further. Second, the warning signs of
 * notario fraud. Third, where to report a scam: the office's hotline and the
 * state's consumer protection office, as the attributes give them. Nothing is
 * asked about the visitor. Without an endpoint, the search says so and the
 * rest is still shown.
 *
 * @csspart base - The root wrapper.
 * @csspart form - The search form.
 * @csspart field - The search field's wrapper (label, hint, error and box).
 * @csspart label - The search field's label.
 * @csspart input - The search box.
 * @csspart hint - The search field's hint.
 * @csspart error - The search field's error message.
 * @csspart submit - The search button.
 * @csspart result - The live region with the number of matches, or what no match means.
 * @csspart matches - The list of providers found.
 * @csspart match - One provider found.
 * @csspart signs - The list of warning signs.
 * @csspart report - The list of places to report a scam.
 * @csspart notice - Failures (with a retry) and setup messages.
 *
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-danger - Errors and the mark of a badge not re-verified (always with words too).
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of the search box.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwScamCheck extends WwDataElement {
  static override catalogues = [scamCatalogue, formsCatalogue];
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, formStyles, scamCheckStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      hotline: {},
      reportPhone: { attribute: 'report-phone' },
      reportName: { attribute: 'report-name' },
      reportUrl: { attribute: 'report-url' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      typed: { state: true },
      missing: { state: true },
      asked: { state: true },
    };
  }

  /** The office's phone number for reporting a scam, such as `212-788-7654`. */
  hotline = '';
  /** The state's consumer protection phone line. */
  reportPhone = '';
  /** The name of the state's consumer protection office, such as "New York State Attorney General". */
  reportName = '';
  /** The state’s online form for reporting a scam (a web address; other links are ignored). */
  reportUrl = '';
  /** Level of the widget's heading; its three parts are one below, the providers found two below. */
  headingLevel = 2;

  private typed = '';
  /** The form was sent with nothing typed. */
  private missing = false;
  /** The name searched, and which try (the same name can be checked again). */
  private asked: [string, number] | undefined;
  private tries = 0;

  private readonly search = this.loader(
    () => this.asked,
    ([q], api, signal) => searchAccredited(api, q, signal),
  );

  private onSubmit(event: Event): void {
    event.preventDefault();
    const q = this.typed.trim();
    this.missing = !q;
    if (q) {
      this.asked = [q, ++this.tries];
      return;
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input')?.focus());
  }

  protected override render(): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${renderHeading(level, msg('Check before you pay for help', { id: 'scam.heading' }))}
      <p>
        ${msg('Before you pay someone for help with immigration forms or legal advice, take a few minutes to check.', {
          id: 'scam.intro',
        })}
      </p>
      <section class="part">
        ${renderHeading(level + 1, msg('Is this person or office accredited?', { id: 'scam.search.heading' }))}
        ${this.config.value.endpoint ? this.renderSearch(level + 2) : this.renderMissingEndpoint()}
      </section>
      <section class="part">
        ${renderHeading(level + 1, msg('Warning signs of a scam', { id: 'scam.signs.heading' }))}
        ${renderWarningSigns()}
      </section>
      <section class="part">
        ${renderHeading(level + 1, msg('How to report a scam', { id: 'scam.report.heading' }))} ${renderReport(this)}
      </section>
    </div>`;
  }

  private renderSearch(level: number): TemplateResult {
    const { status, value, error } = this.search;
    const found = status === 'complete' ? value : undefined;
    const listed = found?.providers.length ? found : undefined;
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
        ${renderInput({
          name: 'name',
          label: msg('Name of the person, office or organization', { id: 'scam.search.label' }),
          hint: msg(
            'We look for it among the accredited legal offices in our directory, which lists offices, not each person who works there.',
            {
              id: 'scam.search.hint',
            },
          ),
          value: this.typed,
          autocomplete: 'off',
          error: this.missing ? msg('Type a name to check.', { id: 'scam.search.missing' }) : undefined,
          onInput: (typed) => (this.typed = typed),
        })}
        <div>
          <button part="submit" class="button button--primary" type="submit" aria-disabled=${status === 'pending'}>
            ${msg('Check', { id: 'scam.search.submit' })}
          </button>
        </div>
      </form>
      <div part="result" class="result" role="status">
        ${
          status === 'pending'
            ? html`<p>${msg('Checking…', { id: 'scam.search.loading' })}</p>`
            : !found
              ? nothing
              : listed?.match === 'all'
                ? html`<p class="lead">
                      ${msg(
                        str`Accredited providers in our directory with this name: ${formatNumber(listed.providers.length, this.locale)}`,
                        {
                          id: 'scam.found',
                        },
                      )}
                    </p>
                    <p>
                      ${msg(
                        'Compare the name, address and phone number with what the helper gave you. If you are not sure, call the number listed here.',
                        {
                          id: 'scam.compare',
                        },
                      )}
                    </p>`
                : renderNotListed(Boolean(listed))
        }
      </div>
      ${status === 'error' ? this.renderError(error, () => void this.search.run()) : nothing}
      ${listed ? renderMatches(listed.providers, this.locale, level) : nothing}`;
  }
}
