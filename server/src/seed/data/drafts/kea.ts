import type { Drafts } from './index.js';

/** Cape Verdean Creole: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Liga pa MOIA pa bu ten informason i enkaminhamentu: djuda legal na imigrason, servisus di Sidadi, benefísiu i más. MOIA tanbe pode pergunta USCIS sobri un prusesu di imigrason ki sta atrazadu pa bo. Intérpreti é di grasa, na más di 200 língua.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC é un karton di identidadi di grasa pa tudu morador di Nova York ku 10 anu o más. Uza-l na ofisiu di Sidadi, biblioteka, klínika i txeu muzeu. Ningen ka ta pergunta bu situason di imigrason.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Un kumbersu di grasa i konfidensial pa bu fika ta sabe bu opson di imigrason. Si bu mesti más djuda, mésmu ekipa pode djuda ku bu kazu. ActionNYC é un prugrama di Sidadi; es parseru é dadu di izenplu.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Djuda legal di grasa pa pidi sidadania merkanu, na biblioteka públika. Un advogadu ta odja bu kazu, ta djuda-bu prenxe formuláriu i ta djobe si bu pode ten izenson di taxa.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Pratika fala ingles na un grupu pikinoti i amigu. Kada kursu ta dura 10 simana i ta uza prugrama di TV We Are New York, ku stória sobri servisus di Sidadi. Voluntáriu formadu ta da aula.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Runion kumunitáriu di grasa sobri bu direitu na Sidadi di Nova York. Ajénsia di Sidadi i grupu lokal ta splika servisus i bu direitu na trabadju, na kaza i si ajenti di imigrason bate na bu porta.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Bira voluntáriu ku MOIA. Anbaxadoris ta djuda na eventu kumunitáriu, ta faze interpretason i ta lidera grupu di kumbersu na ingles pa IDNYC, We Are New York i ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Avaliason di DACA di grasa i djuda ku formuláriu di renovason. Un advogadu o reprezentanti akreditadu pa DOJ ta odja bu kazu. Es organizason, se enderesu i telefoni é dadu di izenplu.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Un lista online di grupu kumunitáriu ki ta djuda imigranti ku saúdi, kaza, trabadju, skola, família i kestons legal. Buska pa tema i pa bairu.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Un spasu di bon-binda na biblioteka ku gia di grasa sobri sidadania, kursu di ingles i servisus di Sidadi. É un parseria di Sidadi, USCIS i biblioteka públika. Funsionáriu di biblioteka pode mostra-bu undi ten más djuda.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Liga o bai ofisiu na Kámara Munisipal. Funsionáriu ta djuda-bu atxa servisus di Sidadi, djuda legal, kursu di ingles, saúdi i trabadju. Intérpreti é di grasa.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Kursu di ingles di grasa pa adultu, di prinsipianti ti avansadu. English for New Bostonians é un parseria ki Sidadi ta apoia. Maioria di klasi ta djunta dos bes pa simana.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Kumbersa na privadu ku un advogadu di imigrason voluntáriu duranti 15 minutu, di grasa. Atendimentu é na primeru i terseru kuarta-fera di kada mes, di 12h ti 3h di tardi.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Un bes pa anu, advogadu voluntáriu ta djuda senténa di algen pidi sidadania merkanu na un dia só. Ten djuda di grasa ku formuláriu i pa pidi izenson di taxa.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Material di grasa sobri sidadania, manera di libra di buru, servisus di Sidadi, bolsa di studu i jestion di diñeru, na tudu Boston Public Library. Un parseria di Sidadi, USCIS, biblioteka i grupu kumunitáriu.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Un lista online di grupu kumunitáriu fora di Kámara ki ta djuda imigranti: kursu di ingles, djuda legal, saúdi, trabadju, kaza i benefísiu.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Avaliason di DACA di grasa, djuda ku formuláriu di renovason i konsedju pa libra di buru. Un advogadu o reprezentanti akreditadu pa DOJ ta odja bu kazu. Es organizason, se enderesu i telefoni é dadu di izenplu.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Konsedju i djuda di grasa ku formuláriu di imigrason, sima renovason di green card, autorizason di trabadju i petison di família. Ben sen markason na tersa o kinta-fera di tardi. Es organizason, se enderesu i telefoni é dadu di izenplu.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Prende rekonhese buru di imigrason, sima “notarios” ki ka é advogadu. Konxe bu direitu i sabe undi atxa djuda legal onestu i di grasa.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.':
    'Linha diretu di MOIA, di sugunda pa sesta-fera, di 9h di palmanhan ti 5h di tardi.',
  'NYC 311, the City help line. Say the name of the service.':
    'NYC 311, linha di djuda di Sidadi. Fla nomi di servisu.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Linha diretu di ActionNYC, di sugunda pa sesta-fera, di 9h di palmanhan ti 6h di tardi. Skodje bu língua.',
  'Sample phone number for this demo. It does not work.': 'Númeru di izenplu pa es demonstrason. E ka ta funsiona.',
  'Library information line.': 'Linha di informason di biblioteka.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.':
    'Resepson di MOIA, di sugunda pa sesta-fera, di 9h di palmanhan ti 5h di tardi.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, linha di djuda di Sidadi. Pidi Immigrant Advancement.',
  'By appointment.': 'Ku markason.',
  'Second Saturday of each month.': 'Sugundu sábadu di kada mes.',
  'Third Wednesday of each month.': 'Terseru kuarta-fera di kada mes.',
  'First Saturday of each month.': 'Primeru sábadu di kada mes.',
  'Second Thursday of each month.': 'Sugundu kinta-fera di kada mes.',
  'Fourth Saturday of each month.': 'Kuartu sábadu di kada mes.',
  'First and third Wednesday of each month, by appointment.': 'Primeru i terseru kuarta-fera di kada mes, ku markason.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Un bes pa anu, na un sábadu. Djobe data di es anu na boston.gov.',
  'Fourth Wednesday of each month.': 'Kuartu kuarta-fera di kada mes.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: gia di grasa sobri sidadania, kursu di ingles i servisus di Sidadi.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: material di grasa sobri sidadania, buru, servisus di Sidadi, bolsa di studu i djuda ku diñeru.',
  'Free.': 'Di grasa.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Nos djuda é di grasa. Nu ta djuda-bu djobe si bu pode ten izenson di taxa di USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Nos djuda é di grasa. USCIS ta kobra un taxa di pididu; nu pode fla-bu kantu ki é gosi.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Nos djuda é di grasa. Alguns formuláriu ten taxa di USCIS; nu ta fla-bu antis di bu manda.',
  'English conversation class (10 weeks)': 'Kursu di kumbersu na ingles (10 simana)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Pratika fala ingles na un grupu pikinoti i amigu. Prinsipianti é ben-bindu. Voluntáriu ta djuda na spañol, kriolu aitianu i bangla. Inskrebe un bes pa tudu 10 aula; livru é di grasa.',
  'English conversation class, morning group (10 weeks)': 'Kursu di kumbersu na ingles, grupu di palmanhan (10 simana)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Prósimu grupu di 10 simana, di palmanhan. Pratika ingles di dia-a-dia: médiku, banku, skola di bu fidju. Inskrebe un bes pa tudu 10 aula.',
  'Free immigration legal clinic': 'Klínika legal di imigrason di grasa',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Kumbersa ku un advogadu o reprezentanti akreditadu pa DOJ na un konsulta di 30 minutu, di grasa i konfidensial. Traze kartas o formuláriu ki bu resebe. Inskrebe pa un ora; algen ki ben sen markason ta ser atendidu si ten tenpu.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Dia di Sidadania: djuda di grasa pa pidi sidadania merkanu',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Advogadu voluntáriu ta djuda-bu prenxe formuláriu N-400 i ta djobe si bu ten direitu a izenson di taxa. Traze bu green card, enderesu i trabadju di últimu sinku anu, i data di bu viaji. Inskrebe pa bu ten un ora.',
  'Know your rights: tenants and workers': 'Konxe nhos direitu: inkilinu i trabadjador',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Un fórum kumunitáriu sobri bu direitu na kaza i na trabadju, kalker ki é bu situason. Pergunta é ben-bindu. Ka ten nesesidadi di inskrebe.',
  'Avoiding immigration scams': 'Manera di libra di buru di imigrason',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Modi ki bu ta rekonhese falsu advogadu i “notarios”, i undi atxa djuda di grasa di konfiansa.',
  'IDNYC pop-up enrollment': 'Inskrison IDNYC sen markason',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Pidi IDNYC, karton di identidadi di grasa di Sidadi di Nova York, sen markason. Traze prova di identidadi i di ma bu ta mora na Sidadi di Nova York.',
  'Online: DACA renewal questions answered': 'Online: reposta pa pergunta sobri renovason di DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Un seson online di un ora ku un advogadu. Inskrebe na pájina di organizador pa bu resebe link.',
  'Legal screening in Bangla, Urdu and Nepali': 'Avaliason legal na bangla, urdu i nepalés',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Un primeru avaliason di grasa di bu opson di imigrason, ku intérpreti. Primeru sábadu di kada mes.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: roda di kumbersu (10 simana)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Un roda di kumbersu di grasa di 10 simana pa adultu ki sta ta prende ingles. Inskrebe un bes pa tudu séri.',
  'Immigration legal clinic at the Chinatown branch': 'Klínika legal di imigrason na filial di Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Konsulta di grasa na primeru i terseru kinta-fera di kada mes. Inskrebe pa un ora.',
  '(Sample event: times and places are examples.)': '(Eventu di izenplu: oras i lugar é izenplu.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Gabineti di Prezidenti di Kámara pa Asuntu di Imigranti (MOIA)',
  'The New York Public Library': 'Biblioteka Públika di Nova York',
  'Brooklyn Public Library': 'Biblioteka Públika di Brooklyn',
  'Queens Public Library': 'Biblioteka Públika di Queens',
  'Sample Immigrant Legal Center (sample)': 'Sentru Legal pa Imigranti (izenplu)',
  'Sample Neighborhood Law Project (sample)': 'Projetu Legal di Bairu (izenplu)',
  'Stephen A. Schwarzman Building': 'Prédiu Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Biblioteka di Harlem',
  'Brooklyn Central Library': 'Biblioteka Sentral di Brooklyn',
  'Flatbush Library': 'Biblioteka di Flatbush',
  'Flushing Library': 'Biblioteka di Flushing',
  'Jackson Heights Library': 'Biblioteka di Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Sentru IDNYC – Prédiu Munisipal di Brooklyn',
  'IDNYC Center – Bronx County Building': 'Sentru IDNYC – Prédiu di Kondadu di Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)': 'Sentru Legal pa Imigranti – Jackson Heights (izenplu)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Projetu Legal di Bairu – Harlem (izenplu)',
  'MOIA hotline': 'Linha diretu di MOIA',
  'IDNYC enrollment – Flushing Library': 'Inskrison na IDNYC – Biblioteka di Flushing',
  'IDNYC enrollment – Brooklyn': 'Inskrison na IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Inskrison na IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Avaliason legal ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Avaliason legal ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Klínika di sábadu di ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – bibliotekas di Manhattan i Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – bibliotekas di Brooklyn i Queens',
  'We Are New York English classes – Manhattan': 'Kursu di ingles We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Kursu di ingles We Are New York – Brooklyn i Queens',
  'Know Your Rights forums': 'Fórum “Konxe nhos direitu”',
  'MOIA Community Ambassadors (volunteer)': 'Anbaxadoris Kumunitáriu di MOIA (voluntariadu)',
  'DACA screening and renewals': 'Avaliason i renovason di DACA',
  'Community resource directory': 'Lista di rekursu kumunitáriu',
  'New American Corners – New York Public Library': 'New American Corners – Biblioteka Públika di Nova York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Biblioteka Públika di Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Biblioteka Públika di Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)':
    'Gabineti di Prezidenti di Kámara pa Avansu di Imigranti (MOIA Boston)',
  'Boston Public Library': 'Biblioteka Públika di Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Djuda Legal Novus Vizinhu (izenplu)',
  'Boston City Hall, Room 806': 'Kámara Munisipal di Boston, sala 806',
  'Central Library in Copley Square': 'Biblioteka Sentral na Copley Square',
  'East Boston Branch': 'Filial di East Boston',
  'Chinatown Branch': 'Filial di Chinatown',
  'Mattapan Branch': 'Filial di Mattapan',
  'Uphams Corner Branch': 'Filial di Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Djuda Legal Novus Vizinhu – Roxbury (izenplu)',
  'MOIA front desk and phone line': 'Resepson i linha telefónika di MOIA',
  'English for New Bostonians classes – Central Library': 'Kursu English for New Bostonians – Biblioteka Sentral',
  'English for New Bostonians classes – neighborhood branches': 'Kursu English for New Bostonians – filial di bairu',
  'Free immigration consultations at City Hall': 'Konsulta di imigrason di grasa na Kámara Munisipal',
  'Citizenship Day': 'Dia di Sidadania',
  'Immigrant Information Corners': 'Kantu di informason pa imigranti',
  'Immigrant resource directory': 'Lista di rekursu pa imigranti',
  'DACA screening clinic': 'Klínika di avaliason di DACA',
  'Immigration legal help (walk-in)': 'Djuda legal na imigrason (sen markason)',
  'Avoid immigration scams (workshop)': 'Libra di buru di imigrason (ofisina)',
};
