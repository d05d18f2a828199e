/**
 * Cape Verdean Creole (Kabuverdianu): everyday words people type for what the offices do, and the function words a
 * question is made of. Draft, machine-written for review by Kriolu speakers; written in the spelling of the
 * directory's Kriolu texts (ALUPEC-like, Santiago variety), with the Portuguese and English words Cape Verdeans in
 * Boston and Brockton use every day ("green card", "food stamp", "MassHealth", "shelter"). Sources: the sample
 * directory's Kriolu texts (drafts/kea.ts, topic names in seed/terms.ts), the Boston office description, and public
 * reporting in Cape Verde's press on deportation from the United States ("deportadu", "ordem di deportason").
 */
import type { Lexicon } from './types.js';

export const lexicon: Lexicon = {
  locale: 'kea',
  review: 'draft',
  // One concept per line and the stop words wrapped, so a reviewer reads them as a list (prettier would split them).
  // prettier-ignore
  stopWords: [
    'a', 'ai', 'algen', 'ami', 'antis', 'bo', 'bu', 'di', 'dipos', 'e', 'el', 'era', 'es', 'favor', 'faze', 'fla',
    'gosi', 'i', 'inda', 'ja', 'ka', 'kal', 'kantu', 'kel', 'kenha', 'kes', 'ki', 'kre', 'ku', 'kuzé', 'la', 'li',
    'ma', 'mesti', 'modi', 'más', 'na', 'nha', 'nhas', 'nhos', 'nos', 'nu', 'nun', 'o', 'obrigadu', 'oi', 'pa',
    'pamodi', 'pode', 'podi', 'sen', 'ser', 'si', 'sima', 'so', 'sobri', 'sta', 'ta', 'tanbe', 'ten', 'ti', 'tudu',
    'txeu', 'un', 'undi', 'uns',
  ],
  // prettier-ignore
  concepts: [
    // Immigration status, papers and the fear of deportation
    { phrase: 'deportason', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportason', 'deportation', 'advogadu', 'lawyer', 'direitu', 'rights'] },
    { phrase: 'deportadu', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportason', 'deportation', 'advogadu', 'lawyer'] },
    { phrase: 'ice', topics: ['know-your-rights', 'immigration-legal'], terms: ['direitu', 'rights', 'ajenti', 'agents'] },
    { phrase: 'ajenti di imigrason', topics: ['know-your-rights', 'immigration-legal'], terms: ['direitu', 'rights', 'ajenti', 'agents', 'porta', 'door'] },
    { phrase: 'imigrason bate porta', topics: ['know-your-rights', 'immigration-legal'], terms: ['direitu', 'rights', 'ajenti', 'agents', 'porta', 'door'] },
    { phrase: 'prezu', topics: ['immigration-legal', 'know-your-rights'], terms: ['advogadu', 'lawyer', 'detention', 'direitu', 'rights'] },
    { phrase: 'tribunal di imigrason', topics: ['immigration-legal'], terms: ['tribunal', 'court', 'courts', 'advogadu', 'lawyer', 'kazu', 'case'] },
    { phrase: 'papel', topics: ['immigration-legal'], terms: ['dokumentu', 'papers', 'documents'] },
    { phrase: 'sen papel', topics: ['immigration-legal', 'know-your-rights'], terms: ['direitu', 'rights'] },
    { phrase: 'dokumentu', topics: ['immigration-legal'], terms: ['dokumentu', 'documents', 'papers'] },
    { phrase: 'legaliza', topics: ['immigration-legal'], terms: ['opson', 'options', 'avaliason', 'screening', 'advogadu', 'lawyer', 'formuláriu', 'forms'] },
    { phrase: 'green card', topics: ['immigration-legal'], terms: ['green card', 'residénsia', 'residency', 'renovason', 'renewals', 'formuláriu', 'forms'] },
    { phrase: 'residénsia', topics: ['immigration-legal'], terms: ['green card', 'residénsia', 'residency', 'petison', 'petitions', 'formuláriu', 'forms'] },
    { phrase: 'autorizason di trabadju', topics: ['immigration-legal', 'work'], terms: ['autorizason', 'permit', 'permits', 'trabadju', 'work', 'renovason', 'renewal'] },
    { phrase: 'work permit', topics: ['immigration-legal', 'work'], terms: ['autorizason', 'permit', 'permits', 'trabadju', 'work', 'renovason', 'renewal'] },
    { phrase: 'azilu', topics: ['immigration-legal'], terms: ['azilu', 'asylum', 'advogadu', 'lawyer', 'refujiadu', 'refugee'] },
    { phrase: 'tps', topics: ['immigration-legal'], terms: ['tps', 'autorizason', 'permit', 'renovason', 'renewal'] },
    { phrase: 'daca', topics: ['immigration-legal'], terms: ['daca', 'renovason', 'renewal', 'renewals', 'young'] },
    { phrase: 'vistu', topics: ['immigration-legal'], terms: ['vistu', 'visa', 'opson', 'options', 'advogadu', 'lawyer'] },
    { phrase: 'petison di família', topics: ['immigration-legal', 'family'], terms: ['petison', 'petitions', 'família', 'family', 'formuláriu', 'forms'] },
    { phrase: 'traze nha família', topics: ['immigration-legal', 'family'], terms: ['petison', 'petitions', 'família', 'family'] },
    { phrase: 'prusesu atrazadu', topics: ['immigration-legal'], terms: ['atrazadu', 'delayed', 'prusesu', 'case', 'uscis'] },
    // Lawyers, scams, citizenship
    { phrase: 'advogadu di grasa', topics: ['immigration-legal'], terms: ['advogadu', 'lawyer', 'lawyers', 'konsulta', 'consultation'] },
    { phrase: 'advogadu di imigrason', topics: ['immigration-legal'], terms: ['advogadu', 'lawyer', 'lawyers', 'legal', 'konsulta', 'consultation'] },
    { phrase: 'konsulta', topics: ['immigration-legal'], terms: ['konsulta', 'consultation', 'consultations', 'advogadu', 'lawyer', 'avaliason', 'screening'] },
    { phrase: 'notáriu', topics: ['immigration-legal', 'know-your-rights'], terms: ['notarios', 'buru', 'scams', 'fraud', 'falsu', 'fake'] },
    { phrase: 'buru', topics: ['immigration-legal', 'know-your-rights'], terms: ['buru', 'scams', 'fraud', 'notarios', 'libra', 'avoid'] },
    { phrase: 'sidadania merkanu', topics: ['citizenship'], terms: ['sidadania', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'bira sidadon', topics: ['citizenship'], terms: ['sidadania', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'naturalizason', topics: ['citizenship'], terms: ['sidadania', 'citizenship', 'naturalization', 'n-400'] },
    { phrase: 'izami di sidadania', topics: ['citizenship', 'english-classes'], terms: ['sidadania', 'citizenship', 'test', 'ingles', 'english'] },
    { phrase: 'izenson di taxa', topics: ['citizenship', 'immigration-legal'], terms: ['izenson', 'waiver', 'taxa', 'fee', 'uscis'] },
    // ID
    { phrase: 'karton di identidadi', topics: ['municipal-id'], terms: ['identidadi', 'idnyc', 'karton', 'card', 'identity'] },
    { phrase: 'idnyc', topics: ['municipal-id'], terms: ['idnyc', 'identidadi', 'karton', 'card'] },
    { phrase: 'karta di kondusón', topics: ['municipal-id'], terms: ['identidadi', 'idnyc', 'license'] },
    { phrase: 'pasaporti', topics: ['municipal-id', 'immigration-legal'], terms: ['pasaporti', 'passport', 'identidadi', 'identity', 'consular'] },
    { phrase: 'sosial', topics: ['benefits', 'work'], terms: ['social', 'security', 'benefísiu', 'benefits'] },
    // English, school
    { phrase: 'prende ingles', topics: ['english-classes'], terms: ['ingles', 'english', 'kursu', 'kursus', 'classes', 'kumbersu', 'conversation'] },
    { phrase: 'kursu di ingles di grasa', topics: ['english-classes'], terms: ['ingles', 'english', 'kursu', 'kursus', 'classes'] },
    { phrase: 'esl', topics: ['english-classes'], terms: ['ingles', 'english', 'kursu', 'classes', 'esl'] },
    { phrase: 'ged', topics: ['education'], terms: ['ged', 'diploma', 'edukason', 'education', 'adultu', 'adults'] },
    { phrase: 'diploma', topics: ['education'], terms: ['ged', 'diploma', 'edukason', 'education', 'skola', 'school'] },
    { phrase: 'matrikula fidju na skola', topics: ['education', 'family'], terms: ['skola', 'school', 'fidju', 'children', 'inskrison', 'enrollment'] },
    { phrase: 'skola', topics: ['education'], terms: ['skola', 'school', 'edukason', 'education'] },
    { phrase: 'kretxe', topics: ['family', 'education'], terms: ['daycare', 'childcare', 'fidju', 'children'] },
    { phrase: 'bolsa di studu', topics: ['education'], terms: ['bolsa', 'studu', 'scholarships', 'college'] },
    // Benefits, health
    { phrase: 'food stamp', topics: ['benefits'], terms: ['snap', 'benefísiu', 'benefits', 'kumida', 'food'] },
    { phrase: 'snap', topics: ['benefits'], terms: ['snap', 'benefísiu', 'benefits', 'kumida', 'food'] },
    { phrase: 'wic', topics: ['benefits', 'health', 'family'], terms: ['wic', 'benefísiu', 'benefits', 'kumida', 'food', 'children'] },
    { phrase: 'kumida di grasa', topics: ['benefits'], terms: ['kumida', 'food', 'pantry'] },
    { phrase: 'djuda di guvernu', topics: ['benefits'], terms: ['benefísiu', 'benefits', 'assistance'] },
    { phrase: 'imposto', topics: ['benefits', 'work'], terms: ['imposto', 'taxes', 'itin', 'diñeru', 'money'] },
    { phrase: 'masshealth', topics: ['health', 'benefits'], terms: ['masshealth', 'medicaid', 'saúdi', 'health', 'insurance'] },
    { phrase: 'medicaid', topics: ['health', 'benefits'], terms: ['medicaid', 'masshealth', 'saúdi', 'health', 'insurance'] },
    { phrase: 'sigur di saúdi', topics: ['health', 'benefits'], terms: ['insurance', 'medicaid', 'masshealth', 'saúdi', 'health'] },
    { phrase: 'médiku', topics: ['health'], terms: ['médiku', 'doctor', 'klínika', 'clinic', 'saúdi', 'health'] },
    { phrase: 'klínika', topics: ['health'], terms: ['klínika', 'clinic', 'clinics', 'saúdi', 'health'] },
    { phrase: 'ospital', topics: ['health'], terms: ['hospital', 'klínika', 'clinic', 'saúdi', 'health'] },
    { phrase: 'dentista', topics: ['health'], terms: ['dentista', 'dental', 'saúdi', 'health'] },
    { phrase: 'prenha', topics: ['health', 'family'], terms: ['saúdi', 'health', 'prenatal', 'wic', 'mother'] },
    // Housing
    { phrase: 'renda', topics: ['housing'], terms: ['kaza', 'housing', 'rent', 'inkilinu', 'tenants'] },
    { phrase: 'dispeju', topics: ['housing', 'know-your-rights'], terms: ['kaza', 'housing', 'eviction', 'inkilinu', 'tenants', 'direitu', 'rights'] },
    { phrase: 'donu di kaza', topics: ['housing', 'know-your-rights'], terms: ['kaza', 'housing', 'inkilinu', 'tenants', 'landlord'] },
    { phrase: 'landlord', topics: ['housing', 'know-your-rights'], terms: ['kaza', 'housing', 'inkilinu', 'tenants', 'landlord'] },
    { phrase: 'shelter', topics: ['housing'], terms: ['shelter', 'abrigu', 'kaza', 'housing'] },
    { phrase: 'apartamentu', topics: ['housing'], terms: ['kaza', 'housing', 'apartment', 'rent'] },
    // Work
    { phrase: 'trabadju', topics: ['work'], terms: ['trabadju', 'work', 'jobs', 'trabadjador', 'workers'] },
    { phrase: 'djobe trabadju', topics: ['work'], terms: ['trabadju', 'work', 'jobs', 'training'] },
    { phrase: 'patron ka paga-m', topics: ['work', 'know-your-rights'], terms: ['salário', 'wages', 'trabadjador', 'workers', 'direitu', 'rights'] },
    { phrase: 'salário', topics: ['work', 'know-your-rights'], terms: ['salário', 'wages', 'trabadjador', 'workers', 'direitu', 'rights'] },
    { phrase: 'asidenti di trabadju', topics: ['work', 'health', 'know-your-rights'], terms: ['trabadjador', 'workers', 'direitu', 'rights', 'injury'] },
    { phrase: 'dizenpregu', topics: ['work', 'benefits'], terms: ['unemployment', 'trabadju', 'jobs', 'benefísiu', 'benefits'] },
    // Family, rights, language
    { phrase: 'violénsia doméstika', topics: ['family', 'know-your-rights'], terms: ['violence', 'família', 'family', 'women'] },
    { phrase: 'abuzu', topics: ['family', 'know-your-rights'], terms: ['violence', 'abuse', 'família', 'family'] },
    { phrase: 'fidju', topics: ['family'], terms: ['fidju', 'children', 'família', 'family'] },
    { phrase: 'mininu', topics: ['family'], terms: ['fidju', 'children', 'família', 'family'] },
    { phrase: 'nha direitu', topics: ['know-your-rights'], terms: ['direitu', 'rights', 'konxe'] },
    { phrase: 'kuzé ki N ta faze si imigrason ben', topics: ['know-your-rights', 'immigration-legal'], terms: ['direitu', 'rights', 'ajenti', 'agents', 'porta', 'door'] },
    { phrase: 'diskriminason', topics: ['know-your-rights'], terms: ['direitu', 'rights', 'discrimination'] },
    { phrase: 'polísia', topics: ['know-your-rights'], terms: ['direitu', 'rights', 'police'] },
    { phrase: 'intérpreti', topics: ['know-your-rights'], terms: ['intérpreti', 'interpreter', 'interpreters', 'língua', 'language'] },
    { phrase: 'tradutor', topics: ['know-your-rights'], terms: ['intérpreti', 'interpreter', 'interpreters', 'língua', 'language'] },
  ],
};
