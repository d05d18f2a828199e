/**
 * Text of unknown direction (the server's names, addresses, titles; a phone
 * number; what a visitor typed) isolated from the text around it. In an
 * Arabic or Urdu sentence the bidirectional algorithm reads the digits of
 * "212-788-7654" as Arabic numbers and shows "7654-788-212", and an English
 * title's final full stop or bracket jumps to its other end. First-strong
 * isolate marks (U+2068 … U+2069) keep it in its own order.
 *
 * For a plain string only: inside a translated message, an `<option>`, SVG
 * text. In a template, isolate with markup instead: `dir="auto"` on an element
 * that holds nothing but that text (a title, a description), `<bdi>` around it
 * when it sits among other words (an address after a label, a name in a list).
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
