import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';

export interface PagesOptions {
  page: number;
  total: number;
  pageSize: number;
  locale: string;
  /** The address of page `n`. */
  href: (n: number) => string;
}

/** "Previous page · Page 2 of 7 · Next page" as links (the page is in the address), or nothing for one page. */
export function renderPages({ page, total, pageSize, locale, href }: PagesOptions): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return nothing;
  const n = (value: number) => formatNumber(value, locale);
  return html`<nav class="toolbar pages" aria-label=${msg('Pages', { id: 'staff.pages' })}>
    ${
      page > 1
        ? html`<a class="button" href=${href(page - 1)}>${msg('Previous page', { id: 'staff.pages.previous' })}</a>`
        : nothing
    }
    <span>${msg(str`Page ${n(page)} of ${n(pages)}`, { id: 'staff.pages.of' })}</span>
    ${
      page < pages
        ? html`<a class="button" href=${href(page + 1)}>${msg('Next page', { id: 'staff.pages.next' })}</a>`
        : nothing
    }
  </nav>`;
}
