import type { TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { isHttpError, waitText } from '../../../core/forms/submission.js';
import { renderNotice } from '../../../core/notice.js';

/** Why a send failed, above the button: 413 and 429 in plain words; a retry unless it must be corrected. */
export function renderSendError(
  error: unknown,
  locale: string,
  describe: (error: unknown) => string,
  retry: () => void,
): TemplateResult {
  const http = isHttpError(error) ? error : undefined;
  const status = http?.status ?? 0;
  if (status === 413) {
    return renderNotice({
      tone: 'error',
      heading: msg('Your message is too long to send. Please make it shorter, then send it again.', {
        id: 'inquiry.error.too-large',
      }),
    });
  }
  if (status === 429) {
    return renderNotice({
      tone: 'error',
      heading: msg(
        str`Too many messages were sent from here. Please wait ${waitText(http, locale)}, then send it again.`,
        { id: 'inquiry.error.rate-limited-wait' },
      ),
      detail: msg('Nothing you typed is lost.', { id: 'inquiry.error.kept' }),
    });
  }
  return renderNotice({
    tone: 'error',
    heading: msg('Your message was not sent. Nothing you typed is lost.', { id: 'inquiry.error.not-sent' }),
    detail: describe(error),
    // A 4xx is corrected, not sent again as it is.
    action:
      status >= 400 && status < 500 ? undefined : { label: msg('Try again', { id: 'action.retry' }), onClick: retry },
  });
}
