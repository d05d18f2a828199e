import type { InquiryDetail } from '../../core/types.js';
import type { InquiryChanges } from '../inquiry.api.js';

/** The fields the desk changes on an inquiry. */
export const EDITABLE = ['assigned_to', 'status', 'topic', 'referral_code', 'resolution_code'] as const;
export type Editable = (typeof EDITABLE)[number];

/** Unsaved values by field, as the form holds them ('' is "none"). */
export type Edits = Partial<Record<Editable, string>>;

/** A field's saved value, as the form holds it. */
export function savedValue(inquiry: InquiryDetail, field: Editable): string {
  if (field === 'assigned_to') return inquiry.assigned_to?.id ?? '';
  return inquiry[field] ?? '';
}

/** Only the edits that still differ from what is saved (after a reload, some may match). */
export function pendingEdits(inquiry: InquiryDetail, edits: Edits): Edits {
  return Object.fromEntries(
    Object.entries(edits).filter(([field, value]) => value !== savedValue(inquiry, field as Editable)),
  ) as Edits;
}

/** The request body for the edits: '' becomes null for the fields that can be cleared. */
export function changesOf(edits: Edits): InquiryChanges {
  const changes: InquiryChanges = {};
  for (const [field, value] of Object.entries(edits) as [Editable, string][]) {
    if (field === 'status' || field === 'topic') changes[field] = value;
    else changes[field] = value === '' ? null : value;
  }
  return changes;
}
