/**
 * The check-in code in what a person typed or a QR code held: `XXXX-XXXX`
 * (Crockford's base 32, as the server writes it), alone or at the end of a
 * link. The server reads it again (`normalizeCheckinCode`): this only picks
 * the code out of longer text and says whether something typed can be one.
 */
const CODE = /^([0-9a-z]{4})[\s-]?([0-9a-z]{4})$/i;

/** The 8 characters, upper case, or null when the text holds no code. */
export function codeIn(text: string): string | null {
  // Alone, or the last code-shaped word of a link or a longer text (`…/checkin/ABCD-EFGH`, `?code=ABCD-EFGH`).
  const words = [text.trim(), ...text.split(/[^0-9a-z-]+/i).reverse()];
  for (const word of words) {
    const match = CODE.exec(word);
    if (match) return `${match[1]}${match[2]}`.toUpperCase();
  }
  return null;
}
