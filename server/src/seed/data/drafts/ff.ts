import type { Drafts } from './index.js';

/** Pulaar: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Noddu MOIA ngam heɓde kabaruuji e fewndo: ballal e fannu sariya eggol, golle Wuro ngo, ballal laamu e goɗɗe. MOIA ena waawi kadi naamnaade USCIS e innde maa fii dosiyee eggol nde leeli. Firooɓe ɓee ko alaa njoɓdi, e ko ɓuri 200 ɗemngal.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC ko kartal innde alaa njoɓdi ngam yimɓe New York fof jooɗiiɓe 10 hitaande walla ko ɓuri. Huutoro ɗum e biroo Wuro ngo, bibliyotek, opitaal e muse keewɗe. Ɓe naamnataa fii ngonka maa e fannu eggol.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Jokkondiral alaa njoɓdi e sirru ngam anndude laabi maa e fannu eggol. Si a haajii ballal goɗɗal, ekip ngoo e hoore mum ena waawi wallude e dosiyee maa. ActionNYC ko porogaraam Wuro ngo; gollodiiɗo oo ko misal tan.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Ballal e fannu sariya alaa njoɓdi ngam ɗaɓɓude ɓiyngu leydi Amerik, ka bibliyotek renndo. Awokaa ina ƴeewa dosiyee maa, ina wallu maa heewnude fomme oo, ina ƴeewa si a waawii heɓde accugol njoɓdi.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Ekkito haalde Engeleere e fedde pamarde, welnde. Jangde kala ina juuta 10 yontere, ina huutoroo porogaraam TV We Are New York, e daarti fii golle Wuro ngo. Gollotooɓe ɓe njanngini ɗum ngaddi jangde ɗee.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Batuuji renndo alaa njoɓdi fii hakkeeji maa e Wuro New York. Biroo Wuro ngo e fedde nokku ngon ina ɓanngina golle ɗee e hakkeeji maa ka golle, ka galle e si ajanaaji eggol ngarii ka dammugal maa.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Wonu gollotooɗo e MOIA. Ambasadeerɓe ina mballa e kewuuji renndo, ina pira, ina ardii fedde jokkondiral Engeleere ngam IDNYC, We Are New York e ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Ƴeewndo DACA alaa njoɓdi e ballal e fomme kesitingol. Awokaa walla nulaaɗo mo DOJ jaɓi ina ƴeewa dosiyee maa. Fedde ndee, ñiiɓirde mum e telefon mum ko misal tan.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Doggol e enternet fii fedde renndo wallooje egganɓe e cellal, hoɗorde, golle, duɗal, besngu e naamne sariya. Yiylo e hoore e nokku.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Nokku jaɓɓorgol ka bibliyotek, e deftere gollorɗe alaa njoɓdi fii ɓiyngu leydi, jangde Engeleere e golle Wuro ngo. Ko Wuro ngo, USCIS e bibliyotek renndo ndentindi ɗum. Gollotooɓe bibliyotek ina mbaawi holludde maa ballal goɗɗal.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Noddu walla ar ka biroo City Hall. Gollotooɓe ina mballa maa yiytude golle Wuro ngo, ballal e fannu sariya, jangde Engeleere, cellal e golle. Firooɓe ɓee ko alaa njoɓdi.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Jangde Engeleere alaa njoɓdi ngam mawɓe, fuɗɗoraade e fuɗɗoowo haa e toowɗo. English for New Bostonians ko gollodiral mo Wuro ngo wallata. Ko ɓuri heewde e jangde ɗee ina kawrita laabi ɗiɗi e yontere.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Haal e sirru e awokaa eggol gollotooɗo 15 hojomaaji, alaa njoɓdi. Batuuji ɗii ina ngoni alarba arano e alarba tataɓo e lewru kala, 12 haa 3 ngorooba.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Laawol gooto e hitaande, awokaaɓe gollotooɓe ina mballa teemedde yimɓe ɗaɓɓude ɓiyngu leydi Amerik e ñalnde wootere. Heɓ ballal alaa njoɓdi e fomme oo e ɗaɓɓugol accugol njoɓdi.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Gollorɗe alaa njoɓdi fii ɓiyngu leydi, reentaade jamfa, golle Wuro ngo, bursuuji e toppitaade kaalis, e Boston Public Library fof. Ko Wuro ngo, USCIS, bibliyotek e fedde renndo ndentindi ɗum.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Doggol e enternet fii fedde renndo ngalaa ka City Hall wallooje egganɓe: jangde Engeleere, ballal e fannu sariya, cellal, golle, hoɗorde e ballal laamu.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Ƴeewndo DACA alaa njoɓdi, ballal e fomme kesitingol e wasiyaaji ngam reentaade jamfa. Awokaa walla nulaaɗo mo DOJ jaɓi ina ƴeewa dosiyee maa. Fedde ndee, ñiiɓirde mum e telefon mum ko misal tan.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Wasiyaaji e ballal alaa njoɓdi e fomme eggol, wano kesitingol green card, yamiroore golle e ɗaɓɓe besngu. Ar alaa haaju rendez-vous talaata walla alkamiisa ngorooba. Fedde ndee, ñiiɓirde mum e telefon mum ko misal tan.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Ekkito anndude jamfa eggol, wano “notarios” ɓe ngonaa awokaaɓe. Andu hakkeeji maa e ka heɓetee ballal sariya goongaɗinngal alaa njoɓdi.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'Liñ MOIA, altine haa aljumaa, 9 subaka haa 5 ngorooba.',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311, liñ ballal Wuro ngo. Wiy innde golle ngalɗo.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Liñ ActionNYC, altine haa aljumaa, 9 subaka haa 6 kikiiɗe. Suɓo ɗemngal maa.',
  'Sample phone number for this demo. It does not work.': 'Nimero telefon misal ngam holluɗe ɗee. Ɗum gollataa.',
  'Library information line.': 'Liñ kabaruuji bibliyotek.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'Jaɓɓorde MOIA, altine haa aljumaa, 9 subaka haa 5 ngorooba.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, liñ ballal Wuro ngo. Ɗaɓɓu Immigrant Advancement.',
  'By appointment.': 'E rendez-vous.',
  'Second Saturday of each month.': 'Aset ɗiɗaɓo e lewru kala.',
  'Third Wednesday of each month.': 'Alarba tataɓo e lewru kala.',
  'First Saturday of each month.': 'Aset arano e lewru kala.',
  'Second Thursday of each month.': 'Alkamiisa ɗiɗaɓo e lewru kala.',
  'Fourth Saturday of each month.': 'Aset nayaɓo e lewru kala.',
  'First and third Wednesday of each month, by appointment.': 'Alarba arano e tataɓo e lewru kala, e rendez-vous.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Laawol gooto e hitaande, ñalnde aset. Ƴeew ñalnde hitaande ndee e boston.gov.',
  'Fourth Wednesday of each month.': 'Alarba nayaɓo e lewru kala.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: deftere gollorɗe alaa njoɓdi fii ɓiyngu leydi, jangde Engeleere e golle Wuro ngo.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: gollorɗe alaa njoɓdi fii ɓiyngu leydi, jamfa, golle Wuro ngo, bursuuji e ballal kaalis.',
  'Free.': 'Alaa njoɓdi.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Ballal amen ko alaa njoɓdi. Min mballa maa ƴeewde si a waawii heɓde accugol njoɓdi USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Ballal amen ko alaa njoɓdi. USCIS ina ɓamta njoɓdi ɗaɓɓaande; min mbaawi wiyde maa ko foti jooni.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Ballal amen ko alaa njoɓdi. Won fomme ɗe njoɓdi USCIS woni; min mbiyete maa ado nde neldaa.',
  'English conversation class (10 weeks)': 'Jangde jokkondiral Engeleere (10 yontere)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Ekkito haalde Engeleere e fedde pamarde, welnde. Fuɗɗooɓe ina njaɓɓee. Gollotooɓe ina mballa e Español, Kereyol Ayiti e Bengali. Winndito laawol gooto ngam jangde 10 ɗee fof; defte ɗee ko alaa njoɓdi.',
  'English conversation class, morning group (10 weeks)': 'Jangde jokkondiral Engeleere, fedde subaka (10 yontere)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Fedde 10 yontere garoowo, subaka. Ekkito Engeleere ñalnde kala: doktoor, banke, duɗal ɓiɗɗo maa. Winndito laawol gooto ngam jangde 10 ɗee fof.',
  'Free immigration legal clinic': 'Ballal e fannu sariya eggol, alaa njoɓdi',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Hawru e awokaa walla nulaaɗo mo DOJ jaɓi ngam jokkondiral alaa njoɓdi e sirru 30 hojomaaji. Addu bataake walla fomme ɗe keɓɗaa. Winndito ngam sahaa gooto; arɓe ɓe mbinnditaaki ina ƴeewee si sahaa woodi.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Ñalnde Ɓiyngu Leydi: ballal alaa njoɓdi ngam ɗaɓɓude ɓiyngu leydi Amerik',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Awokaaɓe gollotooɓe ina mballa maa heewnude fomme N-400, ina ƴeewa si a haanii accugol njoɓdi. Addu green card maa, ñiiɓirɗe e golle maa duuɓi jowi caggal ɗii, e ñalɗi jahaaji maa. Winndito ngam heɓde sahaa.',
  'Know your rights: tenants and workers': 'Andu hakkeeji maa: luuyooɓe e gollooɓe',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Batu renndo fii hakkeeji maa ka galle e ka golle, hay si ngonka maa ko honɗum. Naamne ina njaɓɓee. Alaa haaju winnditaade.',
  'Avoiding immigration scams': 'Reentaade jamfa eggol',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'No anndirtee awokaaɓe fenaande e “notarios”, e ka heɓetee ballal alaa njoɓdi koolniingal.',
  'IDNYC pop-up enrollment': 'Winnditagol IDNYC alaa rendez-vous',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Ɗaɓɓu IDNYC, kartal innde alaa njoɓdi Wuro New York, alaa haaju rendez-vous. Addu seedantaagal innde e seedantaagal wonde a hoɗii e Wuro New York.',
  'Online: DACA renewal questions answered': 'Enternet: jaabi naamne kesitingol DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Batu enternet waktu gooto e awokaa. Winndito e hello moƴƴinoowo ngam heɓde jokkorde ndee.',
  'Legal screening in Bangla, Urdu and Nepali': 'Ƴeewndo sariya e Bengali, Urdu e Nepali',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Ƴeewndo arano alaa njoɓdi e laabi maa e fannu eggol, e firooɓe. Aset arano e lewru kala.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: fedde jokkondiral (10 yontere)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Fedde jokkondiral alaa njoɓdi 10 yontere ngam mawɓe jannginooɓe Engeleere. Winndito laawol gooto ngam seri ndii fof.',
  'Immigration legal clinic at the Chinatown branch': 'Ballal e fannu sariya eggol ka bibliyotek Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Jokkondirɗe alaa njoɓdi alkamiisa arano e tataɓo e lewru kala. Winndito ngam sahaa gooto.',
  '(Sample event: times and places are examples.)': '(Kewu misal: sahaaji e nokkuuji ko misalɗe.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Biroo Meer ngam geɗe egganɓe (MOIA)',
  'The New York Public Library': 'Bibliyotek Renndo New York',
  'Brooklyn Public Library': 'Bibliyotek Renndo Brooklyn',
  'Queens Public Library': 'Bibliyotek Renndo Queens',
  'Sample Immigrant Legal Center (sample)': 'Santar sariya ngam egganɓe (misal)',
  'Sample Neighborhood Law Project (sample)': 'Porogaraam sariya nokku (misal)',
  'Stephen A. Schwarzman Building': 'Galle Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Bibliyotek Harlem',
  'Brooklyn Central Library': 'Bibliyotek hakkundeere Brooklyn',
  'Flatbush Library': 'Bibliyotek Flatbush',
  'Flushing Library': 'Bibliyotek Flushing',
  'Jackson Heights Library': 'Bibliyotek Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Santar IDNYC – Galle meeri Brooklyn',
  'IDNYC Center – Bronx County Building': 'Santar IDNYC – Galle kontee Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)': 'Santar sariya ngam egganɓe – Jackson Heights (misal)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Porogaraam sariya nokku – Harlem (misal)',
  'MOIA hotline': 'Liñ MOIA',
  'IDNYC enrollment – Flushing Library': 'Winnditagol IDNYC – Bibliyotek Flushing',
  'IDNYC enrollment – Brooklyn': 'Winnditagol IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Winnditagol IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Ƴeewndo sariya ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Ƴeewndo sariya ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Ballal aset ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – bibliyotekeeji Manhattan e Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – bibliyotekeeji Brooklyn e Queens',
  'We Are New York English classes – Manhattan': 'Jangde Engeleere We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Jangde Engeleere We Are New York – Brooklyn e Queens',
  'Know Your Rights forums': 'Kawrite “Andu hakkeeji maa”',
  'MOIA Community Ambassadors (volunteer)': 'Ambasadeerɓe renndo MOIA (gollotooɓe)',
  'DACA screening and renewals': 'Ƴeewndo e kesitingol DACA',
  'Community resource directory': 'Doggol ballal renndo',
  'New American Corners – New York Public Library': 'New American Corners – Bibliyotek Renndo New York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Bibliyotek Renndo Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Bibliyotek Renndo Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': 'Biroo Meer ngam ɓamtaare egganɓe (MOIA Boston)',
  'Boston Public Library': 'Bibliyotek Renndo Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Ballal Sariya Koɗɗiraaɓe Hesɓe (misal)',
  'Boston City Hall, Room 806': 'Meeri Boston, suudu 806',
  'Central Library in Copley Square': 'Bibliyotek hakkundeere ka Copley Square',
  'East Boston Branch': 'Bibliyotek East Boston',
  'Chinatown Branch': 'Bibliyotek Chinatown',
  'Mattapan Branch': 'Bibliyotek Mattapan',
  'Uphams Corner Branch': 'Bibliyotek Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Ballal Sariya Koɗɗiraaɓe Hesɓe – Roxbury (misal)',
  'MOIA front desk and phone line': 'Jaɓɓorde e liñ telefon MOIA',
  'English for New Bostonians classes – Central Library': 'Jangde English for New Bostonians – Bibliyotek hakkundeere',
  'English for New Bostonians classes – neighborhood branches':
    'Jangde English for New Bostonians – bibliyotekeeji nokkuuji',
  'Free immigration consultations at City Hall': 'Wasiyaaji eggol alaa njoɓdi ka meeri',
  'Citizenship Day': 'Ñalnde Ɓiyngu Leydi',
  'Immigrant Information Corners': 'Koñ kabaruuji ngam egganɓe',
  'Immigrant resource directory': 'Doggol ballal ngam egganɓe',
  'DACA screening clinic': 'Kliniki ƴeewndo DACA',
  'Immigration legal help (walk-in)': 'Ballal e fannu sariya eggol (alaa rendez-vous)',
  'Avoid immigration scams (workshop)': 'Reen jamfa eggol (atelie)',
};
