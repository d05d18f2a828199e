import { html, type TemplateResult } from 'lit';

/** The quiet zone around a QR code, in modules (the standard's four). */
const QUIET = 4;

/** One path for the dark modules: each run of dark modules in a row is one rectangle. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      parts.push(`M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/**
 * A QR code as inline SVG (no markup from a string, so the page's Trusted
 * Types policy holds), dark on white whatever the theme or forced colours, so
 * a phone's camera reads it. `label` names it for assistive technology.
 */
export function renderQrCode(modules: readonly (readonly boolean[])[], label: string): TemplateResult {
  const size = modules.length + 2 * QUIET;
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${qrPath(modules)} fill="#000"></path>
  </svg>`;
}
