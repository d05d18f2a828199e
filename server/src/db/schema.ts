import type { ColumnType, Generated } from 'kysely';

/**
 * Tables, aligned with HSDS 3.0 (organizations, services, locations, addresses,
 * service_at_location, schedules, phones, languages, taxonomies, taxonomy_terms,
 * attributes, required_documents) plus `translations`: per-language values of
 * any text field, each marked human or machine translated.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | undefined | null, string | null>;

export interface OrganizationTable {
  id: string;
  name: string;
  description: Generated<string>;
  url: string | null;
  email: string | null;
  source_locale: Generated<string>;
}

export interface ServiceTable {
  id: string;
  organization_id: string;
  name: string;
  alternate_name: string | null;
  description: Generated<string>;
  url: string | null;
  email: string | null;
  status: Generated<string>;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  source_locale: Generated<string>;
  last_verified: DateOnly | null;
  last_modified: Timestamp;
  search_text: Generated<string>;
  search_vector: Generated<string>;
  topic_codes: Generated<string[]>;
  badge_codes: Generated<string[]>;
  language_codes: Generated<string[]>;
  /** Bumped by every edit: the editor's If-Match version. */
  version: Generated<number>;
  updated_by: string | null;
  availability: Generated<ServiceAvailability>;
  availability_since: DateOnly | null;
  availability_until: DateOnly | null;
  /** FieldCrypto: the provider's contact for re-verification requests. */
  verification_contact: string | null;
}

/** Whether a service takes new clients. */
export type ServiceAvailability = 'accepting' | 'waitlist' | 'full' | 'paused';

export interface LocationTable {
  id: string;
  organization_id: string | null;
  location_type: Generated<string>;
  name: string;
  description: string | null;
  transportation: string | null;
  accessibility: string | null;
  latitude: number | null;
  longitude: number | null;
  timezone: Generated<string>;
  is_corner: Generated<boolean>;
  corner_description: string | null;
  source_locale: Generated<string>;
}

export interface AddressTable {
  id: string;
  location_id: string;
  address_1: string;
  address_2: string | null;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: Generated<string>;
}

export interface ServiceAtLocationTable {
  id: string;
  service_id: string;
  location_id: string;
}

export interface ScheduleTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  timezone: string;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  description: string | null;
}

export interface PhoneTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  number: string;
  type: Generated<string>;
  description: string | null;
}

export interface LanguageTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  phone_id: string | null;
  code: string;
  kind: 'staff' | 'interpretation';
  note: string | null;
}

export interface TaxonomyTable {
  id: string;
  name: string;
  description: string | null;
  uri: string | null;
  version: string | null;
}

export interface TaxonomyTermTable {
  id: string;
  taxonomy_id: string | null;
  code: string;
  name: string;
  description: string | null;
  parent_id: string | null;
}

export interface AttributeTable {
  id: string;
  link_id: string;
  link_type: string | null;
  link_entity: string;
  taxonomy_term_id: string;
  value: string | null;
}

export interface RequiredDocumentTable {
  id: string;
  service_id: string;
  document: string;
  uri: string | null;
}

