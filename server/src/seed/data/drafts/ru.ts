import type { Drafts } from './index.js';

/** Russian: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Позвоните в MOIA, чтобы получить информацию и направления: юридическая помощь по иммиграции, городские услуги, льготы и многое другое. MOIA также может узнать в USCIS о задержанном иммиграционном деле за вас. Переводчики бесплатны, более чем на 200 языках.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC — бесплатное удостоверение личности для всех жителей Нью-Йорка от 10 лет. Им можно пользоваться в городских учреждениях, библиотеках, клиниках и многих музеях. Иммиграционный статус не спрашивают.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Бесплатная конфиденциальная встреча, чтобы узнать о ваших иммиграционных возможностях. Если нужна дальнейшая помощь, та же команда может вести ваше дело. ActionNYC — городская программа; этот партнёр — пример данных.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Бесплатная юридическая помощь с заявлением на гражданство США в публичной библиотеке. Юрист изучит ваше дело, поможет заполнить форму и проверит, можно ли освободиться от пошлины.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Практикуйте разговорный английский в небольшой доброжелательной группе. Курс длится 10 недель и использует телесериал We Are New York с историями о городских услугах. Занятия ведут обученные волонтёры.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Бесплатные встречи о ваших правах в Нью-Йорке. Городские ведомства и местные организации рассказывают об услугах и ваших правах на работе, дома и если к вам пришли иммиграционные агенты.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Станьте волонтёром MOIA. Амбассадоры помогают на мероприятиях, переводят и ведут разговорные группы английского для IDNYC, We Are New York и ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Бесплатная проверка по DACA и помощь с формами продления. Ваше дело изучит юрист или представитель, аккредитованный DOJ. Эта организация, её адрес и телефон — пример данных.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Онлайн-список общественных организаций, которые помогают иммигрантам с вопросами здоровья, жилья, работы, школы, семьи и права. Поиск по теме и району.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Приветственное пространство в библиотеке с бесплатными пособиями о гражданстве, курсах английского и городских услугах. Создано городом, USCIS и публичной библиотекой. Сотрудники библиотеки подскажут, где найти дальнейшую помощь.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Позвоните или приходите в офис в мэрии. Сотрудники помогут найти городские услуги, юридическую помощь, курсы английского, медицинскую помощь и работу. Переводчики бесплатны.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Бесплатные курсы английского для взрослых, от начального до продвинутого уровня. English for New Bostonians — программа при поддержке города. Большинство групп занимается два раза в неделю.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Бесплатная 15-минутная конфиденциальная беседа с иммиграционным юристом-волонтёром. Консультации проходят в первую и третью среду месяца, с 12 до 15 часов.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Раз в год юристы-волонтёры за один день помогают сотням людей подать заявление на гражданство США. Бесплатная помощь с формой и с просьбой об освобождении от пошлины.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Бесплатные материалы о гражданстве, защите от мошенников, городских услугах, стипендиях и управлении деньгами — в каждой Бостонской публичной библиотеке. Совместно с городом, USCIS, библиотекой и общественными организациями.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Онлайн-список общественных организаций вне мэрии, которые помогают иммигрантам: курсы английского, юридическая помощь, медицина, работа, жильё и льготы.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Бесплатная проверка по DACA, помощь с формами продления и советы, как избежать мошенников. Ваше дело изучит юрист или представитель, аккредитованный DOJ. Эта организация, её адрес и телефон — пример данных.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Бесплатные консультации и помощь с иммиграционными формами: продление грин-карты, разрешение на работу, семейные петиции. Приходите без записи во вторник или четверг после обеда. Эта организация, её адрес и телефон — пример данных.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Узнайте, как распознать иммиграционных мошенников, например «нотариусов», которые не являются юристами. Узнайте свои права и где найти честную бесплатную юридическую помощь.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'Горячая линия MOIA, с понедельника по пятницу, с 9:00 до 17:00.',
  'NYC 311, the City help line. Say the name of the service.':
    'NYC 311, городская справочная линия. Назовите нужную услугу.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Горячая линия ActionNYC, с понедельника по пятницу, с 9:00 до 18:00. Выберите свой язык.',
  'Sample phone number for this demo. It does not work.': 'Пример номера для этой демонстрации. Он не работает.',
  'Library information line.': 'Справочная линия библиотеки.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'Приёмная MOIA, с понедельника по пятницу, с 9:00 до 17:00.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, городская справочная линия. Попросите отдел Immigrant Advancement.',
  'By appointment.': 'По записи.',
  'Second Saturday of each month.': 'Вторая суббота каждого месяца.',
  'Third Wednesday of each month.': 'Третья среда каждого месяца.',
  'First Saturday of each month.': 'Первая суббота каждого месяца.',
  'Second Thursday of each month.': 'Второй четверг каждого месяца.',
  'Fourth Saturday of each month.': 'Четвёртая суббота каждого месяца.',
  'First and third Wednesday of each month, by appointment.': 'Первая и третья среда каждого месяца, по записи.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Раз в год, в субботу. Дату этого года смотрите на boston.gov.',
  'Fourth Wednesday of each month.': 'Четвёртая среда каждого месяца.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: бесплатные пособия о гражданстве, курсах английского и городских услугах.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: бесплатные материалы о гражданстве, мошенничестве, городских услугах, стипендиях и финансовой помощи.',
  'Free.': 'Бесплатно.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Наша помощь бесплатна. Мы поможем проверить, можно ли освободиться от пошлины USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Наша помощь бесплатна. USCIS взимает пошлину за подачу; мы скажем, сколько она составляет сейчас.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Наша помощь бесплатна. За некоторые формы USCIS берёт пошлину; мы скажем об этом до подачи.',
  'English conversation class (10 weeks)': 'Разговорный английский (10 недель)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Практикуйте разговорный английский в небольшой доброжелательной группе. Начинающие приветствуются. Волонтёры помогают на испанском, гаитянском креольском и бенгальском. Запишитесь один раз на все 10 занятий; книги бесплатны.',
  'English conversation class, morning group (10 weeks)': 'Разговорный английский, утренняя группа (10 недель)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Следующая 10-недельная группа, по утрам. Практикуйте английский на каждый день: у врача, в банке, в школе вашего ребёнка. Запишитесь один раз на все 10 занятий.',
  'Free immigration legal clinic': 'Бесплатная юридическая консультация по иммиграции',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Встреча с юристом или представителем, аккредитованным DOJ: бесплатная конфиденциальная консультация на 30 минут. Возьмите с собой полученные письма или формы. Запишитесь на один приём; без записи примут, если будет время.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'День гражданства: бесплатная помощь с заявлением на гражданство США',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Юристы-волонтёры помогут заполнить форму N-400 и проверят, можно ли освободиться от пошлины. Возьмите грин-карту, адреса и места работы за последние пять лет и даты поездок. Запишитесь, чтобы получить время.',
  'Know your rights: tenants and workers': 'Знайте свои права: арендаторы и работники',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Общественный форум о ваших правах дома и на работе, каким бы ни был ваш статус. Вопросы приветствуются. Запись не нужна.',
  'Avoiding immigration scams': 'Как избежать иммиграционного мошенничества',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Как распознать фальшивых юристов и «нотариусов» и где найти надёжную бесплатную помощь.',
  'IDNYC pop-up enrollment': 'Выездное оформление IDNYC',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Оформите IDNYC, бесплатное удостоверение жителя Нью-Йорка, без записи. Возьмите документ, удостоверяющий личность, и подтверждение проживания в Нью-Йорке.',
  'Online: DACA renewal questions answered': 'Онлайн: ответы на вопросы о продлении DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Часовая онлайн-встреча с юристом. Запишитесь на странице организатора, чтобы получить ссылку.',
  'Legal screening in Bangla, Urdu and Nepali': 'Юридическая проверка на бенгальском, урду и непальском',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Бесплатная первая оценка ваших иммиграционных возможностей, с переводчиками. Первая суббота каждого месяца.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: разговорный кружок (10 недель)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Бесплатный 10-недельный разговорный кружок для взрослых, изучающих английский. Запишитесь один раз на всю серию.',
  'Immigration legal clinic at the Chinatown branch': 'Иммиграционная юридическая консультация в филиале Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Бесплатные консультации в первый и третий четверг каждого месяца. Запишитесь на один приём.',
  '(Sample event: times and places are examples.)': '(Пример мероприятия: время и место указаны для примера.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Офис мэра по делам иммигрантов (MOIA)',
  'The New York Public Library': 'Нью-Йоркская публичная библиотека',
  'Brooklyn Public Library': 'Бруклинская публичная библиотека',
  'Queens Public Library': 'Публичная библиотека Квинса',
  'Sample Immigrant Legal Center (sample)': 'Юридический центр для иммигрантов (пример)',
  'Sample Neighborhood Law Project (sample)': 'Районный юридический проект (пример)',
  'Stephen A. Schwarzman Building': 'Здание Стивена А. Шварцмана',
  'Bronx Library Center': 'Библиотечный центр Бронкса',
  'Harlem Library': 'Библиотека Гарлема',
  'Brooklyn Central Library': 'Центральная библиотека Бруклина',
  'Flatbush Library': 'Библиотека Флэтбуша',
  'Flushing Library': 'Библиотека Флашинга',
  'Jackson Heights Library': 'Библиотека Джексон-Хайтс',
  'IDNYC Center – Brooklyn Municipal Building': 'Центр IDNYC – Муниципальное здание Бруклина',
  'IDNYC Center – Bronx County Building': 'Центр IDNYC – Здание округа Бронкс',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Юридический центр для иммигрантов – Джексон-Хайтс (пример)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Районный юридический проект – Гарлем (пример)',
  'MOIA hotline': 'Горячая линия MOIA',
  'IDNYC enrollment – Flushing Library': 'Оформление IDNYC – Библиотека Флашинга',
  'IDNYC enrollment – Brooklyn': 'Оформление IDNYC – Бруклин',
  'IDNYC enrollment – Bronx': 'Оформление IDNYC – Бронкс',
  'ActionNYC legal screening – Jackson Heights': 'Юридическая проверка ActionNYC – Джексон-Хайтс',
  'ActionNYC legal screening – Harlem': 'Юридическая проверка ActionNYC – Гарлем',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Субботняя консультация ActionNYC – Библиотечный центр Бронкса',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – библиотеки Манхэттена и Бронкса',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – библиотеки Бруклина и Квинса',
  'We Are New York English classes – Manhattan': 'Курсы английского We Are New York – Манхэттен',
  'We Are New York English classes – Brooklyn and Queens': 'Курсы английского We Are New York – Бруклин и Квинс',
  'Know Your Rights forums': 'Форумы «Знайте свои права»',
  'MOIA Community Ambassadors (volunteer)': 'Общественные амбассадоры MOIA (волонтёрство)',
  'DACA screening and renewals': 'Проверка и продление DACA',
  'Community resource directory': 'Справочник общественных ресурсов',
  'New American Corners – New York Public Library': 'New American Corners – Нью-Йоркская публичная библиотека',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Бруклинская публичная библиотека',
  'New American Corners – Queens Public Library': 'New American Corners – Публичная библиотека Квинса',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': 'Офис мэра по поддержке иммигрантов (MOIA Boston)',
  'Boston Public Library': 'Бостонская публичная библиотека',
  'Sample New Neighbors Legal Aid (sample)': 'Юридическая помощь «Новые соседи» (пример)',
  'Boston City Hall, Room 806': 'Мэрия Бостона, кабинет 806',
  'Central Library in Copley Square': 'Центральная библиотека на Копли-сквер',
  'East Boston Branch': 'Филиал East Boston',
  'Chinatown Branch': 'Филиал Chinatown',
  'Mattapan Branch': 'Филиал Mattapan',
  'Uphams Corner Branch': 'Филиал Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Юридическая помощь «Новые соседи» – Роксбери (пример)',
  'MOIA front desk and phone line': 'Приёмная и телефонная линия MOIA',
  'English for New Bostonians classes – Central Library': 'Курсы English for New Bostonians – Центральная библиотека',
  'English for New Bostonians classes – neighborhood branches': 'Курсы English for New Bostonians – районные филиалы',
  'Free immigration consultations at City Hall': 'Бесплатные иммиграционные консультации в мэрии',
  'Citizenship Day': 'День гражданства',
  'Immigrant Information Corners': 'Информационные уголки для иммигрантов',
  'Immigrant resource directory': 'Справочник ресурсов для иммигрантов',
  'DACA screening clinic': 'Консультация по проверке DACA',
  'Immigration legal help (walk-in)': 'Юридическая помощь по иммиграции (без записи)',
  'Avoid immigration scams (workshop)': 'Как избежать иммиграционного мошенничества (семинар)',
};
