import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../../core/drafts.js';

/**
 * A form's state kept for the tab as JSON in one desk draft (`staff:<form>:<record>`): the setup forms hold
 * rows (weekly hours, translations) that the form kit's flat drafts cannot.
 */
export function loadKept<T>(form: string, record: string): T | undefined {
  const json = loadDeskDraft(form, record)['json'];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

export const keep = (form: string, record: string, value: unknown): void =>
  saveDeskDraft(form, record, { json: JSON.stringify(value) });

export const forget = (form: string, record: string): void => clearDeskDraft(form, record);
