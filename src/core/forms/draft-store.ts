/**
 * What a visitor typed into a form, kept for this tab only (sessionStorage,
 * never localStorage) under `ww:draft:<form id>`, so a reload or a crash loses
 * nothing; cleared once the form is sent. Where storage is unavailable
 * (private modes, sandboxed frames) the form simply works without it.
 */
export type Draft = Record<string, string>;

export const draftKey = (formId: string): string => `ww:draft:${formId}`;

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws in sandboxed iframes.
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(formId: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(draftKey(formId));
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Draft;
  } catch {
    return undefined;
  }
}

export function saveDraft(formId: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(formId), JSON.stringify(draft));
  } catch {
    // Quota or a storage that refuses writes: the draft is only a convenience.
  }
}

export function clearDraft(formId: string): void {
  try {
    storage()?.removeItem(draftKey(formId));
  } catch {
    // Nothing to clear.
  }
}
