/**
 * Haitian Creole: everyday words people type for what the offices do, and the function words a question is made of.
 * Draft, machine-written for review by Haitian Creole speakers. Sources: the sample directory's Haitian Creole texts
 * (nyc.ts, boston.ts, drafts/ht.ts, topic names in seed/terms.ts), the MOIA and Boston office descriptions, and
 * public know-your-rights material in Haitian Creole (ACLU of Florida, NYCLU: "ajan imigrasyon", "frape nan pòt
 * ou", "papye imigrasyon"), with the English loanwords Haitian New Yorkers and Bostonians use ("food stamp",
 * "shelter", "daycare", "green card").
 */
import type { Lexicon } from './types.js';

export const lexicon: Lexicon = {
  locale: 'ht',
  review: 'draft',
  // One concept per line and the stop words wrapped, so a reviewer reads them as a list (prettier would split them).
  // prettier-ignore
  stopWords: [
    'a', 'ak', 'al', 'ale', 'an', 'anpil', 'ap', 'apa', 'avè', 'avèk', 'bezwen', 'chak', 'de', 'depi', 'di', 'dwe',
    'e', 'ede', 'eske', 'epi', 'fè', 'gen', 'genyen', 'i', 'isit', 'jan', 'ka', 'kapab', 'kèk', 'ki', 'kijan', 'kilè',
    'kisa', 'kiyès', 'kòman', 'konbyen', 'kote', 'kounye', 'l', 'la', 'lan', 'lè', 'li', 'm', 'men', 'mwen', 'n',
    'nan', 'ni', 'nou', 'o', 'osinon', 'oswa', 'ou', 'pa', 'paske', 'pi', 'plis', 'pou', 'poukisa', 'sa', 'se', 'si',
    'sila', 'sou', 't', 'tanpri', 'te', 'tout', 'trè', 'vle', 'w', 'wi', 'y', 'ye', 'yo', 'yon',
  ],
  // prettier-ignore
  concepts: [
    // Immigration status, papers and the fear of deportation
    { phrase: 'depòtasyon', topics: ['immigration-legal', 'know-your-rights'], terms: ['depòtasyon', 'deportation', 'avoka', 'lawyer', 'dwa', 'rights'] },
    { phrase: 'depòte', topics: ['immigration-legal', 'know-your-rights'], terms: ['depòtasyon', 'deportation', 'avoka', 'lawyer'] },
    { phrase: 'ice', topics: ['know-your-rights', 'immigration-legal'], terms: ['dwa', 'rights', 'ajan', 'agents'] },
    { phrase: 'ajan imigrasyon', topics: ['know-your-rights', 'immigration-legal'], terms: ['dwa', 'rights', 'ajan', 'agents', 'pòt', 'door'] },
    { phrase: 'imigrasyon vin lakay mwen', topics: ['know-your-rights', 'immigration-legal'], terms: ['dwa', 'rights', 'ajan', 'agents', 'pòt', 'door'] },
    { phrase: 'frape pòt', topics: ['know-your-rights'], terms: ['dwa', 'rights', 'ajan', 'agents', 'pòt', 'door'] },
    { phrase: 'rafle', topics: ['know-your-rights', 'immigration-legal'], terms: ['dwa', 'rights', 'ajan', 'agents', 'fowòm', 'forum'] },
    { phrase: 'arete', topics: ['immigration-legal', 'know-your-rights'], terms: ['avoka', 'lawyer', 'detansyon', 'detention', 'dwa', 'rights'] },
    { phrase: 'detansyon', topics: ['immigration-legal', 'know-your-rights'], terms: ['avoka', 'lawyer', 'detansyon', 'detention', 'depòtasyon', 'deportation'] },
    { phrase: 'tribinal imigrasyon', topics: ['immigration-legal'], terms: ['tribinal', 'court', 'courts', 'avoka', 'lawyer', 'dosye', 'case'] },
    { phrase: 'papye', topics: ['immigration-legal'], terms: ['papye', 'papers', 'dokiman', 'documents'] },
    { phrase: 'san papye', topics: ['immigration-legal', 'know-your-rights'], terms: ['dwa', 'rights'] },
    { phrase: 'fè papye', topics: ['immigration-legal'], terms: ['opsyon', 'options', 'evalyasyon', 'screening', 'avoka', 'lawyer', 'fòm', 'forms'] },
    { phrase: 'green card', topics: ['immigration-legal'], terms: ['green card', 'rezidans', 'residency', 'renouvèlman', 'renewals', 'fòm', 'forms'] },
    { phrase: 'kat vèt', topics: ['immigration-legal'], terms: ['green card', 'rezidans', 'renouvèlman', 'renewals', 'fòm', 'forms'] },
    { phrase: 'rezidans', topics: ['immigration-legal'], terms: ['green card', 'rezidans', 'residency', 'petisyon', 'petitions', 'fòm', 'forms'] },
    { phrase: 'pèmi travay', topics: ['immigration-legal', 'work'], terms: ['pèmi', 'permit', 'permits', 'travay', 'work', 'renouvle', 'renewal'] },
    { phrase: 'azil', topics: ['immigration-legal'], terms: ['azil', 'asylum', 'avoka', 'lawyer', 'refijye', 'refugee', 'opsyon', 'options'] },
    { phrase: 'refijye', topics: ['immigration-legal'], terms: ['azil', 'asylum', 'refijye', 'refugee', 'avoka', 'lawyer'] },
    { phrase: 'tps', topics: ['immigration-legal'], terms: ['tps', 'pèmi', 'permit', 'renouvèlman', 'renewal'] },
    { phrase: 'parole imanitè', topics: ['immigration-legal'], terms: ['parole', 'avoka', 'lawyer', 'opsyon', 'options'] },
    { phrase: 'daca', topics: ['immigration-legal'], terms: ['daca', 'renouvèlman', 'renewal', 'renewals', 'jèn', 'young'] },
    { phrase: 'viza', topics: ['immigration-legal'], terms: ['viza', 'visa', 'opsyon', 'options', 'avoka', 'lawyer', 'fòm', 'forms'] },
    { phrase: 'petisyon fanmi', topics: ['immigration-legal', 'family'], terms: ['petisyon', 'petitions', 'fanmi', 'family', 'fòm', 'forms'] },
    { phrase: 'fè fanmi m vini', topics: ['immigration-legal', 'family'], terms: ['petisyon', 'petitions', 'fanmi', 'family'] },
    { phrase: 'dosye an reta', topics: ['immigration-legal'], terms: ['reta', 'delayed', 'dosye', 'case', 'uscis'] },
    // Lawyers, scams, citizenship
    { phrase: 'avoka gratis', topics: ['immigration-legal'], terms: ['avoka', 'lawyer', 'lawyers', 'konsiltasyon', 'consultation'] },
    { phrase: 'avoka imigrasyon', topics: ['immigration-legal'], terms: ['avoka', 'lawyer', 'lawyers', 'legal', 'konsiltasyon', 'consultation'] },
    { phrase: 'konsiltasyon', topics: ['immigration-legal'], terms: ['konsiltasyon', 'consultation', 'consultations', 'avoka', 'lawyer', 'evalyasyon', 'screening'] },
    { phrase: 'notè', topics: ['immigration-legal', 'know-your-rights'], terms: ['notè', 'notarios', 'fwod', 'scams', 'fraud', 'fo', 'fake'] },
    { phrase: 'magouy', topics: ['immigration-legal', 'know-your-rights'], terms: ['fwod', 'scams', 'fraud', 'notè', 'notarios', 'evite', 'avoid'] },
    { phrase: 'sitwayènte', topics: ['citizenship'], terms: ['sitwayènte', 'citizenship', 'sitwayen', 'citizen', 'n-400'] },
    { phrase: 'vin sitwayen', topics: ['citizenship'], terms: ['sitwayènte', 'citizenship', 'sitwayen', 'citizens', 'n-400'] },
    { phrase: 'natiralizasyon', topics: ['citizenship'], terms: ['sitwayènte', 'citizenship', 'naturalization', 'n-400'] },
    { phrase: 'egzamen sitwayènte', topics: ['citizenship', 'english-classes'], terms: ['sitwayènte', 'citizenship', 'egzamen', 'test', 'angle', 'english'] },
    { phrase: 'egzanpsyon frè', topics: ['citizenship', 'immigration-legal'], terms: ['egzanpsyon', 'waiver', 'frè', 'fee', 'uscis'] },
    // ID
    { phrase: 'kat idantite', topics: ['municipal-id'], terms: ['idnyc', 'card', 'identity'] },
    { phrase: 'idnyc', topics: ['municipal-id'], terms: ['idnyc', 'card'] },
    { phrase: 'lisans', topics: ['municipal-id'], terms: ['idnyc', 'lisans', 'license'] },
    { phrase: 'paspò', topics: ['municipal-id', 'immigration-legal'], terms: ['paspò', 'passport', 'identity', 'konsila', 'consular'] },
    // English, school
    { phrase: 'aprann angle', topics: ['english-classes'], terms: ['angle', 'english', 'kou', 'classes', 'konvèsasyon', 'conversation'] },
    { phrase: 'kou angle gratis', topics: ['english-classes'], terms: ['angle', 'english', 'kou', 'classes'] },
    { phrase: 'esl', topics: ['english-classes'], terms: ['angle', 'english', 'kou', 'classes', 'esl'] },
    { phrase: 'ged', topics: ['education'], terms: ['ged', 'diplòm', 'diploma', 'edikasyon', 'education', 'granmoun', 'adults'] },
    { phrase: 'diplòm', topics: ['education'], terms: ['ged', 'diplòm', 'diploma', 'edikasyon', 'education', 'lekòl', 'school'] },
    { phrase: 'enskri timoun lekòl', topics: ['education', 'family'], terms: ['lekòl', 'school', 'timoun', 'children', 'enskripsyon', 'enrollment'] },
    { phrase: 'lekòl', topics: ['education'], terms: ['lekòl', 'school', 'edikasyon', 'education'] },
    { phrase: 'gadri', topics: ['family', 'education'], terms: ['gadri', 'daycare', 'childcare', 'timoun', 'children'] },
    { phrase: 'daycare', topics: ['family', 'education'], terms: ['gadri', 'daycare', 'childcare', 'timoun', 'children'] },
    { phrase: 'bous detid', topics: ['education'], terms: ['bous', 'etid', 'scholarships', 'inivèsite', 'college'] },
    // Benefits, health
    { phrase: 'food stamp', topics: ['benefits'], terms: ['snap', 'benefis', 'benefits', 'manje', 'food'] },
    { phrase: 'koupon manje', topics: ['benefits'], terms: ['snap', 'benefis', 'benefits', 'manje', 'food'] },
    { phrase: 'snap', topics: ['benefits'], terms: ['snap', 'benefis', 'benefits', 'manje', 'food'] },
    { phrase: 'wic', topics: ['benefits', 'health', 'family'], terms: ['wic', 'benefis', 'benefits', 'manje', 'food', 'timoun', 'children'] },
    { phrase: 'manje gratis', topics: ['benefits'], terms: ['manje', 'food', 'pantry'] },
    { phrase: 'èd gouvènman', topics: ['benefits'], terms: ['benefis', 'benefits'] },
    { phrase: 'welfare', topics: ['benefits'], terms: ['benefis', 'benefits', 'asistans', 'assistance'] },
    { phrase: 'taks', topics: ['benefits', 'work'], terms: ['taks', 'taxes', 'itin', 'lajan', 'money'] },
    { phrase: 'medicaid', topics: ['health', 'benefits'], terms: ['medicaid', 'sante', 'health', 'asirans', 'insurance'] },
    { phrase: 'masshealth', topics: ['health', 'benefits'], terms: ['masshealth', 'medicaid', 'sante', 'health', 'asirans', 'insurance'] },
    { phrase: 'asirans sante', topics: ['health', 'benefits'], terms: ['asirans', 'insurance', 'medicaid', 'sante', 'health'] },
    { phrase: 'doktè', topics: ['health'], terms: ['doktè', 'doctor', 'klinik', 'clinic', 'sante', 'health'] },
    { phrase: 'klinik gratis', topics: ['health'], terms: ['klinik', 'clinic', 'clinics', 'sante', 'health'] },
    { phrase: 'lopital', topics: ['health'], terms: ['lopital', 'hospital', 'klinik', 'clinic', 'sante', 'health'] },
    { phrase: 'dantis', topics: ['health'], terms: ['dantis', 'dental', 'sante', 'health'] },
    { phrase: 'ansent', topics: ['health', 'family'], terms: ['sante', 'health', 'prenatal', 'wic', 'manman', 'mother'] },
    // Housing
    { phrase: 'lwaye', topics: ['housing'], terms: ['lojman', 'housing', 'lwaye', 'rent', 'lokatè', 'tenants'] },
    { phrase: 'mèt kay', topics: ['housing', 'know-your-rights'], terms: ['lojman', 'housing', 'lokatè', 'tenants', 'landlord'] },
    { phrase: 'yo vle mete m deyò', topics: ['housing', 'know-your-rights'], terms: ['lojman', 'housing', 'ekspilsyon', 'eviction', 'lokatè', 'tenants'] },
    { phrase: 'ekspilsyon', topics: ['housing', 'know-your-rights'], terms: ['lojman', 'housing', 'ekspilsyon', 'eviction', 'lokatè', 'tenants', 'dwa', 'rights'] },
    { phrase: 'shelter', topics: ['housing'], terms: ['abri', 'shelter', 'lojman', 'housing'] },
    { phrase: 'abri', topics: ['housing'], terms: ['abri', 'shelter', 'lojman', 'housing'] },
    { phrase: 'apatman', topics: ['housing'], terms: ['lojman', 'housing', 'apatman', 'apartment', 'lwaye', 'rent'] },
    // Work
    { phrase: 'travay', topics: ['work'], terms: ['travay', 'work', 'jobs', 'travayè', 'workers'] },
    { phrase: 'djòb', topics: ['work'], terms: ['travay', 'work', 'jobs', 'travayè', 'workers'] },
    { phrase: 'chèche travay', topics: ['work'], terms: ['travay', 'work', 'jobs', 'fòmasyon', 'training'] },
    { phrase: 'yo pa peye m', topics: ['work', 'know-your-rights'], terms: ['salè', 'wages', 'travayè', 'workers', 'dwa', 'rights'] },
    { phrase: 'salè', topics: ['work', 'know-your-rights'], terms: ['salè', 'wages', 'travayè', 'workers', 'dwa', 'rights'] },
    { phrase: 'aksidan travay', topics: ['work', 'health', 'know-your-rights'], terms: ['travayè', 'workers', 'dwa', 'rights', 'injury'] },
    { phrase: 'chomaj', topics: ['work', 'benefits'], terms: ['chomaj', 'unemployment', 'travay', 'jobs', 'benefis', 'benefits'] },
    // Family, rights, language
    { phrase: 'vyolans domestik', topics: ['family', 'know-your-rights'], terms: ['vyolans', 'violence', 'fanmi', 'family', 'fanm', 'women'] },
    { phrase: 'abi', topics: ['family', 'know-your-rights'], terms: ['vyolans', 'violence', 'abuse', 'fanmi', 'family'] },
    { phrase: 'timoun', topics: ['family'], terms: ['timoun', 'children', 'pitit', 'fanmi', 'family'] },
    { phrase: 'gad timoun', topics: ['family', 'education'], terms: ['timoun', 'children', 'childcare', 'gadri', 'fanmi', 'family'] },
    { phrase: 'dwa mwen', topics: ['know-your-rights'], terms: ['dwa', 'rights', 'konnen'] },
    { phrase: 'sa pou m fè si imigrasyon vini', topics: ['know-your-rights', 'immigration-legal'], terms: ['dwa', 'rights', 'ajan', 'agents', 'pòt', 'door'] },
    { phrase: 'diskriminasyon', topics: ['know-your-rights'], terms: ['dwa', 'rights', 'diskriminasyon', 'discrimination'] },
    { phrase: 'lapolis', topics: ['know-your-rights'], terms: ['dwa', 'rights', 'lapolis', 'police'] },
    { phrase: 'entèprèt', topics: ['know-your-rights'], terms: ['entèprèt', 'interpreter', 'interpreters', 'lang', 'language'] },
    { phrase: 'tradiktè', topics: ['know-your-rights'], terms: ['entèprèt', 'interpreter', 'interpreters', 'lang', 'language'] },
  ],
};
