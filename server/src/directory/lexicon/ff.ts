/**
 * Fula (Pular and Pulaar): everyday words people type for what the offices do, and the function words a question is
 * made of. Draft, machine-written for review by Fula speakers; with Wolof, the least certain of these lists, so a
 * reviewer should start here. Written in the spelling of the directory's Fula texts (with ɓ, ɗ, ŋ, ƴ), with the French
 * and English words Guinean, Senegalese and Mauritanian New Yorkers mix in every day ("avocat", "asile", "green
 * card", "food stamp"). Sources: the sample directory's Fula texts (drafts/ff.ts, topic names in seed/terms.ts), the
 * MOIA council hearing (Fula among the languages the office's outreach team speaks).
 */
import type { Lexicon } from './types.js';

export const lexicon: Lexicon = {
  locale: 'ff',
  review: 'draft',
  // One concept per line and the stop words wrapped, so a reviewer reads them as a list (prettier would split them).
  // prettier-ignore
  stopWords: [
    'a', 'alaa', 'am', 'amen', 'an', 'e', 'ena', 'fii', 'haa', 'haajii', 'hay', 'himo', 'hol', 'holno', 'honto',
    'honɗum', 'ina', 'jaaraama', 'jooni', 'ka', 'kaa', 'kadi', 'kala', 'kam', 'kanko', 'ko', 'maa', 'mbaa', 'mbele',
    'mi', 'min', 'miɗo', 'mo', 'moy', 'mum', 'nde', 'ndee', 'ndey', 'ngal', 'ngam', 'ngel', 'ngo', 'ngoo', 'nii',
    'no', 'on', 'onon', 'oo', 'si', 'tan', 'waawi', 'walla', 'wallu', 'won', 'wonaa', 'woni', 'yiɗi', 'ɓe', 'ɓee',
    'ɗe', 'ɗee', 'ɗen', 'ɗi', 'ɗii', 'ɗiin', 'ɗo', 'ɗoo', 'ɗum', 'ɗun',
  ],
  // prettier-ignore
  concepts: [
    // Immigration status, papers and the fear of deportation
    { phrase: 'riiwde', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'hakkeeji', 'rights'] },
    { phrase: 'ruttinde e leydi mum', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer'] },
    { phrase: 'expulsion', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'hakkeeji', 'rights'] },
    { phrase: 'déporté', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'hakkeeji', 'rights'] },
    { phrase: 'ice', topics: ['know-your-rights', 'immigration-legal'], terms: ['hakkeeji', 'rights', 'ajanaaji', 'agents'] },
    { phrase: 'ajanaaji eggol', topics: ['know-your-rights', 'immigration-legal'], terms: ['hakkeeji', 'rights', 'ajanaaji', 'agents', 'dammugal', 'door'] },
    { phrase: 'polis eggol', topics: ['know-your-rights', 'immigration-legal'], terms: ['hakkeeji', 'rights', 'ajanaaji', 'agents', 'dammugal', 'door'] },
    { phrase: 'imigrasiyon', topics: ['immigration-legal'], terms: ['awokaa', 'lawyer', 'sariya', 'legal'] },
    { phrase: 'nanngaama', topics: ['immigration-legal', 'know-your-rights'], terms: ['awokaa', 'lawyer', 'detention', 'hakkeeji', 'rights'] },
    { phrase: 'kasu', topics: ['immigration-legal', 'know-your-rights'], terms: ['awokaa', 'lawyer', 'detention', 'hakkeeji', 'rights'] },
    { phrase: 'ñaawirde', topics: ['immigration-legal'], terms: ['court', 'courts', 'awokaa', 'lawyer', 'dosiyee', 'case'] },
    { phrase: 'kaayitaaji', topics: ['immigration-legal'], terms: ['papers', 'documents'] },
    { phrase: 'alaa kaayitaaji', topics: ['immigration-legal', 'know-your-rights'], terms: ['hakkeeji', 'rights'] },
    { phrase: 'sans papiers', topics: ['immigration-legal', 'know-your-rights'], terms: ['hakkeeji', 'rights'] },
    { phrase: 'green card', topics: ['immigration-legal'], terms: ['green card', 'residency', 'kesitingol', 'renewals', 'fomme', 'forms'] },
    { phrase: 'carte verte', topics: ['immigration-legal'], terms: ['green card', 'residency', 'kesitingol', 'renewals', 'fomme', 'forms'] },
    { phrase: 'yamiroore golle', topics: ['immigration-legal', 'work'], terms: ['yamiroore', 'permit', 'permits', 'work', 'kesitingol', 'renewal'] },
    { phrase: 'work permit', topics: ['immigration-legal', 'work'], terms: ['yamiroore', 'permit', 'permits', 'work', 'kesitingol', 'renewal'] },
    { phrase: 'asile', topics: ['immigration-legal'], terms: ['asylum', 'awokaa', 'lawyer', 'refugee'] },
    { phrase: 'tps', topics: ['immigration-legal'], terms: ['tps', 'permit', 'kesitingol', 'renewal'] },
    { phrase: 'daca', topics: ['immigration-legal'], terms: ['daca', 'kesitingol', 'renewal', 'renewals', 'young'] },
    { phrase: 'visa', topics: ['immigration-legal'], terms: ['visa', 'awokaa', 'lawyer', 'laabi', 'options'] },
    { phrase: 'addude besngu am', topics: ['immigration-legal', 'family'], terms: ['besngu', 'family', 'ɗaɓɓe', 'petitions', 'fomme', 'forms'] },
    { phrase: 'dosiyee leeli', topics: ['immigration-legal'], terms: ['leeli', 'delayed', 'dosiyee', 'case', 'uscis'] },
    // Lawyers, scams, citizenship
    { phrase: 'awokaa alaa njoɓdi', topics: ['immigration-legal'], terms: ['awokaa', 'awokaaɓe', 'lawyer', 'lawyers', 'jokkondiral', 'consultation'] },
    { phrase: 'awokaa', topics: ['immigration-legal'], terms: ['awokaa', 'awokaaɓe', 'lawyer', 'lawyers', 'sariya', 'legal'] },
    { phrase: 'avocat', topics: ['immigration-legal'], terms: ['awokaa', 'awokaaɓe', 'lawyer', 'lawyers', 'sariya', 'legal'] },
    { phrase: 'notarios', topics: ['immigration-legal', 'know-your-rights'], terms: ['notarios', 'jamfa', 'scams', 'fraud', 'fenaande', 'fake'] },
    { phrase: 'jamfa', topics: ['immigration-legal', 'know-your-rights'], terms: ['jamfa', 'scams', 'fraud', 'notarios', 'reentaade', 'avoid'] },
    { phrase: 'ɓiyngu leydi amerik', topics: ['citizenship'], terms: ['ɓiyngu', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'citoyenneté', topics: ['citizenship'], terms: ['ɓiyngu', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'nasiyonalite', topics: ['citizenship'], terms: ['ɓiyngu', 'citizenship', 'naturalization', 'n-400'] },
    { phrase: 'accugol njoɓdi', topics: ['citizenship', 'immigration-legal'], terms: ['accugol', 'waiver', 'fee', 'uscis'] },
    // ID
    { phrase: 'kartal innde', topics: ['municipal-id'], terms: ['kartal', 'innde', 'idnyc', 'card', 'identity'] },
    { phrase: 'idnyc', topics: ['municipal-id'], terms: ['idnyc', 'kartal', 'innde', 'card'] },
    { phrase: 'permi', topics: ['municipal-id'], terms: ['kartal', 'idnyc', 'license'] },
    { phrase: 'paspoor', topics: ['municipal-id', 'immigration-legal'], terms: ['passport', 'kartal', 'identity', 'consular'] },
    // English, school
    { phrase: 'jannde engeleere', topics: ['english-classes'], terms: ['engeleere', 'english', 'jangde', 'classes', 'jokkondiral', 'conversation'] },
    { phrase: 'engeleere', topics: ['english-classes'], terms: ['engeleere', 'english', 'jangde', 'classes'] },
    { phrase: 'anglais', topics: ['english-classes'], terms: ['engeleere', 'english', 'jangde', 'classes'] },
    { phrase: 'esl', topics: ['english-classes'], terms: ['engeleere', 'english', 'jangde', 'classes', 'esl'] },
    { phrase: 'ged', topics: ['education'], terms: ['ged', 'diploma', 'jangde', 'education', 'adults'] },
    { phrase: 'duɗal', topics: ['education'], terms: ['duɗal', 'school', 'jangde', 'education'] },
    { phrase: 'lekkol', topics: ['education'], terms: ['duɗal', 'school', 'jangde', 'education'] },
    { phrase: 'winndinde ɓiɗɗo am e duɗal', topics: ['education', 'family'], terms: ['duɗal', 'school', 'ɓiɗɗo', 'children', 'enrollment'] },
    { phrase: 'garderie', topics: ['family', 'education'], terms: ['daycare', 'childcare', 'ɓiɗɗo', 'children', 'besngu'] },
    { phrase: 'bursuuji', topics: ['education'], terms: ['bursuuji', 'scholarships', 'college'] },
    // Benefits, health
    { phrase: 'food stamp', topics: ['benefits'], terms: ['snap', 'laamu', 'benefits', 'food'] },
    { phrase: 'snap', topics: ['benefits'], terms: ['snap', 'laamu', 'benefits', 'food'] },
    { phrase: 'wic', topics: ['benefits', 'health', 'family'], terms: ['wic', 'benefits', 'food', 'children'] },
    { phrase: 'ñaamdu', topics: ['benefits'], terms: ['food', 'pantry', 'snap', 'benefits'] },
    { phrase: 'ballal laamu', topics: ['benefits'], terms: ['laamu', 'benefits', 'assistance'] },
    { phrase: 'impôts', topics: ['benefits', 'work'], terms: ['taxes', 'itin', 'kaalis', 'money'] },
    { phrase: 'medicaid', topics: ['health', 'benefits'], terms: ['medicaid', 'cellal', 'health', 'insurance'] },
    { phrase: 'assurance', topics: ['health', 'benefits'], terms: ['insurance', 'medicaid', 'cellal', 'health'] },
    { phrase: 'doktoor', topics: ['health'], terms: ['doktoor', 'doctor', 'opitaal', 'clinic', 'cellal', 'health'] },
    { phrase: 'opitaal', topics: ['health'], terms: ['opitaal', 'hospital', 'clinic', 'clinics', 'cellal', 'health'] },
    { phrase: 'safaara', topics: ['health'], terms: ['cellal', 'health', 'care', 'opitaal', 'clinic'] },
    { phrase: 'reedu', topics: ['health', 'family'], terms: ['cellal', 'health', 'prenatal', 'wic', 'mother'] },
    // Housing
    { phrase: 'luuyo galle', topics: ['housing'], terms: ['hoɗorde', 'housing', 'luuyooɓe', 'rent', 'tenants'] },
    { phrase: 'loyer', topics: ['housing'], terms: ['hoɗorde', 'housing', 'luuyooɓe', 'rent', 'tenants'] },
    { phrase: 'riiwde e galle', topics: ['housing', 'know-your-rights'], terms: ['hoɗorde', 'housing', 'eviction', 'tenants', 'hakkeeji', 'rights'] },
    { phrase: 'jom galle', topics: ['housing', 'know-your-rights'], terms: ['hoɗorde', 'housing', 'luuyooɓe', 'tenants', 'landlord'] },
    { phrase: 'shelter', topics: ['housing'], terms: ['shelter', 'hoɗorde', 'housing'] },
    { phrase: 'galle', topics: ['housing'], terms: ['hoɗorde', 'housing', 'galle', 'apartment', 'rent'] },
    // Work
    { phrase: 'golle', topics: ['work'], terms: ['work', 'jobs', 'gollooɓe', 'workers'] },
    { phrase: 'liggey', topics: ['work'], terms: ['work', 'jobs', 'gollooɓe', 'workers'] },
    { phrase: 'yiylude golle', topics: ['work'], terms: ['work', 'jobs', 'training'] },
    { phrase: 'njoɓaani kam', topics: ['work', 'know-your-rights'], terms: ['wages', 'gollooɓe', 'workers', 'hakkeeji', 'rights'] },
    { phrase: 'salaire', topics: ['work', 'know-your-rights'], terms: ['wages', 'gollooɓe', 'workers', 'hakkeeji', 'rights'] },
    { phrase: 'accident golle', topics: ['work', 'health', 'know-your-rights'], terms: ['gollooɓe', 'workers', 'hakkeeji', 'rights', 'injury'] },
    { phrase: 'chômage', topics: ['work', 'benefits'], terms: ['unemployment', 'jobs', 'benefits'] },
    // Family, rights, language
    { phrase: 'violence', topics: ['family', 'know-your-rights'], terms: ['violence', 'besngu', 'family', 'women'] },
    { phrase: 'ɓiɗɗo', topics: ['family'], terms: ['ɓiɗɗo', 'children', 'besngu', 'family'] },
    { phrase: 'sukaaɓe', topics: ['family'], terms: ['ɓiɗɗo', 'children', 'besngu', 'family'] },
    { phrase: 'hakkeeji am', topics: ['know-your-rights'], terms: ['hakkeeji', 'rights', 'andu'] },
    { phrase: 'ko mi waɗata', topics: ['know-your-rights', 'immigration-legal'], terms: ['hakkeeji', 'rights', 'ajanaaji', 'agents', 'dammugal', 'door'] },
    { phrase: 'polis', topics: ['know-your-rights'], terms: ['hakkeeji', 'rights', 'police'] },
    { phrase: 'firoowo', topics: ['know-your-rights'], terms: ['firooɓe', 'interpreter', 'interpreters', 'ɗemngal', 'language'] },
    { phrase: 'interprète', topics: ['know-your-rights'], terms: ['firooɓe', 'interpreter', 'interpreters', 'ɗemngal', 'language'] },
  ],
};
