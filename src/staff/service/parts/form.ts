import {
  TEXT_FIELDS,
  type ServiceEdit,
  type ServiceFields,
  type ServiceInput,
  type TextField,
} from '../service.api.js';

/** The editor's working copy: what a save sends, every language's texts included. */
export type ServiceForm = Omit<ServiceInput, 'closes_reports' | 'organization_name' | 'texts'> & {
  texts: NonNullable<ServiceInput['texts']>;
};

export type TextEntry = { value: string; reviewed: boolean };

const LISTS = ['availability', 'verification_contact', 'topics', 'badges', 'phones', 'languages', 'locations'] as const;

/** The form of a saved service: its texts as written, a source or reviewed text counting as reviewed. */
export function formOf(edit: ServiceEdit): ServiceForm {
  const texts: ServiceForm['texts'] = {};
  for (const field of TEXT_FIELDS) {
    for (const [locale, text] of Object.entries(edit.texts[field] ?? {})) {
      // The source language's texts are the fields themselves (edited under "Details").
      if (text.state === 'missing' || locale === edit.source_locale) continue;
      (texts[field] ??= {})[locale] = { value: text.value, reviewed: text.state !== 'machine' };
    }
  }
  return {
    fields: { ...edit.fields },
    texts,
    availability: { ...edit.availability },
    verification_contact: edit.verification_contact,
    topics: [...edit.topics],
    badges: edit.badges.map((b) => ({ ...b })),
    phones: edit.phones.map((p) => ({ ...p, languages: [...p.languages] })),
    languages: edit.languages.map((l) => ({ ...l })),
    locations: structuredClone(edit.locations),
  };
}

export function emptyForm(): ServiceForm {
  const fields: ServiceFields = {
    name: '',
    alternate_name: null,
    description: '',
    url: null,
    email: null,
    application_process: null,
    fees_description: null,
    eligibility_description: null,
    status: 'active',
  };
  return {
    fields,
    texts: {},
    availability: { status: 'accepting', since: null, until: null },
    verification_contact: null,
    topics: [],
    badges: [],
    phones: [],
    languages: [],
    locations: [],
  };
}

/**
 * The form cut into the parts a person edits one at a time (`fields.url`, `texts.description.ht`, `phones`…),
 * so that a reload can keep the parts they changed and take everything else from the newer version.
 */
function partsOf(form: ServiceForm): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [key, value] of Object.entries(form.fields)) parts.set(`fields.${key}`, JSON.stringify(value));
  for (const field of TEXT_FIELDS) {
    for (const [locale, text] of Object.entries(form.texts[field] ?? {})) {
      parts.set(`texts.${field}.${locale}`, JSON.stringify(text));
    }
  }
  for (const key of LISTS) parts.set(key, JSON.stringify(form[key]));
  return parts;
}

function formFrom(parts: Map<string, string>): ServiceForm {
  const form = emptyForm() as unknown as Record<string, unknown> & ServiceForm;
  for (const [key, json] of parts) {
    const value = JSON.parse(json) as unknown;
    const [head, a, b] = key.split('.');
    if (head === 'fields') (form.fields as unknown as Record<string, unknown>)[a!] = value;
    else if (head === 'texts') ((form.texts[a as TextField] ??= {}) as Record<string, unknown>)[b!] = value;
    else form[head!] = value;
  }
  return form;
}

/** The parts of `form` that differ from `saved`: what is not saved yet. */
export function changedParts(form: ServiceForm, saved: ServiceForm): string[] {
  const mine = partsOf(form);
  const theirs = partsOf(saved);
  const keys = new Set([...mine.keys(), ...theirs.keys()]);
  return [...keys].filter((key) => mine.get(key) !== theirs.get(key));
}

/**
 * After someone else's save (or a review here): the newer version, with the parts this person changed since
 * `before` kept as they typed them. Nothing typed is lost.
 */
export function keepEdits(form: ServiceForm, before: ServiceForm, after: ServiceForm): ServiceForm {
  const changed = new Set(changedParts(form, before));
  const mine = partsOf(form);
  const merged = partsOf(after);
  for (const key of changed) {
    const value = mine.get(key);
    if (value === undefined) merged.delete(key);
    else merged.set(key, value);
  }
  return formFrom(merged);
}

/** The body of a save: every part, but only the texts that changed (the server touches only those sent). */
export function inputOf(form: ServiceForm, saved: ServiceForm | undefined): ServiceInput {
  const texts: ServiceInput['texts'] = {};
  for (const field of TEXT_FIELDS) {
    const before = saved?.texts[field] ?? {};
    const now = form.texts[field] ?? {};
    for (const locale of new Set([...Object.keys(before), ...Object.keys(now)])) {
      const text: TextEntry = now[locale] ?? { value: '', reviewed: false };
      if (JSON.stringify(text) !== JSON.stringify(before[locale])) (texts[field] ??= {})[locale] = text;
    }
  }
  const blank = (value: string | null) => (value?.trim() ? value.trim() : null);
  return {
    ...form,
    fields: {
      ...form.fields,
      alternate_name: blank(form.fields.alternate_name),
      url: blank(form.fields.url),
      email: blank(form.fields.email),
    },
    texts,
    verification_contact: blank(form.verification_contact),
  };
}

/** A draft keeps the form and the version it was made on (sessionStorage holds strings). */
export const draftOf = (form: ServiceForm, version: number | undefined): Record<string, string> => ({
  form: JSON.stringify(form),
  version: version === undefined ? '' : String(version),
});

export function formOfDraft(
  draft: Record<string, string>,
): { form: ServiceForm; version: number | undefined } | undefined {
  if (!draft['form']) return undefined;
  try {
    const form = JSON.parse(draft['form']) as ServiceForm;
    return { form, version: draft['version'] ? Number(draft['version']) : undefined };
  } catch {
    return undefined;
  }
}
