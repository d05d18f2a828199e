import { sendKeys } from '@web/test-runner-commands';

/**
 * What the journey tests on the demo pages share: following focus through
 * shadow roots, reaching a control with Tab as a keyboard user would, waiting
 * for a value, and reading a shipped message catalogue.
 */
export function deepActive(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs until `matches` holds for the focused element, across shadow roots; says where Tab went if it never does. */
export async function tabTo(doc: Document, matches: (el: Element) => boolean, limit = 120): Promise<Element> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    const active = deepActive(doc);
    if (active && matches(active)) return active;
    seen.push(active ? `${active.localName}#${active.id}[${active.getAttribute('part') ?? ''}]` : 'none');
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Could not reach the control with Tab; visited ${seen.slice(-30).join(' > ')}`);
}

/** Polls until `value` gives something, and returns it. */
export async function waitFor<T>(value: () => T | null | undefined | false, timeoutMs = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = value();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A message of a generated catalogue, as shipped; for a template, its text before the first value. */
export function messageText(templates: Record<string, unknown>, id: string): string {
  const message = templates[id];
  return typeof message === 'string' ? message : (message as { strings: string[] }).strings[0]!;
}
