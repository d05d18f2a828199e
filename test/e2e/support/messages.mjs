import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './stack.mjs';

const catalogues = new Map();

/**
 * A message as shipped for `locale` (the XLIFF target, or the English source),
 * up to its first placeholder, so tests look for what a visitor reads.
 */
export function message(locale, id) {
  if (!catalogues.has(locale)) {
    const file = locale === 'en' ? 'es' : locale;
    catalogues.set(locale, readFileSync(join(root, `locales/${file}.xlf`), 'utf8'));
  }
  const unit = new RegExp(`<trans-unit id="${id.replaceAll('.', '\\.')}"[^>]*>([\\s\\S]*?)</trans-unit>`).exec(
    catalogues.get(locale),
  );
  if (!unit) throw new Error(`No message ${id} in locales/${locale}.xlf`);
  const part = locale === 'en' ? 'source' : 'target';
  const text = new RegExp(`<${part}[^>]*>([\\s\\S]*?)</${part}>`).exec(unit[1])?.[1] ?? '';
  return text
    .split(/<x [^>]*\/>/)[0]
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .trim();
}
