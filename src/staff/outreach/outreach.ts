import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { renderInput, renderTextarea } from '../../core/forms/fields.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { formatDate } from '../core/format.js';
import { renderLanguageSelect } from '../core/language-select.js';
import { loadTopics } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { Topic } from '../core/types.js';
import { loadOutreach, logOutreach, PROGRAMS, type OutreachEvent, type Program } from './outreach.api.js';
import { outreachStyles } from './outreach.styles.js';
import {
  emptyOutreach,
  emptyRow,
  fromDraft,
  outreachRequest,
  problemsOf,
  toDraft,
  today,
  type OutreachProblem,
  type OutreachValues,
  type ReachRow,
} from './parts/outreach-form.js';

const DRAFT = 'new';
/** Program names are the programs' own: not translated. */
const PROGRAM_NAMES: Record<Exclude<Program, 'other'>, string> = {
  idnyc: 'IDNYC',
  actionnyc: 'ActionNYC',
  nycitizenship: 'NYCitizenship',
};

/**
 * @tagname ww-staff-outreach
 * @summary The outreach log: an event attended, the people reached by language and topic, sign-ups made.
 *
 * Nothing personal: counts only. The public dashboard counts them as the
 * outreach channel. The form is kept in the tab until it is logged.
 */
export class WwStaffOutreach extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, outreachStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      values: { state: true },
      problems: { state: true },
      busy: { state: true },
      failure: { state: true },
      said: { state: true },
    };
  }

  private values: OutreachValues = fromDraft(loadDeskDraft('outreach', DRAFT));
  private problems: OutreachProblem[] = [];
  private busy = false;
  private failure: unknown;
  private said: string | undefined;

  private readonly topics = new DataController<Topic[], [string]>(this, {
    args: () => (this.api ? [this.locale] : undefined),
    task: ([locale], signal) => loadTopics(this.api!, locale, signal),
  });

  /** The last 90 days. */
  private readonly recent = new DataController<OutreachEvent[], [number]>(this, {
    args: () => (this.api ? [0] : undefined),
    task: (_args, signal) => {
      const from = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
      return loadOutreach(this.api!, { from, to: today() }, signal);
    },
  });

  private change(values: OutreachValues): void {
    this.values = values;
    saveDeskDraft('outreach', DRAFT, toDraft(values));
  }

  private setRow(index: number, field: keyof ReachRow, value: string): void {
    this.change({
      ...this.values,
      reach: this.values.reach.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
    });
  }

  private async removeRow(index: number): Promise<void> {
    this.change({ ...this.values, reach: this.values.reach.filter((_, i) => i !== index) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-row')?.focus();
  }

  private async addRow(): Promise<void> {
    this.change({ ...this.values, reach: [...this.values.reach, emptyRow()] });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#f-reach-${this.values.reach.length - 1}-language`)?.focus();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy || !this.api) return;
    this.problems = problemsOf(this.values);
    if (this.problems.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      await logOutreach(this.api, outreachRequest(this.values));
      this.said = this.values.place.trim();
      this.values = emptyOutreach();
      clearDeskDraft('outreach', DRAFT);
      await this.recent.run();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private error(problem: OutreachProblem): string | undefined {
    if (!this.problems.includes(problem)) return undefined;
    if (problem === 'held_on') return msg('Enter the date.', { id: 'staff.outreach.date-missing' });
    if (problem === 'place') return msg('Enter where it was.', { id: 'staff.outreach.place-missing' });
    if (problem.startsWith('reach-'))
      return msg('Choose a topic and enter how many people (a whole number above 0).', {
        id: 'staff.outreach.row-invalid',
      });
    return msg('Enter a whole number.', { id: 'staff.outreach.count-invalid' });
  }

  override render(): TemplateResult {
    const v = this.values;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Outreach', { id: 'staff.nav.outreach' })}</h1>
      ${this.renderStatus(this.said ? msg(str`Outreach logged: ${this.said}.`, { id: 'staff.outreach.logged' }) : undefined)}
      ${
        this.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(this.failure)}</p>
            </div>`
          : nothing
      }
      <form class="form outreach" novalidate @submit=${this.submit}>
        <div class="field ${this.error('held_on') ? 'field--error' : ''}">
          <label class="label" for="f-held_on">${msg('Date', { id: 'staff.outreach.date' })}</label>
          ${this.error('held_on') ? html`<p class="error" id="f-held_on-error">${this.error('held_on')}</p>` : nothing}
          <input
            class="input input--narrow"
            type="date"
            id="f-held_on"
            max=${today()}
            aria-invalid=${this.error('held_on') ? 'true' : 'false'}
            .value=${v.held_on}
            @input=${(e: Event) => this.change({ ...v, held_on: (e.target as HTMLInputElement).value })}
          />
        </div>
        ${renderInput({
          name: 'place',
          label: msg('Place', { id: 'staff.outreach.place' }),
          value: v.place,
          error: this.error('place'),
          onInput: (value) => this.change({ ...this.values, place: value }),
        })}
        ${renderInput({
          name: 'partner',
          label: msg('Partner organization', { id: 'staff.outreach.partner' }),
          optional: true,
          value: v.partner,
          onInput: (value) => this.change({ ...this.values, partner: value }),
        })}
        ${this.renderReach()} ${this.renderSignups()}
        ${renderTextarea({
          name: 'notes',
          label: msg('Notes', { id: 'staff.outreach.notes' }),
          hint: msg('No names or contact details: counts only.', { id: 'staff.outreach.notes-hint' }),
          optional: true,
          value: v.notes,
          maxLength: 2000,
          locale: this.locale,
          rows: 3,
          onInput: (value) => this.change({ ...this.values, notes: value }),
        })}
        <div class="actions">
          <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg('Log the outreach', { id: 'staff.outreach.submit' })}
          </button>
        </div>
      </form>
      ${this.renderRecent()}
    </div>`;
  }

  private renderReach(): TemplateResult {
    const topics = this.topics.value ?? [];
    return html`<fieldset class="fieldset field">
      <legend class="label">${msg('People reached', { id: 'staff.outreach.reach' })}</legend>
      ${this.values.reach.map((row, i) => {
        const error = this.error(`reach-${i}`);
        const n = formatNumber(i + 1, this.locale);
        return html`<fieldset class="reach-row ${error ? 'field--error' : ''}">
          <legend>${msg(str`Group ${n}`, { id: 'staff.outreach.group' })}</legend>
          ${error ? html`<p class="error">${error}</p>` : nothing}
          ${renderLanguageSelect({
            name: `reach-${i}-language`,
            label: msg('Language', { id: 'staff.field.language' }),
            value: row.language,
            locale: this.locale,
            onInput: (value) => this.setRow(i, 'language', value),
          })}
          <div class="field">
            <label class="label" for=${`f-reach-${i}-topic`}>${msg('Topic', { id: 'staff.field.topic' })}</label>
            <select
              class="input"
              id=${`f-reach-${i}-topic`}
              aria-invalid=${error && !row.topic ? 'true' : 'false'}
              @change=${(e: Event) => this.setRow(i, 'topic', (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!row.topic}>
                ${msg('Choose a topic', { id: 'staff.call.choose-topic' })}
              </option>
              ${topics.map((t) => html`<option value=${t.code} ?selected=${t.code === row.topic}>${t.name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label class="label" for=${`f-reach-${i}-people`}>${msg('People', { id: 'staff.outreach.people' })}</label>
            <input
              class="input input--narrow"
              id=${`f-reach-${i}-people`}
              inputmode="numeric"
              aria-invalid=${error && row.topic ? 'true' : 'false'}
              .value=${row.people}
              @input=${(e: Event) => this.setRow(i, 'people', (e.target as HTMLInputElement).value)}
            />
          </div>
          ${
            this.values.reach.length > 1
              ? html`<button
                  class="button"
                  type="button"
                  aria-label=${msg(str`Remove group ${n}`, { id: 'staff.outreach.remove-of' })}
                  @click=${() => this.removeRow(i)}
                >
                  ${msg('Remove', { id: 'staff.outreach.remove' })}
                </button>`
              : nothing
          }
        </fieldset>`;
      })}
      <div class="actions">
        <button class="button" type="button" id="add-row" @click=${() => this.addRow()}>
          ${msg('Add a group', { id: 'staff.outreach.add-row' })}
        </button>
      </div>
    </fieldset>`;
  }

  private renderSignups(): TemplateResult {
    const name = (p: Program) =>
      p === 'other' ? msg('Other sign-ups', { id: 'staff.outreach.other' }) : PROGRAM_NAMES[p];
    return html`<fieldset class="fieldset field">
      <legend class="label">${msg('Sign-ups made', { id: 'staff.outreach.signups' })}</legend>
      <div class="signups">
        ${PROGRAMS.map((p) => {
          const error = this.error(`signup-${p}`);
          return html`<div class="field ${error ? 'field--error' : ''}">
            <label class="label" for=${`f-signup-${p}`}>${name(p)}</label>
            ${error ? html`<p class="error" id=${`f-signup-${p}-error`}>${error}</p>` : nothing}
            <input
              class="input input--narrow"
              id=${`f-signup-${p}`}
              inputmode="numeric"
              aria-invalid=${error ? 'true' : 'false'}
              .value=${this.values.signups[p]}
              @input=${(e: Event) =>
                this.change({
                  ...this.values,
                  signups: { ...this.values.signups, [p]: (e.target as HTMLInputElement).value },
                })}
            />
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderRecent(): TemplateResult | typeof nothing {
    if (this.recent.status === 'error') return this.renderFailure(this.recent.error, () => void this.recent.run());
    const items = this.recent.value;
    if (!items) return nothing;
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<section aria-labelledby="recent-title" class="screen">
      <h2 id="recent-title">${msg('The last 90 days', { id: 'staff.outreach.recent' })}</h2>
      ${
        items.length
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="recent-caption">
              <table>
                <caption id="recent-caption">
                  ${msg('Outreach logged, newest first', { id: 'staff.outreach.caption' })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Date', { id: 'staff.outreach.date' })}</th>
                    <th scope="col">${msg('Place', { id: 'staff.outreach.place' })}</th>
                    <th scope="col">${msg('Partner organization', { id: 'staff.outreach.partner' })}</th>
                    <th scope="col" class="num">${msg('People', { id: 'staff.outreach.people' })}</th>
                    <th scope="col" class="num">${msg('Sign-ups made', { id: 'staff.outreach.signups' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (e) =>
                      html`<tr>
                        <td>${formatDate(e.held_on, this.locale)}</td>
                        <td dir="auto">${e.place}</td>
                        <td dir="auto">${e.partner ?? ''}</td>
                        <td class="num">${n(e.people)}</td>
                        <td class="num">${n(e.signup_count)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${msg('No outreach logged in the last 90 days.', { id: 'staff.outreach.none' })}</p>`
      }
    </section>`;
  }
}
