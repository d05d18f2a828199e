import type { Drafts } from './index.js';

/** French: the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': 'Cours de conversation en anglais (10 semaines)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Pratiquez l’anglais oral en petit groupe, dans une ambiance conviviale. Les débutants sont les bienvenus. Des bénévoles aident en espagnol, en créole haïtien et en bangla. Inscrivez-vous une fois pour les 10 séances ; les livres sont gratuits.',
  'English conversation class, morning group (10 weeks)':
    'Cours de conversation en anglais, groupe du matin (10 semaines)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Le prochain groupe de 10 semaines, le matin. Pratiquez l’anglais de tous les jours : le médecin, la banque, l’école de votre enfant. Inscrivez-vous une fois pour les 10 séances.',
  'Free immigration legal clinic': 'Permanence juridique gratuite en immigration',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Rencontrez un avocat ou un représentant accrédité par le DOJ pour une consultation gratuite et confidentielle de 30 minutes. Apportez les lettres ou formulaires reçus. Inscrivez-vous à une séance ; les personnes sans rendez-vous sont reçues s’il reste du temps.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Journée de la citoyenneté : aide gratuite pour demander la nationalité américaine',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Des avocats bénévoles vous aident à remplir le formulaire N-400 et vérifient si vous pouvez obtenir une exonération des frais. Apportez votre carte verte, vos adresses et emplois des cinq dernières années et vos dates de voyage. Inscrivez-vous pour obtenir un horaire.',
  'Know your rights: tenants and workers': 'Connaître ses droits : locataires et travailleurs',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Un forum de quartier sur vos droits chez vous et au travail, quel que soit votre statut. Questions bienvenues. Sans inscription.',
  'Avoiding immigration scams': 'Éviter les arnaques à l’immigration',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Comment repérer les faux avocats et les « notarios », et où trouver une aide gratuite de confiance.',
  'IDNYC pop-up enrollment': 'Inscription IDNYC sans rendez-vous',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Demandez IDNYC, la carte d’identité gratuite de la Ville de New York, sans rendez-vous. Apportez une preuve d’identité et une preuve de résidence à New York.',
  'Online: DACA renewal questions answered': 'En ligne : réponses sur le renouvellement du DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Une séance en ligne d’une heure avec un avocat. Inscrivez-vous sur la page de l’organisateur pour recevoir le lien.',
  'Legal screening in Bangla, Urdu and Nepali': 'Évaluation juridique en bangla, ourdou et népalais',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Un premier examen gratuit de vos options d’immigration, avec des interprètes. Le premier samedi de chaque mois.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians : cercle de conversation (10 semaines)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Un cercle de conversation gratuit de 10 semaines pour les adultes qui apprennent l’anglais. Inscrivez-vous une fois pour toute la série.',
  'Immigration legal clinic at the Chinatown branch':
    'Permanence juridique en immigration à la bibliothèque de Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Consultations gratuites le premier et le troisième jeudi de chaque mois. Inscrivez-vous à une séance.',
  '(Sample event: times and places are examples.)':
    '(Événement d’exemple : horaires et lieux donnés à titre d’exemple.)',
};
