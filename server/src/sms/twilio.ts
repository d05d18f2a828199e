import type { SmsConfig } from './config.js';

/** What the provider said: sent (with its id), refused for good, or try again later. */
export type SmsResult =
  | { status: 'sent'; providerId: string | null }
  | { status: 'refused'; error: string }
  | { status: 'retry'; error: string };

/**
 * Sends one text message the way Twilio's REST API documents it:
 * POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded
 * To, From (or MessagingServiceSid) and Body, HTTP Basic auth AccountSid:AuthToken.
 * 201 with the message's `sid` is sent; a 4xx (a bad number, 21211) is refused
 * for good; 429, 5xx and network failures are tried again.
 */
export async function sendTwilio(config: SmsConfig, to: string, body: string): Promise<SmsResult> {
  const url = `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const form = new URLSearchParams({ To: to, Body: body });
  form.set(config.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', config.from);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { status: 'retry', error: `network: ${(error as Error).name}` };
  }
  const answer = (await response.json().catch(() => ({}))) as { sid?: unknown; code?: unknown; message?: unknown };
  if (response.status === 200 || response.status === 201) {
    return { status: 'sent', providerId: typeof answer.sid === 'string' ? answer.sid : null };
  }
  // The provider's error code, never its message (it quotes the number).
  const error = `HTTP ${response.status}${answer.code !== undefined ? ` code ${String(answer.code)}` : ''}`;
  if (response.status === 429 || response.status >= 500) return { status: 'retry', error };
  return { status: 'refused', error };
}
