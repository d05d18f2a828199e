import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckboxGroup, renderInput, renderSelect } from '../../../core/forms/fields.js';
import { dateTimeFormat, listFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatHours } from '../../../core/opening-hours.js';
import type { Location, Schedule } from '../service.api.js';
import type { ServiceContext } from './context.js';
import { isTimeZone, localMoment, openAt, WEEKDAYS, type Weekday } from './open-now.js';

const ORDINALS = ['1', '2', '3', '4', '-1'] as const;

function ordinalName(ordinal: string): string {
  switch (ordinal) {
    case '1':
      return msg('first', { id: 'staff.service.ordinal.1' });
    case '2':
      return msg('second', { id: 'staff.service.ordinal.2' });
    case '3':
      return msg('third', { id: 'staff.service.ordinal.3' });
    case '4':
      return msg('fourth', { id: 'staff.service.ordinal.4' });
    default:
      return msg('last', { id: 'staff.service.ordinal.last' });
  }
}

/** "Tuesday", as the UI language names it (2024-01-01 was a Monday). */
export const weekdayName = (day: Weekday, locale: string): string =>
  dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));

/** A monthly rule as ordinals × weekdays (`2TU,4TU` → second and fourth, Tuesday), when it is one. */
export function monthlyParts(byday: string | null): { ordinals: string[]; days: Weekday[] } | undefined {
  const entries = (byday ?? '').split(',').filter(Boolean);
  const parsed = entries.map((e) => /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(e.trim()));
  if (parsed.some((m) => !m)) return entries.length ? undefined : { ordinals: [], days: [] };
  const ordinals = ORDINALS.filter((o) => parsed.some((m) => m![1] === o));
  const days = WEEKDAYS.filter((d) => parsed.some((m) => m![2] === d));
  return ordinals.length * days.length === new Set(entries).size ? { ordinals, days } : undefined;
}

const monthlyRule = (ordinals: readonly string[], days: readonly string[]) =>
  ORDINALS.filter((o) => ordinals.includes(o))
    .flatMap((o) => WEEKDAYS.filter((d) => days.includes(d)).map((d) => `${o}${d}`))
    .join(',');

/** The rule in words: "Every Tuesday and Thursday, 9:00 AM–5:00 PM", "The second Saturday of the month, …". */
export function ruleInWords(rule: Schedule, locale: string): string {
  const hours = rule.opens_at && rule.closes_at ? formatHours(rule.opens_at, rule.closes_at, locale) : '';
  const and = (items: string[]) => listFormat(locale, 'conjunction').format(items);
  if (rule.freq === 'WEEKLY') {
    const days = and(
      WEEKDAYS.filter((d) => (rule.byday ?? '').split(',').includes(d)).map((d) => weekdayName(d, locale)),
    );
    return days ? msg(str`Every ${days}, ${hours}`, { id: 'staff.service.rule-weekly' }) : '';
  }
  const parts = monthlyParts(rule.byday);
  if (!parts?.days.length || !parts.ordinals.length) return rule.byday ?? '';
  const which = and(parts.ordinals.map(ordinalName));
  const days = and(parts.days.map((d) => weekdayName(d, locale)));
  return msg(str`The ${which} ${days} of the month, ${hours}`, { id: 'staff.service.rule-monthly' });
}

