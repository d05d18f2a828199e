import type { Drafts } from './index.js';

/** Haitian Creole: the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': 'Kou konvèsasyon an angle (10 semèn)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Pratike pale angle nan yon ti gwoup ki janti. Moun k ap kòmanse byenvini. Volontè ede an panyòl, kreyòl ayisyen ak bangla. Enskri yon sèl fwa pou tout 10 sesyon yo; liv yo gratis.',
  'English conversation class, morning group (10 weeks)': 'Kou konvèsasyon an angle, gwoup maten (10 semèn)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Pwochen gwoup 10 semèn nan, nan maten. Pratike angle chak jou: doktè, bank, lekòl pitit ou. Enskri yon sèl fwa pou tout 10 sesyon yo.',
  'Free immigration legal clinic': 'Klinik legal gratis sou imigrasyon',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Rankontre yon avoka oswa yon reprezantan akredite pa DOJ pou yon konsiltasyon gratis e konfidansyèl 30 minit. Pote lèt oswa fòm ou resevwa yo. Enskri pou yon sesyon; moun ki vini san randevou ap wè si gen tan.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Jounen Sitwayènte: èd gratis pou aplike pou sitwayènte ameriken',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Avoka volontè ede w ranpli fòm N-400 la epi tcheke si ou kalifye pou yon egzanpsyon frè. Pote kat vèt ou, adrès ak travay ou te genyen nan senk dènye ane yo, ak dat vwayaj ou yo. Enskri pou jwenn yon lè.',
  'Know your rights: tenants and workers': 'Konnen dwa ou: lokatè ak travayè',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Yon fowòm kominotè sou dwa ou lakay ou ak nan travay, kèlkeswa estati ou. Kesyon byenvini. Pa bezwen enskri.',
  'Avoiding immigration scams': 'Evite fwod imigrasyon',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Kijan pou rekonèt fo avoka ak “notarios”, ak ki kote pou jwenn èd gratis ou ka fè konfyans.',
  'IDNYC pop-up enrollment': 'Enskripsyon IDNYC san randevou',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Aplike pou IDNYC, kat idantite gratis Vil New York, san randevou. Pote prèv idantite ak prèv ou rete nan Vil New York.',
  'Online: DACA renewal questions answered': 'Sou entènèt: repons sou renouvèlman DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Yon sesyon sou entènèt inèdtan ak yon avoka. Enskri sou paj òganizatè a pou resevwa lyen an.',
  'Legal screening in Bangla, Urdu and Nepali': 'Evalyasyon legal an bangla, ourdou ak nepalè',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Yon premye evalyasyon gratis sou opsyon imigrasyon ou, ak entèprèt. Premye samdi chak mwa.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: sèk konvèsasyon (10 semèn)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Yon sèk konvèsasyon gratis 10 semèn pou granmoun k ap aprann angle. Enskri yon sèl fwa pou tout seri a.',
  'Immigration legal clinic at the Chinatown branch': 'Klinik legal sou imigrasyon nan branch Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Konsiltasyon gratis premye ak twazyèm jedi chak mwa. Enskri pou yon sesyon.',
  '(Sample event: times and places are examples.)': '(Evènman egzanp: lè ak kote yo se egzanp.)',
};
