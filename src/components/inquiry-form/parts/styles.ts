import { adoptStyles, css, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds a part's styles to the form's shadow root, once: a part that loads
 * later brings its own CSS instead of weighing on every page. Constructed
 * style sheets, as Lit's own, so it works under a strict Content-Security-Policy.
 */
export function addStyles(root: ParentNode, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  added.set(root, done.add(styles));
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]); // Without constructed style sheets: a <style> element, as Lit does.
}

/** The boxed results: the confirmation, the "saved on this device" view and the kiosk warning. */
export const resultStyles = css`
  .confirmation,
  .queued,
  .kiosk-warning {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .queued {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .confirmation,
    .queued,
    .kiosk-warning {
      border-color: CanvasText;
    }
  }
`;
