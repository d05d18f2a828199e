import { LANGUAGE_TAG } from '../lib/language-tag.js';
import { isTimeZone } from '../lib/time-zone.js';
import type { Entity } from './dataset.js';
import { ourId } from './ids.js';
import { webUrl } from '../lib/web-url.js';

/** A reference from one row to another, checked once every row is read. */
export interface Ref {
  /** The HSDS field, such as `organization_id`. */
  field: string;
  entity: Entity;
  id: string;
  raw: string;
  required: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads one HSDS row's fields into our types. Each problem becomes a reason
 * (the row is bad) or a note (the row is kept, the value is not).
 */
export class Fields {
  readonly reasons: string[] = [];
  readonly notes: string[] = [];
  readonly refs: Ref[] = [];
  /** Fields some converter looked at; the others are not kept. */
  readonly read = new Set<string>();

  constructor(private readonly values: Record<string, unknown>) {}

  /** The value as text; null when absent or blank (CSV has no null). */
  text(name: string): string | null {
    this.read.add(name);
    const value = this.values[name];
    if (value === undefined || value === null) return null;
    const text = String(value);
    if (text.trim() === '') return null;
    // PostgreSQL text cannot hold NUL.
    if (text.includes('\u0000')) return this.bad(`${name} holds a NUL character`);
    return text;
  }

  required(name: string): string {
    return this.text(name) ?? this.bad(`${name} is empty`) ?? '';
  }

  /** The row's own id, as ours. */
  id(entity: Entity): string {
    const raw = this.required('id');
    return raw ? ourId(entity, raw) : '';
  }

  /** An id naming another row; checked later against the data set and the database. */
  ref(name: string, entity: Entity, required = false): string | null {
    const raw = required ? this.required(name) : this.text(name);
    if (!raw) return null;
    const id = ourId(entity, raw);
    this.refs.push({ field: name, entity, id, raw, required });
    return id;
  }

  number(name: string, { min = -Infinity, max = Infinity, integer = false } = {}): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const value = Number(text);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      return this.bad(`${name} "${text}" is not ${integer ? 'a whole number' : 'a number'}`);
    }
    if (value < min || value > max) return this.bad(`${name} ${value} is not between ${min} and ${max}`);
    return value;
  }

  /** A calendar date, YYYY-MM-DD (the date part of a date-time is accepted). */
  date(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    const date = text.slice(0, 10);
    const parsed = new Date(`${date}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}/.test(text) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== date
    ) {
      return this.bad(`${name} "${text}" is not a date (YYYY-MM-DD)`);
    }
    return date;
  }

  dateTime(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    const parsed = new Date(text);
    const year = parsed.getUTCFullYear();
    if (Number.isNaN(parsed.getTime()) || year < 1 || year > 9999)
      return this.bad(`${name} "${text}" is not a date-time`);
    return parsed.toISOString();
  }

  /** One of `allowed` (case-insensitive); `fallback` when empty, or a reason when there is none. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | null {
    const text = this.text(name)?.trim();
    if (!text) return fallback ?? this.bad(`${name} is empty`);
    const found = allowed.find((option) => option.toLowerCase() === text.toLowerCase());
    return found ?? this.bad(`${name} "${text}" is not one of ${allowed.join(', ')}`);
  }

  /** A web address (http or https), kept as written: anything else, such as `javascript:`, is refused with the row. */
  url(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    return webUrl(text) ?? this.bad(`${name} "${text}" is not a web address (http or https)`);
  }

  email(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    return EMAIL.test(text) ? text : this.bad(`${name} "${text}" is not an email address`);
  }

  languageCode(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    return LANGUAGE_TAG.test(text) ? text : this.bad(`${name} "${text}" is not a language code`);
  }

  /** A time of day as we store it, HH:MM (HSDS writes HH:MM:SS). */
  time(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    const match = TIME.exec(text);
    const [hours, minutes, seconds] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 0)];
    if (!match || hours > 24 || minutes > 59 || seconds > 59 || (hours === 24 && minutes + seconds > 0)) {
      return this.bad(`${name} "${text}" is not a time (HH:MM or HH:MM:SS)`);
    }
    if (seconds) this.notes.push(`${name} "${text}": seconds are not kept`);
    return `${String(hours).padStart(2, '0')}:${match[2]}`;
  }

  /**
   * An IANA zone for HSDS `timezone`, which is a number of hours from UTC:
   * whole hours become the fixed zone Etc/GMT∓N. Null when absent or when no
   * zone matches (with a note): the import's zone applies.
   */
  timezone(name: string): string | null {
    const text = this.text(name)?.trim();
    if (!text) return null;
    const hours = Number(text);
    if (Number.isInteger(hours) && hours >= -12 && hours <= 14) {
      // POSIX-style names: Etc/GMT-3 is three hours ahead of UTC.
      return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
    }
    if (Number.isNaN(hours) && isTimeZone(text)) return text;
    this.notes.push(`${name} "${text}" has no IANA zone; the import's time zone was used`);
    return null;
  }

  /** Fields that hold a value no converter read. */
  unread(): string[] {
    return Object.keys(this.values).filter((name) => !this.read.has(name) && String(this.values[name]).trim() !== '');
  }

  private bad(reason: string): null {
    this.reasons.push(reason);
    return null;
  }
}
