import type { TemplateResult } from 'lit';
import { listFormat } from '../../../core/intl.js';

/** Private-use marks the list patterns of every language leave alone. */
const slot = (i: number) => `\uE000${i}\uE001`;
const SLOT = /\uE000(\d+)\uE001/;

/**
 * Items that are markup (buttons, links) joined as the locale joins words in
 * a list ("A, B or C", "A、B或C", "A، B أو C"): the locale's pattern is
 * formatted around placeholders, then each placeholder becomes its item.
 */
export function inlineList(
  items: TemplateResult[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'disjunction',
): (string | TemplateResult)[] {
  const pattern = listFormat(locale, type).format(items.map((_, i) => slot(i)));
  return pattern.split(SLOT).map((part, i) => (i % 2 ? items[Number(part)]! : part));
}
