import { until } from './locale-state.js';

/** The desk's shadow roots, one level at a time: `deep(desk, 'ww-staff-queue', 'table')`. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
    if (!current) return null;
  }
  return current as T | null;
}

export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return parent ? [...(parent.shadowRoot ?? parent).querySelectorAll<T>(last)] : [];
}

/** The text a person reads in an element and its shadow roots, spaces collapsed. */
export function textOf(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const element = node as Element;
    if (element.shadowRoot) element.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const waitFor = (find: () => unknown, timeoutMs = 8000): Promise<void> =>
  until(() => Boolean(find()), timeoutMs);

/** Starts the page afresh for the desk: no hash, no drafts, English. */
export function resetDeskPage(): void {
  history.replaceState(null, '', location.pathname + location.search);
  sessionStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
}

/** The desk at `hash` (`#queue`), once its screen (or the sign-in) is there. */
export async function openDesk(hash: string, lang?: string): Promise<HTMLElement> {
  history.replaceState(null, '', hash || location.pathname);
  const el = document.createElement('ww-staff-desk');
  if (lang) el.setAttribute('lang', lang);
  document.body.append(el);
  await waitFor(() => deep(el, 'main > *:not(.loading)'));
  return el;
}

/** Types into a field of a shadow root as a person would (the value, then an input event). */
export function typeInto(root: Element, selector: string, value: string): void {
  const field = deep<HTMLInputElement | HTMLTextAreaElement>(root, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses an option of a select in a shadow root. */
export function choose(root: Element, selector: string, value: string): void {
  const select = deep<HTMLSelectElement>(root, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Removes the desks the tests put on the page. */
export function removeDesks(): void {
  document.querySelectorAll('ww-staff-desk').forEach((el) => el.remove());
}
