const ATTRIBUTE = 'data-ww-print';
let sheet: CSSStyleSheet | undefined;

/**
 * Prints only `host` (its own print styles keep only the confirmation). A
 * small print-only style sheet on the document hides the rest of the page
 * while the element carries `data-ww-print`; nothing changes on screen.
 * Constructed style sheets work under a strict Content-Security-Policy.
 */
export function printOnly(host: HTMLElement): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(
        `@media print{body:has([${ATTRIBUTE}]) *{visibility:hidden!important}` +
          `[${ATTRIBUTE}],[${ATTRIBUTE}] *{visibility:visible!important}` +
          `[${ATTRIBUTE}]{position:absolute!important;inset-block-start:0!important;inset-inline:0!important}}`,
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
  } catch {
    // Without constructed style sheets the whole page prints; the element still shows only its confirmation.
  }
  for (const other of document.querySelectorAll(`[${ATTRIBUTE}]`)) other.removeAttribute(ATTRIBUTE);
  host.setAttribute(ATTRIBUTE, '');
  window.addEventListener('afterprint', () => host.removeAttribute(ATTRIBUTE), { once: true });
  window.print();
}
