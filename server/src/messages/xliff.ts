/**
 * A reader for the XLIFF 1.2 that lit-localize writes (locales/*.xlf): each
 * trans-unit's id, source and target, a placeholder `<x id="0" equiv-text="${name}"/>`
 * kept as its name. Only this shape: no nesting, no CDATA, which lit-localize never writes.
 */
export type Part = string | { name: string };

export interface Unit {
  source: Part[];
  target: Part[] | undefined;
  /** The target's state (`needs-review-translation` for a draft not yet reviewed). */
  state: string | undefined;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()]!;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Text and placeholders of a source or target's inner XML. */
export function parseParts(inner: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of inner.matchAll(/<x\b([^>]*?)\/>/g)) {
    if (match.index > last) parts.push(decodeEntities(inner.slice(last, match.index)));
    const equiv = /equiv-text="([^"]*)"/.exec(match[1]!)?.[1];
    const name = equiv ? /^\$\{\s*([\w$]+)/.exec(decodeEntities(equiv))?.[1] : undefined;
    parts.push({ name: name ?? /\bid="([^"]*)"/.exec(match[1]!)?.[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < inner.length) parts.push(decodeEntities(inner.slice(last)));
  return parts;
}

/** Every trans-unit of an XLIFF file, by id. */
export function parseXliff(xml: string): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const match of xml.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2]!;
    const source = /<source(?:\s[^>]*)?>([\s\S]*?)<\/source>/.exec(body);
    const target = /<target(\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body);
    units.set(decodeEntities(match[1]!), {
      source: parseParts(source?.[1] ?? ''),
      target: target ? parseParts(target[2]!) : undefined,
      state: target?.[1] ? /\bstate="([^"]*)"/.exec(target[1])?.[1] : undefined,
    });
  }
  return units;
}
