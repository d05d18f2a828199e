/**
 * The shape of the sample directory: written by hand, readable by a city
 * worker, turned into database rows by seed.ts. Every text has its English
 * source and, where drafted, translations (marked machine-translated: nobody has
 * reviewed them yet).
 */

/** Locales the seed content is translated into, beyond English. */
export type SeedLocale = 'es' | 'zh-Hans' | 'ht' | 'bn' | 'fr' | 'ar';

/** A translatable text: English source plus drafted translations. */
export type Text = { en: string } & Partial<Record<SeedLocale, string>>;

/** Our topics (taxonomy terms of the "ww-topics" taxonomy). */
export type TopicCode =
  | 'immigration-legal'
  | 'municipal-id'
  | 'citizenship'
  | 'english-classes'
  | 'know-your-rights'
  | 'health'
  | 'housing'
  | 'work'
  | 'education'
  | 'benefits'
  | 'family';

/** Badges shown on service cards (taxonomy "ww-badges"). */
export type BadgeCode =
  'free' | 'walk-in' | 'no-id-required' | 'doj-recognized-organization' | 'doj-accredited-representative' | 'attorney';

/**
 * A spoken or signed language, as a BCP 47 code: `cmn` (Mandarin) and `yue`
 * (Cantonese) kept apart, `ht`, `wo`, `ff`, `bn`, `es`, `ar`, `fr`, `ru`, `ko`, `pl`,
 * `pt`, `kea`, `vi`, `so`, `ur`, `ase` (American Sign Language)…
 */
export interface SeedLanguage {
  code: string;
  /** `staff`: staff speak it; `interpretation`: an interpreter is available on request. */
  kind: 'staff' | 'interpretation';
}

export interface SeedOrganization {
  key: string;
  name: Text;
  description: Text;
  url?: string;
  email?: string;
}

export interface SeedLocation {
  key: string;
  organization: string;
  name: Text;
  description?: Text;
  address: { address_1: string; city: string; state_province: string; postal_code: string; country: 'US' };
  latitude: number;
  longitude: number;
  /** IANA time zone of the place. */
  timezone: 'America/New_York';
  /** Present for a library's New American Corner / Immigrant Information Corner. */
  corner?: { description: Text };
  accessibility?: Text;
  transportation?: Text;
  languages?: SeedLanguage[];
}

export interface SeedSchedule {
  /** Location key; omitted for a service's hours everywhere (a hotline). */
  location?: string;
  freq: 'WEEKLY' | 'MONTHLY';
  /** RFC 5545 BYDAY: `MO,TU,WE,TH,FR`, or for monthly `1SA`, `2TU,4TU`. */
  byday: string;
  interval?: number;
  opens_at: string; // HH:MM, local time in the location's time zone
  closes_at: string;
  description?: Text;
}

export interface SeedPhone {
  number: string; // as dialled in the US, e.g. "212-788-7654"
  description?: Text;
  /** Languages spoken on this line (BCP 47). */
  languages?: string[];
}

export interface SeedService {
  key: string;
  organization: string;
  name: Text;
  description: Text;
  eligibility?: Text;
  fees?: Text;
  application_process?: Text;
  url?: string;
  email?: string;
  topics: TopicCode[];
  badges: { code: BadgeCode; /** For DOJ/attorney badges: last verified, YYYY-MM-DD. */ verified?: string }[];
  /** Location keys where the service is delivered; empty for phone/online only. */
  locations: string[];
  languages: SeedLanguage[];
  phones: SeedPhone[];
  schedules: SeedSchedule[];
  required_documents?: Text[];
  /** When staff last checked the record, YYYY-MM-DD. */
  last_verified: string;
  /** Whether it takes new clients; accepting when left out. Dates YYYY-MM-DD. */
  availability?: { status: 'waitlist' | 'full' | 'paused'; since?: string; until?: string };
}

export interface SeedDirectory {
  organizations: SeedOrganization[];
  locations: SeedLocation[];
  services: SeedService[];
}
