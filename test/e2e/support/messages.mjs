import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './stack.mjs';

/**
 * The widgets' words as shipped, read from the XLIFF files the bundle is built
 * from, so that tests look for what a visitor reads in each language.
 */
const catalogues = new Map();

/** The messages of one XLIFF file: id → { source, target }, placeholders as `{0}`, `{1}`… */
function catalogue(locale) {
  if (!catalogues.has(locale)) {
    const xlf = readFileSync(join(root, 'locales', `${locale === 'en' ? 'es' : locale}.xlf`), 'utf8');
    const units = new Map();
    const plain = (text) =>
      text
        .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? source;
      units.set(id, { source: plain(source), target: plain(target) });
    }
    catalogues.set(locale, units);
  }
  return catalogues.get(locale);
}

/** Every message of `locale`'s catalogue: id → { source, target }, placeholders as `{0}`, `{1}`… */
export const catalogueUnits = (locale) => catalogue(locale);

/**
 * A widget's message as a visitor reads it in `locale` (English by default),
 * from the catalogues the bundle is built from; `values` fill `{0}`, `{1}`…
 */
export function words(id, locale = 'en', ...values) {
  const unit = catalogue(locale).get(id);
  if (!unit) throw new Error(`No message ${id} in locales/${locale}.xlf`);
  const text = locale === 'en' ? unit.source : unit.target;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));
}
