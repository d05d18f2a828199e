import type { Drafts } from './index.js';

/** Wolof: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Woo MOIA ngir am xibaar ak jubluwaay: ndimbal ci wàllu yoon ngir imigrasioŋ, liggéeyu Dëkk bi, ndimbali nguur ak yeneen. MOIA man na laaj USCIS ci sa turu ci dosie imigrasioŋ bu yéex. Tekkikat yi doo fey dara, ci lu ëpp 200 làkk.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC kàrt didantite la bu doo fey dara, ngir ñépp ñiy dëkk New York te am 10 at walla lu ëpp. Jëfandikoo ko ci biroo yu Dëkk bi, bibliyotek yi, kilinik yi ak ay muse yu bare. Duñu la laaj sa taxawaay ci wàllu imigrasioŋ.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Waxtaan bu doo fey dara te nëbbu ngir xam say yoon ci wàllu imigrasioŋ. Soo soxlaa yeneen ndimbal, ekip bi man na la dimbali ci sa dosie. ActionNYC prograam Dëkk bi la; ndawal bii misaal rekk la.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Ndimbal ci wàllu yoon bu doo fey dara ngir laaj nasiyonalite Amerig, ci bibliyotek bu askan wi. Awokaa dina xool sa dosie, dimbali la nga fees formulaire bi, te seet ndax dinga am ndaggalu pey.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Jàngal wax angale ci kurél bu ndaw bu neex. Njàng mu nekk dafay yàgg 10 ayu-bés te dafay jëfandikoo emisioŋu TV We Are New York, ak ay léeb ci liggéeyu Dëkk bi. Ay bénévole yu jàng ñoo koy jàngale.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Ndaje yu doo fey dara ci say sañ-sañ ci Dëkku New York. Biroo yu Dëkk bi ak kurél yu gox bi dañuy leeral liggéey yi ak say sañ-sañ ci liggéey, ci kër ak bu ajaŋu imigrasioŋ ñëwee ci sa bunt.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Nekkal bénévole ak MOIA. Ambasadëer yi dañuy dimbali ci xew-xewi gox bi, di tekki, te di jiite kurélu waxtaan ci angale ngir IDNYC, We Are New York ak ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Seetlu DACA bu doo fey dara ak ndimbal ci formulaire yu yeesal. Awokaa walla ndawal bu DOJ may sañ-sañ dina xool sa dosie. Mbootaay bii, adrees ak telefoonam misaal rekk la.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Lim bu nekk ci internet ci kurél yu gox yiy dimbali ñi ñëw dëkk fii ci wér-gi-yaram, dëkkuwaay, liggéey, lekool, njaboot ak laaj yu yoon. Seetal ci tema ak ci gox.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Bérab bu dalal ñëw ci bibliyotek bi, am na ay gid yu doo fey dara ci nasiyonalite, njàngum angale ak liggéeyu Dëkk bi. Dëkk bi, USCIS ak bibliyotek bi ñoo ko def ci ànd. Liggéeykati bibliyotek bi man nañu la won fu nga mana am yeneen ndimbal.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Woo walla ñëw ci biroo bi ci City Hall. Liggéeykat yi dinañu la dimbali nga gis liggéeyu Dëkk bi, ndimbal ci wàllu yoon, njàngum angale, paj ak liggéey. Tekkikat yi doo fey dara.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Njàngum angale bu doo fey dara ngir mag ñi, dale ko ci tàmbali ba ci kawe. English for New Bostonians ànd la bu Dëkk bi di jàppale. Li ëpp ci klaas yi dañuy daje ñaari yoon ci ayu-bés.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Waxtaanal ak awokaa imigrasioŋ bu bénévole ci 15 simili, doo fey dara. Ndaje yi ngi am ci àllarba bu njëkk ak bu ñetteel ci weer wu nekk, ci 12 ba 3 ci ngoon.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Benn yoon ci at mi, ay awokaa yu bénévole dañuy dimbali téeméeri nit ñu laaj nasiyonalite Amerig ci benn bés. Am ndimbal bu doo fey dara ci formulaire bi ak ngir laaj ndaggalu pey.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Ay kayit yu doo fey dara ci nasiyonalite, moytu naxe, liggéeyu Dëkk bi, bours ak saytu xaalis, ci bépp Boston Public Library. Dëkk bi, USCIS, bibliyotek bi ak kurél yu gox yi ñoo ko def ci ànd.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Lim bu nekk ci internet ci kurél yu gox yu nekkul ci City Hall yiy dimbali ñi ñëw dëkk fii: njàngum angale, ndimbal ci wàllu yoon, paj, liggéey, dëkkuwaay ak ndimbali nguur.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Seetlu DACA bu doo fey dara, ndimbal ci formulaire yu yeesal ak ay digal ngir moytu naxe. Awokaa walla ndawal bu DOJ may sañ-sañ dina xool sa dosie. Mbootaay bii, adrees ak telefoonam misaal rekk la.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Digal ak ndimbal yu doo fey dara ci formulaire yu imigrasioŋ, niki yeesal green card, sañ-sañu liggéey ak laaj yu njaboot. Ñëwal te soxlawul rendez-vous ci talaata walla alxames ci ngoon. Mbootaay bii, adrees ak telefoonam misaal rekk la.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Jàngal ni ngay xame naxe yu imigrasioŋ, niki “notarios” yu dul awokaa. Xam sa sañ-sañ ak fu nga mana am ndimbal ci wàllu yoon bu dëggu te doo fey dara.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'Liñ bu jub bu MOIA, altine ba àjjuma, 9i suba ba 5i ngoon.',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311, liñu ndimbalu Dëkk bi. Waxal turu liggéey bi.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Liñ bu jub bu ActionNYC, altine ba àjjuma, 9i suba ba 6i ngoon. Tànnal sa làkk.',
  'Sample phone number for this demo. It does not work.': 'Nimero telefoon bu misaal ngir wone bii. Du dox.',
  'Library information line.': 'Liñu xibaaru bibliyotek bi.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'Dalalukaayu MOIA, altine ba àjjuma, 9i suba ba 5i ngoon.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, liñu ndimbalu Dëkk bi. Laajal Immigrant Advancement.',
  'By appointment.': 'Ak rendez-vous.',
  'Second Saturday of each month.': 'Gaawu bu ñaareel ci weer wu nekk.',
  'Third Wednesday of each month.': 'Àllarba bu ñetteel ci weer wu nekk.',
  'First Saturday of each month.': 'Gaawu bu njëkk ci weer wu nekk.',
  'Second Thursday of each month.': 'Alxames bu ñaareel ci weer wu nekk.',
  'Fourth Saturday of each month.': 'Gaawu bu ñeenteel ci weer wu nekk.',
  'First and third Wednesday of each month, by appointment.':
    'Àllarba bu njëkk ak bu ñetteel ci weer wu nekk, ak rendez-vous.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Benn yoon ci at mi, ci gaawu. Seetal bésu at mii ci boston.gov.',
  'Fourth Wednesday of each month.': 'Àllarba bu ñeenteel ci weer wu nekk.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: gid yu doo fey dara ci nasiyonalite, njàngum angale ak liggéeyu Dëkk bi.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: kayit yu doo fey dara ci nasiyonalite, naxe, liggéeyu Dëkk bi, bours ak ndimbal ci xaalis.',
  'Free.': 'Doo fey dara.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Sunu ndimbal doo ko fey dara. Dinañu la dimbali nga seet ndax dinga am ndaggalu pey bu USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Sunu ndimbal doo ko fey dara. USCIS dafay jël pey ngir laaj bi; man nañu la wax ñaata la léegi.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Sunu ndimbal doo ko fey dara. Yenn formulaire yi am nañu pey bu USCIS; dinañu la ko wax balaa ngay yónnee.',
  'English conversation class (10 weeks)': 'Njàngum waxtaan ci angale (10 ayu-bés)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Jàngal wax angale ci kurél bu ndaw bu neex. Ñiy tàmbali dalal ak jàmm. Ay bénévole dañuy dimbali ci español, kreyol ayisien ak bengali. Bindul benn yoon ngir 10 njàng yépp; téere yi doo leen fey dara.',
  'English conversation class, morning group (10 weeks)': 'Njàngum waxtaan ci angale, kurélu suba (10 ayu-bés)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Kurél bu ci topp bu 10 ayu-bés, ci suba. Jàngal angale bu bés bu nekk: doktoor, bànk, lekoolu sa doom. Bindul benn yoon ngir 10 njàng yépp.',
  'Free immigration legal clinic': 'Ndimbal ci wàllu yoon ngir imigrasioŋ, doo fey dara',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Gisal ak awokaa walla ndawal bu DOJ may sañ-sañ ngir waxtaan bu doo fey dara te nëbbu bu 30 simili. Indil bataaxal walla formulaire yi nga jot. Bindul ngir benn waxtu; ñi ñëw te bindul dinañu leen gis su waxtu amee.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Bésu Nasiyonalite: ndimbal bu doo fey dara ngir laaj nasiyonalite Amerig',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Awokaa yu bénévole dinañu la dimbali nga fees formulaire N-400 te seet ndax yelloo nga ndaggalu pey. Indil sa green card, sa adrees ak sa liggéey ci juróomi at yu mujj yi, ak bési tukki yi. Bindul ngir am waxtu.',
  'Know your rights: tenants and workers': 'Xam sa sañ-sañ: ñiy luwe kër ak liggéeykat yi',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Ndaje gox ci say sañ-sañ ci kër ak ci liggéey, lu mu mana doon sa taxawaay. Laaj yi dalal ak jàmm. Soxlawul bind.',
  'Avoiding immigration scams': 'Moytu naxe yu imigrasioŋ',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Ni ngay xame awokaa yu dul dëgg ak “notarios”, ak fu nga mana am ndimbal bu doo fey dara te ñu man koo wóolu.',
  'IDNYC pop-up enrollment': 'Bindu IDNYC bu amul rendez-vous',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Laajal IDNYC, kàrt didantite bu doo fey dara bu Dëkku New York, te soxlawul rendez-vous. Indil lu wone ki nga doon ak ne dangay dëkk ci Dëkku New York.',
  'Online: DACA renewal questions answered': 'Ci internet: tontu ci laaj yu yeesalu DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Ndaje bu benn waxtu ci internet ak awokaa. Bindul ci xëtu ki ko organize ngir am lëkkalekaay bi.',
  'Legal screening in Bangla, Urdu and Nepali': 'Seetlu yoon ci bengali, urdu ak nepali',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Seetlu bu njëkk bu doo fey dara ci say yoon ci wàllu imigrasioŋ, ak ay tekkikat. Gaawu bu njëkk ci weer wu nekk.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: kurélu waxtaan (10 ayu-bés)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Kurélu waxtaan bu doo fey dara bu 10 ayu-bés ngir mag ñiy jàng angale. Bindul benn yoon ngir seri bi yépp.',
  'Immigration legal clinic at the Chinatown branch': 'Ndimbal ci wàllu yoon ngir imigrasioŋ ci bibliyoteku Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Waxtaan yu doo fey dara ci alxames bu njëkk ak bu ñetteel ci weer wu nekk. Bindul ngir benn waxtu.',
  '(Sample event: times and places are examples.)': '(Xew-xew bu misaal: waxtu yi ak bérab yi misaal lañu.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Biroo Meer bi ngir mbiri ñi ñëw dëkk fii (MOIA)',
  'The New York Public Library': 'Bibliyotekum mbooloo mi ci New York',
  'Brooklyn Public Library': 'Bibliyotekum mbooloo mi ci Brooklyn',
  'Queens Public Library': 'Bibliyotekum mbooloo mi ci Queens',
  'Sample Immigrant Legal Center (sample)': 'Santaru yoon ngir ñi ñëw dëkk fii (misaal)',
  'Sample Neighborhood Law Project (sample)': 'Porogaraamu yoon bu gox bi (misaal)',
  'Stephen A. Schwarzman Building': 'Tabaxu Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Bibliyoteku Harlem',
  'Brooklyn Central Library': 'Bibliyoteku digg bu Brooklyn',
  'Flatbush Library': 'Bibliyoteku Flatbush',
  'Flushing Library': 'Bibliyoteku Flushing',
  'Jackson Heights Library': 'Bibliyoteku Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Santaru IDNYC – Tabaxu meeri bu Brooklyn',
  'IDNYC Center – Bronx County Building': 'Santaru IDNYC – Tabaxu kontee Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Santaru yoon ngir ñi ñëw dëkk fii – Jackson Heights (misaal)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Porogaraamu yoon bu gox bi – Harlem (misaal)',
  'MOIA hotline': 'Liñ bu jub bu MOIA',
  'IDNYC enrollment – Flushing Library': 'Bindu IDNYC – Bibliyoteku Flushing',
  'IDNYC enrollment – Brooklyn': 'Bindu IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Bindu IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Seetlu yoon ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Seetlu yoon ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Klinigu gaawu bu ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – bibliyoteki Manhattan ak Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – bibliyoteki Brooklyn ak Queens',
  'We Are New York English classes – Manhattan': 'Njàngum angale We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Njàngum angale We Are New York – Brooklyn ak Queens',
  'Know Your Rights forums': 'Waxtaan yu “Xam sa sañ-sañ”',
  'MOIA Community Ambassadors (volunteer)': 'Ambasadëeri gox yu MOIA (bénévole)',
  'DACA screening and renewals': 'Seetlu ak yeesal DACA',
  'Community resource directory': 'Limu ndimbal yu gox bi',
  'New American Corners – New York Public Library': 'New American Corners – Bibliyotekum mbooloo mi ci New York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Bibliyotekum mbooloo mi ci Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Bibliyotekum mbooloo mi ci Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': 'Biroo Meer bi ngir yokkute ñi ñëw dëkk fii (MOIA Boston)',
  'Boston Public Library': 'Bibliyotekum mbooloo mi ci Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Ndimbalu yoon Dëkkandoo yu Bees (misaal)',
  'Boston City Hall, Room 806': 'Meeri Boston, néeg 806',
  'Central Library in Copley Square': 'Bibliyoteku digg bi ci Copley Square',
  'East Boston Branch': 'Bibliyoteku East Boston',
  'Chinatown Branch': 'Bibliyoteku Chinatown',
  'Mattapan Branch': 'Bibliyoteku Mattapan',
  'Uphams Corner Branch': 'Bibliyoteku Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Ndimbalu yoon Dëkkandoo yu Bees – Roxbury (misaal)',
  'MOIA front desk and phone line': 'Dalalukaay ak liñu telefonu MOIA',
  'English for New Bostonians classes – Central Library': 'Njàngu English for New Bostonians – Bibliyoteku digg bi',
  'English for New Bostonians classes – neighborhood branches':
    'Njàngu English for New Bostonians – bibliyoteki gox yi',
  'Free immigration consultations at City Hall': 'Digal yu imigrasioŋ yu doo fey dara ci meeri bi',
  'Citizenship Day': 'Bésu Nasiyonalite',
  'Immigrant Information Corners': 'Koñu xibaar ngir ñi ñëw dëkk fii',
  'Immigrant resource directory': 'Limu ndimbal ngir ñi ñëw dëkk fii',
  'DACA screening clinic': 'Klinigu seetlu DACA',
  'Immigration legal help (walk-in)': 'Ndimbal ci wàllu yoon ngir imigrasioŋ (soxlawul rendez-vous)',
  'Avoid immigration scams (workshop)': 'Moytu naxe yu imigrasioŋ (atelier)',
};
