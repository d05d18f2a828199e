import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from '../../core/forms/draft-store.js';

/**
 * What a person typed on the desk and has not saved, kept for the tab
 * (sessionStorage, through the form kit's draft store) so that a reload, a
 * crash or a sign-in in between loses nothing. One draft per form and record:
 * `staff:note:<inquiry id>`, `staff:reply:<inquiry id>`, `staff:edit:<inquiry id>`.
 */
export const deskDraftId = (form: string, record: string): string => `staff:${form}:${record}`;

export const loadDeskDraft = (form: string, record: string): Draft => loadDraft(deskDraftId(form, record)) ?? {};

/** Saves the draft, or clears it when nothing in it is filled in. */
export function saveDeskDraft(form: string, record: string, draft: Draft): void {
  const id = deskDraftId(form, record);
  if (Object.values(draft).some((value) => value !== '')) saveDraft(id, draft);
  else clearDraft(id);
}

export const clearDeskDraft = (form: string, record: string): void => clearDraft(deskDraftId(form, record));

/** Forgets every desk draft of this tab: signing out on a shared computer leaves nothing behind. */
export function clearAllDeskDrafts(): void {
  try {
    const storage = window.sessionStorage;
    const prefix = draftKey('staff:');
    for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
  } catch {
    // No storage: nothing was kept.
  }
}
