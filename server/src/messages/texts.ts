import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseXliff, type Part, type Unit } from './xliff.js';

/** The repository's translation files, which the widgets use too. */
export const LOCALES_DIR = resolve(import.meta.dirname, '../../../locales');

/** A text in one language, and whether it is a machine draft nobody has reviewed. */
export interface Text {
  value: string;
  machine: boolean;
}

/** States of a target a person has not checked yet (a machine draft). */
const UNREVIEWED = new Set(['needs-review-translation', 'needs-review-adaptation']);
/** A target still in English waiting for a translator: the English is used. */
const UNTRANSLATED = new Set(['needs-translation']);

const fill = (parts: Part[], values: Record<string, string | number>) =>
  parts.map((part) => (typeof part === 'string' ? part : String(values[part.name] ?? ''))).join('');

/**
 * The messages `mail.*` of every language, read once at start from
 * locales/*.xlf (the English is each unit's source). A language, or a message,
 * without a translation falls back to English.
 */
export class MessageTexts {
  private constructor(
    private readonly english: Map<string, Part[]>,
    private readonly byLocale: Map<string, Map<string, Unit>>,
  ) {}

  static load(dir = LOCALES_DIR): MessageTexts {
    const english = new Map<string, Part[]>();
    const byLocale = new Map<string, Map<string, Unit>>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
      const units = new Map(
        [...parseXliff(readFileSync(join(dir, file), 'utf8'))].filter(([id]) => id.startsWith('mail.')),
      );
      for (const [id, unit] of units) english.set(id, unit.source);
      byLocale.set(file.slice(0, -4), units);
    }
    return new MessageTexts(english, byLocale);
  }

  /** The language of `wanted` we have texts in (`es-MX` → `es`), or `en`. */
  localeFor(wanted: string): string {
    if (this.byLocale.has(wanted)) return wanted;
    const base = wanted.split('-')[0]!;
    return this.byLocale.has(base) ? base : 'en';
  }

  /** Message `id` in `locale`, its placeholders filled by name (`${title}` → values.title). */
  text(locale: string, id: string, values: Record<string, string | number> = {}): Text {
    const source = this.english.get(id);
    if (!source) throw new Error(`no message ${id} in locales/`);
    const unit = this.byLocale.get(this.localeFor(locale))?.get(id);
    if (!unit?.target || UNTRANSLATED.has(unit.state ?? '')) return { value: fill(source, values), machine: false };
    return { value: fill(unit.target, values), machine: UNREVIEWED.has(unit.state ?? '') };
  }
}

let shared: MessageTexts | undefined;
/** The repository's texts, read on first use and kept for the life of the process. */
export const sharedTexts = (): MessageTexts => (shared ??= MessageTexts.load());
