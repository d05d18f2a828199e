import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/localize.js';
import { formatDate } from './format.js';

/**
 * A text in one language, as every desk editor shows it (events, services, the review queue): written in it
 * (the source), reviewed by a person, a machine draft, or missing.
 */
export type TextState = 'source' | 'reviewed' | 'machine' | 'missing';

export function textStateWords(state: TextState): string {
  switch (state) {
    case 'source':
      return msg('written in this language', { id: 'staff.event.text.source' });
    case 'reviewed':
      return msg('reviewed', { id: 'staff.event.text.reviewed' });
    case 'machine':
      return msg('machine draft', { id: 'staff.event.text.machine' });
    case 'missing':
      return msg('missing', { id: 'staff.event.text.missing' });
  }
}

/** The state as a badge (drafts and missing texts stand out), with who reviewed it and when, if known. */
export function renderTextState(
  state: TextState,
  locale: string,
  reviewed?: { by: string | null; at: string | null },
): TemplateResult {
  const warn = state === 'machine' || state === 'missing';
  const who = reviewed?.by;
  const when = formatDate(reviewed?.at, locale);
  return html`<span class="badge ${warn ? 'badge--warn' : ''}">${textStateWords(state)}</span>${
      state === 'reviewed' && who
        ? html` <span class="muted"
            >${
              when
                ? msg(str`by ${who} on ${when}`, { id: 'staff.text.reviewed-by-on' })
                : msg(str`by ${who}`, { id: 'staff.text.reviewed-by' })
            }</span
          >`
        : nothing
    }`;
}
