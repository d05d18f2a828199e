import type { Topic } from '../../core/types.js';
import type { ServiceEdit } from '../service.api.js';
import type { ServiceForm } from './form.js';

/** What each section of the service editor needs. */
export interface ServiceContext {
  form: ServiceForm;
  /** The version read, when the service exists. */
  saved: ServiceEdit | undefined;
  locale: string;
  topics: readonly Topic[];
  /** A field's problem, in words (fields are named as in {@link fieldName}). */
  error: (name: string) => string | undefined;
  /** Changes the working copy (given a copy to change). */
  change: (update: (form: ServiceForm) => void) => void;
  /** Marks one translation reviewed now (it saves that text alone). */
  review: (field: string, locale: string) => void;
  busy: boolean;
  /** When "Open now" is read. */
  now: Date;
}

/**
 * A field's name in the editor (its id is `f-<name>`) from a path of the server's (`phones[0].number` →
 * `phones-0-number`, `fields.url` → `url`, `texts.description.ht` → `texts-description-ht`).
 */
export const fieldName = (path: string): string =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^fields\./, '')
    .replace(/\.+/g, '-')
    .replace(/^-|-$/g, '');
