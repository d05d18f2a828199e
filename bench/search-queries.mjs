/**
 * What visitors type into the finder, for the mixed search workload of `npm run bench` (server/src/cli/bench-search.ts):
 * words as they are typed (every prefix), typos, eight languages, with and without filters, "open now" and distance.
 * `SEARCH_QUERIES` are request paths of GET /v1/services; the bench draws from them Zipf-like, the first most often.
 */

/** Searches a visitor types, in the language of the page (`lang`). */
const TYPED = {
  en: [
    'citizenship',
    'legal help',
    'english class',
    'immigration lawyer',
    'green card',
    'deportation',
    'asylum',
    'daca',
    'id card',
    'idnyc',
    'food',
    'food stamps',
    'snap',
    'housing',
    'rent help',
    'health',
    'clinic',
    'medicaid',
    'job',
    'work permit',
    'tax help',
    'school',
    'after school',
    'interpreter',
    'translation',
    'know your rights',
    'tenant rights',
    'family',
    'youth',
    'women',
    'community center',
    'benefits',
    'free lawyer',
    'what do i do if immigration agents come to my home',
    'where can i learn english for free',
    'help with my citizenship application',
    'legal clinic near me',
    'worker rights',
    'domestic violence',
    'shelter',
  ],
  // Typos people make, in English words of the directory.
  typos: [
    'citizenshp',
    'citizenhsip',
    'sitizenship',
    'imigration',
    'immigraton',
    'lawer',
    'layer help',
    'englsh class',
    'englis clas',
    'helth',
    'housng',
    'comunity',
    'benifits',
    'tenent',
    'shcool',
    'famliy',
    'clinc',
    'asylim',
    'deportacion',
    'greencard',
    'legl help',
    'workr rights',
    'medicad',
    'intepreter',
  ],
  es: [
    'ayuda legal',
    'clase de inglés',
    'clases de ingles',
    'ciudadanía',
    'ciudadania',
    'abogado de inmigración',
    'tarjeta verde',
    'deportación',
    'asilo',
    'vivienda',
    'comida',
    'salud',
    'clínica',
    'trabajo',
    'derechos',
    'familia',
    'escuela',
    'intérprete',
    'impuestos',
    'ayuda con la renta',
  ],
  'zh-Hans': [
    '法律',
    '法律帮助',
    '英语',
    '英语课',
    '公民',
    '入籍',
    '住房',
    '健康',
    '工作',
    '权利',
    '社区',
    '家庭',
    '移民律师',
    '绿卡',
  ],
  ht: [
    'èd legal',
    'avoka',
    'klas angle',
    'sitwayènte',
    'lojman',
    'manje',
    'sante',
    'travay',
    'dwa',
    'imigrasyon',
    'kat vèt',
  ],
  bn: ['আইনি সাহায্য', 'ইংরেজি ক্লাস', 'নাগরিকত্ব', 'বাসস্থান', 'খাদ্য', 'স্বাস্থ্য', 'কাজ', 'অভিবাসন আইনজীবী', 'গ্রিন কার্ড'],
  ar: [
    'مساعدة قانونية',
    'دروس اللغة الإنجليزية',
    'الجنسية',
    'سكن',
    'طعام',
    'صحة',
    'عمل',
    'محامي هجرة',
    'البطاقة الخضراء',
    'حقوق',
  ],
  ru: [
    'юридическая помощь',
    'английский язык',
    'курсы английского',
    'гражданство',
    'жильё',
    'еда',
    'здоровье',
    'работа',
    'иммиграционный адвокат',
    'права',
  ],
  ko: ['법률 도움', '영어 수업', '시민권', '주택', '음식', '건강', '일자리', '이민 변호사', '영주권', '권리'],
};

/** Words typed letter by letter: every prefix from two letters is a request (the finder asks as people type). */
const AS_TYPED = ['citizenship', 'immigration', 'english', 'housing', 'lawyer', 'clinic', 'ciudadanía', 'benefits'];

/** Filters a visitor adds, in turn, to some of the searches. */
const FILTERS = [
  'topic=immigration-legal',
  'topic=english-classes,education',
  'language=es',
  'free=true',
  'open_now=true',
  'near=40.75,-73.98&radius_km=5',
  'near=40.68,-73.94&sort=distance',
  'topic=citizenship&free=true',
  'language=zh,yue&topic=health',
  'walk_in=true&open_now=true',
];

/** Browsing without words: a topic, a language, what is open now, what is near. */
const BROWSE = [
  '',
  'topic=immigration-legal',
  'topic=citizenship',
  'topic=english-classes',
  'topic=health',
  'topic=housing',
  'topic=benefits',
  'topic=family',
  'topic=know-your-rights',
  'topic=municipal-id',
  'topic=work',
  'language=es',
  'language=ar',
  'open_now=true',
  'free=true',
  'near=40.75,-73.98&sort=distance',
  'near=40.71,-74.0&radius_km=2',
  'near=40.84,-73.87&sort=distance&topic=english-classes',
  'page=2',
];

const path = (params) => `/v1/services?${params.filter(Boolean).join('&')}`;
const search = (q, lang) => `q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}`;

function build() {
  const paths = [];
  let turn = 0;
  for (const [group, queries] of Object.entries(TYPED)) {
    const lang = group === 'typos' ? 'en' : group;
    for (const q of queries) {
      paths.push(path([search(q, lang)]));
      // Every other search also with a filter, the filters taken in turn.
      if (turn++ % 2 === 0) paths.push(path([search(q, lang), FILTERS[turn % FILTERS.length]]));
    }
  }
  for (const word of AS_TYPED) {
    for (let end = 2; end <= word.length; end++) paths.push(path([search(word.slice(0, end), 'en')]));
  }
  for (const browse of BROWSE) paths.push(path(['lang=en', browse]));
  for (const browse of BROWSE.slice(1, 12)) paths.push(path(['lang=es', browse]));
  return [...new Set(paths)];
}

export const SEARCH_QUERIES = build();
