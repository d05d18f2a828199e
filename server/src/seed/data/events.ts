/**
 * Sample events at the sample locations: twice-monthly legal clinics, 10-week
 * English conversation classes with series sign-up, Citizenship Day,
 * know-your-rights forums and municipal ID pop-ups. Dates are set relative to
 * the day the sample is seeded, so the demo always has upcoming events. The
 * texts are invented samples; translations are unreviewed drafts.
 */
import type { EventInput } from '../../events/store.js';
import type { DraftLocale } from '../../lib/ui-locales.js';
import { withDrafts } from '../drafts.js';
import { stableId } from '../ids.js';

const ZONE = 'America/New_York';
const location = (key: string) => stableId(`location:${key}`);
const organization = (key: string) => stableId(`organization:${key}`);

/** Today's date in New York, as a UTC-midnight Date for day arithmetic. */
function today(now: Date): Date {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
/** The first `weekday` (0 = Sunday) at least `minDays` after `from`. */
const nextWeekday = (from: Date, weekday: number, minDays: number) => {
  const start = addDays(from, minDays);
  return addDays(start, (weekday - start.getUTCDay() + 7) % 7);
};
const at = (date: Date, time: string) => `${date.toISOString().slice(0, 10)}T${time}`;
const firstOfMonth = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

const SAMPLE = ' (Sample event: times and places are examples.)';

/** Title and description drafts for the languages an event's own translations lack (seed/data/drafts/). */
function withEventDrafts(event: EventInput): EventInput {
  const description = event.description!.replace(SAMPLE, '');
  const note = withDrafts({ en: SAMPLE.trim() });
  const descriptions = Object.fromEntries(
    Object.entries(withDrafts({ en: description }))
      .filter(([locale]) => locale !== 'en' && note[locale as DraftLocale])
      // Chinese writes no space between sentences.
      .map(([locale, text]) => [locale, `${text}${locale.startsWith('zh') ? '' : ' '}${note[locale as DraftLocale]}`]),
  );
  const { en: _title, ...titles } = withDrafts({ en: event.title });
  return {
    ...event,
    translations: {
      ...event.translations,
      title: { ...titles, ...event.translations?.title },
      description: { ...descriptions, ...event.translations?.description },
    },
  };
}

export function sampleEvents(now = new Date()): EventInput[] {
  return datedSampleEvents(now).map(withEventDrafts);
}

function datedSampleEvents(now: Date): EventInput[] {
  const day = today(now);
  const classA = nextWeekday(day, 2, 7); // a Tuesday one to two weeks ahead
  const classB = addDays(nextWeekday(day, 4, 7), 70); // a Thursday cohort ten weeks later
  const bostonClass = nextWeekday(day, 1, 7);
  const citizenshipDay = nextWeekday(day, 6, 28);
  const forum = nextWeekday(day, 3, 10);
  const pastForum = nextWeekday(addDays(day, -21), 3, 0);
  // The clinic's session five to six weeks ahead falls on a holiday in this sample: left out with EXDATE.
  const clinicStart = firstOfMonth(day);
  const skipped = nextWeekday(addDays(day, 35), 3, 0);

  return [
    {
      uid: 'sample-nyc-flatbush-english-conversation-a',
      type: 'english-class',
      title: 'English conversation class (10 weeks)',
      description:
        'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.' +
        SAMPLE,
      organizationId: organization('nyc-bpl'),
      locationId: location('nyc-bpl-flatbush'),
      organizer: 'Brooklyn Public Library',
      accessibility: 'Step-free entrance on Linden Boulevard. Tell us if you need an interpreter or childcare.',
      free: true,
      languages: ['en', 'es', 'ht', 'bn'],
      timezone: ZONE,
      dtstart: at(classA, '18:00'),
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
      capacity: 15,
      registrationMode: 'series',
      source: 'seed',
      translations: {
        title: {
          es: 'Clase de conversación en inglés (10 semanas)',
          bn: 'ইংরেজি কথোপকথন ক্লাস (১০ সপ্তাহ)',
          'zh-Hans': '英语会话课（10周）',
          ht: 'Kou konvèsasyon an angle (10 semèn)',
          fr: 'Cours de conversation en anglais (10 semaines)',
          ar: 'دروس محادثة باللغة الإنجليزية (10 أسابيع)',
        },
        description: {
          es: 'Practique el inglés hablado en un grupo pequeño y amable. Los principiantes son bienvenidos. Voluntarios ayudan en español, criollo haitiano y bangla. Inscríbase una vez para las 10 sesiones; los libros son gratis. (Evento de muestra: horarios y lugares son ejemplos.)',
          bn: 'একটি ছোট, বন্ধুত্বপূর্ণ দলে ইংরেজিতে কথা বলার অনুশীলন করুন। নতুনদের স্বাগত। স্বেচ্ছাসেবকরা স্প্যানিশ, হাইতিয়ান ক্রেয়ল ও বাংলায় সাহায্য করেন। ১০টি ক্লাসের জন্য একবারই নিবন্ধন করুন; বই বিনামূল্যে। (নমুনা অনুষ্ঠান: সময় ও স্থান উদাহরণ মাত্র।)',
          ar: 'تدرّب على التحدث بالإنجليزية في مجموعة صغيرة وودودة. المبتدئون مرحّب بهم. يساعد متطوعون بالإسبانية والكريولية الهايتية والبنغالية. سجّل مرة واحدة لجميع الجلسات العشر؛ الكتب مجانية. (فعالية نموذجية: الأوقات والأماكن أمثلة.)',
        },
        accessibility: {
          es: 'Entrada sin escalones por Linden Boulevard. Díganos si necesita intérprete o cuidado de niños.',
          bn: 'লিন্ডেন বুলেভার্ডে সিঁড়িবিহীন প্রবেশপথ। দোভাষী বা শিশু-যত্ন লাগলে আমাদের জানান।',
        },
      },
    },
    {
      uid: 'sample-nyc-flatbush-english-conversation-b',
      type: 'english-class',
      title: 'English conversation class, morning group (10 weeks)',
      description:
        'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.' +
        SAMPLE,
      organizationId: organization('nyc-bpl'),
      locationId: location('nyc-bpl-flatbush'),
      organizer: 'Brooklyn Public Library',
      free: true,
      languages: ['en', 'es', 'ht'],
      timezone: ZONE,
      dtstart: at(classB, '10:30'),
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=10',
      capacity: 15,
      registrationMode: 'series',
      source: 'seed',
      translations: {
        title: {
          es: 'Clase de conversación en inglés, grupo de la mañana (10 semanas)',
          bn: 'ইংরেজি কথোপকথন ক্লাস, সকালের দল (১০ সপ্তাহ)',
          ht: 'Kou konvèsasyon an angle, gwoup maten (10 semèn)',
          fr: 'Cours de conversation en anglais, groupe du matin (10 semaines)',
          ar: 'دروس محادثة بالإنجليزية، المجموعة الصباحية (10 أسابيع)',
          'zh-Hans': '英语会话课，上午班（10周）',
        },
      },
    },
    {
      uid: 'sample-nyc-flatbush-legal-clinic',
      type: 'legal-clinic',
      title: 'Free immigration legal clinic',
      description:
        'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.' +
        SAMPLE,
      organizationId: organization('nyc-sample-legal-center'),
      locationId: location('nyc-bpl-flatbush'),
      organizer: 'Sample Immigrant Legal Center',
      accessibility: 'Interpreters for Spanish, Haitian Creole and French on site; other languages by phone.',
      free: true,
      languages: ['en', 'es', 'ht', 'fr'],
      timezone: ZONE,
      dtstart: at(nextWeekday(clinicStart, 3, 0), '17:00'),
      durationMinutes: 180,
      rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE',
      exdates: [at(skipped, '17:00')],
      capacity: 8,
      registrationMode: 'per-session',
      source: 'seed',
      translations: {
        title: {
          es: 'Clínica legal de inmigración gratuita',
          bn: 'বিনামূল্যে অভিবাসন আইনি ক্লিনিক',
          ht: 'Klinik legal gratis sou imigrasyon',
          fr: 'Permanence juridique gratuite en immigration',
          ar: 'عيادة قانونية مجانية للهجرة',
          'zh-Hans': '免费移民法律咨询',
        },
        description: {
          es: 'Reúnase con un abogado o un representante acreditado por el DOJ para una consulta gratuita y confidencial de 30 minutos. Traiga las cartas o formularios que haya recibido. Inscríbase en una sesión; se atiende sin cita si hay tiempo. (Evento de muestra: horarios y lugares son ejemplos.)',
          bn: 'একজন আইনজীবী বা DOJ-স্বীকৃত প্রতিনিধির সঙ্গে ৩০ মিনিটের বিনামূল্যে ও গোপনীয় পরামর্শ নিন। যেসব চিঠি বা ফর্ম পেয়েছেন তা সঙ্গে আনুন। একটি সেশনের জন্য নিবন্ধন করুন। (নমুনা অনুষ্ঠান: সময় ও স্থান উদাহরণ মাত্র।)',
          ht: 'Rankontre yon avoka oswa yon reprezantan akredite pa DOJ pou yon konsiltasyon gratis e konfidansyèl 30 minit. Pote lèt oswa fòm ou resevwa yo. (Evènman egzanp: lè ak kote yo se egzanp.)',
        },
      },
    },
    {
      uid: 'sample-nyc-citizenship-day',
      type: 'citizenship',
      title: 'Citizenship Day: free help applying for U.S. citizenship',
      description:
        'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.' +
        SAMPLE,
      organizationId: organization('nyc-moia'),
      locationId: location('nyc-bpl-central'),
      organizer: "Mayor's Office of Immigrant Affairs",
      free: true,
      languages: ['en', 'es', 'zh-Hans', 'bn', 'ht', 'ar', 'ru', 'ko', 'fr', 'pl'],
      timezone: ZONE,
      dtstart: at(citizenshipDay, '10:00'),
      durationMinutes: 300,
      capacity: 120,
      registrationMode: 'per-session',
      source: 'seed',
      translations: {
        title: {
          es: 'Día de la Ciudadanía: ayuda gratuita para solicitar la ciudadanía',
          bn: 'নাগরিকত্ব দিবস: মার্কিন নাগরিকত্বের আবেদনে বিনামূল্যে সাহায্য',
          'zh-Hans': '入籍日：免费帮助申请美国公民身份',
          ht: 'Jounen Sitwayènte: èd gratis pou aplike pou sitwayènte ameriken',
          fr: 'Journée de la citoyenneté : aide gratuite pour demander la nationalité américaine',
          ar: 'يوم الجنسية: مساعدة مجانية لطلب الجنسية الأمريكية',
        },
      },
    },
    {
      uid: 'sample-nyc-flatbush-know-your-rights',
      type: 'know-your-rights',
      title: 'Know your rights: tenants and workers',
      description:
        'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.' +
        SAMPLE,
      organizationId: organization('nyc-moia'),
      locationId: location('nyc-bpl-flatbush'),
      free: true,
      languages: ['en', 'es', 'ht', 'fr', 'ar'],
      timezone: ZONE,
      dtstart: at(forum, '18:30'),
      durationMinutes: 90,
      source: 'seed',
      translations: {
        title: {
          es: 'Conozca sus derechos: inquilinos y trabajadores',
          bn: 'আপনার অধিকার জানুন: ভাড়াটে ও কর্মী',
          ht: 'Konnen dwa ou: lokatè ak travayè',
          fr: 'Connaître ses droits : locataires et travailleurs',
          ar: 'اعرف حقوقك: المستأجرون والعمال',
          'zh-Hans': '了解您的权利：租户和工人',
        },
      },
    },
    {
      uid: 'sample-nyc-flatbush-forum-past',
      type: 'know-your-rights',
      title: 'Avoiding immigration scams',
      description: 'How to spot fake lawyers and “notarios”, and where to find trusted free help.' + SAMPLE,
      locationId: location('nyc-bpl-flatbush'),
      free: true,
      languages: ['en', 'es', 'ht'],
      timezone: ZONE,
      dtstart: at(pastForum, '18:00'),
      durationMinutes: 60,
      source: 'seed',
      translations: {
        title: { es: 'Cómo evitar el fraude migratorio', bn: 'অভিবাসন প্রতারণা এড়ানো', ht: 'Evite fwod imigrasyon' },
      },
    },
    {
      uid: 'sample-nyc-flushing-idnyc-popup',
      type: 'id-enrollment',
      title: 'IDNYC pop-up enrollment',
      description:
        'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.' +
        SAMPLE,
      organizationId: organization('nyc-moia'),
      locationId: location('nyc-qpl-flushing'),
      free: true,
      languages: ['en', 'zh-Hans', 'ko', 'es'],
      timezone: ZONE,
      dtstart: at(nextWeekday(day, 5, 3), '11:00'),
      durationMinutes: 240,
      rrule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=6',
      source: 'seed',
      translations: {
        title: {
          es: 'Inscripción en IDNYC sin cita',
          'zh-Hans': 'IDNYC 临时办理点',
          bn: 'IDNYC পপ-আপ নিবন্ধন',
          ar: 'تسجيل مؤقت في IDNYC',
          fr: 'Inscription IDNYC sans rendez-vous',
          ht: 'Enskripsyon IDNYC san randevou',
        },
      },
    },
    {
      uid: 'sample-nyc-online-daca-webinar',
      type: 'workshop',
      title: 'Online: DACA renewal questions answered',
      description: 'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.' + SAMPLE,
      organizationId: organization('nyc-sample-law-project'),
      onlineUrl: 'https://example.org/sample-webinar',
      registrationMode: 'per-session',
      registrationUrl: 'https://example.org/sample-webinar/sign-up',
      free: true,
      languages: ['en', 'es'],
      timezone: ZONE,
      dtstart: at(nextWeekday(day, 4, 12), '19:00'),
      durationMinutes: 60,
      source: 'seed',
      translations: { title: { es: 'En línea: respuestas sobre la renovación de DACA' } },
    },
    {
      uid: 'sample-nyc-jackson-heights-clinic',
      type: 'legal-clinic',
      title: 'Legal screening in Bangla, Urdu and Nepali',
      description:
        'A free first check of your immigration options, with interpreters. First Saturday of each month.' + SAMPLE,
      organizationId: organization('nyc-sample-law-project'),
      locationId: location('nyc-qpl-jackson-heights'),
      free: true,
      languages: ['bn', 'ur', 'ne', 'en'],
      timezone: ZONE,
      dtstart: at(nextWeekday(clinicStart, 6, 0), '10:00'),
      durationMinutes: 180,
      rrule: 'FREQ=MONTHLY;BYDAY=1SA',
      capacity: 10,
      registrationMode: 'per-session',
      source: 'seed',
      translations: {
        title: {
          bn: 'বাংলা, উর্দু ও নেপালি ভাষায় আইনি যাচাই',
          ur: 'بنگلہ، اردو اور نیپالی میں قانونی جانچ',
          es: 'Evaluación legal en bangla, urdu y nepalí',
        },
      },
    },
    {
      uid: 'sample-bos-english-for-new-bostonians',
      type: 'english-class',
      title: 'English for New Bostonians: conversation circle (10 weeks)',
      description:
        'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.' + SAMPLE,
      organizationId: organization('bos-bpl'),
      locationId: location('bos-bpl-east-boston'),
      free: true,
      languages: ['en', 'es', 'pt', 'ar'],
      timezone: ZONE,
      dtstart: at(bostonClass, '18:00'),
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
      capacity: 12,
      registrationMode: 'series',
      source: 'seed',
      translations: {
        title: {
          es: 'Inglés para Nuevos Bostonianos: círculo de conversación (10 semanas)',
          ar: 'الإنجليزية لسكان بوسطن الجدد: حلقة محادثة (10 أسابيع)',
          bn: 'নতুন বোস্টনবাসীদের জন্য ইংরেজি: কথোপকথন চক্র (১০ সপ্তাহ)',
        },
      },
    },
    {
      uid: 'sample-bos-chinatown-legal-clinic',
      type: 'legal-clinic',
      title: 'Immigration legal clinic at the Chinatown branch',
      description:
        'Free consultations on the first and third Thursday of each month. Sign up for one session.' + SAMPLE,
      organizationId: organization('bos-sample-legal-aid'),
      locationId: location('bos-bpl-chinatown'),
      free: true,
      languages: ['en', 'zh-Hans', 'yue', 'vi'],
      timezone: ZONE,
      dtstart: at(nextWeekday(clinicStart, 4, 0), '17:30'),
      durationMinutes: 120,
      rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH',
      capacity: 6,
      registrationMode: 'per-session',
      source: 'seed',
      translations: {
        title: { 'zh-Hans': '唐人街分馆移民法律咨询', es: 'Clínica legal de inmigración en la sucursal de Chinatown' },
      },
    },
  ];
}
