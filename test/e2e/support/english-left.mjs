import { catalogueUnits } from './messages.mjs';

/**
 * Finding English a visitor should not read: the widgets' own English
 * (from the catalogues) and English names the server gives for its fixed
 * lists (topics, badges, event types), on a page in another language.
 */

/** Runs in the page: the text a visitor sees or hears in every widget's shadow root, element by element. */
export function visibleTexts() {
  const found = [];
  const visit = (root, widget) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        visit(element.shadowRoot, element.localName.startsWith('ww-') ? element.localName : widget);
      }
      if (['style', 'script', 'template'].includes(element.localName)) continue;
      const shown =
        element.localName === 'option' || element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      if (!shown) continue;
      let own = '';
      // 3: a text node (Node.TEXT_NODE).
      for (const node of element.childNodes) if (node.nodeType === 3) own += node.textContent;
      own = own.replace(/\s+/g, ' ').trim();
      if (own) found.push({ widget, text: own });
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) {
        const value = element.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (value) found.push({ widget, text: value, attribute: name });
      }
    }
  };
  for (const host of document.querySelectorAll('*')) {
    if (host.localName.startsWith('ww-') && host.shadowRoot) visit(host.shadowRoot, host.localName);
  }
  return found;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for one locale: which of the visible texts are English that the
 * catalogue translates. A message with placeholders matches with anything
 * in them; a text that is also some message's translation here (or the
 * same in both languages, as the catalogue check allows) is not English.
 */
export function catalogueEnglish(locale) {
  const units = [...catalogueUnits(locale).entries()];
  const translations = new Set(units.map(([, unit]) => unit.target.trim()));
  const patterns = units
    .filter(([, { source, target }]) => source.trim() !== target.trim() && /\p{L}{2,}/u.test(source))
    .map(([id, { source }]) => {
      const parts = source.trim().split(/\{\d+\}/);
      // Placeholders with a word or two between them ("{0} of {1}") would match any name with "of" in it.
      if (parts.length > 1 && parts.join('').replace(/[^\p{L}]/gu, '').length < 6) return undefined;
      return { id, source, pattern: new RegExp(`^${parts.map((part) => escape(part)).join('.+?')}$`, 'su') };
    })
    .filter(Boolean);
  return (text) => {
    if (translations.has(text)) return undefined;
    return patterns.find(({ pattern }) => pattern.test(text));
  };
}

/** English names of the server's fixed lists that differ in `locale`: name → where it comes from. */
export async function serverEnglish(origin, locale) {
  const names = async (lang) => {
    const get = async (path) => (await fetch(`${origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)).json();
    const [topics, services, events] = await Promise.all([
      get('/v1/topics'),
      get('/v1/services?page_size=100'),
      get('/v1/events'),
    ]);
    const byKey = new Map();
    for (const topic of topics.items) byKey.set(`topic:${topic.code}`, topic.name);
    for (const service of services.items) {
      for (const topic of service.topics ?? []) byKey.set(`topic:${topic.code}`, topic.name);
      for (const badge of service.badges ?? []) byKey.set(`badge:${badge.code}`, badge.name);
    }
    for (const event of events.items) byKey.set(`event-type:${event.type}`, event.type_name);
    return byKey;
  };
  const [english, local] = await Promise.all([names('en'), names(locale)]);
  const found = new Map();
  for (const [key, name] of english) if (local.get(key) !== name) found.set(name, key);
  return found;
}

/** Whether `text` shows one of the English server names: alone, or followed by a count ("Walk-in (3)"). */
export function showsServerName(text, names) {
  for (const [name, key] of names) {
    if (text === name || text.startsWith(`${name} (`) || text.startsWith(`${name} ·`)) return key;
  }
  return undefined;
}
