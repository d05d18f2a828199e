import { expect } from '@open-wc/testing';
import '../src/index.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
}

/** custom-elements.json as `npm run manifest` (and the build) writes it. */
async function manifest(): Promise<Map<string, Declaration>> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest` (or `npm run build`).');
  const { modules } = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const declarations = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return new Map(declarations.map((d) => [d.tagName!, d]));
}

const TAGS = [
  'ww-config',
  'ww-language-picker',
  'ww-service-finder',
  'ww-clinic-calendar',
  'ww-event-registration',
  'ww-inquiry-form',
  'ww-inquiry-stats',
  'ww-inquiry-status',
  'ww-corner-panel',
  'ww-appointment-booking',
  'ww-scam-check',
];

/**
 * Editors, Storybook and framework wrappers read attributes from the
 * manifest: each element declares them once (its reactive properties and
 * the base class's `lang`), and the manifest must say exactly what the
 * element observes, each with a description.
 */
describe('custom-elements.json', () => {
  it('lists every element the library defines', async () => {
    const declared = await manifest();
    for (const tag of TAGS) {
      expect(customElements.get(tag), `${tag} is defined`).to.not.equal(undefined);
      expect(declared.has(tag), `${tag} is in the manifest`).to.equal(true);
    }
  });

  it('lists exactly the attributes each element observes, each described', async () => {
    const declared = await manifest();
    for (const tag of TAGS) {
      const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
      const observed = new Set(element.observedAttributes);
      const attributes = declared.get(tag)!.attributes ?? [];
      expect(attributes.map((a) => a.name).sort(), tag).to.deep.equal([...observed].sort());
      for (const a of attributes)
        expect(a.description?.trim() ?? '', `${tag} [${a.name}] is described`).to.not.equal('');
    }
  });
});
