/**
 * Somali: everyday words people type for what the office does, as Somali Americans say them (tarxiil, masaafurin,
 * kaarka cagaaran, warqad la'aan, magangelyo, qareen, kiro, mushahar…), with the English words many use as they are
 * (green card, food stamp).
 *
 * Machine-written draft, to be reviewed by speakers. Sources: the directory's Somali texts (drafts/so.ts, topic
 * names in seed/terms.ts), the office's own descriptions of its work (shared seeds: MOIA community services,
 * Boston's Office for Immigrant Advancement), and the words of Somali Know Your Rights and benefits flyers from
 * community groups in Minnesota, Ohio and New York.
 *
 * Somali attaches the article to the noun (qareen, qareenka, qareenno), so terms are stems and the forms the
 * directory's texts use. Stop words are pronouns, particles (waa, ayaa, baa, ma, miyaa), prepositions (ka, ku, u,
 * la), conjunctions, question words and the verbs of "I want / I need / can I / please"; words the services use
 * (caawimaad "help", bilaash, adeeg) are not stop words, nor soo (the soo of soo-galooti "immigrant"). Because u
 * is a stop word, "U visa" is not among the terms (domestic violence and VAWA are).
 */
import type { Lexicon } from './types.js';

const LEGAL = ['qareen', 'qareenno', 'sharci', 'socdaal', 'socdaalka', 'lawyer', 'legal', 'immigration'];

