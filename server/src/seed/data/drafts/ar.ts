import type { Drafts } from './index.js';

/** Arabic: the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': 'دروس محادثة باللغة الإنجليزية (10 أسابيع)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'تدرّب على التحدث بالإنجليزية في مجموعة صغيرة وودودة. المبتدئون مرحّب بهم. يساعد متطوعون بالإسبانية والكريولية الهايتية والبنغالية. سجّل مرة واحدة لجميع الجلسات العشر؛ الكتب مجانية.',
  'English conversation class, morning group (10 weeks)': 'دروس محادثة بالإنجليزية، المجموعة الصباحية (10 أسابيع)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'المجموعة التالية لمدة 10 أسابيع، في الصباح. تدرّب على إنجليزية الحياة اليومية: الطبيب والبنك ومدرسة طفلك. سجّل مرة واحدة لجميع الجلسات العشر.',
  'Free immigration legal clinic': 'عيادة قانونية مجانية للهجرة',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'قابل محاميًا أو ممثلًا معتمدًا من وزارة العدل لاستشارة مجانية وسرية مدتها 30 دقيقة. أحضر الرسائل أو الاستمارات التي تلقيتها. سجّل في جلسة واحدة؛ ويُستقبل القادمون دون موعد إن توفر الوقت.',
  'Citizenship Day: free help applying for U.S. citizenship': 'يوم الجنسية: مساعدة مجانية لطلب الجنسية الأمريكية',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'يساعدك محامون متطوعون في ملء استمارة N-400 والتحقق من أهليتك للإعفاء من الرسوم. أحضر البطاقة الخضراء وعناوينك ووظائفك في السنوات الخمس الأخيرة وتواريخ سفرك. سجّل لتحصل على موعد.',
  'Know your rights: tenants and workers': 'اعرف حقوقك: المستأجرون والعمال',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'منتدى مجتمعي عن حقوقك في المنزل والعمل، مهما كان وضعك. الأسئلة مرحّب بها. لا حاجة للتسجيل.',
  'Avoiding immigration scams': 'تجنّب الاحتيال في قضايا الهجرة',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'كيف تتعرّف على المحامين المزيّفين و«notarios»، وأين تجد مساعدة مجانية موثوقة.',
  'IDNYC pop-up enrollment': 'تسجيل مؤقت في IDNYC',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'قدّم طلبًا للحصول على IDNYC، بطاقة الهوية المجانية لمدينة نيويورك، دون موعد. أحضر إثبات الهوية وإثبات السكن في مدينة نيويورك.',
  'Online: DACA renewal questions answered': 'عبر الإنترنت: إجابات عن أسئلة تجديد DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'جلسة عبر الإنترنت مدتها ساعة مع محامٍ. سجّل في صفحة المنظِّم لتحصل على الرابط.',
  'Legal screening in Bangla, Urdu and Nepali': 'فحص قانوني بالبنغالية والأردية والنيبالية',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'مراجعة أولى مجانية لخياراتك في الهجرة، بحضور مترجمين. أول سبت من كل شهر.',
  'English for New Bostonians: conversation circle (10 weeks)': 'الإنجليزية لسكان بوسطن الجدد: حلقة محادثة (10 أسابيع)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'حلقة محادثة مجانية لمدة 10 أسابيع للبالغين الذين يتعلمون الإنجليزية. سجّل مرة واحدة للسلسلة كاملة.',
  'Immigration legal clinic at the Chinatown branch': 'عيادة قانونية للهجرة في فرع الحي الصيني',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'استشارات مجانية في أول وثالث خميس من كل شهر. سجّل في جلسة واحدة.',
  '(Sample event: times and places are examples.)': '(فعالية نموذجية: الأوقات والأماكن أمثلة.)',
};
