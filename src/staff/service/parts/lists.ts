import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckboxGroup, renderError, renderInput, renderSelect } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { defaultLanguageOrder } from '../../../core/languages.js';
import { msg, str } from '../../../core/localize.js';
import { OTHER_LANGUAGES } from '../../core/languages.js';
import { BADGE_CODES, PHONE_TYPES } from '../service.api.js';
import type { ServiceContext } from './context.js';
import { badgeName, fieldLabel, phoneTypeName } from './labels.js';

/** The topics the finder files the service under. */
export function renderTopics(c: ServiceContext): TemplateResult {
  return html`<section class="panel" aria-labelledby="topics-title">
    <h2 id="topics-title">${fieldLabel('topics')}</h2>
    ${renderCheckboxGroup({
      name: 'topics',
      label: msg('Topics this service helps with', { id: 'staff.service.topics-legend' }),
      value: c.form.topics.join(','),
      error: c.error('topics'),
      columns: true,
      choices: c.topics.filter((t) => t.code !== 'other').map((t) => ({ value: t.code, label: t.name })),
      onInput: (value) => c.change((f) => void (f.topics = value.split(',').filter(Boolean) as typeof f.topics)),
    })}
  </section>`;
}

/** Each badge, and the date it was last checked (accredited ones keep the finder's trust). */
export function renderBadges(c: ServiceContext): TemplateResult {
  return html`<section class="panel" aria-labelledby="badges-title">
    <h2 id="badges-title">${fieldLabel('badges')}</h2>
    <ul class="plain rows">
      ${BADGE_CODES.map((code) => {
        const badge = c.form.badges.find((b) => b.code === code);
        const name = badgeName(code);
        return html`<li class="row">
          <label class="choice"
            ><input
              type="checkbox"
              id=${`f-badges-${code}`}
              .checked=${!!badge}
              @change=${(e: Event) =>
                c.change((f) => {
                  const on = (e.target as HTMLInputElement).checked;
                  f.badges = on ? [...f.badges, { code, verified: null }] : f.badges.filter((b) => b.code !== code);
                })}
            />
            ${name}</label
          >
          ${
            badge
              ? html`<div class="field">
                  <label class="label" for=${`f-badges-${code}-verified`}
                    >${msg(str`${name}: checked on`, { id: 'staff.service.badge-verified' })}</label
                  >
                  ${renderError(`f-badges-${code}-verified`, c.error(`badges-${code}-verified`))}
                  <input
                    class="input input--narrow"
                    type="date"
                    id=${`f-badges-${code}-verified`}
                    .value=${badge.verified ?? ''}
                    @input=${(e: Event) =>
                      c.change((f) => {
                        const value = (e.target as HTMLInputElement).value || null;
                        f.badges = f.badges.map((b) => (b.code === code ? { ...b, verified: value } : b));
                      })}
                  />
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

const uiLanguageChoices = (locale: string) =>
  defaultLanguageOrder.map((code) => ({ value: code, label: languageName(code, locale) }));

/** The phone numbers: number, kind, what it is for, the languages answered in. */
export function renderPhones(c: ServiceContext): TemplateResult {
  return html`<section class="panel" aria-labelledby="phones-title">
    <h2 id="phones-title">${fieldLabel('phones')}</h2>
    ${c.form.phones.map((phone, i) => {
      const n = String(i + 1);
      const set = (update: (p: typeof phone) => void) => c.change((f) => update(f.phones[i]!));
      return html`<fieldset class="group" data-phone=${i}>
        <legend>${msg(str`Phone ${n}`, { id: 'staff.service.phone-n' })}</legend>
        <div class="row">
          ${renderInput({
            name: `phones-${i}-number`,
            label: msg('Number', { id: 'staff.service.phone-number' }),
            type: 'tel',
            autocomplete: 'off',
            value: phone.number,
            error: c.error(`phones-${i}-number`),
            onInput: (value) => set((p) => void (p.number = value)),
          })}
          ${renderSelect({
            name: `phones-${i}-type`,
            label: msg('Kind', { id: 'staff.service.phone-type' }),
            value: phone.type,
            error: c.error(`phones-${i}-type`),
            // A type HSDS allows but the list does not name (from an import) stays choosable as it is.
            choices: [...new Set([...PHONE_TYPES, phone.type])].map((t) => ({ value: t, label: phoneTypeName(t) })),
            onInput: (value) => set((p) => void (p.type = value)),
          })}
        </div>
        ${renderInput({
          name: `phones-${i}-description`,
          label: msg('What it is for', { id: 'staff.service.phone-description' }),
          optional: true,
          value: phone.description ?? '',
          error: c.error(`phones-${i}-description`),
          onInput: (value) => set((p) => void (p.description = value || null)),
        })}
        ${renderCheckboxGroup({
          name: `phones-${i}-languages`,
          label: msg('Answered in', { id: 'staff.service.phone-languages' }),
          optional: true,
          columns: true,
          value: phone.languages.join(','),
          error: c.error(`phones-${i}-languages`),
          choices: uiLanguageChoices(c.locale),
          onInput: (value) => set((p) => void (p.languages = value.split(',').filter(Boolean))),
        })}
        <button class="link-button" type="button" @click=${() => c.change((f) => void f.phones.splice(i, 1))}>
          ${msg(str`Remove phone ${n}`, { id: 'staff.service.phone-remove' })}
        </button>
      </fieldset>`;
    })}
    <button
      class="button"
      type="button"
      id="add-phone"
      @click=${() =>
        c.change((f) => void f.phones.push({ number: '', type: 'voice', description: null, languages: [] }))}
    >
      ${msg('Add a phone', { id: 'staff.service.phone-add' })}
    </button>
  </section>`;
}

/** The languages: spoken by the staff, or through an interpreter. */
export function renderLanguages(c: ServiceContext): TemplateResult {
  const choices = [
    ...uiLanguageChoices(c.locale),
    ...OTHER_LANGUAGES.map((code) => ({ value: code, label: languageName(code, c.locale) })),
  ];
  return html`<section class="panel" aria-labelledby="languages-title">
    <h2 id="languages-title">${fieldLabel('languages')}</h2>
    ${c.form.languages.map((language, i) => {
      const known = choices.some((ch) => ch.value === language.code);
      const name = languageName(language.code, c.locale);
      return html`<fieldset class="group row" data-language=${i}>
        <legend class="visually-hidden">${name}</legend>
        ${renderSelect({
          name: `languages-${i}-code`,
          label: msg('Language', { id: 'staff.service.language' }),
          value: language.code,
          error: c.error(`languages-${i}-code`),
          choices: known ? choices : [{ value: language.code, label: name }, ...choices],
          onInput: (value) => c.change((f) => void (f.languages[i]!.code = value)),
        })}
        ${renderSelect({
          name: `languages-${i}-kind`,
          label: msg('How', { id: 'staff.service.language-kind' }),
          value: language.kind,
          choices: [
            { value: 'staff', label: msg('Staff speak it', { id: 'staff.service.language-staff' }) },
            {
              value: 'interpretation',
              label: msg('Through an interpreter', { id: 'staff.service.language-interpreter' }),
            },
          ],
          onInput: (value) => c.change((f) => void (f.languages[i]!.kind = value as 'staff' | 'interpretation')),
        })}
        <button class="link-button" type="button" @click=${() => c.change((f) => void f.languages.splice(i, 1))}>
          ${msg(str`Remove ${name}`, { id: 'staff.service.language-remove' })}
        </button>
      </fieldset>`;
    })}
    <button
      class="button"
      type="button"
      id="add-language"
      @click=${() => c.change((f) => void f.languages.push({ code: c.locale, kind: 'staff' }))}
    >
      ${msg('Add a language', { id: 'staff.service.language-add' })}
    </button>
  </section>`;
}
