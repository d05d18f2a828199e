/**
 * The desk API's shapes, as CONTRACT.md (issue 16) writes them. The server
 * declares them with zod; these are the parts the desk reads.
 */

export const ROLES = ['desk', 'organizer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person (`GET /v1/staff/me`). */
export interface Me {
  id: string | null;
  email: string | null;
  display_name: string;
  roles: Role[];
  location_ids: string[];
  locale: string;
  totp: boolean;
  via: 'session' | 'token';
  /** Sent back as `X-CSRF-Token` on every write with the session cookie. */
  csrf_token: string | null;
  idle_minutes: number;
}

/** How people may sign in (`GET /staff/auth/config`). */
export interface AuthConfig {
  oidc: boolean;
  local: boolean;
  idle_minutes: number;
}

export const STATUSES = ['new', 'in-progress', 'referred', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const CHANNELS = ['web', 'hotline', 'email', '311', 'walk-in', 'outreach'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Person {
  id: string;
  name: string;
}

/** An inquiry as the desk sees it (personal fields decrypted; null once erased). */
export interface StaffInquiry {
  id: string;
  reference: string;
  kind: 'inquiry' | 'volunteer';
  channel: Channel;
  topic: string;
  preferred_language: string;
  contact_method: 'phone' | 'email' | 'text' | 'none';
  consent: boolean;
  name: string | null;
  phone: string | null;
  email: string | null;
  message: string | null;
  postcode: string | null;
  origin: string | null;
  interests: string[];
  languages_spoken: string[];
  availability: string[];
  status: Status;
  referral: string | null;
  referral_code: string | null;
  resolution_code: string | null;
  logged_by: string | null;
  received_at: string;
  updated_at: string;
  resolved_at: string | null;
  personal_erased: boolean;
  assigned_to: Person | null;
  due_at: string;
  overdue: boolean;
  version: number;
  updated_by: string | null;
}

export interface Note {
  id: string;
  author: string;
  /** Null once retention erased it. */
  body: string | null;
  created_at: string;
}

export interface Reply {
  id: string;
  author: string;
  template_code: string | null;
  locale: string;
  method: string;
  status: 'queued' | 'sending' | 'sent' | 'kept' | 'failed';
  created_at: string;
}

export interface InquiryDetail extends StaffInquiry {
  notes: Note[];
  replies: Reply[];
}

export interface ReferralDestination {
  code: string;
  name: string;
  kind: 'agency' | 'partner';
  topics: string[];
  active: boolean;
  aliases: string[];
  position: number;
  /** The name in other languages, by locale (`name` is the English one). */
  names?: Record<string, string>;
}

/** A destination's name in `locale`, else its English name. */
export const destinationName = (d: ReferralDestination, locale: string): string => d.names?.[locale] || d.name;

export interface Topic {
  code: string;
  name: string;
}

export interface Account {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  location_ids: string[];
  totp: boolean;
  oidc_linked: boolean;
  created_at: string;
  disabled_at: string | null;
  locked_until: string | null;
}

/** The placeholders the server fills when a reply is sent. */
export const PLACEHOLDERS = ['reference', 'referral', 'status_url'] as const;

/** A reply template in one language (`GET /v1/staff/reply-templates?locale=`). */
export interface ReplyTemplate {
  code: string;
  locale: string;
  /** What staff pick it by; never sent. */
  title: string;
  subject: string;
  /** Plain text with `{reference}`, `{referral}` and `{status_url}`. */
  body: string;
  /** false: a machine draft nobody has checked yet. */
  reviewed: boolean;
  /** No version in the language asked for: this is the English one. */
  fallback?: boolean;
}
