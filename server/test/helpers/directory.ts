import type { SeedDirectory } from '../../src/seed/types.js';

/**
 * A small directory whose every fact a test can count on: three services in
 * Manhattan, Queens and online; one always open, one never open.
 */
export const testDirectory: SeedDirectory = {
  organizations: [
    { key: 't-office', name: { en: 'Test Office', es: 'Oficina de Prueba' }, description: { en: 'An office.' } },
  ],
  locations: [
    {
      key: 't-library',
      organization: 't-office',
      name: { en: 'Main Library', es: 'Biblioteca Central', 'zh-Hans': '中央图书馆' },
      address: {
        address_1: '476 Fifth Ave',
        city: 'New York',
        state_province: 'NY',
        postal_code: '10018',
        country: 'US',
      },
      latitude: 40.7532,
      longitude: -73.9822,
      timezone: 'America/New_York',
      corner: { description: { en: 'Citizenship books and forms.', es: 'Libros y formularios de ciudadanía.' } },
      languages: [{ code: 'es', kind: 'staff' }],
    },
    {
      key: 't-flushing',
      organization: 't-office',
      name: { en: 'Flushing Center' },
      address: {
        address_1: '41-17 Main St',
        city: 'Queens',
        state_province: 'NY',
        postal_code: '11355',
        country: 'US',
      },
      latitude: 40.7579,
      longitude: -73.8299,
      timezone: 'America/New_York',
    },
  ],
  services: [
    {
      key: 't-legal',
      organization: 't-office',
      name: {
        en: 'Free immigration legal screening',
        es: 'Evaluación legal de inmigración gratuita',
        'zh-Hans': '免费移民法律咨询',
        ar: 'فحص قانوني مجاني للهجرة',
        bn: 'বিনামূল্যে অভিবাসন আইনি পরামর্শ',
      },
      description: {
        en: 'Talk to a lawyer about your options.',
        es: 'Hable con un abogado sobre sus opciones.',
        'zh-Hans': '与律师谈谈您的选择。',
      },
      eligibility: { en: 'Anyone in New York City.', es: 'Cualquier persona en la ciudad de Nueva York.' },
      topics: ['immigration-legal'],
      badges: [{ code: 'free' }, { code: 'doj-accredited-representative', verified: '2026-09-15' }],
      locations: ['t-library', 't-flushing'],
      languages: [
        { code: 'es', kind: 'staff' },
        { code: 'cmn', kind: 'staff' },
        { code: 'yue', kind: 'interpretation' },
      ],
      phones: [{ number: '212-555-0100', description: { en: 'Appointments', es: 'Citas' }, languages: ['es'] }],
      // Open every day, all day: "open now" is always true.
      schedules: [
        { location: 't-library', freq: 'WEEKLY', byday: 'SU,MO,TU,WE,TH,FR,SA', opens_at: '00:00', closes_at: '24:00' },
      ],
      required_documents: [{ en: 'Any papers you have', es: 'Cualquier documento que tenga' }],
      last_verified: '2026-10-01',
    },
    {
      key: 't-english',
      organization: 't-office',
      name: { en: 'English conversation class' },
      description: { en: 'Practice English in a small group.' },
      topics: ['english-classes', 'education'],
      badges: [{ code: 'free' }, { code: 'walk-in' }],
      locations: ['t-flushing'],
      languages: [
        { code: 'en', kind: 'staff' },
        { code: 'yue', kind: 'staff' },
      ],
      phones: [],
      // Never open: closes when it opens.
      schedules: [{ location: 't-flushing', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '18:00', closes_at: '18:00' }],
      last_verified: '2026-10-01',
    },
    {
      key: 't-directory',
      organization: 't-office',
      name: { en: 'Community resource directory', es: 'Directorio de recursos comunitarios' },
      description: { en: 'Find help online.', es: 'Encuentre ayuda en línea.' },
      url: 'https://example.org/directory',
      topics: ['benefits'],
      badges: [],
      locations: [],
      languages: [],
      phones: [],
      schedules: [],
      last_verified: '2026-10-01',
    },
  ],
};
