import type { DeskApi } from '../core/desk-api.js';
import type { ReplyTemplate } from '../core/types.js';

/** A template's words in one language, as an administrator saves them. */
export interface TemplateText {
  title: string;
  subject: string;
  body: string;
  /** false keeps it marked as a machine draft. */
  reviewed: boolean;
}

/** Writes the template in `locale` (adds that language's version when it had none): admin only. */
export async function saveTemplate(
  api: DeskApi,
  code: string,
  locale: string,
  text: TemplateText,
): Promise<ReplyTemplate> {
  const path = `v1/staff/reply-templates/${encodeURIComponent(code)}/${encodeURIComponent(locale)}`;
  return (await api.put<ReplyTemplate>(path, text)).data;
}
