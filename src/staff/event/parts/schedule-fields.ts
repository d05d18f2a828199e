import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckboxGroup, renderRadioGroup, renderSelect } from '../../../core/forms/fields.js';
import { dateTimeFormat } from '../../../core/intl.js';
import { msg } from '../../../core/localize.js';
import type { EditorContext } from './context.js';
import { dayOf } from './local-dates.js';
import { WEEKDAYS } from './recurrence.js';
import { ruleSummary } from './rule-summary.js';
import { repeatOf } from './values.js';
import { renderTypedInput } from './typed-input.js';

const weekdayChoices = (locale: string) =>
  WEEKDAYS.map((day, i) => ({
    value: day,
    label: dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(dayOf(`2024-01-0${i + 1}`)),
  }));

/** When: the first session's date, time and length; how it repeats and ends; the rule in words. */
export function renderSchedule(c: EditorContext): TemplateResult {
  const v = (key: string) => c.values[key] ?? '';
  const repeat = repeatOf(c.values);
  const summary = ruleSummary(repeat, v('start_date'), v('start_time'), c.locale);
  const repeats = repeat.kind !== 'none' && repeat.kind !== 'custom';
  return html`<fieldset class="group">
    <legend>${msg('When', { id: 'staff.event.when' })}</legend>
    <div class="row">
      ${renderTypedInput({
        type: 'date',
        name: 'start_date',
        label: msg('Date of the first session', { id: 'staff.event.start-date' }),
        value: v('start_date'),
        error: c.error('start_date'),
        onInput: (value) => c.onInput('start_date', value),
      })}
      ${renderTypedInput({
        type: 'time',
        name: 'start_time',
        label: msg('Starts at', { id: 'staff.event.start-time' }),
        value: v('start_time'),
        error: c.error('start_time'),
        onInput: (value) => c.onInput('start_time', value),
      })}
      ${renderTypedInput({
        type: 'number',
        name: 'duration',
        min: '1',
        narrow: true,
        label: msg('Length in minutes', { id: 'staff.event.duration' }),
        value: v('duration'),
        error: c.error('duration'),
        onInput: (value) => c.onInput('duration', value),
      })}
    </div>
    ${renderSelect({
      name: 'repeat',
      label: msg('Repeat', { id: 'staff.event.repeat' }),
      value: repeat.kind,
      error: c.error('repeat'),
      choices: [
        { value: 'none', label: msg('Does not repeat', { id: 'staff.event.repeat.none' }) },
        { value: 'weekly', label: msg('Weekly, on chosen days', { id: 'staff.event.repeat.weekly' }) },
        { value: 'monthly-day', label: msg('Monthly, on the same date', { id: 'staff.event.repeat.monthly-day' }) },
        {
          value: 'monthly-weekday',
          label: msg('Monthly, on the same weekday (such as the second Tuesday)', {
            id: 'staff.event.repeat.monthly-weekday',
          }),
        },
        ...(repeat.kind === 'custom'
          ? [
              {
                value: 'custom',
                label: msg('As imported (a rule written elsewhere)', { id: 'staff.event.repeat.custom' }),
              },
            ]
          : []),
      ],
      onInput: (value) => c.onInput('repeat', value),
    })}
    ${
      repeat.kind === 'weekly'
        ? html`${renderTypedInput({
            type: 'number',
            name: 'interval',
            min: '1',
            narrow: true,
            label: msg('Every how many weeks', { id: 'staff.event.interval' }),
            hint: msg('1: every week; 2: every other week.', { id: 'staff.event.interval-hint' }),
            value: v('interval'),
            error: c.error('interval'),
            onInput: (value) => c.onInput('interval', value),
          })}
          ${renderCheckboxGroup({
            name: 'days',
            label: msg('On these days', { id: 'staff.event.days' }),
            value: v('days'),
            error: c.error('days'),
            columns: true,
            choices: weekdayChoices(c.locale),
            onInput: (value) => c.onInput('days', value),
          })}`
        : nothing
    }
    ${
      repeats
        ? html`${renderRadioGroup({
            name: 'ends',
            label: msg('Ends', { id: 'staff.event.ends' }),
            value: repeat.ends,
            choices: [
              { value: 'count', label: msg('After a number of sessions', { id: 'staff.event.ends.count' }) },
              { value: 'until', label: msg('On a date', { id: 'staff.event.ends.until' }) },
            ],
            onInput: (value) => c.onInput('ends', value),
          })}
          ${
            repeat.ends === 'count'
              ? renderTypedInput({
                  type: 'number',
                  name: 'count',
                  min: '1',
                  narrow: true,
                  label: msg('Number of sessions', { id: 'staff.event.count' }),
                  value: v('count'),
                  error: c.error('count'),
                  onInput: (value) => c.onInput('count', value),
                })
              : renderTypedInput({
                  type: 'date',
                  name: 'until',
                  label: msg('Last day', { id: 'staff.event.until' }),
                  value: v('until'),
                  error: c.error('until'),
                  onInput: (value) => c.onInput('until', value),
                })
          }`
        : nothing
    }
    <p class="summary" id="rule-summary" aria-live="polite">${summary ?? nothing}</p>
  </fieldset>`;
}
