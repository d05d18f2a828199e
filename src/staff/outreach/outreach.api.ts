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

export interface OutreachEvent extends OutreachRequest {
  id: string;
  logged_by?: string;
  /** Totals the server adds. */
  people?: number;
  signups_total?: number;
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
