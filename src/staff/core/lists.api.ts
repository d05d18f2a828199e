import type { DeskApi } from './desk-api.js';
import type { ReferralDestination, ReplyTemplate, Topic } from './types.js';

/** What people ask about, named in `locale` (the public list the inquiry form uses). */
export async function loadTopics(api: DeskApi, locale: string, signal?: AbortSignal): Promise<Topic[]> {
  const { items } = await api.get<{ items: Topic[] }>('v1/inquiries/topics', { lang: locale }, signal);
  return items;
}

/** The managed list of referral destinations, retired ones included (they still name old referrals). */
export async function loadDestinations(api: DeskApi, signal?: AbortSignal): Promise<ReferralDestination[]> {
  const { items } = await api.get<{ items: ReferralDestination[] }>('v1/staff/referral-destinations', {}, signal);
  return [...items].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** The office's reply templates in `locale`: each in that language, or in English marked `fallback`. */
export async function loadTemplates(api: DeskApi, locale: string, signal?: AbortSignal): Promise<ReplyTemplate[]> {
  return (await api.get<{ items: ReplyTemplate[] }>('v1/staff/reply-templates', { locale }, signal)).items;
}
