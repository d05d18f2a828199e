import type { Draft } from '../../../core/forms/draft-store.js';
import { PROGRAMS, type OutreachRequest, type Program, type Reach } from '../outreach.api.js';

/** One line of "people reached": a language, a topic, how many. */
export interface ReachRow {
  language: string;
  topic: string;
  people: string;
}

export interface OutreachValues {
  held_on: string;
  place: string;
  partner: string;
  notes: string;
  reach: ReachRow[];
  signups: Record<Program, string>;
}

/** Today in the browser's zone, `YYYY-MM-DD` (the day the team was out). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const emptyRow = (): ReachRow => ({ language: 'en', topic: '', people: '' });

export const emptyOutreach = (): OutreachValues => ({
  held_on: today(),
  place: '',
  partner: '',
  notes: '',
  reach: [emptyRow()],
  signups: { idnyc: '', actionnyc: '', nycitizenship: '', other: '' },
});

/** The values as a draft (the form kit keeps strings): the rows as JSON. */
export const toDraft = (v: OutreachValues): Draft => ({
  held_on: v.held_on,
  place: v.place,
  partner: v.partner,
  notes: v.notes,
  reach: JSON.stringify(v.reach),
  signups: JSON.stringify(v.signups),
});

export function fromDraft(draft: Draft): OutreachValues {
  const empty = emptyOutreach();
  const parse = <T>(text: string | undefined, fallback: T): T => {
    try {
      return text ? (JSON.parse(text) as T) : fallback;
    } catch {
      return fallback;
    }
  };
  const reach = parse<ReachRow[]>(draft['reach'], empty.reach);
  return {
    held_on: draft['held_on'] || empty.held_on,
    place: draft['place'] ?? '',
    partner: draft['partner'] ?? '',
    notes: draft['notes'] ?? '',
    reach: Array.isArray(reach) && reach.length ? reach : empty.reach,
    signups: { ...empty.signups, ...parse<Partial<Record<Program, string>>>(draft['signups'], {}) },
  };
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export type OutreachProblem = 'held_on' | 'place' | `reach-${number}` | `signup-${Program}`;

/** What is missing or wrong, by field: a place and a date are needed; counts are whole numbers. */
export function problemsOf(v: OutreachValues): OutreachProblem[] {
  const problems: OutreachProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.held_on)) problems.push('held_on');
  if (!v.place.trim()) problems.push('place');
  v.reach.forEach((row, i) => {
    const filled = row.topic || row.people.trim();
    if (filled && (!row.topic || !(whole(row.people) > 0))) problems.push(`reach-${i}`);
  });
  for (const program of PROGRAMS) {
    const text = v.signups[program].trim();
    if (text && !(whole(text) >= 0)) problems.push(`signup-${program}`);
  }
  return problems;
}

/** Two groups of one language and topic are one row (the server takes each pair once). */
function sumByLanguageAndTopic(rows: Reach[]): Reach[] {
  const byPair = new Map<string, Reach>();
  for (const row of rows) {
    const key = `${row.language.toLowerCase()} ${row.topic}`;
    const seen = byPair.get(key);
    byPair.set(key, seen ? { ...seen, people: seen.people + row.people } : row);
  }
  return [...byPair.values()];
}

export function outreachRequest(v: OutreachValues): OutreachRequest {
  return {
    held_on: v.held_on,
    place: v.place.trim(),
    ...(v.partner.trim() ? { partner: v.partner.trim() } : {}),
    ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
    reach: sumByLanguageAndTopic(
      v.reach
        .filter((r) => r.topic && whole(r.people) > 0)
        .map((r) => ({ language: r.language, topic: r.topic, people: whole(r.people) })),
    ),
    signups: PROGRAMS.filter((p) => whole(v.signups[p]) > 0).map((program) => ({
      program,
      count: whole(v.signups[program]),
    })),
  };
}
