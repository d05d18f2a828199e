/**
 * A phone number (or any left-to-right token) isolated from the text around
 * it. In an Arabic or Urdu sentence the bidirectional algorithm reads the
 * digits of "212-788-7654" as Arabic numbers and shows "7654-788-212";
 * first-strong isolate marks (U+2068 … U+2069) keep it in its own order, even
 * inside a plain string such as a translated message.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
