import type { Draft } from '../../../core/forms/draft-store.js';
import type { Me } from '../../core/types.js';
import { CALL_CHANNELS, type CallChannel, type CallRequest } from '../call-log.api.js';

/** The call form's values: what a new call starts with, and what is kept from one call to the next. */
export interface CallValues {
  channel: CallChannel;
  language: string;
  topic: string;
  referral: string;
  outcome: 'resolved' | 'follow-up';
}

export const NEW_CALL: CallValues = {
  channel: 'hotline',
  language: 'en',
  topic: '',
  referral: '',
  outcome: 'resolved',
};

/** After a call is logged: channel and language stay (the next caller likely shares them), the rest resets. */
export const nextCall = (values: CallValues): CallValues => ({
  ...NEW_CALL,
  channel: values.channel,
  language: values.language,
});

export function valuesFromDraft(draft: Draft): CallValues {
  return {
    channel: (CALL_CHANNELS as readonly string[]).includes(draft['channel'] ?? '')
      ? (draft['channel'] as CallChannel)
      : NEW_CALL.channel,
    language: draft['language'] || NEW_CALL.language,
    topic: draft['topic'] ?? '',
    referral: draft['referral'] ?? '',
    outcome: draft['outcome'] === 'follow-up' ? 'follow-up' : 'resolved',
  };
}

/** The request for a call: nothing personal; a follow-up is new and assigned to the person logging it. */
export function callRequest(values: CallValues, me: Me | undefined): CallRequest {
  const followUp = values.outcome === 'follow-up';
  return {
    channel: values.channel,
    topic: values.topic,
    preferred_language: values.language,
    contact_method: 'none',
    status: followUp ? 'new' : 'resolved',
    ...(values.referral ? { referral_code: values.referral } : {}),
    ...(followUp && me?.id ? { assigned_to: me.id } : {}),
  };
}
