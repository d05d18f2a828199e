/**
 * Wolof: everyday words people type for what the offices do, and the function words a question is made of.
 * Draft, machine-written for review by Wolof speakers; the least certain of these lists, so a reviewer should start
 * here. Written in the spelling of the directory's Wolof texts (CLAD-like), with the French and English words
 * Senegalese and Gambian New Yorkers mix in every day ("asile", "avocat", "green card", "food stamp", "shelter").
 * Sources: the sample directory's Wolof texts (drafts/wo.ts, topic names in seed/terms.ts), the MOIA council hearing
 * (Wolof among the languages the office's outreach team speaks), and public reporting on West African migration.
 */
import type { Lexicon } from './types.js';

export const lexicon: Lexicon = {
  locale: 'wo',
  review: 'draft',
  // One concept per line and the stop words wrapped, so a reviewer reads them as a list (prettier would split them).
  // prettier-ignore
  stopWords: [
    'a', 'ak', 'ana', 'ba', 'bi', 'bii', 'boobu', 'bu', 'bëgg', 'ca', 'ci', 'da', 'dafa', 'dama', 'dañu', 'def',
    'dimbali', 'dina', 'dinaa', 'du', 'fa', 'fan', 'fi', 'fii', 'fu', 'ga', 'gi', 'i', 'jërëjëf', 'ka', 'kan', 'ko',
    'la', 'laa', 'lan', 'leen', 'li', 'lii', 'loolu', 'lu', 'ma', 'maa', 'man', 'moom', 'mu', 'mën', 'na', 'naka',
    'nan', 'nañu', 'ndax', 'nga', 'ngi', 'ni', 'noo', 'nu', 'nun', 'rekk', 'sa', 'sama', 'soxla', 'su', 'tax', 'te',
    'waaw', 'walla', 'wi', 'wu', 'ya', 'yeen', 'yi', 'yow', 'yu', 'yépp', 'ñaata', 'ñoom',
  ],
  // prettier-ignore
  concepts: [
    // Immigration status, papers and the fear of deportation
    { phrase: 'dàq', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'sañ-sañ', 'rights'] },
    { phrase: 'délloo ko réewam', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer'] },
    { phrase: 'expulsion', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'sañ-sañ', 'rights'] },
    { phrase: 'déportation', topics: ['immigration-legal', 'know-your-rights'], terms: ['deportation', 'awokaa', 'lawyer', 'sañ-sañ', 'rights'] },
    { phrase: 'ice', topics: ['know-your-rights', 'immigration-legal'], terms: ['sañ-sañ', 'rights', 'ajaŋu', 'agents'] },
    { phrase: 'polisu imigrasioŋ', topics: ['know-your-rights', 'immigration-legal'], terms: ['sañ-sañ', 'rights', 'ajaŋu', 'agents', 'bunt', 'door'] },
    { phrase: 'ajaŋu imigrasioŋ', topics: ['know-your-rights', 'immigration-legal'], terms: ['sañ-sañ', 'rights', 'ajaŋu', 'agents', 'bunt', 'door'] },
    { phrase: 'imigrasion', topics: ['immigration-legal'], terms: ['awokaa', 'lawyer', 'legal'] },
    { phrase: 'jàpp', topics: ['immigration-legal', 'know-your-rights'], terms: ['awokaa', 'lawyer', 'detention', 'sañ-sañ', 'rights'] },
    { phrase: 'kaso', topics: ['immigration-legal', 'know-your-rights'], terms: ['awokaa', 'lawyer', 'detention', 'sañ-sañ', 'rights'] },
    { phrase: 'tribunal', topics: ['immigration-legal'], terms: ['court', 'courts', 'awokaa', 'lawyer', 'dosie', 'case'] },
    { phrase: 'kayit', topics: ['immigration-legal'], terms: ['kayit', 'papers', 'documents'] },
    { phrase: 'amul kayit', topics: ['immigration-legal', 'know-your-rights'], terms: ['sañ-sañ', 'rights'] },
    { phrase: 'sans papiers', topics: ['immigration-legal', 'know-your-rights'], terms: ['sañ-sañ', 'rights'] },
    { phrase: 'dokiman', topics: ['immigration-legal'], terms: ['kayit', 'documents', 'papers'] },
    { phrase: 'green card', topics: ['immigration-legal'], terms: ['green card', 'residency', 'yeesal', 'renewals', 'formulaire', 'forms'] },
    { phrase: 'carte verte', topics: ['immigration-legal'], terms: ['green card', 'residency', 'yeesal', 'renewals', 'formulaire', 'forms'] },
    { phrase: 'sañ-sañu liggéey', topics: ['immigration-legal', 'work'], terms: ['sañ-sañu', 'permit', 'permits', 'work', 'yeesal', 'renewal'] },
    { phrase: 'work permit', topics: ['immigration-legal', 'work'], terms: ['sañ-sañu', 'permit', 'permits', 'work', 'yeesal', 'renewal'] },
    { phrase: 'asile', topics: ['immigration-legal'], terms: ['asylum', 'awokaa', 'lawyer', 'refugee'] },
    { phrase: 'asil', topics: ['immigration-legal'], terms: ['asylum', 'awokaa', 'lawyer', 'refugee'] },
    { phrase: 'tps', topics: ['immigration-legal'], terms: ['tps', 'permit', 'yeesal', 'renewal'] },
    { phrase: 'daca', topics: ['immigration-legal'], terms: ['daca', 'yeesal', 'renewal', 'renewals', 'young'] },
    { phrase: 'visa', topics: ['immigration-legal'], terms: ['visa', 'awokaa', 'lawyer', 'options'] },
    { phrase: 'indi sama njaboot', topics: ['immigration-legal', 'family'], terms: ['njaboot', 'family', 'petitions', 'formulaire', 'forms'] },
    { phrase: 'dosie bu yéex', topics: ['immigration-legal'], terms: ['yéex', 'delayed', 'dosie', 'case', 'uscis'] },
    // Lawyers, scams, citizenship
    { phrase: 'awokaa bu doo fey', topics: ['immigration-legal'], terms: ['awokaa', 'lawyer', 'lawyers', 'waxtaan', 'consultation'] },
    { phrase: 'awokaa', topics: ['immigration-legal'], terms: ['awokaa', 'lawyer', 'lawyers', 'legal', 'consultation'] },
    { phrase: 'avocat', topics: ['immigration-legal'], terms: ['awokaa', 'lawyer', 'lawyers', 'legal', 'consultation'] },
    { phrase: 'notarios', topics: ['immigration-legal', 'know-your-rights'], terms: ['notarios', 'naxe', 'scams', 'fraud', 'fake'] },
    { phrase: 'naxkat', topics: ['immigration-legal', 'know-your-rights'], terms: ['naxe', 'scams', 'fraud', 'notarios', 'moytu', 'avoid'] },
    { phrase: 'nasiyonalite amerig', topics: ['citizenship'], terms: ['nasiyonalite', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'citoyenneté', topics: ['citizenship'], terms: ['nasiyonalite', 'citizenship', 'citizens', 'n-400'] },
    { phrase: 'naturalisation', topics: ['citizenship'], terms: ['nasiyonalite', 'citizenship', 'naturalization', 'n-400'] },
    { phrase: 'ndaggalu pey', topics: ['citizenship', 'immigration-legal'], terms: ['ndaggalu', 'waiver', 'pey', 'fee', 'uscis'] },
    // ID
    { phrase: 'kàrt didantite', topics: ['municipal-id'], terms: ['didantite', 'idnyc', 'kàrt', 'card', 'identity'] },
    { phrase: 'idnyc', topics: ['municipal-id'], terms: ['idnyc', 'didantite', 'kàrt', 'card'] },
    { phrase: 'permi', topics: ['municipal-id'], terms: ['didantite', 'idnyc', 'license'] },
    { phrase: 'paspoor', topics: ['municipal-id', 'immigration-legal'], terms: ['passport', 'didantite', 'identity', 'consular'] },
    // English, school
    { phrase: 'jàng angale', topics: ['english-classes'], terms: ['angale', 'english', 'njàngum', 'classes', 'waxtaan', 'conversation'] },
    { phrase: 'angale', topics: ['english-classes'], terms: ['angale', 'english', 'njàngum', 'classes'] },
    { phrase: "cours d'anglais", topics: ['english-classes'], terms: ['angale', 'english', 'njàngum', 'classes'] },
    { phrase: 'esl', topics: ['english-classes'], terms: ['angale', 'english', 'njàngum', 'classes', 'esl'] },
    { phrase: 'ged', topics: ['education'], terms: ['ged', 'diploma', 'njàngale', 'education', 'adults'] },
    { phrase: 'lekool', topics: ['education'], terms: ['lekool', 'school', 'njàngale', 'education'] },
    { phrase: 'bind sama doom ci lekool', topics: ['education', 'family'], terms: ['lekool', 'school', 'doom', 'children', 'enrollment'] },
    { phrase: 'garderie', topics: ['family', 'education'], terms: ['daycare', 'childcare', 'doom', 'children', 'njaboot'] },
    { phrase: 'bours', topics: ['education'], terms: ['bours', 'scholarships', 'college'] },
    // Benefits, health
    { phrase: 'food stamp', topics: ['benefits'], terms: ['snap', 'ndimbali', 'nguur', 'benefits', 'food'] },
    { phrase: 'snap', topics: ['benefits'], terms: ['snap', 'ndimbali', 'nguur', 'benefits', 'food'] },
    { phrase: 'wic', topics: ['benefits', 'health', 'family'], terms: ['wic', 'ndimbali', 'benefits', 'food', 'children'] },
    { phrase: 'lekk', topics: ['benefits'], terms: ['food', 'pantry', 'snap', 'ndimbali', 'benefits'] },
    { phrase: 'ndimbalu nguur', topics: ['benefits'], terms: ['ndimbali', 'nguur', 'benefits', 'assistance'] },
    { phrase: 'impôts', topics: ['benefits', 'work'], terms: ['taxes', 'itin', 'xaalis', 'money'] },
    { phrase: 'medicaid', topics: ['health', 'benefits'], terms: ['medicaid', 'wér-gi-yaram', 'health', 'insurance'] },
    { phrase: 'assurance', topics: ['health', 'benefits'], terms: ['insurance', 'medicaid', 'wér-gi-yaram', 'health'] },
    { phrase: 'doktoor', topics: ['health'], terms: ['doktoor', 'doctor', 'kilinik', 'clinic', 'wér-gi-yaram', 'health', 'paj'] },
    { phrase: 'kilinik', topics: ['health'], terms: ['kilinik', 'clinic', 'clinics', 'wér-gi-yaram', 'health'] },
    { phrase: 'lopitaan', topics: ['health'], terms: ['hospital', 'kilinik', 'clinic', 'wér-gi-yaram', 'health'] },
    { phrase: 'paj', topics: ['health'], terms: ['paj', 'care', 'wér-gi-yaram', 'health', 'kilinik', 'clinic'] },
    { phrase: 'ëmb', topics: ['health', 'family'], terms: ['wér-gi-yaram', 'health', 'prenatal', 'wic', 'mother'] },
    // Housing
    { phrase: 'luwe kër', topics: ['housing'], terms: ['dëkkuwaay', 'housing', 'luwe', 'rent', 'tenants'] },
    { phrase: 'loyer', topics: ['housing'], terms: ['dëkkuwaay', 'housing', 'luwe', 'rent', 'tenants'] },
    { phrase: 'génne ma ci kër gi', topics: ['housing', 'know-your-rights'], terms: ['dëkkuwaay', 'housing', 'eviction', 'tenants', 'sañ-sañ', 'rights'] },
    { phrase: 'boroom kër', topics: ['housing', 'know-your-rights'], terms: ['dëkkuwaay', 'housing', 'tenants', 'landlord'] },
    { phrase: 'shelter', topics: ['housing'], terms: ['shelter', 'dëkkuwaay', 'housing'] },
    { phrase: 'kër', topics: ['housing'], terms: ['dëkkuwaay', 'housing', 'kër', 'apartment', 'rent'] },
    // Work
    { phrase: 'liggéey', topics: ['work'], terms: ['work', 'jobs', 'liggéeykat', 'workers'] },
    { phrase: 'wut liggéey', topics: ['work'], terms: ['work', 'jobs', 'training'] },
    { phrase: 'fey wuñu ma', topics: ['work', 'know-your-rights'], terms: ['wages', 'liggéeykat', 'workers', 'sañ-sañ', 'rights'] },
    { phrase: 'salaire', topics: ['work', 'know-your-rights'], terms: ['wages', 'liggéeykat', 'workers', 'sañ-sañ', 'rights'] },
    { phrase: 'accident ci liggéey', topics: ['work', 'health', 'know-your-rights'], terms: ['liggéeykat', 'workers', 'sañ-sañ', 'rights', 'injury'] },
    { phrase: 'chômage', topics: ['work', 'benefits'], terms: ['unemployment', 'jobs', 'ndimbali', 'benefits'] },
    // Family, rights, language
    { phrase: 'violence', topics: ['family', 'know-your-rights'], terms: ['violence', 'njaboot', 'family', 'women'] },
    { phrase: 'doom', topics: ['family'], terms: ['doom', 'children', 'njaboot', 'family'] },
    { phrase: 'xale', topics: ['family'], terms: ['doom', 'children', 'njaboot', 'family'] },
    { phrase: 'sama sañ-sañ', topics: ['know-your-rights'], terms: ['sañ-sañ', 'rights', 'xam'] },
    { phrase: 'lan laa wara def', topics: ['know-your-rights', 'immigration-legal'], terms: ['sañ-sañ', 'rights', 'ajaŋu', 'agents', 'bunt', 'door'] },
    { phrase: 'polis', topics: ['know-your-rights'], terms: ['sañ-sañ', 'rights', 'police'] },
    { phrase: 'tekkikat', topics: ['know-your-rights'], terms: ['tekkikat', 'interpreter', 'interpreters', 'làkk', 'language'] },
    { phrase: 'interprète', topics: ['know-your-rights'], terms: ['tekkikat', 'interpreter', 'interpreters', 'làkk', 'language'] },
  ],
};
