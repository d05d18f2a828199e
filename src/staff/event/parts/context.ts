import type { StaffLocation } from '../event.api.js';
import type { Values } from './values.js';

/** What each group of the editor's fields needs. */
export interface EditorContext {
  values: Values;
  locale: string;
  locations: readonly StaffLocation[];
  /** Only an administrator may hold an event at no location of the office's (an address, online). */
  anywhere: boolean;
  /** A field's problem, in words. */
  error: (name: string) => string | undefined;
  onInput: (name: string, value: string) => void;
  /** Several values at once (a place sets the time zone too). */
  onInputs: (values: Values) => void;
}