export interface TranslationTable {
  entity: string;
  entity_id: string;
  field: string;
  locale: string;
  value: string;
  method: 'human' | 'machine';
  /** The staff account that reviewed a machine draft, and when (null: never reviewed). */
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

/** An event, one-time or recurring (RFC 5545 RRULE in `timezone`); texts translatable like services. */
export interface EventTable {
  id: string;
  /** iCalendar UID: imports update the event with the same UID. */
  uid: string;
  organization_id: string | null;
  location_id: string | null;
  location_text: string | null;
  online_url: string | null;
  type: string;
  title: string;
  description: Generated<string>;
  organizer: string | null;
  accessibility: string | null;
  cost: string | null;
  is_free: Generated<boolean>;
  language_codes: Generated<string[]>;
  timezone: string;
  /** Local wall-clock start of the first occurrence, `YYYY-MM-DDTHH:MM`. */
  dtstart: string;
  duration_minutes: number;
  rrule: string | null;
  exdates: Generated<string[]>;
  /** Places per session (`per-session`) or for the whole series (`series`); null for no limit. */
  capacity: number | null;
  registration_mode: Generated<string>;
  registration_url: string | null;
  status: Generated<string>;
  /** First start and last end (null: open-ended), to find events in a window without expanding them all. */
  first_start: Timestamp;
  last_end: Timestamp | null;
  source: Generated<string>;
  source_locale: Generated<string>;
  last_modified: Timestamp;
  /** Bumped by every desk edit; the ETag the editor sends back as If-Match. */
  version: Generated<number>;
  /** iCalendar SEQUENCE: bumped when a change matters to calendar apps (time, place, status). */
  sequence: Generated<number>;
  interpreter_available: Generated<boolean>;
  updated_by: string | null;
}

/** One session of a series cancelled or moved; the rule stays as written. */
export interface EventSessionChangeTable {
  event_id: string;
  /** The session's original local start, `YYYY-MM-DDTHH:MM`. */
  occurrence_key: string;
  status: 'cancelled' | 'moved';
  new_start: string | null;
  new_duration_minutes: number | null;
  sequence: Generated<number>;
  changed_by: string;
  changed_at: Generated<Timestamp>;
}

/** Who came to a session: one row per registration and session marked. */
export interface AttendanceTable {
  registration_id: string;
  occurrence_key: string;
  status: 'attended' | 'no-show';
  marked_by: string;
  marked_at: Generated<Timestamp>;
}

/** A job: claimed with FOR UPDATE SKIP LOCKED, so two processes never run one. */
export interface JobTable {
  id: string;
  kind: string;
  payload: Generated<unknown>;
  /** Enqueueing the same key twice makes one job. */
  dedupe_key: string | null;
  run_at: Timestamp;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  claimed_until: Timestamp | null;
  claimed_by: string | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

/** A message to a registrant, once per (registration, kind, session, sequence, channel). */
export interface RegistrationMessageTable {
  registration_id: string;
  kind: string;
  occurrence_key: string;
  sequence: Generated<number>;
  channel: 'email' | 'sms';
  outbox_id: string;
  created_at: Generated<Timestamp>;
}

export interface SmsOutboxTable {
  id: string;
  purpose: string;
  record_type: string | null;
  record_id: string | null;
  to_enc: string;
  body_enc: string;
  locale: string;
  status: Generated<'queued' | 'sending' | 'sent' | 'failed' | 'kept' | 'bounced'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_until: Timestamp | null;
  last_error: string | null;
  provider_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

/** Settings an office changes without a restart, by key (`reminder_hours`…). */
export interface OfficeSettingTable {
  key: string;
  value: unknown;
  updated_by: string | null;
  updated_at: Generated<Timestamp>;
}

/** Places taken per session (`occurrence_key` = local start) or per series (`series`); the row registrations lock. */
export interface EventCapacityTable {
  event_id: string;
  occurrence_key: string;
  taken: Generated<number>;
  waitlisted: Generated<number>;
}

export interface RegistrationTable {
  id: string;
  event_id: string;
  occurrence_key: string;
  scope: 'session' | 'series';
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  party_size: number;
  name: string;
  contact_method: 'email' | 'phone' | 'none';
  email: string | null;
  phone: string | null;
  preferred_language: string;
  access_needs: string | null;
  idempotency_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  purged_at: Timestamp | null;
  /** Shown at the door (typed, or in the QR code of the confirmation). */
  checkin_code: string | null;
  source: Generated<'web' | 'walk-in' | 'desk'>;
  reminders: Generated<'on' | 'stopped'>;
  /** The mail server refused the address for good. */
  contact_bounced_at: Timestamp | null;
  /** The staff member who added it (walk-ins, sign-ups taken at the desk). */
  created_by: string | null;
}

/** Secrets the server makes for itself on first run (the key that signs cancel links). */
export interface ServerSecretTable {
  name: string;
  value: string;
}

/**
 * An inquiry by any channel (the web form, the hotline, email, 311, outreach):
 * the counts a council asks for stay queryable in plain columns; name, phone,
 * email and message are encrypted (see lib/field-crypto.ts).
 */
export interface InquiryTable {
  id: string;
  /** Short code a person can read over the phone. */
  reference: string;
  kind: 'inquiry' | 'volunteer';
  channel: string;
  topic: string;
  preferred_language: string;
  contact_method: string;
  consent: boolean;
  postcode: string | null;
  origin: string | null;
  name_enc: string | null;
  phone_enc: string | null;
  email_enc: string | null;
  message_enc: string | null;
  interests: Generated<string[]>;
  languages_spoken: Generated<string[]>;
  availability: Generated<string[]>;
  status: Generated<string>;
  referral: string | null;
  resolution_code: string | null;
  idempotency_key: string | null;
  logged_by: string | null;
  received_at: Timestamp;
  updated_at: Timestamp;
  resolved_at: Timestamp | null;
  personal_purged_at: Timestamp | null;
  /** The staff account working on it. */
  assigned_to: string | null;
  /** Where it was referred, as a managed destination (`referral` keeps older free text). */
  referral_code: string | null;
  /** Bumped by every change: the ETag a stale edit is caught by. */
  version: Generated<number>;
  /** Display name of whoever changed it last (for "changed by X"). */
  updated_by: string | null;
  /** SHA-256 of the status token given at submission, for the public status lookup. */
  status_token_hash: string | null;
  status_failures: Generated<number>;
  status_locked_until: Timestamp | null;
}

/** Staff API tokens: only a SHA-256 hash is kept. */
export interface StaffTokenTable {
  id: string;
  name: string;
  token_hash: string;
  scope: 'read' | 'write';
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

/** Where staff refer people, as public statistics name them: a managed list (older free text maps by name or alias). */
export interface ReferralDestinationTable {
  code: string;
  name: string;
  /** Other ways staff write it; matched whole, ignoring case and spacing. */
  aliases: Generated<string[]>;
  position: number;
  kind: Generated<'agency' | 'partner'>;
  /** Inquiry topic codes this destination takes (offered first for them). */
  topics: Generated<string[]>;
  /** Retired destinations stay for past counts but are not offered. */
  active: Generated<boolean>;
}

export type StaffRole = 'desk' | 'organizer' | 'editor' | 'admin';

/** Someone who signs in to the desk. */
export interface StaffAccountTable {
  id: string;
  /** Lower-cased; the OIDC `email` claim links a provider account to it on first sign-in. */
  email: string;
  display_name: string;
  roles: Generated<StaffRole[]>;
  location_ids: Generated<string[]>;
  locale: Generated<string>;
  /** scrypt, in the PHC-like form `scrypt$N$r$p$salt$hash`; null for provider-only accounts. */
  password_hash: string | null;
  totp_secret_enc: string | null;
  /** A secret being enrolled, until a first code confirms it. */
  totp_pending_enc: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  setup_token_hash: string | null;
  setup_expires_at: Timestamp | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
  /** The TOTP time step last accepted (Unix time / 30 s): a code is good once. */
  totp_last_step: number | null;
}

/** A one-time demo sign-in printed by `npm start`: only its hash. */
export interface StaffDemoTokenTable {
  token_hash: string;
  account_id: string;
  expires_at: Timestamp;
}

export interface StaffSessionTable {
  /** SHA-256 of the cookie's value. */
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface StaffLoginFlowTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string | null;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  /** The account's display name or the token's name. */
  actor: string;
  actor_account_id: string | null;
  /** view, change, export, reply, note, sign-in, sign-out, account… */
  action: string;
  record_type: string;
  record_id: string | null;
  /** Names of the fields changed or shown; never their values. */
  fields: Generated<string[]>;
}

export interface InquiryNoteTable {
  id: string;
  inquiry_id: string;
  author: string;
  body_enc: string | null;
  created_at: Timestamp;
}

export interface InquiryReplyTable {
  id: string;
  inquiry_id: string;
  author: string;
  template_code: string | null;
  locale: string;
  method: string;
  outbox_id: string | null;
  created_at: Timestamp;
}

export interface ReplyTemplateTable {
  code: string;
  locale: string;
  title: string;
  subject: string;
  body: string;
  reviewed: Generated<boolean>;
  updated_at: Timestamp;
}

export interface MailOutboxTable {
  id: string;
  purpose: string;
  record_type: string | null;
  record_id: string | null;
  to_enc: string;
  subject_enc: string;
  text_enc: string;
  html_enc: string | null;
  /** JSON `[{ filename, contentType, content (base64) }]`, encrypted. */
  attachments_enc: string | null;
  /** JSON `{ name: value }` of extra headers (List-Unsubscribe), encrypted. */
  headers_enc: string | null;
  locale: string;
  /** queued → sending (claimed) → sent, or failed after its last attempt; kept when no mail server is configured; bounced when refused for good. */
  status: Generated<'queued' | 'sending' | 'sent' | 'failed' | 'kept' | 'bounced'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_until: Timestamp | null;
  last_error: string | null;
  message_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface OutreachEventTable {
  id: string;
  held_on: string;
  place: string;
  partner: string | null;
  notes: string | null;
  logged_by: string;
  created_at: Timestamp;
}

export interface OutreachReachTable {
  outreach_id: string;
  language: string;
  topic: string;
  people: number;
}

export interface OutreachSignupTable {
  outreach_id: string;
  program: string;
  count: number;
}

export interface Database {
  organizations: OrganizationTable;
  services: ServiceTable;
  locations: LocationTable;
  addresses: AddressTable;
  service_at_location: ServiceAtLocationTable;
  schedules: ScheduleTable;
  phones: PhoneTable;
  languages: LanguageTable;
  taxonomies: TaxonomyTable;
  taxonomy_terms: TaxonomyTermTable;
  attributes: AttributeTable;
  required_documents: RequiredDocumentTable;
  translations: TranslationTable;
  events: EventTable;
  event_capacity: EventCapacityTable;
  registrations: RegistrationTable;
  server_secrets: ServerSecretTable;
  inquiries: InquiryTable;
  staff_tokens: StaffTokenTable;
  referral_destinations: ReferralDestinationTable;
  staff_accounts: StaffAccountTable;
  staff_sessions: StaffSessionTable;
  staff_login_flows: StaffLoginFlowTable;
  staff_demo_tokens: StaffDemoTokenTable;
  audit_log: AuditLogTable;
  inquiry_notes: InquiryNoteTable;
  inquiry_replies: InquiryReplyTable;
  reply_templates: ReplyTemplateTable;
  mail_outbox: MailOutboxTable;
  outreach_events: OutreachEventTable;
  outreach_reach: OutreachReachTable;
  outreach_signups: OutreachSignupTable;
  event_session_changes: EventSessionChangeTable;
  attendance: AttendanceTable;
  jobs: JobTable;
  registration_messages: RegistrationMessageTable;
  sms_outbox: SmsOutboxTable;
  office_settings: OfficeSettingTable;
  search_concepts: SearchConceptTable;
  search_words: SearchWordTable;
  directory_version: DirectoryVersionTable;
  appointment_types: AppointmentTypeTable;
  appointment_staff: AppointmentStaffTable;
  availability_rules: AvailabilityRuleTable;
  availability_exceptions: AvailabilityExceptionTable;
  interpreter_availability: InterpreterAvailabilityTable;
  appointments: AppointmentTable;
  appointment_waitlist: AppointmentWaitlistTable;
  appointment_messages: AppointmentMessageTable;
  directory_changes: DirectoryChangeTable;
  service_reports: ServiceReportTable;
  verification_requests: VerificationRequestTable;
}

/** What can be booked one-to-one at a place (migration 0009_appointments has the meaning of each column). */
export interface AppointmentTypeTable {
  id: Generated<string>;
  location_id: string;
  code: string;
  title: string;
  what_to_bring: Generated<string>;
  source_locale: Generated<string>;
  duration_minutes: number;
  buffer_minutes: Generated<number>;
  book_ahead_days: Generated<number>;
  min_notice_minutes: Generated<number>;
  on_behalf_allowed: Generated<boolean>;
  /** ISO weekday (1 = Monday) and local `HH:MM` when a week's slots open, `release_weeks_before` weeks ahead; null: no rule. */
  release_weekday: number | null;
  release_time: string | null;
  release_weeks_before: Generated<number>;
  status: Generated<'active' | 'archived'>;
  version: Generated<number>;
  updated_by: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

/** A person who holds appointments at a place. */
export interface AppointmentStaffTable {
  id: Generated<string>;
  location_id: string;
  display_name: string;
  staff_account_id: string | null;
  /** BCP 47 codes of the languages they speak ('ase' for ASL). */
  languages: Generated<string[]>;
  /** The appointment types they take. */
  type_ids: Generated<string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Timestamp>;
}

/** Weekly hours of a staff member, local `HH:MM` in the place's zone. */
export interface AvailabilityRuleTable {
  id: Generated<string>;
  staff_id: string;
  weekday: number;
  starts_at: string;
  ends_at: string;
  valid_from: DateOnly;
  valid_until: DateOnly;
}

/** Closed (a staff member's day off; the whole place when staff_id is null) or extra open hours, on one date. */
export interface AvailabilityExceptionTable {
  id: Generated<string>;
  location_id: string;
  staff_id: string | null;
  date: string;
  /** Local `HH:MM`; both null: the whole day. */
  starts_at: string | null;
  ends_at: string | null;
  kind: Generated<'closed' | 'open'>;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Timestamp>;
}

/** Interpreters on call for a place and language, weekly (weekday) or on one date; `capacity` at once. */
export interface InterpreterAvailabilityTable {
  id: Generated<string>;
  location_id: string;
  language: string;
  weekday: number | null;
  date: DateOnly;
  starts_at: string;
  ends_at: string;
  capacity: Generated<number>;
  created_at: Generated<Timestamp>;
}

/** A booking or a hold; name, email, phone and notes hold FieldCrypto ciphertext. */
export interface AppointmentTable {
  id: Generated<string>;
  type_id: string;
  location_id: string;
  staff_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** ends_at plus the type's buffer: the staff member's time taken. */
  blocks_until: Timestamp;
  status: 'held' | 'booked' | 'checked_in' | 'no_show' | 'cancelled';
  hold_expires_at: Timestamp | null;
  hold_token_hash: string | null;
  /** BCP 47 code of the interpreter booked, 'ase' for ASL, or null. */
  interpreter: string | null;
  /** The language messages go out in. */
  language: string;
  on_behalf: Generated<boolean>;
  organization: string | null;
  name: string | null;
  contact_method: Generated<'email' | 'sms' | 'none'>;
  email: string | null;
  phone: string | null;
  notes: string | null;
  idempotency_key: string | null;
  manage_token_hash: string | null;
  source: Generated<'web' | 'desk'>;
  moved_from: Timestamp | null;
  reminders: Generated<'on' | 'stopped'>;
  contact_bounced_at: Timestamp | null;
  booked_at: Timestamp | null;
  /** When the person was told of the current start (booked or moved); a reminder goes only if before the window. */
  start_told_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  purged_at: Timestamp | null;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

/** Someone waiting for a slot of a type in a week (`week_start`: that Monday, in the place's zone). */
export interface AppointmentWaitlistTable {
  id: Generated<string>;
  type_id: string;
  week_start: string;
  language: string;
  interpreter: string | null;
  name: string | null;
  contact_method: 'email' | 'sms';
  email: string | null;
  phone: string | null;
  status: Generated<'waiting' | 'offered' | 'booked' | 'removed'>;
  offered_at: Timestamp | null;
  idempotency_key: string | null;
  manage_token_hash: string | null;
  purged_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}

/** A message about an appointment or a waiting-list offer, once per (appointment, kind, start, channel). */
export interface AppointmentMessageTable {
  appointment_id: string;
  kind: string;
  starts_at: Timestamp;
  channel: 'email' | 'sms';
  outbox_id: string;
  created_at: Generated<Timestamp>;
}

/** An everyday word or phrase people search for, mapped to the office's topics and the words services use. */
export interface SearchConceptTable {
  id: Generated<string>;
  locale: string;
  phrase: string;
  phrase_folded: string;
  topics: Generated<string[]>;
  terms: Generated<string[]>;
  review: Generated<'draft' | 'reviewed'>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A folded word of the directory in one language, with how many active services use it. */
export interface SearchWordTable {
  locale: string;
  word: string;
  services: Generated<number>;
}

/** One row: the version of everything search answers from. */
export interface DirectoryVersionTable {
  id: number;
  version: Generated<string>;
}

/** One save of a service (or a review, a verification…): who, when, and the fields that changed. */
export interface DirectoryChangeTable {
  id: Generated<string>;
  service_id: string;
  kind: 'edit' | 'create' | 'review' | 'verify' | 'provider-confirm' | 'report-closed';
  /** A staff account id, `provider` (the signed link) or `import`. */
  changed_by: string;
  changed_at: Generated<Timestamp>;
  fields: ColumnType<DirectoryFieldChange[], string, string>;
  service_version: number;
}

/** A changed field: `field` is a column or `texts.<field>`, `phones`, `schedules`… with the language for a text. */
export interface DirectoryFieldChange {
  field: string;
  locale?: string;
  before: unknown;
  after: unknown;
}

export type ServiceReportKind =
  'wrong-phone' | 'moved' | 'closed' | 'wrong-hours' | 'not-free' | 'unsafe-or-scam' | 'other' | 'provider-correction';

/** A problem reported on a listing, by a visitor or (a correction) by the provider. */
export interface ServiceReportTable {
  id: Generated<string>;
  service_id: string;
  source: Generated<'visitor' | 'provider'>;
  kind: ServiceReportKind;
  /** FieldCrypto. */
  note: string | null;
  proposed: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  locale: string;
  status: Generated<'open' | 'closed'>;
  resolution: 'fixed' | 'no-change' | null;
  change_id: string | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  idempotency_key: string | null;
  created_at: Generated<Timestamp>;
}

/** A re-verification request mailed to a provider: the signed link's hash and what came of it. */
export interface VerificationRequestTable {
  id: Generated<string>;
  service_id: string;
  token_hash: string;
  /** FieldCrypto. */
  sent_to: string;
  locale: string;
  requested_by: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  outcome: 'confirmed' | 'corrected' | null;
  outbox_id: string | null;
}