/** One opening rule of a location. */
function renderRule(c: ServiceContext, li: number, si: number, rule: Schedule): TemplateResult {
  const name = (key: string) => `locations-${li}-schedules-${si}-${key}`;
  const set = (update: (s: Schedule) => void) => c.change((f) => update(f.locations[li]!.schedules[si]!));
  const dayChoices = WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d, c.locale) }));
  const monthly = rule.freq === 'MONTHLY' ? monthlyParts(rule.byday) : undefined;
  const n = String(si + 1);
  return html`<fieldset class="group" data-rule=${`${li}-${si}`}>
    <legend>${msg(str`Opening rule ${n}`, { id: 'staff.service.rule-n' })}</legend>
    ${renderSelect({
      name: name('freq'),
      label: msg('Repeats', { id: 'staff.service.rule-freq' }),
      value: rule.freq,
      choices: [
        { value: 'WEEKLY', label: msg('Every week', { id: 'staff.service.rule-freq-weekly' }) },
        { value: 'MONTHLY', label: msg('Some weeks of the month', { id: 'staff.service.rule-freq-monthly' }) },
      ],
      onInput: (value) =>
        set((s) => {
          s.freq = value as Schedule['freq'];
          const days = WEEKDAYS.filter((d) => (s.byday ?? '').includes(d));
          s.byday = value === 'WEEKLY' ? days.join(',') : monthlyRule(['1'], days);
        }),
    })}
    ${
      rule.freq === 'MONTHLY' && monthly
        ? renderCheckboxGroup({
            name: name('ordinals'),
            label: msg('Which weeks', { id: 'staff.service.rule-ordinals' }),
            value: monthly.ordinals.join(','),
            choices: ORDINALS.map((o) => ({ value: o, label: ordinalName(o) })),
            onInput: (value) => set((s) => void (s.byday = monthlyRule(value.split(','), monthly.days))),
          })
        : nothing
    }
    ${
      rule.freq === 'MONTHLY' && !monthly
        ? renderInput({
            name: name('byday'),
            label: msg('Days (as written: 1TH,3TU)', { id: 'staff.service.rule-byday' }),
            value: rule.byday ?? '',
            error: c.error(name('byday')),
            onInput: (value) => set((s) => void (s.byday = value.toUpperCase())),
          })
        : renderCheckboxGroup({
            name: name('byday'),
            label: msg('Days', { id: 'staff.service.rule-days' }),
            value: rule.freq === 'WEEKLY' ? (rule.byday ?? '') : (monthly?.days ?? []).join(','),
            error: c.error(name('byday')),
            columns: true,
            choices: dayChoices,
            onInput: (value) =>
              set(
                (s) =>
                  void (s.byday =
                    s.freq === 'WEEKLY'
                      ? value
                      : monthlyRule(monthly?.ordinals.length ? monthly.ordinals : ['1'], value.split(','))),
              ),
          })
    }
    <div class="row">
      ${(['opens_at', 'closes_at'] as const).map(
        (key) =>
          html`<div class="field">
            <label class="label" for=${`f-${name(key)}`}
              >${key === 'opens_at' ? msg('Opens', { id: 'staff.service.opens' }) : msg('Closes', { id: 'staff.service.closes' })}</label
            >
            ${c.error(name(key)) ? html`<p class="error" id=${`f-${name(key)}-error`}>${c.error(name(key))}</p>` : nothing}
            <input
              class="input input--narrow"
              type="time"
              id=${`f-${name(key)}`}
              aria-invalid=${c.error(name(key)) ? 'true' : 'false'}
              aria-describedby=${c.error(name(key)) ? `f-${name(key)}-error` : nothing}
              .value=${rule[key] ?? ''}
              @input=${(e: Event) => set((s) => void (s[key] = (e.target as HTMLInputElement).value || null))}
            />
          </div>`,
      )}
    </div>
    <p class="rule-words">${ruleInWords(rule, c.locale)}</p>
    <button
      class="link-button"
      type="button"
      @click=${() => c.change((f) => void f.locations[li]!.schedules.splice(si, 1))}
    >
      ${msg(str`Remove opening rule ${n}`, { id: 'staff.service.rule-remove' })}
    </button>
  </fieldset>`;
}

/** "Open now" or "Closed now" at this place, by the rules as typed, on the place's own clock. */
function renderPreview(c: ServiceContext, li: number, location: Location): TemplateResult {
  if (!isTimeZone(location.timezone) || !location.schedules.length) {
    return html`<p class="preview" role="status" data-preview=${li}></p>`;
  }
  const local = localMoment(c.now, location.timezone);
  const open = openAt(location.schedules, local);
  const clock = dateTimeFormat(c.locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: location.timezone,
  }).format(c.now);
  return html`<p class="preview" role="status" data-preview=${li}>
    <strong class=${open ? 'open' : 'closed'}
      >${open ? msg('Open now', { id: 'staff.service.open-now' }) : msg('Closed now', { id: 'staff.service.closed-now' })}</strong
    >
    <span class="muted">${msg(str`(${clock} there, ${location.timezone})`, { id: 'staff.service.clock-there' })}</span>
  </p>`;
}

export function renderHours(c: ServiceContext, li: number, location: Location): TemplateResult {
  return html`<div class="hours">
    <h4>${msg('Hours', { id: 'staff.service.hours' })}</h4>
    ${renderPreview(c, li, location)} ${location.schedules.map((rule, si) => renderRule(c, li, si, rule))}
    <button
      class="button"
      type="button"
      data-add-rule=${li}
      @click=${() =>
        c.change(
          (f) =>
            void f.locations[li]!.schedules.push({
              freq: 'WEEKLY',
              byday: 'MO,TU,WE,TH,FR',
              opens_at: '09:00',
              closes_at: '17:00',
              valid_from: null,
              valid_to: null,
              description: null,
            }),
        )}
    >
      ${msg('Add an opening rule', { id: 'staff.service.rule-add' })}
    </button>
  </div>`;
}
