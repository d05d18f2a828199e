import { cachedIntl } from './intl-cache.js';

/**
 * Numbers as the widget's locale writes them ("1,234", "1.234", "١٬٢٣٤"), with
 * Intl options for units (`{ style: 'unit', unit: 'mile' }`) and the like.
 */
export const formatNumber = (n: number, locale: string, options?: Intl.NumberFormatOptions): string =>
  cachedIntl('n', locale, options, () => new Intl.NumberFormat(locale, options)).format(n);

/** A share (0.625) as the locale writes a percentage, with at most one decimal: "62.5%", "62,5 %", "٪٦٢٫٥". */
export const formatPercent = (share: number, locale: string): string =>
  formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 });
