import type { EventType } from './schemas.js';

/** Event types in the languages the sample content is drafted in (drafts, like the seed texts). */
const NAMES: Record<EventType, Record<string, string>> = {
  'legal-clinic': {
    en: 'Legal clinic',
    es: 'Clínica legal',
    'zh-Hans': '法律咨询门诊',
    ht: 'Klinik legal',
    bn: 'আইনি ক্লিনিক',
    fr: 'Permanence juridique',
    ar: 'عيادة قانونية',
  },
  citizenship: {
    en: 'Citizenship help',
    es: 'Ayuda con la ciudadanía',
    'zh-Hans': '入籍帮助',
    ht: 'Èd pou sitwayènte',
    bn: 'নাগরিকত্বের সহায়তা',
    fr: 'Aide à la naturalisation',
    ar: 'المساعدة في الحصول على الجنسية',
  },
  'english-class': {
    en: 'English class',
    es: 'Clase de inglés',
    'zh-Hans': '英语课',
    ht: 'Kou angle',
    bn: 'ইংরেজি ক্লাস',
    fr: "Cours d'anglais",
    ar: 'درس اللغة الإنجليزية',
  },
  'know-your-rights': {
    en: 'Know your rights',
    es: 'Conozca sus derechos',
    'zh-Hans': '了解您的权利',
    ht: 'Konnen dwa ou',
    bn: 'আপনার অধিকার জানুন',
    fr: 'Connaître ses droits',
    ar: 'اعرف حقوقك',
  },
  'id-enrollment': {
    en: 'Municipal ID sign-up',
    es: 'Inscripción para la identificación municipal',
    'zh-Hans': '市民身份证办理',
    ht: 'Enskripsyon kat idantite minisipal',
    bn: 'পৌর পরিচয়পত্রের নিবন্ধন',
    fr: "Inscription à la carte d'identité municipale",
    ar: 'التسجيل في بطاقة الهوية البلدية',
  },
  workshop: {
    en: 'Workshop',
    es: 'Taller',
    'zh-Hans': '讲座',
    ht: 'Atelye',
    bn: 'কর্মশালা',
    fr: 'Atelier',
    ar: 'ورشة عمل',
  },
  other: { en: 'Event', es: 'Evento', 'zh-Hans': '活动', ht: 'Evènman', bn: 'অনুষ্ঠান', fr: 'Événement', ar: 'فعالية' },
};

/** The type's name in the first of `locales` that has one, else English. */
export function eventTypeName(type: EventType, locales: readonly string[]): string {
  const names = NAMES[type];
  for (const locale of locales) {
    const name = names[locale] ?? names[locale.split('-')[0]!];
    if (name) return name;
  }
  return names.en!;
}
