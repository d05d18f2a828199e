import type { DeskApi } from '../core/desk-api.js';

export const PROGRAMS = ['idnyc', 'actionnyc', 'nycitizenship', 'other'] as const;
export type Program = (typeof PROGRAMS)[number];

export interface Reach {
  language: string;
  topic: string;
  people: number;
}

export interface OutreachRequest {
  held_on: string;
  place: string;
  partner?: string;
  notes?: string;
  reach: Reach[];
  signups: { program: Program; count: number }[];
}

export interface OutreachEvent extends Omit<OutreachRequest, 'partner' | 'notes'> {
  id: string;
  partner: string | null;
  notes: string | null;
  logged_by: string;
  created_at: string;
  /** People reached in all. */
  people: number;
  /** Sign-ups made in all. */
  signup_count: number;
}

export async function logOutreach(api: DeskApi, event: OutreachRequest): Promise<OutreachEvent> {
  return (await api.post<OutreachEvent>('v1/staff/outreach', event)).data;
}

export async function loadOutreach(
  api: DeskApi,
  range: { from: string; to: string },
  signal: AbortSignal,
): Promise<OutreachEvent[]> {
  return (await api.get<{ items: OutreachEvent[] }>('v1/staff/outreach', range, signal)).items;
}
