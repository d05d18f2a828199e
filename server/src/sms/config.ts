/**
 * The SMS provider, from the environment: WW_SMS_PROVIDER=twilio with
 * WW_TWILIO_ACCOUNT_SID, WW_TWILIO_AUTH_TOKEN, WW_TWILIO_FROM (a number, or a
 * Messaging Service SID starting with MG) and WW_TWILIO_BASE_URL (default
 * https://api.twilio.com; tests point it at a local server).
 */
export interface SmsConfig {
  provider: 'twilio';
  accountSid: string;
  authToken: string;
  from: string;
  baseUrl: string;
}

export function smsConfig(env: NodeJS.ProcessEnv = process.env): SmsConfig | undefined {
  const provider = env.WW_SMS_PROVIDER?.trim();
  if (!provider) return undefined;
  if (provider !== 'twilio') throw new Error(`WW_SMS_PROVIDER=${provider} is not known (twilio is)`);
  const accountSid = env.WW_TWILIO_ACCOUNT_SID?.trim();
  const authToken = env.WW_TWILIO_AUTH_TOKEN?.trim();
  const from = env.WW_TWILIO_FROM?.trim();
  if (!accountSid || !authToken || !from) {
    throw new Error('WW_SMS_PROVIDER=twilio needs WW_TWILIO_ACCOUNT_SID, WW_TWILIO_AUTH_TOKEN and WW_TWILIO_FROM');
  }
  const baseUrl = (env.WW_TWILIO_BASE_URL?.trim() || 'https://api.twilio.com').replace(/\/+$/, '');
  return { provider, accountSid, authToken, from, baseUrl };
}
