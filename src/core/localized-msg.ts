import type { MsgOptions } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';
import type { TemplateResult } from 'lit';

/**
 * Looks a message up in a lit-localize runtime catalogue by its explicit id.
 *
 * The same lookup as lit-localize's own runtime, without the id hashing for
 * messages that have no id: every message here has one (the locale check
 * fails otherwise), and the hashing would cost every page half a kilobyte.
 * Localized templates hold, in place of each value, the index of the source value.
 */
export function localizedMsg(
  catalogue: TemplateMap | undefined,
  template: TemplateLike,
  options: MsgOptions | undefined,
): string | TemplateResult {
  const localized = options?.id === undefined ? undefined : catalogue?.[options.id];
  if (typeof template === 'string') {
    return typeof localized === 'string' ? localized : template;
  }
  if ('strTag' in template) {
    return localized && typeof localized === 'object' && 'strTag' in localized
      ? joinStringsAndValues(localized.strings, template.values, localized.values as unknown as number[])
      : joinStringsAndValues(template.strings, template.values);
  }
  if (localized && typeof localized === 'object' && !('strTag' in localized)) {
    return { ...localized, values: (localized.values as number[]).map((index) => template.values[index]) };
  }
  return template;
}
