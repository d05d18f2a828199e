import type { Drafts } from './index.js';

/** Somali: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Wac MOIA si aad u hesho macluumaad iyo gudbin: caawimaad sharci oo socdaalka ah, adeegyada Magaalada, kaalmooyinka dowladda iyo wax kale. MOIA waxay sidoo kale kuu weydiin kartaa USCIS kiis socdaal oo dib u dhacay. Turjubaannadu waa bilaash, in ka badan 200 luqadood.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    "IDNYC waa kaar aqoonsi oo bilaash ah oo loogu talagalay dhammaan dadka New York ee da'doodu tahay 10 iyo ka weyn. Ku isticmaal xafiisyada Magaalada, maktabadaha, rugaha caafimaadka iyo matxafyo badan. Laguma weydiinayo xaaladdaada socdaalka.",
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Kulan bilaash ah oo qarsoodi ah si aad u ogaato fursadahaaga socdaalka. Haddii aad u baahato caawimaad dheeraad ah, isla kooxdaas ayaa kaa caawin karta kiiskaaga. ActionNYC waa barnaamij Magaalada; shuraakadan waa xog tusaale ah.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Caawimaad sharci oo bilaash ah si aad u codsato dhalashada Maraykanka, maktabadda dadweynaha. Qareen ayaa eegaya kiiskaaga, kaa caawinaya buuxinta foomka, oo hubinaya inaad heli karto ka dhaafid khidmadda.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Ku celceli ku hadalka Ingiriisiga koox yar oo saaxiibtinimo leh. Koorso kastaa waa 10 toddobaad waxayna isticmaashaa barnaamijka TV-ga We Are New York, oo leh sheekooyin ku saabsan adeegyada Magaalada. Tabarucayaal tababaran ayaa fasallada hoggaamiya.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    "Kulamo bulsho oo bilaash ah oo ku saabsan xuquuqdaada Magaalada New York. Hay'adaha Magaalada iyo kooxaha deegaanka ayaa sharxaya adeegyada iyo xuquuqdaada shaqada, guriga iyo haddii sarkaal socdaal albaabkaaga yimaado.",
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Ku tabaruc MOIA. Safiirradu waxay ka caawiyaan munaasabadaha bulshada, way turjumaan, waxayna hoggaamiyaan kooxaha wadahadalka Ingiriisiga ee IDNYC, We Are New York iyo ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Baaritaan DACA oo bilaash ah iyo caawimaad foomamka cusboonaysiinta. Qareen ama wakiil uu ansixiyay DOJ ayaa eegaya kiiskaaga. Bixiyahan, cinwaankiisa iyo taleefankiisu waa xog tusaale ah.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Liis onlayn ah oo kooxaha bulshada ee ka caawiya soo-galootiga caafimaadka, guryaha, shaqada, dugsiga, qoyska iyo arrimaha sharciga. Ku raadi mawduuc iyo degmo.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Meel soo dhaweyn ah oo maktabadda ku taal, oo leh hagayaal bilaash ah oo ku saabsan dhalashada, fasallada Ingiriisiga iyo adeegyada Magaalada. Waa iskaashi Magaalada, USCIS iyo maktabadda dadweynaha. Shaqaalaha maktabaddu waxay kuu tilmaami karaan caawimaad dheeraad ah.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Wac ama booqo xafiiska City Hall. Shaqaaluhu waxay kaa caawiyaan helitaanka adeegyada Magaalada, caawimaad sharci, fasallada Ingiriisiga, daryeel caafimaad iyo shaqo. Turjubaannadu waa bilaash.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Fasallo Ingiriisi oo bilaash ah oo loogu talagalay dadka waaweyn, laga bilaabo bilowga ilaa heerka sare. English for New Bostonians waa iskaashi ay Magaaladu taageerto. Fasallada badankood waxay kulmaan laba jeer toddobaadkii.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Si gaar ah ula hadal qareen socdaal oo tabaruce ah 15 daqiiqo, bilaash. Kiliinikadu waxay dhacaan Arbacada koowaad iyo saddexaad ee bil kasta, 12 ilaa 3 galabnimo.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Sannadkii hal mar, qareenno tabaruce ah ayaa maalin keliya ka caawiya boqollaal qof inay codsadaan dhalashada Maraykanka. Hel caawimaad bilaash ah oo foomka iyo codsiga ka dhaafidda khidmadda ah.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Agab bilaash ah oo ku saabsan dhalashada, ka fogaanshaha khiyaanada, adeegyada Magaalada, deeqaha waxbarasho iyo maaraynta lacagta, laamaha Boston Public Library oo dhan. Waa iskaashi Magaalada, USCIS, maktabadda iyo kooxaha bulshada.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Liis onlayn ah oo kooxaha bulshada ee ka baxsan City Hall oo caawiya soo-galootiga: fasallada Ingiriisiga, caawimaad sharci, daryeel caafimaad, shaqo, guryo iyo kaalmooyin.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Baaritaan DACA oo bilaash ah, caawimaad foomamka cusboonaysiinta, iyo talooyin lagaga fogaado khiyaanada. Qareen ama wakiil uu ansixiyay DOJ ayaa eegaya kiiskaaga. Bixiyahan, cinwaankiisa iyo taleefankiisu waa xog tusaale ah.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    "Talo iyo caawimaad bilaash ah oo foomamka socdaalka ah, sida cusboonaysiinta green card, oggolaanshaha shaqada iyo codsiyada qoyska. Kaalay ballan la'aan Talaadada ama Khamiista galabtii. Bixiyahan, cinwaankiisa iyo taleefankiisu waa xog tusaale ah.",
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Baro sida loo garto khiyaanada socdaalka, sida “notarios” aan qareenno ahayn. Ogow xuquuqdaada iyo meesha aad ka heli karto caawimaad sharci oo daacad ah oo bilaash ah.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.':
    'Khadka tooska ah ee MOIA, Isniin ilaa Jimce, 9 subaxnimo ilaa 5 galabnimo.',
  'NYC 311, the City help line. Say the name of the service.':
    'NYC 311, khadka caawimaadda Magaalada. Sheeg magaca adeegga.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Khadka tooska ah ee ActionNYC, Isniin ilaa Jimce, 9 subaxnimo ilaa 6 fiidnimo. Dooro luqaddaada.',
  'Sample phone number for this demo. It does not work.':
    'Lambar taleefan oo tusaale ah oo loogu talagalay bandhigan. Ma shaqeeyo.',
  'Library information line.': 'Khadka macluumaadka maktabadda.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.':
    'Miiska soo dhaweynta MOIA, Isniin ilaa Jimce, 9 subaxnimo ilaa 5 galabnimo.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, khadka caawimaadda Magaalada. Weydii Immigrant Advancement.',
  'By appointment.': 'Ballan ku salaysan.',
  'Second Saturday of each month.': 'Sabtida labaad ee bil kasta.',
  'Third Wednesday of each month.': 'Arbacada saddexaad ee bil kasta.',
  'First Saturday of each month.': 'Sabtida koowaad ee bil kasta.',
  'Second Thursday of each month.': 'Khamiista labaad ee bil kasta.',
  'Fourth Saturday of each month.': 'Sabtida afraad ee bil kasta.',
  'First and third Wednesday of each month, by appointment.':
    'Arbacada koowaad iyo saddexaad ee bil kasta, ballan ku salaysan.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Sannadkii hal mar, maalin Sabti ah. Taariikhda sannadkan ka eeg boston.gov.',
  'Fourth Wednesday of each month.': 'Arbacada afraad ee bil kasta.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: hagayaal bilaash ah oo ku saabsan dhalashada, fasallada Ingiriisiga iyo adeegyada Magaalada.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: agab bilaash ah oo ku saabsan dhalashada, khiyaanada, adeegyada Magaalada, deeqaha waxbarasho iyo caawimaadda lacagta.',
  'Free.': 'Bilaash.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Caawimaaddayadu waa bilaash. Waxaan kaa caawinaynaa inaad hubiso inaad heli karto ka dhaafidda khidmadda USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Caawimaaddayadu waa bilaash. USCIS waxay qaadaa khidmad codsi; waxaan kuu sheegi karnaa qadarka hadda.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Caawimaaddayadu waa bilaash. Foomamka qaarkood waxay leeyihiin khidmad USCIS; waan kuu sheegi doonnaa ka hor intaadan gudbin.',
  'English conversation class (10 weeks)': 'Fasalka wadahadalka Ingiriisiga (10 toddobaad)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Ku celceli ku hadalka Ingiriisiga koox yar oo saaxiibtinimo leh. Bilowyaashu waa soo dhaweyn. Tabarucayaal ayaa ku caawiya Isbaanish, Kiriyoolka Haiti iyo Bangla. Hal mar isu diiwaangeli dhammaan 10-ka kulan; buuggaagtu waa bilaash.',
  'English conversation class, morning group (10 weeks)':
    'Fasalka wadahadalka Ingiriisiga, kooxda subaxa (10 toddobaad)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Kooxda xigta ee 10 toddobaad, subaxnimo. Ku celceli Ingiriisiga maalinlaha ah: dhakhtarka, bangiga, dugsiga ilmahaaga. Hal mar isu diiwaangeli dhammaan 10-ka kulan.',
  'Free immigration legal clinic': 'Kiliinik sharci socdaal oo bilaash ah',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    "La kulan qareen ama wakiil uu ansixiyay DOJ si aad u hesho la-tashi bilaash ah oo qarsoodi ah oo 30 daqiiqo ah. Keen waraaqaha ama foomamka aad heshay. Isu diiwaangeli hal kulan; kuwa ballan la'aanta yimaada waa la arkaa haddii waqti jiro.",
  'Citizenship Day: free help applying for U.S. citizenship':
    'Maalinta Dhalashada: caawimaad bilaash ah oo codsiga dhalashada Maraykanka',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Qareenno tabaruce ah ayaa kaa caawiya buuxinta foomka N-400 oo hubiya inaad u qalanto ka dhaafidda khidmadda. Keen green card-kaaga, cinwaannada iyo shaqooyinka shantii sano ee la soo dhaafay, iyo taariikhaha safarka. Isu diiwaangeli si aad waqti u hesho.',
  'Know your rights: tenants and workers': 'Ogow xuquuqdaada: kiraystayaasha iyo shaqaalaha',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    "Fagaare bulsho oo ku saabsan xuquuqdaada guriga iyo shaqada, xaaladdaadu wax kasta ha ahaatee. Su'aalaha waa la soo dhaweynayaa. Diiwaangelin looma baahna.",
  'Avoiding immigration scams': 'Ka fogaanshaha khiyaanada socdaalka',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Sida loo garto qareennada been abuurka ah iyo “notarios”, iyo meesha laga helo caawimaad bilaash ah oo la isku halayn karo.',
  'IDNYC pop-up enrollment': 'Diiwaangelin IDNYC oo ku meel gaar ah',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    "Codso IDNYC, kaarka aqoonsiga bilaashka ah ee Magaalada New York, ballan la'aan. Keen caddeyn aqoonsi iyo caddeyn inaad ku nooshahay Magaalada New York.",
  'Online: DACA renewal questions answered': "Onlayn: jawaabaha su'aalaha cusboonaysiinta DACA",
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Kulan onlayn ah oo hal saac ah oo qareen lala yeesho. Isu diiwaangeli bogga qabanqaabiyaha si aad u hesho xiriirka.',
  'Legal screening in Bangla, Urdu and Nepali': 'Baaritaan sharci oo Bangla, Urdu iyo Nepali ah',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Baaritaan koowaad oo bilaash ah oo fursadahaaga socdaalka, turjubaanno la jooga. Sabtida koowaad ee bil kasta.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: goobo wadahadal (10 toddobaad)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Goobo wadahadal oo bilaash ah oo 10 toddobaad ah oo loogu talagalay dadka waaweyn ee baranaya Ingiriisiga. Hal mar isu diiwaangeli taxanaha oo dhan.',
  'Immigration legal clinic at the Chinatown branch': 'Kiliinik sharci socdaal oo ku yaal laanta Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'La-tashiyo bilaash ah Khamiista koowaad iyo saddexaad ee bil kasta. Isu diiwaangeli hal kulan.',
  '(Sample event: times and places are examples.)': '(Munaasabad tusaale ah: waqtiyada iyo goobaha waa tusaalooyin.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Xafiiska Duqa Magaalada ee Arrimaha Soo-galootiga (MOIA)',
  'The New York Public Library': 'Maktabadda Dadweynaha ee New York',
  'Brooklyn Public Library': 'Maktabadda Dadweynaha ee Brooklyn',
  'Queens Public Library': 'Maktabadda Dadweynaha ee Queens',
  'Sample Immigrant Legal Center (sample)': 'Xarunta Sharciga ee Soo-galootiga (tusaale)',
  'Sample Neighborhood Law Project (sample)': 'Mashruuca Sharciga ee Xaafadda (tusaale)',
  'Stephen A. Schwarzman Building': 'Dhismaha Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Maktabadda Harlem',
  'Brooklyn Central Library': 'Maktabadda Dhexe ee Brooklyn',
  'Flatbush Library': 'Maktabadda Flatbush',
  'Flushing Library': 'Maktabadda Flushing',
  'Jackson Heights Library': 'Maktabadda Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Xarunta IDNYC – Dhismaha Dawladda Hoose ee Brooklyn',
  'IDNYC Center – Bronx County Building': 'Xarunta IDNYC – Dhismaha Degmada Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Xarunta Sharciga ee Soo-galootiga – Jackson Heights (tusaale)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Mashruuca Sharciga ee Xaafadda – Harlem (tusaale)',
  'MOIA hotline': 'Khadka tooska ah ee MOIA',
  'IDNYC enrollment – Flushing Library': 'Diiwaangelinta IDNYC – Maktabadda Flushing',
  'IDNYC enrollment – Brooklyn': 'Diiwaangelinta IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Diiwaangelinta IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Baaritaanka sharciga ee ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Baaritaanka sharciga ee ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Kiliinikada Sabtida ee ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – maktabadaha Manhattan iyo Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – maktabadaha Brooklyn iyo Queens',
  'We Are New York English classes – Manhattan': 'Fasallada Ingiriisiga ee We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens':
    'Fasallada Ingiriisiga ee We Are New York – Brooklyn iyo Queens',
  'Know Your Rights forums': 'Kulannada “Ogow xuquuqdaada”',
  'MOIA Community Ambassadors (volunteer)': 'Safiirrada Bulshada ee MOIA (tabaruc)',
  'DACA screening and renewals': 'Baaritaanka iyo cusboonaysiinta DACA',
  'Community resource directory': 'Hagaha kheyraadka bulshada',
  'New American Corners – New York Public Library': 'New American Corners – Maktabadda Dadweynaha ee New York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Maktabadda Dadweynaha ee Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Maktabadda Dadweynaha ee Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)':
    'Xafiiska Duqa Magaalada ee Horumarinta Soo-galootiga (MOIA Boston)',
  'Boston Public Library': 'Maktabadda Dadweynaha ee Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Gargaarka Sharciga ee Deris Cusub (tusaale)',
  'Boston City Hall, Room 806': 'Hoolka Magaalada Boston, qolka 806',
  'Central Library in Copley Square': 'Maktabadda Dhexe ee Copley Square',
  'East Boston Branch': 'Laanta East Boston',
  'Chinatown Branch': 'Laanta Chinatown',
  'Mattapan Branch': 'Laanta Mattapan',
  'Uphams Corner Branch': 'Laanta Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Gargaarka Sharciga ee Deris Cusub – Roxbury (tusaale)',
  'MOIA front desk and phone line': 'Miiska soo dhaweynta iyo khadka taleefanka ee MOIA',
  'English for New Bostonians classes – Central Library': 'Fasallada English for New Bostonians – Maktabadda Dhexe',
  'English for New Bostonians classes – neighborhood branches':
    'Fasallada English for New Bostonians – laamaha xaafadaha',
  'Free immigration consultations at City Hall': 'Latalin socdaal oo bilaash ah oo ka dhacda Hoolka Magaalada',
  'Citizenship Day': 'Maalinta Dhalashada',
  'Immigrant Information Corners': 'Geesaha macluumaadka soo-galootiga',
  'Immigrant resource directory': 'Hagaha kheyraadka soo-galootiga',
  'DACA screening clinic': 'Kiliinikada baaritaanka DACA',
  'Immigration legal help (walk-in)': "Caawimaad sharci oo socdaal (ballan la'aan)",
  'Avoid immigration scams (workshop)': 'Ka fogow khiyaanada socdaalka (aqoon-is-weydaarsi)',
};
