import type { Drafts } from './index.js';

/** Urdu: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'معلومات اور رہنمائی کے لیے MOIA کو فون کریں: امیگریشن کی قانونی مدد، شہر کی خدمات، سرکاری امداد اور بہت کچھ۔ MOIA آپ کی طرف سے USCIS سے تاخیر کا شکار امیگریشن کیس کے بارے میں بھی پوچھ سکتا ہے۔ ترجمان مفت ہیں، 200 سے زیادہ زبانوں میں۔',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC دس سال یا اس سے زیادہ عمر کے تمام نیویارک والوں کے لیے مفت شناختی کارڈ ہے۔ اسے شہر کے دفاتر، لائبریریوں، کلینکس اور کئی عجائب گھروں میں استعمال کریں۔ آپ کی امیگریشن کی حیثیت نہیں پوچھی جاتی۔',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'اپنے امیگریشن کے اختیارات جاننے کے لیے ایک مفت اور خفیہ ملاقات۔ مزید مدد چاہیے تو یہی ٹیم آپ کے کیس میں مدد کر سکتی ہے۔ ActionNYC شہر کا پروگرام ہے؛ یہ شراکت دار نمونے کا ڈیٹا ہے۔',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'پبلک لائبریری میں امریکی شہریت کی درخواست کے لیے مفت قانونی مدد۔ وکیل آپ کا کیس دیکھتا ہے، فارم بھرنے میں مدد کرتا ہے اور دیکھتا ہے کہ کیا آپ کو فیس کی چھوٹ مل سکتی ہے۔',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'ایک چھوٹے، دوستانہ گروپ میں انگریزی بولنے کی مشق کریں۔ ہر کلاس 10 ہفتے کی ہے اور We Are New York ٹی وی شو استعمال کرتی ہے، جس میں شہر کی خدمات کی کہانیاں ہیں۔ تربیت یافتہ رضاکار کلاسیں پڑھاتے ہیں۔',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'نیویارک شہر میں آپ کے حقوق پر مفت کمیونٹی اجلاس۔ شہر کے ادارے اور مقامی گروپ خدمات اور کام پر، گھر پر اور امیگریشن اہلکاروں کے دروازے پر آنے کی صورت میں آپ کے حقوق سمجھاتے ہیں۔',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'MOIA کے ساتھ رضاکار بنیں۔ سفیر کمیونٹی تقریبات میں مدد کرتے ہیں، ترجمانی کرتے ہیں اور IDNYC، We Are New York اور ActionNYC کے لیے انگریزی گفتگو کے گروپ چلاتے ہیں۔',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'DACA کی مفت جانچ اور تجدید کے فارموں میں مدد۔ وکیل یا DOJ سے منظور شدہ نمائندہ آپ کا کیس دیکھتا ہے۔ یہ ادارہ، اس کا پتہ اور فون نمونے کا ڈیٹا ہیں۔',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'کمیونٹی گروپوں کی آن لائن فہرست جو تارکین وطن کی صحت، رہائش، روزگار، اسکول، خاندان اور قانونی سوالات میں مدد کرتے ہیں۔ موضوع اور بورو کے لحاظ سے تلاش کریں۔',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'لائبریری میں خوش آمدید کی جگہ، جہاں شہریت، انگریزی کلاسوں اور شہر کی خدمات پر مفت رہنما کتابچے ہیں۔ یہ شہر، USCIS اور پبلک لائبریری کی شراکت ہے۔ لائبریری کا عملہ آپ کو مزید مدد کی طرف رہنمائی کر سکتا ہے۔',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'سٹی ہال کے دفتر میں فون کریں یا آئیں۔ عملہ شہر کی خدمات، قانونی مدد، انگریزی کلاسیں، صحت کی دیکھ بھال اور روزگار تلاش کرنے میں مدد کرتا ہے۔ ترجمان مفت ہیں۔',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'بالغوں کے لیے مفت انگریزی کلاسیں، ابتدائی سے اعلیٰ درجے تک۔ English for New Bostonians ایک شراکت ہے جس کی شہر مدد کرتا ہے۔ زیادہ تر کلاسیں ہفتے میں دو بار ہوتی ہیں۔',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'رضاکار امیگریشن وکیل سے 15 منٹ نجی طور پر مفت بات کریں۔ کلینک ہر مہینے کے پہلے اور تیسرے بدھ کو دوپہر 12 سے 3 بجے تک ہوتے ہیں۔',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'سال میں ایک بار، رضاکار وکیل ایک دن میں سینکڑوں لوگوں کو امریکی شہریت کی درخواست دینے میں مدد کرتے ہیں۔ فارم اور فیس کی چھوٹ کی درخواست میں مفت مدد حاصل کریں۔',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'شہریت، دھوکہ دہی سے بچاؤ، شہر کی خدمات، وظائف اور پیسے کے انتظام پر مفت مواد، بوسٹن پبلک لائبریری کی ہر شاخ میں۔ شہر، USCIS، لائبریری اور کمیونٹی گروپوں کی شراکت۔',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'سٹی ہال کے باہر تارکین وطن کی مدد کرنے والے کمیونٹی گروپوں کی آن لائن فہرست: انگریزی کلاسیں، قانونی مدد، صحت کی دیکھ بھال، روزگار، رہائش اور سرکاری امداد۔',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'DACA کی مفت جانچ، تجدید کے فارموں میں مدد اور دھوکہ دہی سے بچنے کے مشورے۔ وکیل یا DOJ سے منظور شدہ نمائندہ آپ کا کیس دیکھتا ہے۔ یہ ادارہ، اس کا پتہ اور فون نمونے کا ڈیٹا ہیں۔',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'امیگریشن فارموں پر مفت مشورہ اور مدد، جیسے گرین کارڈ کی تجدید، ورک پرمٹ اور خاندانی درخواستیں۔ منگل یا جمعرات کی سہ پہر بغیر اپائنٹمنٹ آئیں۔ یہ ادارہ، اس کا پتہ اور فون نمونے کا ڈیٹا ہیں۔',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'امیگریشن کے فراڈ پہچاننا سیکھیں، جیسے ”notarios“ جو وکیل نہیں ہوتے۔ اپنے حقوق جانیں اور جانیں کہ ایماندار، مفت قانونی مدد کہاں ملتی ہے۔',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'MOIA ہاٹ لائن، پیر سے جمعہ، صبح 9 سے شام 5 بجے تک۔',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311، شہر کی ہیلپ لائن۔ سروس کا نام بتائیں۔',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'ActionNYC ہاٹ لائن، پیر سے جمعہ، صبح 9 سے شام 6 بجے تک۔ اپنی زبان منتخب کریں۔',
  'Sample phone number for this demo. It does not work.': 'اس ڈیمو کے لیے نمونے کا فون نمبر۔ یہ کام نہیں کرتا۔',
  'Library information line.': 'لائبریری کی معلوماتی لائن۔',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'MOIA کا استقبالیہ، پیر سے جمعہ، صبح 9 سے شام 5 بجے تک۔',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311، شہر کی ہیلپ لائن۔ Immigrant Advancement کا پوچھیں۔',
  'By appointment.': 'اپائنٹمنٹ کے ساتھ۔',
  'Second Saturday of each month.': 'ہر مہینے کا دوسرا ہفتہ۔',
  'Third Wednesday of each month.': 'ہر مہینے کا تیسرا بدھ۔',
  'First Saturday of each month.': 'ہر مہینے کا پہلا ہفتہ۔',
  'Second Thursday of each month.': 'ہر مہینے کی دوسری جمعرات۔',
  'Fourth Saturday of each month.': 'ہر مہینے کا چوتھا ہفتہ۔',
  'First and third Wednesday of each month, by appointment.': 'ہر مہینے کا پہلا اور تیسرا بدھ، اپائنٹمنٹ کے ساتھ۔',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'سال میں ایک بار، ہفتے کے دن۔ اس سال کی تاریخ boston.gov پر دیکھیں۔',
  'Fourth Wednesday of each month.': 'ہر مہینے کا چوتھا بدھ۔',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: شہریت، انگریزی کلاسوں اور شہر کی خدمات پر مفت رہنما کتابچے۔',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: شہریت، فراڈ، شہر کی خدمات، وظائف اور مالی مدد پر مفت مواد۔',
  'Free.': 'مفت۔',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'ہماری مدد مفت ہے۔ ہم یہ دیکھنے میں مدد کرتے ہیں کہ کیا آپ کو USCIS فیس کی چھوٹ مل سکتی ہے۔',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'ہماری مدد مفت ہے۔ USCIS درخواست کی فیس لیتا ہے؛ ہم آپ کو موجودہ رقم بتا سکتے ہیں۔',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'ہماری مدد مفت ہے۔ کچھ فارموں پر USCIS فیس ہوتی ہے؛ ہم جمع کرانے سے پہلے آپ کو بتائیں گے۔',
  'English conversation class (10 weeks)': 'انگریزی گفتگو کی کلاس (10 ہفتے)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'ایک چھوٹے، دوستانہ گروپ میں انگریزی بولنے کی مشق کریں۔ نئے سیکھنے والوں کو خوش آمدید۔ رضاکار ہسپانوی، ہیٹی کریول اور بنگلہ میں مدد کرتے ہیں۔ تمام 10 کلاسوں کے لیے ایک بار اندراج کریں؛ کتابیں مفت ہیں۔',
  'English conversation class, morning group (10 weeks)': 'انگریزی گفتگو کی کلاس، صبح کا گروپ (10 ہفتے)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'اگلا 10 ہفتے کا گروپ، صبح کے وقت۔ روزمرہ کی انگریزی کی مشق کریں: ڈاکٹر، بینک، آپ کے بچے کا اسکول۔ تمام 10 کلاسوں کے لیے ایک بار اندراج کریں۔',
  'Free immigration legal clinic': 'مفت امیگریشن قانونی کلینک',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'وکیل یا DOJ سے منظور شدہ نمائندے سے 30 منٹ کا مفت اور خفیہ مشورہ کریں۔ جو خطوط یا فارم آپ کو ملے ہیں وہ ساتھ لائیں۔ ایک سیشن کے لیے اندراج کریں؛ وقت ہو تو بغیر اپائنٹمنٹ والوں کو بھی دیکھا جاتا ہے۔',
  'Citizenship Day: free help applying for U.S. citizenship': 'یومِ شہریت: امریکی شہریت کی درخواست میں مفت مدد',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'رضاکار وکیل N-400 فارم بھرنے میں مدد کرتے ہیں اور دیکھتے ہیں کہ کیا آپ فیس کی چھوٹ کے اہل ہیں۔ اپنا گرین کارڈ، پچھلے پانچ سال کے پتے اور ملازمتیں، اور سفر کی تاریخیں ساتھ لائیں۔ وقت لینے کے لیے اندراج کریں۔',
  'Know your rights: tenants and workers': 'اپنے حقوق جانیں: کرایہ دار اور کارکن',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'گھر اور کام پر آپ کے حقوق پر ایک کمیونٹی فورم، آپ کی حیثیت جو بھی ہو۔ سوالات کا خیر مقدم ہے۔ اندراج کی ضرورت نہیں۔',
  'Avoiding immigration scams': 'امیگریشن کے فراڈ سے بچاؤ',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'جعلی وکیلوں اور ”notarios“ کو کیسے پہچانیں، اور قابلِ اعتماد مفت مدد کہاں ملے۔',
  'IDNYC pop-up enrollment': 'IDNYC کا عارضی اندراج مرکز',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'بغیر اپائنٹمنٹ IDNYC کے لیے درخواست دیں، جو نیویارک شہر کا مفت شناختی کارڈ ہے۔ شناخت اور نیویارک شہر میں رہائش کا ثبوت ساتھ لائیں۔',
  'Online: DACA renewal questions answered': 'آن لائن: DACA کی تجدید کے سوالات کے جوابات',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'وکیل کے ساتھ ایک گھنٹے کا آن لائن سیشن۔ لنک حاصل کرنے کے لیے منتظم کے صفحے پر اندراج کریں۔',
  'Legal screening in Bangla, Urdu and Nepali': 'بنگلہ، اردو اور نیپالی میں قانونی جانچ',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'آپ کے امیگریشن کے اختیارات کی پہلی مفت جانچ، ترجمانوں کے ساتھ۔ ہر مہینے کا پہلا ہفتہ۔',
  'English for New Bostonians: conversation circle (10 weeks)': 'English for New Bostonians: گفتگو کا حلقہ (10 ہفتے)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'انگریزی سیکھنے والے بالغوں کے لیے 10 ہفتے کا مفت گفتگو کا حلقہ۔ پوری سیریز کے لیے ایک بار اندراج کریں۔',
  'Immigration legal clinic at the Chinatown branch': 'چائنا ٹاؤن برانچ میں امیگریشن قانونی کلینک',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'ہر مہینے کی پہلی اور تیسری جمعرات کو مفت مشورے۔ ایک سیشن کے لیے اندراج کریں۔',
  '(Sample event: times and places are examples.)': '(نمونے کی تقریب: اوقات اور مقامات مثالیں ہیں۔)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'میئر کا دفتر برائے امورِ تارکین وطن (MOIA)',
  'The New York Public Library': 'نیویارک پبلک لائبریری',
  'Brooklyn Public Library': 'بروکلین پبلک لائبریری',
  'Queens Public Library': 'کوئنز پبلک لائبریری',
  'Sample Immigrant Legal Center (sample)': 'تارکین وطن کا قانونی مرکز (نمونہ)',
  'Sample Neighborhood Law Project (sample)': 'محلے کا قانونی منصوبہ (نمونہ)',
  'Stephen A. Schwarzman Building': 'اسٹیفن اے شوارزمین بلڈنگ',
  'Bronx Library Center': 'برونکس لائبریری سینٹر',
  'Harlem Library': 'ہارلم لائبریری',
  'Brooklyn Central Library': 'بروکلین سینٹرل لائبریری',
  'Flatbush Library': 'فلیٹ بش لائبریری',
  'Flushing Library': 'فلشنگ لائبریری',
  'Jackson Heights Library': 'جیکسن ہائٹس لائبریری',
  'IDNYC Center – Brooklyn Municipal Building': 'IDNYC سینٹر – بروکلین میونسپل بلڈنگ',
  'IDNYC Center – Bronx County Building': 'IDNYC سینٹر – برونکس کاؤنٹی بلڈنگ',
  'Sample Immigrant Legal Center – Jackson Heights (sample)': 'تارکین وطن کا قانونی مرکز – جیکسن ہائٹس (نمونہ)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'محلے کا قانونی منصوبہ – ہارلم (نمونہ)',
  'MOIA hotline': 'MOIA ہاٹ لائن',
  'IDNYC enrollment – Flushing Library': 'IDNYC اندراج – فلشنگ لائبریری',
  'IDNYC enrollment – Brooklyn': 'IDNYC اندراج – بروکلین',
  'IDNYC enrollment – Bronx': 'IDNYC اندراج – برونکس',
  'ActionNYC legal screening – Jackson Heights': 'ActionNYC قانونی جانچ – جیکسن ہائٹس',
  'ActionNYC legal screening – Harlem': 'ActionNYC قانونی جانچ – ہارلم',
  'ActionNYC Saturday clinic – Bronx Library Center': 'ActionNYC ہفتے کا کلینک – برونکس لائبریری سینٹر',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – مین ہٹن اور برونکس کی لائبریریاں',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – بروکلین اور کوئنز کی لائبریریاں',
  'We Are New York English classes – Manhattan': 'We Are New York انگریزی کلاسیں – مین ہٹن',
  'We Are New York English classes – Brooklyn and Queens': 'We Are New York انگریزی کلاسیں – بروکلین اور کوئنز',
  'Know Your Rights forums': '”اپنے حقوق جانیں“ فورم',
  'MOIA Community Ambassadors (volunteer)': 'MOIA کمیونٹی سفیر (رضاکارانہ)',
  'DACA screening and renewals': 'DACA جانچ اور تجدید',
  'Community resource directory': 'کمیونٹی وسائل کی ڈائریکٹری',
  'New American Corners – New York Public Library': 'New American Corners – نیویارک پبلک لائبریری',
  'New American Corners – Brooklyn Public Library': 'New American Corners – بروکلین پبلک لائبریری',
  'New American Corners – Queens Public Library': 'New American Corners – کوئنز پبلک لائبریری',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': 'میئر کا دفتر برائے ترقیِ تارکین وطن (MOIA Boston)',
  'Boston Public Library': 'بوسٹن پبلک لائبریری',
  'Sample New Neighbors Legal Aid (sample)': 'نئے پڑوسی قانونی امداد (نمونہ)',
  'Boston City Hall, Room 806': 'بوسٹن سٹی ہال، کمرہ 806',
  'Central Library in Copley Square': 'کوپلی اسکوائر میں سینٹرل لائبریری',
  'East Boston Branch': 'ایسٹ بوسٹن برانچ',
  'Chinatown Branch': 'چائنا ٹاؤن برانچ',
  'Mattapan Branch': 'میٹاپین برانچ',
  'Uphams Corner Branch': 'اپہیمز کارنر برانچ',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'نئے پڑوسی قانونی امداد – روکسبری (نمونہ)',
  'MOIA front desk and phone line': 'MOIA کا استقبالیہ اور فون لائن',
  'English for New Bostonians classes – Central Library': 'English for New Bostonians کلاسیں – سینٹرل لائبریری',
  'English for New Bostonians classes – neighborhood branches': 'English for New Bostonians کلاسیں – محلے کی برانچیں',
  'Free immigration consultations at City Hall': 'سٹی ہال میں امیگریشن کے مفت مشورے',
  'Citizenship Day': 'یومِ شہریت',
  'Immigrant Information Corners': 'تارکین وطن کے معلوماتی کارنر',
  'Immigrant resource directory': 'تارکین وطن کے وسائل کی ڈائریکٹری',
  'DACA screening clinic': 'DACA جانچ کلینک',
  'Immigration legal help (walk-in)': 'امیگریشن قانونی مدد (بغیر اپائنٹمنٹ)',
  'Avoid immigration scams (workshop)': 'امیگریشن فراڈ سے بچیں (ورکشاپ)',
};
