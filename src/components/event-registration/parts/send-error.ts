import type { TemplateResult } from 'lit';
import { isHttpError, waitText } from '../../../core/forms/submission.js';
import { msg, str } from '../../../core/localize.js';
import { renderNotice } from '../../../core/notice.js';

/** Why a sign-up was not sent, above the button: 409 and 429 in plain words; a retry when trying again can work. */
export function renderSendError(
  error: unknown,
  locale: string,
  describe: (error: unknown) => string,
  retry: () => void,
): TemplateResult {
  const http = isHttpError(error) ? error : undefined;
  const status = http?.status ?? 0;
  if (status === 409) {
    return renderNotice({
      tone: 'error',
      heading: msg('Sign-up for this event has closed.', { id: 'registration.error.closed' }),
    });
  }
  if (status === 429) {
    return renderNotice({
      tone: 'error',
      heading: msg(str`Too many tries. Please wait ${waitText(http, locale)}, then try again.`, {
        id: 'registration.error.rate-limited-wait',
      }),
    });
  }
  // A refusal other than these is corrected, not sent again as it is.
  const retryable = !http || http.retryable;
  return renderNotice({
    tone: 'error',
    heading: msg('Your registration was not sent. Nothing you typed is lost.', { id: 'registration.error.not-sent' }),
    detail: describe(error),
    action: retryable ? { label: msg('Try again', { id: 'action.retry' }), onClick: retry } : undefined,
  });
}