export const lexicon: Lexicon = {
  locale: 'so',
  review: 'draft',
  stopWords: [
    'aad',
    'aan',
    'adiga',
    'adigu',
    'ah',
    'ahay',
    'ama',
    'anaga',
    'aniga',
    'anigu',
    'annaga',
    'ay',
    'ayaa',
    'baa',
    'baahan',
    'baahanahay',
    'bay',
    'doonayaa',
    'ee',
    'fadlan',
    'goorma',
    'haa',
    'hadda',
    'haddii',
    'halkan',
    'halkee',
    'i',
    'iga',
    'igu',
    'ii',
    'ilaa',
    'immisa',
    'in',
    'inaad',
    'inaan',
    'isaga',
    'iyada',
    'iyaga',
    'iyo',
    'ka',
    'kaa',
    'kaas',
    'kala',
    'kale',
    'kan',
    'karaa',
    'karo',
    'kartaa',
    'ku',
    'kuu',
    'la',
    'laakiin',
    'ma',
    'maxaa',
    'maxaan',
    'maxay',
    'maya',
    'meeqa',
    'miyaa',
    'naga',
    'noo',
    'oo',
    'rabaa',
    'si',
    'sidee',
    'sidoo',
    'taas',
    'tahay',
    'tan',
    'u',
    'uu',
    'waa',
    'waad',
    'waan',
    'waxaa',
    'waxaan',
    'waxay',
    'way',
    'weeye',
    'wuu',
    'xagee',
    'yaa',
    'yahay',
  ],
  concepts: [
    // Immigration status and papers
    { phrase: 'green card', topics: ['immigration-legal'], terms: ['green card', 'residency'] },
    { phrase: 'kaarka cagaaran', topics: ['immigration-legal'], terms: ['green card', 'residency'] },
    { phrase: 'deganaansho joogto', topics: ['immigration-legal'], terms: ['green card', 'permanent resident'] },
    {
      phrase: 'ruqsadda shaqada',
      topics: ['immigration-legal', 'work'],
      terms: ['oggolaanshaha shaqada', 'work permit', 'EAD'],
    },
    {
      phrase: 'oggolaanshaha shaqada',
      topics: ['immigration-legal', 'work'],
      terms: ['oggolaanshaha shaqada', 'work permit', 'EAD'],
    },
    { phrase: 'warqado', topics: ['immigration-legal'], terms: ['foomamka', 'papers', 'forms', ...LEGAL] },
    {
      phrase: "warqad la'aan",
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['xaaladdaada socdaalka', 'immigration status', 'undocumented'],
    },
    {
      phrase: 'sharci darro',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['xaaladdaada socdaalka', 'immigration status', 'undocumented'],
    },
    { phrase: 'magangelyo', topics: ['immigration-legal'], terms: ['magangelyo', 'asylum', ...LEGAL] },
    { phrase: 'qaxooti', topics: ['immigration-legal'], terms: ['qaxooti', 'refugee', 'asylum', ...LEGAL] },
    { phrase: 'TPS', topics: ['immigration-legal'], terms: ['TPS', 'temporary protected status', ...LEGAL] },
    { phrase: 'DACA', topics: ['immigration-legal'], terms: ['DACA', 'cusboonaysiinta', 'renewal'] },
    { phrase: 'fiiso', topics: ['immigration-legal'], terms: ['fiiso', 'visa', ...LEGAL] },
    {
      phrase: 'keenista qoyska',
      topics: ['immigration-legal', 'family'],
      terms: ['codsiyada qoyska', 'family petitions', 'petition'],
    },
    {
      phrase: 'codsiga qoyska',
      topics: ['immigration-legal', 'family'],
      terms: ['codsiyada qoyska', 'family petitions', 'petition'],
    },
    { phrase: 'maxkamad', topics: ['immigration-legal'], terms: ['maxkamadaha', 'court', ...LEGAL] },
    { phrase: 'maxkamadda', topics: ['immigration-legal'], terms: ['maxkamadaha', 'court', ...LEGAL] },
    { phrase: 'socdaal', topics: ['immigration-legal'], terms: LEGAL },
    // Deportation, ICE, raids, rights
    {
      phrase: 'tarxiil',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: 'masaafurin',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: 'dalka laga saaro',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: 'booliska socdaalka',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['sarkaal socdaal', 'immigration agents', 'ICE'],
    },
    {
      phrase: 'sarkaal socdaal',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['sarkaal socdaal', 'immigration agents', 'ICE'],
    },
    { phrase: 'weerar', topics: ['know-your-rights'], terms: ['sarkaal socdaal', 'immigration agents', 'raid'] },
    {
      phrase: 'albaabka',
      topics: ['know-your-rights'],
      terms: ['albaabkaaga', 'sarkaal socdaal', 'immigration agents', 'door'],
    },
    {
      phrase: 'xarig',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['xuquuqdaada', 'rights', 'detention', ...LEGAL],
    },
    {
      phrase: 'xabsi',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['xuquuqdaada', 'rights', 'detention', ...LEGAL],
    },
    { phrase: 'damiin', topics: ['immigration-legal'], terms: ['bond', 'detention', ...LEGAL] },
    { phrase: 'xuquuq', topics: ['know-your-rights'], terms: ['xuquuqdaada', 'rights', 'know your rights'] },
    { phrase: 'xuquuqdayda', topics: ['know-your-rights'], terms: ['xuquuqdaada', 'rights', 'know your rights'] },
    // Lawyers and scams
    { phrase: 'qareen', topics: ['immigration-legal'], terms: LEGAL },
    { phrase: 'qareen bilaash', topics: ['immigration-legal'], terms: [...LEGAL, 'bilaash', 'free'] },
    { phrase: 'caawimaad sharci', topics: ['immigration-legal'], terms: [...LEGAL, 'caawimaad sharci', 'legal help'] },
    { phrase: 'talo sharci', topics: ['immigration-legal'], terms: [...LEGAL, 'talo', 'consultation'] },
    {
      phrase: 'khiyaano',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['khiyaanada', 'scams', 'notarios'],
    },
    {
      phrase: 'khiyaanada',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['khiyaanada', 'scams', 'notarios'],
    },
    {
      phrase: 'qareen been abuur',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['khiyaanada', 'scams', 'notarios'],
    },
    {
      phrase: 'notario',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['khiyaanada', 'scams', 'notarios'],
    },
    // Citizenship
    {
      phrase: 'dhalasho',
      topics: ['citizenship'],
      terms: ['dhalasho', 'dhalashada', 'citizenship', 'naturalization', 'N-400'],
    },
    {
      phrase: 'dhalashada',
      topics: ['citizenship'],
      terms: ['dhalasho', 'dhalashada', 'citizenship', 'naturalization', 'N-400'],
    },
    { phrase: 'muwaadin', topics: ['citizenship'], terms: ['dhalasho', 'dhalashada', 'citizenship', 'citizens'] },
    {
      phrase: 'imtixaanka dhalashada',
      topics: ['citizenship', 'english-classes'],
      terms: ['dhalashada', 'citizenship', 'civics test'],
    },
    { phrase: 'khidmadda', topics: ['citizenship'], terms: ['khidmadda', 'fee waiver'] },
    // ID
    {
      phrase: 'kaar aqoonsi',
      topics: ['municipal-id'],
      terms: ['kaar aqoonsi', 'aqoonsiga', 'IDNYC', 'ID card', 'municipal ID'],
    },
    {
      phrase: 'aqoonsi',
      topics: ['municipal-id'],
      terms: ['kaar aqoonsi', 'aqoonsiga', 'IDNYC', 'ID card', 'municipal ID'],
    },
    {
      phrase: 'aqoonsiga',
      topics: ['municipal-id'],
      terms: ['kaar aqoonsi', 'aqoonsiga', 'IDNYC', 'ID card', 'municipal ID'],
    },
    // English and school
    {
      phrase: 'Ingiriisi',
      topics: ['english-classes'],
      terms: ['Ingiriisi', 'Ingiriisiga', 'English classes', 'English'],
    },
    {
      phrase: 'Ingiriisiga',
      topics: ['english-classes'],
      terms: ['Ingiriisi', 'Ingiriisiga', 'English classes', 'English'],
    },
    {
      phrase: 'fasal Ingiriisi',
      topics: ['english-classes'],
      terms: ['fasallada', 'Ingiriisiga', 'English classes', 'English'],
    },
    { phrase: 'shahaadada dugsiga sare', topics: ['education'], terms: ['GED', 'high school equivalency'] },
    { phrase: 'dugsi', topics: ['education'], terms: ['dugsiga', 'school'] },
    { phrase: 'iskuul', topics: ['education'], terms: ['dugsiga', 'school'] },
    {
      phrase: 'diiwaangelinta dugsiga',
      topics: ['education', 'family'],
      terms: ['dugsiga', 'school', 'enroll', 'children'],
    },
    { phrase: 'xannaanada carruurta', topics: ['education', 'family'], terms: ['child care', 'daycare', 'pre-K'] },
    { phrase: 'deeq waxbarasho', topics: ['education'], terms: ['deeqaha waxbarashada', 'scholarships'] },
    // Benefits and health
    { phrase: 'food stamp', topics: ['benefits'], terms: ['kaalmooyinka', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: 'kaarka cuntada', topics: ['benefits'], terms: ['kaalmooyinka', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: 'kaalmo', topics: ['benefits'], terms: ['kaalmooyinka', 'benefits', 'cash assistance'] },
    {
      phrase: 'caymis caafimaad',
      topics: ['health', 'benefits'],
      terms: ['Medicaid', 'daryeel caafimaad', 'health care', 'health insurance'],
    },
    {
      phrase: 'caymiska',
      topics: ['health', 'benefits'],
      terms: ['Medicaid', 'daryeel caafimaad', 'health care', 'health insurance'],
    },
    {
      phrase: 'dhakhtar',
      topics: ['health'],
      terms: ['rugaha caafimaadka', 'dhakhtarka', 'clinics', 'health care', 'doctor'],
    },
    { phrase: 'kiliinik', topics: ['health'], terms: ['rugaha caafimaadka', 'clinics', 'health care'] },
    { phrase: 'isbitaal', topics: ['health'], terms: ['daryeel caafimaad', 'health care', 'hospital'] },
    // Housing
    { phrase: 'kiro', topics: ['housing'], terms: ['guryo', 'kiraystayaasha', 'housing', 'tenants', 'rent'] },
    { phrase: 'kirada', topics: ['housing'], terms: ['guryo', 'kiraystayaasha', 'housing', 'tenants', 'rent'] },
    {
      phrase: 'milkiilaha guriga',
      topics: ['housing', 'know-your-rights'],
      terms: ['guryo', 'kiraystayaasha', 'housing', 'tenants', 'landlord'],
    },
    {
      phrase: 'guriga laga saaro',
      topics: ['housing', 'know-your-rights'],
      terms: ['guryo', 'kiraystayaasha', 'housing', 'tenants', 'eviction'],
    },
    { phrase: 'hoy', topics: ['housing'], terms: ['guryo', 'housing', 'shelter', 'homeless'] },
    { phrase: "guri la'aan", topics: ['housing'], terms: ['guryo', 'housing', 'shelter', 'homeless'] },
    // Work
    { phrase: 'shaqo', topics: ['work'], terms: ['shaqo', 'shaqooyinka', 'jobs', 'work'] },
    { phrase: 'shaqo raadis', topics: ['work'], terms: ['shaqo', 'shaqooyinka', 'jobs', 'work'] },
    {
      phrase: 'mushahar',
      topics: ['work', 'know-your-rights'],
      terms: ['shaqaalaha', 'workers', 'wages', 'unpaid wages'],
    },
    {
      phrase: 'mushaharka',
      topics: ['work', 'know-your-rights'],
      terms: ['shaqaalaha', 'workers', 'wages', 'wage theft'],
    },
    {
      phrase: 'xuquuqda shaqaalaha',
      topics: ['work', 'know-your-rights'],
      terms: ['shaqaalaha', 'xuquuqdaada', 'workers', 'rights'],
    },
    // Family
    {
      phrase: 'rabshadaha qoyska',
      topics: ['family', 'know-your-rights'],
      terms: ['qoyska', 'family', 'domestic violence', 'VAWA'],
    },
    {
      phrase: 'xadgudub',
      topics: ['family', 'know-your-rights'],
      terms: ['qoyska', 'family', 'domestic violence', 'VAWA'],
    },
    {
      phrase: 'garaacid',
      topics: ['family', 'know-your-rights'],
      terms: ['qoyska', 'family', 'domestic violence', 'VAWA'],
    },
    { phrase: 'qoys', topics: ['family'], terms: ['qoyska', 'family'] },
    // Language help
    { phrase: 'turjubaan', topics: [], terms: ['turjubaannada', 'turjubaan', 'interpreter', 'interpreters'] },
    { phrase: 'turjumaan', topics: [], terms: ['turjubaannada', 'turjubaan', 'interpreter', 'interpreters'] },
    { phrase: 'Soomaali', topics: [], terms: ['Soomaali', 'Somali', 'turjubaan', 'interpreter'] },
  ],
};
