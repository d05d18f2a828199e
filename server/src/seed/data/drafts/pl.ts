import type { Drafts } from './index.js';

/** Polish: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Zadzwoń do MOIA po informacje i skierowania: pomoc prawna w sprawach imigracyjnych, usługi miejskie, świadczenia i więcej. MOIA może też zapytać USCIS w Twoim imieniu o opóźnioną sprawę imigracyjną. Tłumacze są bezpłatni, w ponad 200 językach.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC to bezpłatny dowód tożsamości dla wszystkich mieszkańców Nowego Jorku od 10. roku życia. Można go używać w urzędach miejskich, bibliotekach, przychodniach i wielu muzeach. Nikt nie pyta o status imigracyjny.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Bezpłatne, poufne spotkanie, na którym poznasz swoje możliwości imigracyjne. Jeśli potrzebujesz dalszej pomocy, ten sam zespół może poprowadzić Twoją sprawę. ActionNYC to program miasta; ten partner to dane przykładowe.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Bezpłatna pomoc prawna przy wniosku o obywatelstwo USA, w bibliotece publicznej. Prawnik przejrzy Twoją sprawę, pomoże wypełnić formularz i sprawdzi, czy możesz uzyskać zwolnienie z opłaty.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Ćwicz mówienie po angielsku w małej, przyjaznej grupie. Każdy kurs trwa 10 tygodni i korzysta z serialu We Are New York z historiami o usługach miejskich. Zajęcia prowadzą przeszkoleni wolontariusze.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Bezpłatne spotkania o Twoich prawach w Nowym Jorku. Urzędy miejskie i lokalne organizacje wyjaśniają usługi oraz Twoje prawa w pracy, w domu i gdy do drzwi pukają agenci imigracyjni.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Zostań wolontariuszem MOIA. Ambasadorzy pomagają na wydarzeniach, tłumaczą i prowadzą grupy konwersacyjne z angielskiego dla IDNYC, We Are New York i ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Bezpłatna ocena DACA i pomoc przy formularzach przedłużenia. Sprawę przejrzy prawnik lub przedstawiciel akredytowany przez DOJ. Ta organizacja, jej adres i telefon to dane przykładowe.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Internetowa lista organizacji, które pomagają imigrantom w sprawach zdrowia, mieszkania, pracy, szkoły, rodziny i prawa. Szukaj według tematu i dzielnicy.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Przyjazne miejsce w bibliotece z bezpłatnymi poradnikami o obywatelstwie, kursach angielskiego i usługach miejskich. To wspólna inicjatywa miasta, USCIS i biblioteki publicznej. Pracownicy biblioteki wskażą, gdzie szukać dalszej pomocy.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Zadzwoń lub przyjdź do biura w ratuszu. Pracownicy pomogą znaleźć usługi miejskie, pomoc prawną, kursy angielskiego, opiekę zdrowotną i pracę. Tłumacze są bezpłatni.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Bezpłatne kursy angielskiego dla dorosłych, od początkującego do zaawansowanego. English for New Bostonians to program wspierany przez miasto. Większość grup spotyka się dwa razy w tygodniu.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Porozmawiaj prywatnie przez 15 minut z prawnikiem imigracyjnym-wolontariuszem, bezpłatnie. Porady odbywają się w pierwszą i trzecią środę miesiąca, od 12 do 15.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Raz w roku prawnicy-wolontariusze w jeden dzień pomagają setkom osób złożyć wniosek o obywatelstwo USA. Bezpłatna pomoc z formularzem i wnioskiem o zwolnienie z opłaty.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Bezpłatne materiały o obywatelstwie, unikaniu oszustw, usługach miejskich, stypendiach i zarządzaniu pieniędzmi, w każdej filii Boston Public Library. Wspólna inicjatywa miasta, USCIS, biblioteki i organizacji lokalnych.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Internetowa lista organizacji spoza ratusza, które pomagają imigrantom: kursy angielskiego, pomoc prawna, opieka zdrowotna, praca, mieszkanie i świadczenia.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Bezpłatna ocena DACA, pomoc przy formularzach przedłużenia i rady, jak unikać oszustw. Sprawę przejrzy prawnik lub przedstawiciel akredytowany przez DOJ. Ta organizacja, jej adres i telefon to dane przykładowe.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Bezpłatne porady i pomoc z formularzami imigracyjnymi, np. przedłużenie zielonej karty, pozwolenie na pracę, petycje rodzinne. Przyjdź bez umawiania we wtorek lub czwartek po południu. Ta organizacja, jej adres i telefon to dane przykładowe.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Naucz się rozpoznawać oszustwa imigracyjne, np. „notarios”, którzy nie są prawnikami. Poznaj swoje prawa i dowiedz się, gdzie znaleźć uczciwą, bezpłatną pomoc prawną.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'Infolinia MOIA, od poniedziałku do piątku, od 9:00 do 17:00.',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311, miejska linia pomocy. Podaj nazwę usługi.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Infolinia ActionNYC, od poniedziałku do piątku, od 9:00 do 18:00. Wybierz swój język.',
  'Sample phone number for this demo. It does not work.': 'Przykładowy numer telefonu do tej demonstracji. Nie działa.',
  'Library information line.': 'Informacja biblioteczna.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'Recepcja MOIA, od poniedziałku do piątku, od 9:00 do 17:00.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, miejska linia pomocy. Poproś o Immigrant Advancement.',
  'By appointment.': 'Po umówieniu wizyty.',
  'Second Saturday of each month.': 'Druga sobota każdego miesiąca.',
  'Third Wednesday of each month.': 'Trzecia środa każdego miesiąca.',
  'First Saturday of each month.': 'Pierwsza sobota każdego miesiąca.',
  'Second Thursday of each month.': 'Drugi czwartek każdego miesiąca.',
  'Fourth Saturday of each month.': 'Czwarta sobota każdego miesiąca.',
  'First and third Wednesday of each month, by appointment.':
    'Pierwsza i trzecia środa każdego miesiąca, po umówieniu wizyty.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Raz w roku, w sobotę. Tegoroczną datę sprawdź na boston.gov.',
  'Fourth Wednesday of each month.': 'Czwarta środa każdego miesiąca.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: bezpłatne poradniki o obywatelstwie, kursach angielskiego i usługach miejskich.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: bezpłatne materiały o obywatelstwie, oszustwach, usługach miejskich, stypendiach i pomocy finansowej.',
  'Free.': 'Bezpłatne.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Nasza pomoc jest bezpłatna. Pomożemy sprawdzić, czy możesz uzyskać zwolnienie z opłaty USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Nasza pomoc jest bezpłatna. USCIS pobiera opłatę za wniosek; podamy jej aktualną wysokość.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Nasza pomoc jest bezpłatna. Niektóre formularze wymagają opłaty USCIS; powiemy o tym przed złożeniem.',
  'English conversation class (10 weeks)': 'Konwersacje po angielsku (10 tygodni)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Ćwicz mówienie po angielsku w małej, przyjaznej grupie. Początkujący mile widziani. Wolontariusze pomagają po hiszpańsku, w haitańskim kreolskim i po bengalsku. Zapisz się raz na wszystkie 10 zajęć; książki są bezpłatne.',
  'English conversation class, morning group (10 weeks)': 'Konwersacje po angielsku, grupa poranna (10 tygodni)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Kolejna 10-tygodniowa grupa, rano. Ćwicz angielski na co dzień: u lekarza, w banku, w szkole dziecka. Zapisz się raz na wszystkie 10 zajęć.',
  'Free immigration legal clinic': 'Bezpłatne porady prawne w sprawach imigracyjnych',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Spotkaj się z prawnikiem lub przedstawicielem akredytowanym przez DOJ na bezpłatną, poufną 30-minutową konsultację. Przynieś otrzymane listy lub formularze. Zapisz się na jeden termin; osoby bez zapisu przyjmujemy, jeśli starczy czasu.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Dzień Obywatelstwa: bezpłatna pomoc przy wniosku o obywatelstwo USA',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Prawnicy-wolontariusze pomogą wypełnić formularz N-400 i sprawdzą, czy przysługuje Ci zwolnienie z opłaty. Przynieś zieloną kartę, adresy i miejsca pracy z ostatnich pięciu lat oraz daty podróży. Zapisz się, aby otrzymać godzinę.',
  'Know your rights: tenants and workers': 'Poznaj swoje prawa: najemcy i pracownicy',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Spotkanie o Twoich prawach w domu i w pracy, niezależnie od statusu. Pytania mile widziane. Bez zapisów.',
  'Avoiding immigration scams': 'Jak unikać oszustw imigracyjnych',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Jak rozpoznać fałszywych prawników i „notarios” oraz gdzie znaleźć zaufaną, bezpłatną pomoc.',
  'IDNYC pop-up enrollment': 'Punkt zapisów IDNYC',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Złóż wniosek o IDNYC, bezpłatny dowód tożsamości Nowego Jorku, bez umawiania wizyty. Przynieś dokument tożsamości i dowód zamieszkania w Nowym Jorku.',
  'Online: DACA renewal questions answered': 'Online: odpowiedzi na pytania o przedłużenie DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Godzinne spotkanie online z prawnikiem. Zapisz się na stronie organizatora, aby dostać link.',
  'Legal screening in Bangla, Urdu and Nepali': 'Ocena prawna po bengalsku, w urdu i po nepalsku',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Bezpłatna wstępna ocena Twoich możliwości imigracyjnych, z tłumaczami. Pierwsza sobota każdego miesiąca.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: krąg konwersacyjny (10 tygodni)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Bezpłatny 10-tygodniowy krąg konwersacyjny dla dorosłych uczących się angielskiego. Zapisz się raz na cały cykl.',
  'Immigration legal clinic at the Chinatown branch': 'Porady prawne w sprawach imigracyjnych w filii Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Bezpłatne konsultacje w pierwszy i trzeci czwartek miesiąca. Zapisz się na jeden termin.',
  '(Sample event: times and places are examples.)': '(Przykładowe wydarzenie: godziny i miejsca są przykładowe.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Biuro Burmistrza ds. Imigrantów (MOIA)',
  'The New York Public Library': 'Biblioteka Publiczna Nowego Jorku',
  'Brooklyn Public Library': 'Biblioteka Publiczna Brooklynu',
  'Queens Public Library': 'Biblioteka Publiczna Queens',
  'Sample Immigrant Legal Center (sample)': 'Centrum Prawne dla Imigrantów (przykład)',
  'Sample Neighborhood Law Project (sample)': 'Sąsiedzki Projekt Prawny (przykład)',
  'Stephen A. Schwarzman Building': 'Budynek Stephena A. Schwarzmana',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Biblioteka Harlem',
  'Brooklyn Central Library': 'Biblioteka Centralna Brooklynu',
  'Flatbush Library': 'Biblioteka Flatbush',
  'Flushing Library': 'Biblioteka Flushing',
  'Jackson Heights Library': 'Biblioteka Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Centrum IDNYC – Budynek Miejski Brooklynu',
  'IDNYC Center – Bronx County Building': 'Centrum IDNYC – Budynek Hrabstwa Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Centrum Prawne dla Imigrantów – Jackson Heights (przykład)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Sąsiedzki Projekt Prawny – Harlem (przykład)',
  'MOIA hotline': 'Infolinia MOIA',
  'IDNYC enrollment – Flushing Library': 'Zapisy do IDNYC – Biblioteka Flushing',
  'IDNYC enrollment – Brooklyn': 'Zapisy do IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Zapisy do IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Ocena prawna ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Ocena prawna ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Sobotni punkt porad ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – biblioteki na Manhattanie i w Bronksie',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – biblioteki na Brooklynie i w Queens',
  'We Are New York English classes – Manhattan': 'Kursy angielskiego We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Kursy angielskiego We Are New York – Brooklyn i Queens',
  'Know Your Rights forums': 'Fora „Poznaj swoje prawa”',
  'MOIA Community Ambassadors (volunteer)': 'Ambasadorzy Społeczności MOIA (wolontariat)',
  'DACA screening and renewals': 'Ocena i przedłużenie DACA',
  'Community resource directory': 'Katalog zasobów społecznościowych',
  'New American Corners – New York Public Library': 'New American Corners – Biblioteka Publiczna Nowego Jorku',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Biblioteka Publiczna Brooklynu',
  'New American Corners – Queens Public Library': 'New American Corners – Biblioteka Publiczna Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': 'Biuro Burmistrza ds. Rozwoju Imigrantów (MOIA Boston)',
  'Boston Public Library': 'Biblioteka Publiczna w Bostonie',
  'Sample New Neighbors Legal Aid (sample)': 'Pomoc Prawna „Nowi Sąsiedzi” (przykład)',
  'Boston City Hall, Room 806': 'Ratusz w Bostonie, pokój 806',
  'Central Library in Copley Square': 'Biblioteka Centralna na Copley Square',
  'East Boston Branch': 'Filia East Boston',
  'Chinatown Branch': 'Filia Chinatown',
  'Mattapan Branch': 'Filia Mattapan',
  'Uphams Corner Branch': 'Filia Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Pomoc Prawna „Nowi Sąsiedzi” – Roxbury (przykład)',
  'MOIA front desk and phone line': 'Recepcja i linia telefoniczna MOIA',
  'English for New Bostonians classes – Central Library': 'Kursy English for New Bostonians – Biblioteka Centralna',
  'English for New Bostonians classes – neighborhood branches': 'Kursy English for New Bostonians – filie dzielnicowe',
  'Free immigration consultations at City Hall': 'Bezpłatne porady imigracyjne w ratuszu',
  'Citizenship Day': 'Dzień Obywatelstwa',
  'Immigrant Information Corners': 'Kąciki informacyjne dla imigrantów',
  'Immigrant resource directory': 'Katalog zasobów dla imigrantów',
  'DACA screening clinic': 'Punkt oceny DACA',
  'Immigration legal help (walk-in)': 'Pomoc prawna w sprawach imigracyjnych (bez umawiania)',
  'Avoid immigration scams (workshop)': 'Unikaj oszustw imigracyjnych (warsztaty)',
};
