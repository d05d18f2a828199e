import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import type { VerificationPolicy } from '../verification.api.js';

const FIELDS: { key: keyof VerificationPolicy; max: number; label: () => string; hint: () => string }[] = [
  {
    key: 'interval_days',
    max: 3650,
    label: () => msg('Days between checks', { id: 'staff.verification.settings.interval' }),
    hint: () => msg('For every listing.', { id: 'staff.verification.settings.interval-hint' }),
  },
  {
    key: 'accredited_interval_days',
    max: 3650,
    label: () => msg('Days between checks, accredited', { id: 'staff.verification.settings.accredited' }),
    hint: () =>
      msg('For accredited legal providers, whose badge protects against notario fraud.', {
        id: 'staff.verification.settings.accredited-hint',
      }),
  },
  {
    key: 'link_days',
    max: 90,
    label: () => msg('Days a link works', { id: 'staff.verification.settings.link' }),
    hint: () => msg('How long a provider’s emailed link can be used.', { id: 'staff.verification.settings.link-hint' }),
  },
];

/** The three settings read from a submitted form, or undefined when one is not a whole number in range. */
export function policyFrom(form: HTMLFormElement): VerificationPolicy | undefined {
  const data = new FormData(form);
  const policy = {} as VerificationPolicy;
  for (const { key, max } of FIELDS) {
    const value = Number(data.get(key));
    if (!Number.isInteger(value) || value < 1 || value > max) return undefined;
    policy[key] = value;
  }
  return policy;
}

/** The administrator's form for how often listings are re-verified; plain inputs, checked again by the server. */
export function renderSettingsForm(options: {
  policy: VerificationPolicy;
  busy: boolean;
  invalid: boolean;
  onSubmit: (form: HTMLFormElement) => void;
}): TemplateResult {
  return html`<section class="panel settings" aria-labelledby="settings-title">
    <h2 id="settings-title">${msg('How often listings are checked', { id: 'staff.verification.settings.title' })}</h2>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        options.onSubmit(e.currentTarget as HTMLFormElement);
      }}
    >
      ${
        options.invalid
          ? html`<p class="notice notice--error" role="alert" id="settings-error">
              ${msg('Each value must be a whole number of days: at least 1.', { id: 'staff.verification.settings.invalid' })}
            </p>`
          : nothing
      }
      <div class="fields">
        ${FIELDS.map(
          ({ key, max, label, hint }) =>
            html`<div class="field">
              <label class="label" for=${`f-${key}`}>${label()}</label>
              <input
                class="input"
                id=${`f-${key}`}
                name=${key}
                type="number"
                inputmode="numeric"
                min="1"
                max=${max}
                required
                .value=${String(options.policy[key])}
                aria-describedby=${`h-${key}${options.invalid ? ' settings-error' : ''}`}
                aria-invalid=${options.invalid ? 'true' : 'false'}
              />
              <p class="hint" id=${`h-${key}`}>${hint()}</p>
            </div>`,
        )}
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit" ?disabled=${options.busy}>
          ${msg('Save settings', { id: 'staff.verification.settings.save' })}
        </button>
      </div>
    </form>
  </section>`;
}
