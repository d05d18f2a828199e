/** Languages written right to left (as the widgets' core/locales.ts lists them). */
const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

export const directionOf = (locale: string): 'rtl' | 'ltr' =>
  RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escaped text with its web addresses as links (the status page's, above all). */
function withLinks(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/)
    .map((part, i) => (i % 2 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join('');
}

/**
 * The HTML part of a mail written as plain text: one paragraph per blank-line
 * block, its language and direction declared so a mail program renders Arabic
 * and Urdu right to left and reads it aloud in the right voice.
 */
export function mailHtml(
  text: string,
  { locale, title, image }: { locale: string; title: string; image?: { cid: string; alt: string } | undefined },
): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.split('\n').map(withLinks).join('<br>\n')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
${paragraphs}
${image ? `<p><img src="cid:${escapeHtml(image.cid)}" alt="${escapeHtml(image.alt)}" width="200" height="200"></p>\n` : ''}</body>
</html>
`;
}
