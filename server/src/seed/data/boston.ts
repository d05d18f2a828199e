/**
 * Sample directory for Boston: the Mayor's Office for Immigrant Advancement
 * (MOIA Boston), the Boston Public Library, and one community legal provider.
 *
 * Real public things are real: City Hall Room 806, the office line
 * (617-635-2980), the free consultations on the first and third Wednesday,
 * BOS:311, library branch names and addresses. The legal provider is invented:
 * its name ends with "(sample)", its address and 555-01xx number do not exist.
 * Class and workshop times are samples.
 */
import type { SeedDirectory, SeedLanguage, Text } from '../types.js';

const staff = (...codes: string[]): SeedLanguage[] => codes.map((code) => ({ code, kind: 'staff' as const }));
const interpretation = (...codes: string[]): SeedLanguage[] =>
  codes.map((code) => ({ code, kind: 'interpretation' as const }));

// ---------------------------------------------------------------------------
// Texts used more than once
// ---------------------------------------------------------------------------

const FREE: Text = {
  en: 'Free.',
  es: 'Gratis.',
  'zh-Hans': '免费。',
  ht: 'Gratis.',
  bn: 'বিনামূল্যে।',
  fr: 'Gratuit.',
  ar: 'مجاني.',
};

const OPEN_TO_ALL: Text = {
  en: 'Open to all Boston residents. We do not ask about immigration status.',
  es: 'Abierto a todos los residentes de Boston. No preguntamos por su estatus migratorio.',
  'zh-Hans': '向所有波士顿居民开放。我们不会询问您的移民身份。',
  ht: 'Li louvri pou tout moun ki rete Boston. Nou pa mande estati imigrasyon w.',
  bn: 'বোস্টনের সব বাসিন্দার জন্য খোলা। আমরা আপনার অভিবাসন স্ট্যাটাস জিজ্ঞেস করি না।',
  fr: 'Ouvert à tous les habitants de Boston. Nous ne demandons pas votre statut d’immigration.',
  ar: 'مفتوح لجميع سكان بوسطن. لا نسأل عن وضعك من حيث الهجرة.',
};

const OPEN_AND_PRIVATE: Text = {
  en: 'Open to everyone. What you share stays private.',
  es: 'Abierto a todos. Lo que comparta queda en privado.',
  'zh-Hans': '向所有人开放。您提供的信息将被保密。',
  ht: 'Li louvri pou tout moun. Sa w di yo rete prive.',
  bn: 'সবার জন্য খোলা। আপনি যা জানান তা গোপন থাকে।',
  fr: 'Ouvert à tous. Ce que vous dites reste confidentiel.',
  ar: 'مفتوح للجميع. ما تشاركه يبقى خاصًا.',
};

const EVERYONE_NO_ID: Text = {
  en: 'Everyone is welcome. You do not need to give your name or show ID.',
  es: 'Todos son bienvenidos. No tiene que dar su nombre ni mostrar identificación.',
  'zh-Hans': '欢迎所有人。不需要留下姓名或出示证件。',
  ht: 'Tout moun byenvini. Ou pa bezwen bay non w ni montre kat idantite.',
  bn: 'সবাইকে স্বাগত। নাম বলতে বা আইডি দেখাতে হবে না।',
  fr: 'Tout le monde est bienvenu. Pas besoin de donner votre nom ni de montrer une pièce d’identité.',
  ar: 'الجميع مرحَّب بهم. لا تحتاج إلى ذكر اسمك أو إظهار هوية.',
};

const PHONE_MOIA: Text = {
  en: 'MOIA front desk, Monday to Friday, 9 AM to 5 PM.',
  es: 'Recepción de MOIA, de lunes a viernes, de 9 a. m. a 5 p. m.',
  'zh-Hans': 'MOIA 前台，周一至周五，上午9点至下午5点。',
  ht: 'Resepsyon MOIA, lendi rive vandredi, 9è nan maten rive 5è nan apremidi.',
  bn: 'MOIA ফ্রন্ট ডেস্ক, সোমবার থেকে শুক্রবার, সকাল ৯টা থেকে বিকেল ৫টা।',
  fr: 'Accueil de MOIA, du lundi au vendredi, de 9 h à 17 h.',
  ar: 'مكتب استقبال MOIA، من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً.',
};

const PHONE_311: Text = {
  en: 'BOS:311, the City help line. Ask for Immigrant Advancement.',
  es: 'BOS:311, la línea de ayuda de la Ciudad. Pida Immigrant Advancement.',
  'zh-Hans': 'BOS:311 市政服务热线。请要求转接移民促进办公室（Immigrant Advancement）。',
  ht: 'BOS:311, liy èd Vil la. Mande Immigrant Advancement.',
  bn: 'BOS:311, সিটির হেল্পলাইন। Immigrant Advancement চাইবেন।',
  fr: 'BOS:311, la ligne d’aide de la Ville. Demandez Immigrant Advancement.',
  ar: 'BOS:311، خط مساعدة المدينة. اطلب مكتب Immigrant Advancement.',
};

const PHONE_SAMPLE: Text = {
  en: 'Sample phone number for this demo. It does not work.',
  es: 'Número de ejemplo para esta demostración. No funciona.',
  'zh-Hans': '本演示的示例电话号码，无法拨通。',
  ht: 'Nimewo egzanp pou demonstrasyon sa a. Li pa mache.',
  bn: 'এই ডেমোর জন্য নমুনা ফোন নম্বর। এটি কাজ করে না।',
  fr: 'Numéro d’exemple pour cette démo. Il ne fonctionne pas.',
  ar: 'رقم هاتف نموذجي لهذا العرض التوضيحي. لا يعمل.',
};

const PHONE_LIBRARY: Text = {
  en: 'Library information line.',
  es: 'Línea de información de la biblioteca.',
  'zh-Hans': '图书馆咨询电话。',
  ht: 'Liy enfòmasyon bibliyotèk la.',
  bn: 'লাইব্রেরির তথ্য লাইন।',
  fr: 'Ligne d’information de la bibliothèque.',
  ar: 'خط معلومات المكتبة.',
};

const CORNER: Text = {
  en: 'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.',
  es: 'Immigrant Information Corner: materiales gratis sobre ciudadanía, estafas, servicios de la Ciudad, becas y ayuda con el dinero.',
  'zh-Hans': '移民信息角：提供入籍、防诈骗、市政服务、奖学金和理财帮助的免费资料。',
  ht: 'Immigrant Information Corner: materyèl gratis sou sitwayènte, fwod, sèvis Vil la, bous etid ak èd pou lajan.',
  bn: 'Immigrant Information Corner: নাগরিকত্ব, প্রতারণা, সিটির সেবা, বৃত্তি ও আর্থিক সাহায্য নিয়ে বিনামূল্যে তথ্য।',
  fr: 'Immigrant Information Corner : documentation gratuite sur la citoyenneté, les arnaques, les services de la Ville, les bourses et l’aide financière.',
  ar: 'ركن معلومات المهاجرين (Immigrant Information Corner): مواد مجانية عن الجنسية والاحتيال وخدمات المدينة والمنح الدراسية والمساعدة المالية.',
};

const SECOND_SATURDAY: Text = {
  en: 'Second Saturday of each month.',
  es: 'Segundo sábado de cada mes.',
  'zh-Hans': '每月第二个星期六。',
  ht: 'Dezyèm samdi chak mwa.',
  bn: 'প্রতি মাসের দ্বিতীয় শনিবার।',
  fr: 'Deuxième samedi de chaque mois.',
  ar: 'السبت الثاني من كل شهر.',
};

const FOURTH_SATURDAY: Text = {
  en: 'Fourth Saturday of each month.',
  es: 'Cuarto sábado de cada mes.',
  'zh-Hans': '每月第四个星期六。',
  ht: 'Katriyèm samdi chak mwa.',
  bn: 'প্রতি মাসের চতুর্থ শনিবার।',
  fr: 'Quatrième samedi de chaque mois.',
  ar: 'السبت الرابع من كل شهر.',
};

const DOC_PHOTO_ID: Text = {
  en: 'A photo ID from any country, if you have one.',
  es: 'Una identificación con foto de cualquier país, si tiene una.',
  'zh-Hans': '任何国家的带照片身份证件（如有）。',
  ht: 'Yon kat idantite ak foto nenpòt peyi, si w genyen youn.',
  bn: 'যেকোনো দেশের ছবিসহ পরিচয়পত্র, যদি থাকে।',
  fr: 'Une pièce d’identité avec photo de n’importe quel pays, si vous en avez une.',
  ar: 'بطاقة هوية بصورة من أي بلد، إن وُجدت.',
};

const DOC_CASE_LETTERS: Text = {
  en: 'Any letters or forms you got from immigration offices or courts, if you have them.',
  es: 'Cartas o formularios que recibió de oficinas de inmigración o de cortes, si los tiene.',
  'zh-Hans': '您收到的移民机构或法院的信件或表格（如有）。',
  ht: 'Nenpòt lèt oswa fòm ou te resevwa nan biwo imigrasyon oswa tribinal, si w genyen yo.',
  bn: 'অভিবাসন অফিস বা আদালত থেকে পাওয়া যেকোনো চিঠি বা ফর্ম, যদি থাকে।',
  fr: 'Les lettres ou formulaires reçus des services d’immigration ou des tribunaux, si vous en avez.',
  ar: 'أي رسائل أو نماذج وصلتك من مكاتب الهجرة أو المحاكم، إن وُجدت.',
};

// English for New Bostonians ----------------------------------------------------

const ENB_DESCRIPTION: Text = {
  en: 'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.',
  es: 'Clases de inglés gratis para adultos, de nivel básico a avanzado. English for New Bostonians es una alianza que apoya la Ciudad. La mayoría de las clases son dos veces por semana.',
  'zh-Hans':
    '为成年人提供的免费英语课，从初级到高级。English for New Bostonians 是由市政府支持的合作项目。大多数课程每周上两次。',
  ht: 'Kou angle gratis pou granmoun, depi debitan rive avanse. English for New Bostonians se yon patenarya Vil la sipòte. Pifò kou fèt de fwa pa semèn.',
  bn: 'প্রাপ্তবয়স্কদের জন্য বিনামূল্যে ইংরেজি ক্লাস, শুরু থেকে উচ্চ স্তর পর্যন্ত। English for New Bostonians হলো সিটির সহায়তায় চলা একটি অংশীদারিত্ব। বেশিরভাগ ক্লাস সপ্তাহে দুবার হয়।',
  fr: 'Cours d’anglais gratuits pour adultes, du niveau débutant au niveau avancé. English for New Bostonians est un partenariat soutenu par la Ville. La plupart des cours ont lieu deux fois par semaine.',
  ar: 'دروس إنجليزية مجانية للبالغين، من المستوى المبتدئ إلى المتقدم. English for New Bostonians شراكة تدعمها المدينة. تُعقد معظم الدروس مرتين في الأسبوع.',
};

const ENB_ELIGIBILITY: Text = {
  en: 'Adults who live in Boston and want to learn English. Immigration status is not asked.',
  es: 'Adultos que viven en Boston y quieren aprender inglés. No se pregunta el estatus migratorio.',
  'zh-Hans': '住在波士顿、想学英语的成年人。不会询问移民身份。',
  ht: 'Granmoun ki rete Boston epi ki vle aprann angle. Yo pa mande estati imigrasyon.',
  bn: 'বোস্টনে থাকেন এবং ইংরেজি শিখতে চান এমন প্রাপ্তবয়স্করা। অভিবাসন স্ট্যাটাস জিজ্ঞেস করা হয় না।',
  fr: 'Adultes qui habitent à Boston et veulent apprendre l’anglais. Le statut d’immigration n’est pas demandé.',
  ar: 'البالغون الذين يسكنون في بوسطن ويريدون تعلم الإنجليزية. لا يُسأل عن وضع الهجرة.',
};

const ENB_APPLY: Text = {
  en: 'Call 617-635-2980 to find a class near you and sign up. Some classes have a waiting list. Class times here are samples; check before you go.',
  es: 'Llame al 617-635-2980 para encontrar una clase cerca de usted e inscribirse. Algunas clases tienen lista de espera. Los horarios aquí son de ejemplo; confírmelos antes de ir.',
  'zh-Hans': '拨打 617-635-2980，查找您附近的课程并报名。有些课程需要排队等候。此处的上课时间为示例，出发前请先确认。',
  ht: 'Rele 617-635-2980 pou jwenn yon kou toupre w epi enskri. Gen kou ki gen yon lis datant. Lè kou yo isit la se egzanp; tcheke anvan w ale.',
  bn: 'আপনার কাছাকাছি ক্লাস খুঁজে নাম লেখাতে 617-635-2980 নম্বরে কল করুন। কিছু ক্লাসে অপেক্ষার তালিকা আছে। এখানে দেওয়া ক্লাসের সময় নমুনা; যাওয়ার আগে জেনে নিন।',
  fr: 'Appelez le 617-635-2980 pour trouver un cours près de chez vous et vous inscrire. Certains cours ont une liste d’attente. Les horaires indiqués ici sont des exemples : vérifiez avant de venir.',
  ar: 'اتصل بالرقم 617-635-2980 لتجد درسًا قريبًا منك وتسجّل. لبعض الدروس قائمة انتظار. مواعيد الدروس هنا نموذجية؛ تأكد منها قبل الذهاب.',
};

// Citizenship --------------------------------------------------------------------

const CITIZENSHIP_DOCUMENTS: Text[] = [
  {
    en: 'Any immigration papers you have. A volunteer will tell you if anything else is needed.',
    es: 'Los papeles de inmigración que tenga. Un voluntario le dirá si necesita algo más.',
    'zh-Hans': '您现有的任何移民文件。志愿者会告诉您是否还需要其他材料。',
    ht: 'Nenpòt papye imigrasyon ou genyen. Yon volontè ap di w si w bezwen lòt bagay.',
    bn: 'আপনার কাছে থাকা যেকোনো অভিবাসন কাগজপত্র। আর কিছু লাগলে একজন স্বেচ্ছাসেবক জানাবেন।',
    fr: 'Les papiers d’immigration que vous avez. Un bénévole vous dira s’il faut autre chose.',
    ar: 'أي أوراق هجرة لديك. سيخبرك متطوع إن كنت تحتاج شيئًا آخر.',
  },
  {
    en: 'A list of your trips outside the U.S. in the last 5 years, with dates.',
    es: 'Una lista de sus viajes fuera de EE. UU. en los últimos 5 años, con fechas.',
    'zh-Hans': '过去5年内离开美国的旅行清单，包括日期。',
    ht: 'Yon lis vwayaj ou fè andeyò Etazini nan 5 dènye ane yo, ak dat yo.',
    bn: 'গত ৫ বছরে যুক্তরাষ্ট্রের বাইরে যাওয়া ভ্রমণের তালিকা, তারিখসহ।',
    fr: 'La liste de vos voyages hors des États-Unis ces 5 dernières années, avec les dates.',
    ar: 'قائمة برحلاتك خارج الولايات المتحدة في آخر 5 سنوات، مع التواريخ.',
  },
  {
    en: 'Your home addresses and jobs for the last 5 years.',
    es: 'Sus direcciones y trabajos de los últimos 5 años.',
    'zh-Hans': '过去5年的住址和工作经历。',
    ht: 'Adrès kote w te rete ak travay ou te fè nan 5 dènye ane yo.',
    bn: 'গত ৫ বছরের আপনার বাসার ঠিকানা ও চাকরির তথ্য।',
    fr: 'Vos adresses et vos emplois des 5 dernières années.',
    ar: 'عناوين سكنك ووظائفك في آخر 5 سنوات.',
  },
  {
    en: 'Proof of income or benefits, if you want to ask for a fee waiver.',
    es: 'Prueba de ingresos o de beneficios, si quiere pedir una exención de pago.',
    'zh-Hans': '如需申请免除费用，请带收入或福利证明。',
    ht: 'Prèv revni oswa benefis, si w vle mande yon dispans frè.',
    bn: 'ফি মওকুফ চাইলে আয়ের বা সরকারি সুবিধার প্রমাণ।',
    fr: 'Une preuve de revenus ou d’aides, si vous voulez demander une dispense de frais.',
    ar: 'إثبات الدخل أو المساعدات، إن أردت طلب الإعفاء من الرسوم.',
  },
];

// Library corners -------------------------------------------------------------

const LIBRARY_ELIGIBILITY: Text = {
  en: 'Everyone is welcome. You do not need a library card or ID.',
  es: 'Todos son bienvenidos. No necesita tarjeta de biblioteca ni identificación.',
  'zh-Hans': '欢迎所有人。不需要借书证或身份证件。',
  ht: 'Tout moun byenvini. Ou pa bezwen kat bibliyotèk ni kat idantite.',
  bn: 'সবাইকে স্বাগত। লাইব্রেরি কার্ড বা আইডি লাগবে না।',
  fr: 'Tout le monde est bienvenu. Pas besoin de carte de bibliothèque ni de pièce d’identité.',
  ar: 'الجميع مرحَّب بهم. لا تحتاج إلى بطاقة مكتبة أو هوية.',
};

const LIBRARY_APPLY: Text = {
  en: 'Walk in during library hours. Hours can change, so check bpl.org first.',
  es: 'Venga durante el horario de la biblioteca. El horario puede cambiar; revise primero bpl.org.',
  'zh-Hans': '在图书馆开放时间内直接前往即可。开放时间可能变动，请先查看 bpl.org。',
  ht: 'Vini nan lè bibliyotèk la louvri. Lè yo ka chanje, kidonk tcheke bpl.org anvan.',
  bn: 'লাইব্রেরি খোলা থাকার সময় চলে আসুন। সময় বদলাতে পারে, তাই আগে bpl.org দেখে নিন।',
  fr: 'Venez pendant les heures d’ouverture. Les horaires peuvent changer : vérifiez d’abord bpl.org.',
  ar: 'تعال خلال ساعات عمل المكتبة. قد تتغير الساعات، لذا راجع bpl.org أولًا.',
};

// DOJ and attorney checks.
const VERIFIED = '2026-09-15';
/** Long enough ago that an accredited listing is overdue for re-verification (the demo shows the flag). */
const VERIFIED_LONG_AGO = '2026-03-10';

export const boston: SeedDirectory = {
  // =========================================================================
  // Organizations
  // =========================================================================
  organizations: [
    {
      key: 'bos-moia',
      name: {
        en: 'Mayor’s Office for Immigrant Advancement (MOIA Boston)',
        es: 'Oficina del Alcalde para el Progreso de los Inmigrantes (MOIA Boston)',
        'zh-Hans': '波士顿市长移民促进办公室（MOIA Boston）',
        ht: 'Biwo Majistra a pou Avansman Imigran (MOIA Boston)',
        bn: 'অভিবাসীদের অগ্রগতির জন্য মেয়রের অফিস (MOIA Boston)',
        fr: 'Bureau du maire pour la promotion des immigrants (MOIA Boston)',
        ar: 'مكتب العمدة للنهوض بالمهاجرين (MOIA Boston)',
      },
      description: {
        en: 'The City of Boston office for immigrants, at City Hall. It runs free legal consultations, Citizenship Day and Immigrant Information Corners, and supports English for New Bostonians.',
        es: 'La oficina de la Ciudad de Boston para inmigrantes, en el Ayuntamiento. Ofrece consultas legales gratis, el Día de la Ciudadanía y los Immigrant Information Corners, y apoya a English for New Bostonians.',
        'zh-Hans':
          '波士顿市政府为移民设立的办公室，位于市政厅。提供免费法律咨询、入籍日和移民信息角，并支持 English for New Bostonians 英语项目。',
        ht: 'Biwo Vil Boston pou imigran, nan Meri a. Li ofri konsiltasyon legal gratis, Jounen Sitwayènte ak Immigrant Information Corners, epi li sipòte English for New Bostonians.',
        bn: 'সিটি হলে অবস্থিত অভিবাসীদের জন্য বোস্টন সিটির অফিস। এটি বিনামূল্যে আইনি পরামর্শ, নাগরিকত্ব দিবস ও Immigrant Information Corners চালায় এবং English for New Bostonians-কে সহায়তা করে।',
        fr: 'Le bureau de la Ville de Boston pour les immigrants, à l’hôtel de ville. Il propose des consultations juridiques gratuites, la Journée de la citoyenneté et les Immigrant Information Corners, et soutient English for New Bostonians.',
        ar: 'مكتب مدينة بوسطن للمهاجرين، في مبنى البلدية. يقدم استشارات قانونية مجانية ويوم الجنسية وأركان معلومات المهاجرين، ويدعم برنامج English for New Bostonians.',
      },
      url: 'https://www.boston.gov/departments/immigrant-advancement',
    },
    {
      key: 'bos-bpl',
      name: {
        en: 'Boston Public Library',
        es: 'Biblioteca Pública de Boston',
        'zh-Hans': '波士顿公共图书馆',
        ht: 'Bibliyotèk Piblik Boston',
        bn: 'বোস্টন পাবলিক লাইব্রেরি',
        fr: 'Bibliothèque publique de Boston',
        ar: 'مكتبة بوسطن العامة',
      },
      description: {
        en: 'Free public library with the Central Library in Copley Square and branches across Boston. Every branch has an Immigrant Information Corner.',
        es: 'Biblioteca pública gratis, con la Biblioteca Central en Copley Square y sucursales en todo Boston. Cada sucursal tiene un Immigrant Information Corner.',
        'zh-Hans': '免费的公共图书馆，中央图书馆位于科普利广场，分馆遍布波士顿。每个分馆都设有移民信息角。',
        ht: 'Bibliyotèk piblik gratis, ak Bibliyotèk Santral la nan Copley Square ak branch toupatou nan Boston. Chak branch gen yon Immigrant Information Corner.',
        bn: 'বিনামূল্যের পাবলিক লাইব্রেরি, কপলি স্কয়ারে সেন্ট্রাল লাইব্রেরি এবং বোস্টন জুড়ে শাখা। প্রতিটি শাখায় একটি Immigrant Information Corner আছে।',
        fr: 'Bibliothèque publique gratuite, avec la Bibliothèque centrale à Copley Square et des annexes dans tout Boston. Chaque annexe a un Immigrant Information Corner.',
        ar: 'مكتبة عامة مجانية، مكتبتها المركزية في ساحة كوبلي ولها فروع في أنحاء بوسطن. في كل فرع ركن لمعلومات المهاجرين.',
      },
      url: 'https://www.bpl.org',
    },
    {
      key: 'bos-sample-legal-aid',
      name: {
        en: 'Sample New Neighbors Legal Aid (sample)',
        es: 'Ayuda Legal Nuevos Vecinos (ejemplo)',
        'zh-Hans': '新邻居法律援助（示例）',
        ht: 'Èd Legal Nouvo Vwazen (egzanp)',
        bn: 'নতুন প্রতিবেশী আইনি সহায়তা (নমুনা)',
        fr: 'Aide juridique Nouveaux Voisins (exemple)',
        ar: 'المساعدة القانونية للجيران الجدد (نموذج)',
      },
      description: {
        en: 'A sample nonprofit for this demo; its address and phone number are invented. It stands for a DOJ-recognized legal provider in Roxbury, with staff who speak Spanish, Haitian Creole and Cape Verdean Creole.',
        es: 'Una organización sin fines de lucro de ejemplo para esta demostración; su dirección y su teléfono son inventados. Representa a un proveedor legal de Roxbury reconocido por el DOJ, con personal que habla español, criollo haitiano y criollo caboverdiano.',
        'zh-Hans':
          '本演示中的示例非营利机构，地址和电话均为虚构。它代表罗克斯伯里一家获美国司法部（DOJ）认可的法律服务机构，工作人员会说西班牙语、海地克里奥尔语和佛得角克里奥尔语。',
        ht: 'Yon òganizasyon san bi likratif egzanp pou demonstrasyon sa a; adrès li ak nimewo telefòn li envante. Li reprezante yon founisè legal nan Roxbury ki rekonèt pa DOJ, ak anplwaye ki pale panyòl, kreyòl ayisyen ak kreyòl kapvèdyen.',
        bn: 'এই ডেমোর জন্য একটি নমুনা অলাভজনক সংস্থা; এর ঠিকানা ও ফোন নম্বর বানানো। এটি রক্সবেরির একটি DOJ-স্বীকৃত আইনি সংস্থার প্রতিনিধি, যার কর্মীরা স্প্যানিশ, হাইতিয়ান ক্রেওল ও কেপ ভার্দিয়ান ক্রেওল ভাষায় কথা বলেন।',
        fr: 'Une association d’exemple pour cette démo ; son adresse et son téléphone sont inventés. Elle représente un prestataire juridique de Roxbury reconnu par le DOJ, dont le personnel parle espagnol, créole haïtien et créole cap-verdien.',
        ar: 'منظمة غير ربحية نموذجية لهذا العرض؛ عنوانها ورقم هاتفها غير حقيقيين. تمثل مزوّد خدمات قانونية في روكسبري معترفًا به من وزارة العدل (DOJ)، يتحدث موظفوه الإسبانية والكريولية الهايتية والكريولية الرأس أخضرية.',
      },
    },
  ],

  // =========================================================================
  // Locations
  // =========================================================================
  locations: [
    {
      key: 'bos-city-hall',
      organization: 'bos-moia',
      name: {
        en: 'Boston City Hall, Room 806',
        es: 'Ayuntamiento de Boston, sala 806',
        'zh-Hans': '波士顿市政厅 806 室',
        ht: 'Meri Boston, sal 806',
        bn: 'বোস্টন সিটি হল, রুম ৮০৬',
        fr: 'Hôtel de ville de Boston, bureau 806',
        ar: 'مبنى بلدية بوسطن، الغرفة 806',
      },
      address: {
        address_1: '1 City Hall Square, Room 806',
        city: 'Boston',
        state_province: 'MA',
        postal_code: '02201',
        country: 'US',
      },
      latitude: 42.3603,
      longitude: -71.058,
      timezone: 'America/New_York',
      accessibility: {
        en: 'Elevators to the 8th floor. Tell staff if you need an accommodation.',
        es: 'Ascensores hasta el piso 8. Avise al personal si necesita un ajuste razonable.',
        'zh-Hans': '有电梯到8楼。如需无障碍便利，请告诉工作人员。',
        ht: 'Gen asansè pou rive nan 8yèm etaj la. Di anplwaye yo si w bezwen yon akomodasyon.',
        bn: '৮ তলা পর্যন্ত লিফট আছে। বিশেষ সুবিধা লাগলে কর্মীদের জানান।',
        fr: 'Ascenseurs jusqu’au 8e étage. Dites au personnel si vous avez besoin d’un aménagement.',
        ar: 'توجد مصاعد إلى الطابق الثامن. أخبر الموظفين إن احتجت إلى تسهيلات.',
      },
      transportation: {
        en: 'T: Government Center (Blue and Green Lines).',
        es: 'T: Government Center (líneas Azul y Verde).',
        'zh-Hans': '地铁（T）：Government Center 站（蓝线和绿线）。',
        ht: 'T: Government Center (liy Ble ak Vèt).',
        bn: 'T: Government Center (ব্লু ও গ্রিন লাইন)।',
        fr: 'T : Government Center (lignes bleue et verte).',
        ar: 'المترو (T): محطة Government Center (الخطان الأزرق والأخضر).',
      },
      languages: [...staff('en', 'es', 'pt', 'ht', 'cmn', 'vi'), ...interpretation('kea', 'so', 'ar', 'fr', 'ase')],
    },
    {
      key: 'bos-bpl-central',
      organization: 'bos-bpl',
      name: {
        en: 'Central Library in Copley Square',
        es: 'Biblioteca Central en Copley Square',
        'zh-Hans': '科普利广场中央图书馆',
        ht: 'Bibliyotèk Santral nan Copley Square',
        bn: 'কপলি স্কয়ারের সেন্ট্রাল লাইব্রেরি',
        fr: 'Bibliothèque centrale de Copley Square',
        ar: 'المكتبة المركزية في ساحة كوبلي',
      },
      address: {
        address_1: '700 Boylston St',
        city: 'Boston',
        state_province: 'MA',
        postal_code: '02116',
        country: 'US',
      },
      latitude: 42.3495,
      longitude: -71.0781,
      timezone: 'America/New_York',
      corner: { description: CORNER },
      transportation: {
        en: 'T: Copley (Green Line) or Back Bay (Orange Line).',
        es: 'T: Copley (línea Verde) o Back Bay (línea Naranja).',
        'zh-Hans': '地铁（T）：Copley 站（绿线）或 Back Bay 站（橙线）。',
        ht: 'T: Copley (liy Vèt) oswa Back Bay (liy Zoranj).',
        bn: 'T: Copley (গ্রিন লাইন) অথবা Back Bay (অরেঞ্জ লাইন)।',
        fr: 'T : Copley (ligne verte) ou Back Bay (ligne orange).',
        ar: 'المترو (T): محطة Copley (الخط الأخضر) أو Back Bay (الخط البرتقالي).',
      },
      languages: [...staff('en', 'es', 'cmn'), ...interpretation('ase')],
    },
    {
      key: 'bos-bpl-east-boston',
      organization: 'bos-bpl',
      name: {
        en: 'East Boston Branch',
        es: 'Sucursal de East Boston',
        'zh-Hans': '东波士顿分馆',
        ht: 'Bibliyotèk East Boston',
        bn: 'ইস্ট বোস্টন শাখা',
        fr: 'Bibliothèque d’East Boston',
        ar: 'فرع إيست بوسطن',
      },
      description: {
        en: 'Staff speak Spanish and Portuguese.',
        es: 'El personal habla español y portugués.',
        'zh-Hans': '工作人员会说西班牙语和葡萄牙语。',
        ht: 'Anplwaye yo pale panyòl ak pòtigè.',
        bn: 'কর্মীরা স্প্যানিশ ও পর্তুগিজ ভাষায় কথা বলেন।',
        fr: 'Le personnel parle espagnol et portugais.',
        ar: 'يتحدث الموظفون الإسبانية والبرتغالية.',
      },
      address: {
        address_1: '365 Bremen St',
        city: 'East Boston',
        state_province: 'MA',
        postal_code: '02128',
        country: 'US',
      },
      latitude: 42.3757,
      longitude: -71.0357,
      timezone: 'America/New_York',
      corner: { description: CORNER },
      transportation: {
        en: 'T: Airport (Blue Line).',
        es: 'T: Airport (línea Azul).',
        'zh-Hans': '地铁（T）：Airport 站（蓝线）。',
        ht: 'T: Airport (liy Ble).',
        bn: 'T: Airport (ব্লু লাইন)।',
        fr: 'T : Airport (ligne bleue).',
        ar: 'المترو (T): محطة Airport (الخط الأزرق).',
      },
      languages: [...staff('en', 'es', 'pt'), ...interpretation('ar')],
    },
    {
      key: 'bos-bpl-chinatown',
      organization: 'bos-bpl',
      name: {
        en: 'Chinatown Branch',
        es: 'Sucursal de Chinatown',
        'zh-Hans': '华埠分馆',
        ht: 'Bibliyotèk Chinatown',
        bn: 'চায়নাটাউন শাখা',
        fr: 'Bibliothèque de Chinatown',
        ar: 'فرع الحي الصيني',
      },
      description: {
        en: 'Staff speak Mandarin, Cantonese and Vietnamese.',
        es: 'El personal habla mandarín, cantonés y vietnamita.',
        'zh-Hans': '工作人员会说普通话、粤语和越南语。',
        ht: 'Anplwaye yo pale mandaren, kantonè ak vyetnamyen.',
        bn: 'কর্মীরা ম্যান্ডারিন, ক্যান্টোনিজ ও ভিয়েতনামি ভাষায় কথা বলেন।',
        fr: 'Le personnel parle mandarin, cantonais et vietnamien.',
        ar: 'يتحدث الموظفون الماندرين والكانتونية والفيتنامية.',
      },
      address: {
        address_1: '2 Boylston St',
        city: 'Boston',
        state_province: 'MA',
        postal_code: '02116',
        country: 'US',
      },
      latitude: 42.3523,
      longitude: -71.0627,
      timezone: 'America/New_York',
      corner: { description: CORNER },
      transportation: {
        en: 'T: Chinatown (Orange Line) or Boylston (Green Line).',
        es: 'T: Chinatown (línea Naranja) o Boylston (línea Verde).',
        'zh-Hans': '地铁（T）：Chinatown 站（橙线）或 Boylston 站（绿线）。',
        ht: 'T: Chinatown (liy Zoranj) oswa Boylston (liy Vèt).',
        bn: 'T: Chinatown (অরেঞ্জ লাইন) অথবা Boylston (গ্রিন লাইন)।',
        fr: 'T : Chinatown (ligne orange) ou Boylston (ligne verte).',
        ar: 'المترو (T): محطة Chinatown (الخط البرتقالي) أو Boylston (الخط الأخضر).',
      },
      languages: [...staff('en', 'cmn', 'yue', 'vi')],
    },
    {
      key: 'bos-bpl-mattapan',
      organization: 'bos-bpl',
      name: {
        en: 'Mattapan Branch',
        es: 'Sucursal de Mattapan',
        'zh-Hans': '马塔潘分馆',
        ht: 'Bibliyotèk Mattapan',
        bn: 'ম্যাটাপ্যান শাখা',
        fr: 'Bibliothèque de Mattapan',
        ar: 'فرع ماتابان',
      },
      description: {
        en: 'Staff speak Haitian Creole and French.',
        es: 'El personal habla criollo haitiano y francés.',
        'zh-Hans': '工作人员会说海地克里奥尔语和法语。',
        ht: 'Anplwaye yo pale kreyòl ayisyen ak franse.',
        bn: 'কর্মীরা হাইতিয়ান ক্রেওল ও ফরাসি ভাষায় কথা বলেন।',
        fr: 'Le personnel parle créole haïtien et français.',
        ar: 'يتحدث الموظفون الكريولية الهايتية والفرنسية.',
      },
      address: {
        address_1: '1350 Blue Hill Ave',
        city: 'Mattapan',
        state_province: 'MA',
        postal_code: '02126',
        country: 'US',
      },
      latitude: 42.2697,
      longitude: -71.0932,
      timezone: 'America/New_York',
      corner: { description: CORNER },
      languages: [...staff('en', 'ht', 'fr'), ...interpretation('es', 'so')],
    },
    {
      key: 'bos-bpl-uphams-corner',
      organization: 'bos-bpl',
      name: {
        en: 'Uphams Corner Branch',
        es: 'Sucursal de Uphams Corner',
        'zh-Hans': '阿普姆斯角分馆',
        ht: 'Bibliyotèk Uphams Corner',
        bn: 'আপহ্যামস কর্নার শাখা',
        fr: 'Bibliothèque d’Uphams Corner',
        ar: 'فرع أبهامز كورنر',
      },
      description: {
        en: 'Staff speak Cape Verdean Creole and Portuguese.',
        es: 'El personal habla criollo caboverdiano y portugués.',
        'zh-Hans': '工作人员会说佛得角克里奥尔语和葡萄牙语。',
        ht: 'Anplwaye yo pale kreyòl kapvèdyen ak pòtigè.',
        bn: 'কর্মীরা কেপ ভার্দিয়ান ক্রেওল ও পর্তুগিজ ভাষায় কথা বলেন।',
        fr: 'Le personnel parle créole cap-verdien et portugais.',
        ar: 'يتحدث الموظفون الكريولية الرأس أخضرية والبرتغالية.',
      },
      address: {
        address_1: '500 Columbia Rd',
        city: 'Dorchester',
        state_province: 'MA',
        postal_code: '02125',
        country: 'US',
      },
      latitude: 42.3171,
      longitude: -71.0655,
      timezone: 'America/New_York',
      corner: { description: CORNER },
      transportation: {
        en: 'Commuter Rail: Uphams Corner (Fairmount Line).',
        es: 'Tren de cercanías: Uphams Corner (línea Fairmount).',
        'zh-Hans': '通勤铁路：Uphams Corner 站（Fairmount 线）。',
        ht: 'Tren banlye: Uphams Corner (liy Fairmount).',
        bn: 'কমিউটার রেল: Uphams Corner (Fairmount লাইন)।',
        fr: 'Train de banlieue : Uphams Corner (ligne Fairmount).',
        ar: 'قطار الضواحي: محطة Uphams Corner (خط Fairmount).',
      },
      languages: [...staff('en', 'kea', 'pt'), ...interpretation('es', 'vi')],
    },
    {
      key: 'bos-sample-legal-aid-office',
      organization: 'bos-sample-legal-aid',
      name: {
        en: 'Sample New Neighbors Legal Aid – Roxbury (sample)',
        es: 'Ayuda Legal Nuevos Vecinos – Roxbury (ejemplo)',
        'zh-Hans': '新邻居法律援助 – 罗克斯伯里（示例）',
        ht: 'Èd Legal Nouvo Vwazen – Roxbury (egzanp)',
        bn: 'নতুন প্রতিবেশী আইনি সহায়তা – রক্সবেরি (নমুনা)',
        fr: 'Aide juridique Nouveaux Voisins – Roxbury (exemple)',
        ar: 'المساعدة القانونية للجيران الجدد – روكسبري (نموذج)',
      },
      description: {
        en: 'Sample office for this demo. The address is invented.',
        es: 'Oficina de ejemplo para esta demostración. La dirección es inventada.',
        'zh-Hans': '本演示的示例办公室，地址是虚构的。',
        ht: 'Biwo egzanp pou demonstrasyon sa a. Adrès la envante.',
        bn: 'এই ডেমোর জন্য নমুনা অফিস। ঠিকানাটি বানানো।',
        fr: 'Bureau d’exemple pour cette démo. L’adresse est inventée.',
        ar: 'مكتب نموذجي لهذا العرض. العنوان غير حقيقي.',
      },
      address: {
        address_1: '45 Warren St',
        city: 'Roxbury',
        state_province: 'MA',
        postal_code: '02119',
        country: 'US',
      },
      latitude: 42.329,
      longitude: -71.0835,
      timezone: 'America/New_York',
      languages: [...staff('en', 'es', 'ht', 'kea'), ...interpretation('so', 'ar', 'pt', 'vi')],
    },
  ],

  // =========================================================================
  // Services
  // =========================================================================
  services: [
    // --- Front desk --------------------------------------------------------
    {
      key: 'bos-moia-front-desk',
      organization: 'bos-moia',
      name: {
        en: 'MOIA front desk and phone line',
        es: 'Recepción y línea telefónica de MOIA',
        'zh-Hans': 'MOIA 前台和电话服务',
        ht: 'Resepsyon ak liy telefòn MOIA',
        bn: 'MOIA ফ্রন্ট ডেস্ক ও ফোন লাইন',
        fr: 'Accueil et ligne téléphonique de MOIA',
        ar: 'مكتب استقبال MOIA وخطه الهاتفي',
      },
      description: {
        en: 'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.',
        es: 'Llame o visite la oficina en el Ayuntamiento. El personal le ayuda a encontrar servicios de la Ciudad, ayuda legal, clases de inglés, atención médica y empleo. Los intérpretes son gratis.',
        'zh-Hans':
          '欢迎致电或前往市政厅办公室。工作人员帮您找到市政服务、法律帮助、英语课、医疗服务和工作机会。口译免费。',
        ht: 'Rele oswa vizite biwo a nan Meri a. Anplwaye yo ede w jwenn sèvis Vil la, èd legal, kou angle, swen sante ak travay. Entèprèt gratis.',
        bn: 'সিটি হলের অফিসে কল করুন বা আসুন। কর্মীরা সিটির সেবা, আইনি সাহায্য, ইংরেজি ক্লাস, স্বাস্থ্যসেবা ও কাজ খুঁজে পেতে সাহায্য করেন। দোভাষী বিনামূল্যে।',
        fr: 'Appelez ou passez au bureau, à l’hôtel de ville. Le personnel vous aide à trouver les services de la Ville, une aide juridique, des cours d’anglais, des soins et un emploi. Les interprètes sont gratuits.',
        ar: 'اتصل بالمكتب أو زره في مبنى البلدية. يساعدك الموظفون في إيجاد خدمات المدينة والمساعدة القانونية ودروس الإنجليزية والرعاية الصحية والعمل. المترجمون مجانيون.',
      },
      eligibility: OPEN_TO_ALL,
      fees: FREE,
      application_process: {
        en: 'Call 617-635-2980 or come to Room 806, Monday to Friday. Ask for an interpreter in your language.',
        es: 'Llame al 617-635-2980 o venga a la sala 806, de lunes a viernes. Pida un intérprete en su idioma.',
        'zh-Hans': '周一至周五拨打 617-635-2980 或前往 806 室。可以要求使用您语言的口译员。',
        ht: 'Rele 617-635-2980 oswa vini nan sal 806, lendi rive vandredi. Mande yon entèprèt nan lang ou.',
        bn: 'সোমবার থেকে শুক্রবার 617-635-2980 নম্বরে কল করুন বা রুম ৮০৬-এ আসুন। আপনার ভাষার দোভাষী চান।',
        fr: 'Appelez le 617-635-2980 ou venez au bureau 806, du lundi au vendredi. Demandez un interprète dans votre langue.',
        ar: 'اتصل بالرقم 617-635-2980 أو تعال إلى الغرفة 806 من الاثنين إلى الجمعة. اطلب مترجمًا بلغتك.',
      },
      url: 'https://www.boston.gov/departments/immigrant-advancement',
      topics: ['immigration-legal', 'benefits', 'health', 'housing', 'work'],
      badges: [{ code: 'free' }, { code: 'walk-in' }, { code: 'no-id-required' }],
      locations: ['bos-city-hall'],
      languages: [
        ...staff('en', 'es', 'pt', 'ht', 'cmn', 'vi'),
        ...interpretation('kea', 'so', 'ar', 'fr', 'bn', 'ru', 'yue', 'ase'),
      ],
      phones: [
        { number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] },
        { number: '311', description: PHONE_311 },
      ],
      schedules: [
        {
          location: 'bos-city-hall',
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH,FR',
          opens_at: '09:00',
          closes_at: '17:00',
        },
      ],
      last_verified: '2026-11-04',
    },

    // --- English for New Bostonians -----------------------------------------
    {
      key: 'bos-english-central',
      organization: 'bos-moia',
      name: {
        en: 'English for New Bostonians classes – Central Library',
        es: 'Clases de English for New Bostonians – Biblioteca Central',
        'zh-Hans': 'English for New Bostonians 英语课 – 中央图书馆',
        ht: 'Kou English for New Bostonians – Bibliyotèk Santral',
        bn: 'English for New Bostonians ক্লাস – সেন্ট্রাল লাইব্রেরি',
        fr: 'Cours English for New Bostonians – Bibliothèque centrale',
        ar: 'دروس English for New Bostonians – المكتبة المركزية',
      },
      description: ENB_DESCRIPTION,
      eligibility: ENB_ELIGIBILITY,
      fees: FREE,
      application_process: ENB_APPLY,
      topics: ['english-classes', 'education'],
      badges: [{ code: 'free' }],
      locations: ['bos-bpl-central'],
      languages: [...staff('en', 'es', 'cmn')],
      phones: [{ number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] }],
      schedules: [
        { location: 'bos-bpl-central', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '18:00', closes_at: '20:00' },
      ],
      last_verified: '2026-10-16',
      availability: { status: 'waitlist', since: '2026-11-09' },
    },
    {
      key: 'bos-english-neighborhoods',
      organization: 'bos-moia',
      name: {
        en: 'English for New Bostonians classes – neighborhood branches',
        es: 'Clases de English for New Bostonians – sucursales de barrio',
        'zh-Hans': 'English for New Bostonians 英语课 – 社区分馆',
        ht: 'Kou English for New Bostonians – bibliyotèk katye yo',
        bn: 'English for New Bostonians ক্লাস – পাড়ার শাখাগুলো',
        fr: 'Cours English for New Bostonians – bibliothèques de quartier',
        ar: 'دروس English for New Bostonians – فروع الأحياء',
      },
      description: ENB_DESCRIPTION,
      eligibility: ENB_ELIGIBILITY,
      fees: FREE,
      application_process: ENB_APPLY,
      topics: ['english-classes', 'education'],
      badges: [{ code: 'free' }],
      locations: ['bos-bpl-east-boston', 'bos-bpl-uphams-corner', 'bos-bpl-chinatown'],
      languages: [...staff('en', 'es', 'pt', 'kea', 'cmn', 'yue', 'vi')],
      phones: [{ number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] }],
      schedules: [
        { location: 'bos-bpl-east-boston', freq: 'WEEKLY', byday: 'MO,WE', opens_at: '10:00', closes_at: '12:00' },
        { location: 'bos-bpl-uphams-corner', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '18:00', closes_at: '20:00' },
        { location: 'bos-bpl-chinatown', freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00' },
      ],
      last_verified: '2026-10-16',
    },

    // --- Legal clinic ------------------------------------------------------
    {
      key: 'bos-legal-clinic',
      organization: 'bos-moia',
      name: {
        en: 'Free immigration consultations at City Hall',
        es: 'Consultas gratis de inmigración en el Ayuntamiento',
        'zh-Hans': '市政厅免费移民咨询',
        ht: 'Konsiltasyon imigrasyon gratis nan Meri a',
        bn: 'সিটি হলে বিনামূল্যে অভিবাসন পরামর্শ',
        fr: 'Consultations gratuites en immigration à l’hôtel de ville',
        ar: 'استشارات هجرة مجانية في مبنى البلدية',
      },
      description: {
        en: 'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.',
        es: 'Hable en privado con un abogado voluntario de inmigración durante 15 minutos, gratis. Las clínicas son el primer y tercer miércoles de cada mes, de 12 a 3 p. m.',
        'zh-Hans': '与志愿移民律师进行15分钟的免费私下咨询。每月第一个和第三个星期三中午12点至下午3点举行。',
        ht: 'Pale an prive ak yon avoka imigrasyon volontè pandan 15 minit, gratis. Klinik yo fèt premye ak twazyèm mèkredi chak mwa, 12è rive 3è nan apremidi.',
        bn: 'একজন স্বেচ্ছাসেবী অভিবাসন আইনজীবীর সাথে ১৫ মিনিট একান্তে, বিনামূল্যে কথা বলুন। ক্লিনিক হয় প্রতি মাসের প্রথম ও তৃতীয় বুধবার, দুপুর ১২টা থেকে বিকেল ৩টা।',
        fr: 'Parlez en privé avec un avocat bénévole en immigration pendant 15 minutes, gratuitement. Les permanences ont lieu le premier et le troisième mercredi du mois, de 12 h à 15 h.',
        ar: 'تحدث على انفراد مع محامي هجرة متطوع لمدة 15 دقيقة مجانًا. تُعقد العيادات في الأربعاء الأول والثالث من كل شهر، من 12 ظهرًا إلى 3 مساءً.',
      },
      eligibility: OPEN_AND_PRIVATE,
      fees: FREE,
      application_process: {
        en: 'Call 617-635-2980 to book a time. Interpreters and disability accommodations are free; ask when you call.',
        es: 'Llame al 617-635-2980 para reservar una hora. Los intérpretes y los ajustes por discapacidad son gratis; pídalos al llamar.',
        'zh-Hans': '拨打 617-635-2980 预约时间。口译和残障便利服务均免费，请在来电时提出。',
        ht: 'Rele 617-635-2980 pou rezève yon lè. Entèprèt ak akomodasyon pou andikap gratis; mande yo lè w rele.',
        bn: 'সময় বুক করতে 617-635-2980 নম্বরে কল করুন। দোভাষী ও প্রতিবন্ধীদের জন্য সুবিধা বিনামূল্যে; কল করার সময় জানান।',
        fr: 'Appelez le 617-635-2980 pour réserver un créneau. Les interprètes et les aménagements pour handicap sont gratuits ; demandez-les en appelant.',
        ar: 'اتصل بالرقم 617-635-2980 لحجز وقت. المترجمون وتسهيلات ذوي الإعاقة مجانية؛ اطلبها عند الاتصال.',
      },
      url: 'https://www.boston.gov/departments/immigrant-advancement',
      topics: ['immigration-legal'],
      badges: [{ code: 'free' }, { code: 'attorney', verified: VERIFIED_LONG_AGO }],
      locations: ['bos-city-hall'],
      languages: [...staff('en', 'es', 'pt'), ...interpretation('ht', 'kea', 'cmn', 'vi', 'so', 'ar', 'ase')],
      phones: [{ number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] }],
      schedules: [
        {
          location: 'bos-city-hall',
          freq: 'MONTHLY',
          byday: '1WE,3WE',
          opens_at: '12:00',
          closes_at: '15:00',
          description: {
            en: 'First and third Wednesday of each month, by appointment.',
            es: 'Primer y tercer miércoles de cada mes, con cita previa.',
            'zh-Hans': '每月第一个和第三个星期三，需预约。',
            ht: 'Premye ak twazyèm mèkredi chak mwa, sou randevou.',
            bn: 'প্রতি মাসের প্রথম ও তৃতীয় বুধবার, অ্যাপয়েন্টমেন্ট লাগবে।',
            fr: 'Premier et troisième mercredis du mois, sur rendez-vous.',
            ar: 'الأربعاء الأول والثالث من كل شهر، بموعد مسبق.',
          },
        },
      ],
      required_documents: [DOC_CASE_LETTERS],
      last_verified: VERIFIED_LONG_AGO,
    },

    // --- Citizenship Day ---------------------------------------------------
    {
      key: 'bos-citizenship-day',
      organization: 'bos-moia',
      name: {
        en: 'Citizenship Day',
        es: 'Día de la Ciudadanía',
        'zh-Hans': '入籍日',
        ht: 'Jounen Sitwayènte',
        bn: 'নাগরিকত্ব দিবস',
        fr: 'Journée de la citoyenneté',
        ar: 'يوم الجنسية',
      },
      description: {
        en: 'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.',
        es: 'Una vez al año, abogados voluntarios ayudan a cientos de personas a solicitar la ciudadanía de EE. UU. en un solo día. Reciba ayuda gratis con el formulario y para pedir una exención de pago.',
        'zh-Hans': '每年一次，志愿律师在一天内帮助数百人申请美国公民身份。免费协助填写表格和申请免除费用。',
        ht: 'Yon fwa chak ane, avoka volontè ede plizyè santèn moun aplike pou sitwayènte ameriken nan yon sèl jou. Jwenn èd gratis pou fòm nan ak pou mande yon dispans frè.',
        bn: 'বছরে একবার, স্বেচ্ছাসেবী আইনজীবীরা এক দিনে শত শত মানুষকে মার্কিন নাগরিকত্বের আবেদনে সাহায্য করেন। ফর্ম পূরণ ও ফি মওকুফের আবেদনে বিনামূল্যে সাহায্য নিন।',
        fr: 'Une fois par an, des avocats bénévoles aident des centaines de personnes à demander la citoyenneté américaine en une seule journée. Recevez une aide gratuite pour le formulaire et la dispense de frais.',
        ar: 'مرة كل عام، يساعد محامون متطوعون مئات الأشخاص على تقديم طلب الجنسية الأمريكية في يوم واحد. احصل على مساعدة مجانية في النموذج وفي طلب الإعفاء من الرسوم.',
      },
      eligibility: {
        en: 'Adults who want to become U.S. citizens. A volunteer will check with you if you can apply now.',
        es: 'Personas adultas que quieren hacerse ciudadanas de EE. UU. Un voluntario verá con usted si puede solicitarla ahora.',
        'zh-Hans': '想成为美国公民的成年人。志愿者会和您一起确认您现在是否可以申请。',
        ht: 'Granmoun ki vle vin sitwayen ameriken. Yon volontè ap tcheke avè w si w ka aplike kounye a.',
        bn: 'যে প্রাপ্তবয়স্করা মার্কিন নাগরিক হতে চান। আপনি এখন আবেদন করতে পারবেন কি না, একজন স্বেচ্ছাসেবক আপনার সাথে তা দেখবেন।',
        fr: 'Adultes qui veulent devenir citoyens américains. Un bénévole vérifiera avec vous si vous pouvez faire la demande maintenant.',
        ar: 'البالغون الذين يريدون أن يصبحوا مواطنين أمريكيين. سيتحقق معك متطوع إن كان يمكنك التقديم الآن.',
      },
      fees: {
        en: 'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.',
        es: 'Nuestra ayuda es gratis. Le ayudamos a ver si puede recibir una exención de la tarifa de USCIS.',
        'zh-Hans': '我们的帮助是免费的。我们会帮您确认是否可以免除 USCIS 的申请费。',
        ht: 'Èd nou gratis. N ap ede w wè si w ka jwenn yon dispans pou frè USCIS la.',
        bn: 'আমাদের সাহায্য বিনামূল্যে। USCIS-এর ফি মওকুফ পেতে পারেন কি না, আমরা তা দেখতে সাহায্য করি।',
        fr: 'Notre aide est gratuite. Nous vérifions avec vous si vous pouvez être dispensé des frais de l’USCIS.',
        ar: 'مساعدتنا مجانية. نساعدك في معرفة إن كان يمكنك الإعفاء من رسوم USCIS.',
      },
      application_process: {
        en: 'Sign up ahead of time: call 617-635-2980. The date is posted on boston.gov each year.',
        es: 'Inscríbase con tiempo: llame al 617-635-2980. La fecha se publica cada año en boston.gov.',
        'zh-Hans': '请提前报名：拨打 617-635-2980。每年的日期会公布在 boston.gov 上。',
        ht: 'Enskri davans: rele 617-635-2980. Yo mete dat la sou boston.gov chak ane.',
        bn: 'আগে থেকে নাম লেখান: 617-635-2980 নম্বরে কল করুন। প্রতি বছর তারিখটি boston.gov-এ জানানো হয়।',
        fr: 'Inscrivez-vous à l’avance : appelez le 617-635-2980. La date est publiée chaque année sur boston.gov.',
        ar: 'سجّل مسبقًا: اتصل بالرقم 617-635-2980. يُنشر الموعد كل عام على boston.gov.',
      },
      url: 'https://www.boston.gov/departments/immigrant-advancement',
      topics: ['citizenship', 'immigration-legal'],
      badges: [{ code: 'free' }, { code: 'attorney', verified: VERIFIED }],
      locations: ['bos-bpl-central'],
      languages: [
        ...staff('en', 'es', 'pt', 'ht', 'cmn', 'vi'),
        ...interpretation('kea', 'yue', 'so', 'ar', 'fr', 'ru', 'ase'),
      ],
      phones: [{ number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] }],
      schedules: [
        {
          location: 'bos-bpl-central',
          freq: 'MONTHLY',
          interval: 12,
          byday: '2SA',
          opens_at: '10:00',
          closes_at: '15:00',
          description: {
            en: 'Once a year, on a Saturday. Check boston.gov for this year’s date.',
            es: 'Una vez al año, un sábado. Vea la fecha de este año en boston.gov.',
            'zh-Hans': '每年一次，在星期六举行。今年的日期请查看 boston.gov。',
            ht: 'Yon fwa chak ane, yon samdi. Gade dat ane sa a sou boston.gov.',
            bn: 'বছরে একবার, একটি শনিবারে। এ বছরের তারিখ boston.gov-এ দেখুন।',
            fr: 'Une fois par an, un samedi. Consultez la date de cette année sur boston.gov.',
            ar: 'مرة في السنة، يوم سبت. راجع موعد هذا العام على boston.gov.',
          },
        },
      ],
      required_documents: CITIZENSHIP_DOCUMENTS,
      last_verified: '2026-10-16',
    },

    // --- Immigrant Information Corners -------------------------------------
    {
      key: 'bos-information-corners',
      organization: 'bos-bpl',
      name: {
        en: 'Immigrant Information Corners',
        es: 'Rincones de información para inmigrantes',
        'zh-Hans': '移民信息角',
        ht: 'Kwen enfòmasyon pou imigran',
        bn: 'অভিবাসী তথ্য কর্নার',
        fr: 'Coins d’information pour les immigrants',
        ar: 'أركان معلومات المهاجرين',
      },
      description: {
        en: 'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.',
        es: 'Materiales gratis sobre ciudadanía, cómo evitar estafas, servicios de la Ciudad, becas y manejo del dinero, en todas las Bibliotecas Públicas de Boston. Una alianza de la Ciudad, USCIS, la biblioteca y grupos comunitarios.',
        'zh-Hans':
          '波士顿每一家公共图书馆都提供免费资料，内容包括入籍、防范诈骗、市政服务、奖学金和理财。由市政府、USCIS、图书馆和社区团体合作提供。',
        ht: 'Materyèl gratis sou sitwayènte, kijan pou evite fwod, sèvis Vil la, bous etid ak jesyon lajan, nan chak Bibliyotèk Piblik Boston. Se yon patenarya ant Vil la, USCIS, bibliyotèk la ak gwoup kominotè.',
        bn: 'বোস্টন পাবলিক লাইব্রেরির প্রতিটি শাখায় নাগরিকত্ব, প্রতারণা এড়ানো, সিটির সেবা, বৃত্তি ও টাকা-পয়সা সামলানো নিয়ে বিনামূল্যে তথ্য। সিটি, USCIS, লাইব্রেরি ও কমিউনিটি সংগঠনের অংশীদারিত্ব।',
        fr: 'Documentation gratuite sur la citoyenneté, les arnaques à éviter, les services de la Ville, les bourses et la gestion de l’argent, dans toutes les bibliothèques publiques de Boston. Un partenariat entre la Ville, l’USCIS, la bibliothèque et des associations.',
        ar: 'مواد مجانية عن الجنسية وتجنب الاحتيال وخدمات المدينة والمنح الدراسية وإدارة المال، في كل فروع مكتبة بوسطن العامة. شراكة بين المدينة وUSCIS والمكتبة والجمعيات المجتمعية.',
      },
      eligibility: LIBRARY_ELIGIBILITY,
      fees: FREE,
      application_process: LIBRARY_APPLY,
      url: 'https://www.bpl.org',
      topics: ['citizenship', 'know-your-rights', 'benefits', 'education'],
      badges: [{ code: 'free' }, { code: 'walk-in' }, { code: 'no-id-required' }],
      locations: [
        'bos-bpl-central',
        'bos-bpl-east-boston',
        'bos-bpl-chinatown',
        'bos-bpl-mattapan',
        'bos-bpl-uphams-corner',
      ],
      languages: [...staff('en', 'es', 'pt', 'cmn', 'yue', 'vi', 'ht', 'fr', 'kea'), ...interpretation('ase')],
      phones: [{ number: '617-536-5400', description: PHONE_LIBRARY, languages: ['en'] }],
      schedules: [
        { location: 'bos-bpl-central', freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '10:00', closes_at: '20:00' },
        { location: 'bos-bpl-central', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '09:00', closes_at: '17:00' },
        {
          location: 'bos-bpl-east-boston',
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH',
          opens_at: '10:00',
          closes_at: '18:00',
        },
        { location: 'bos-bpl-east-boston', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '09:00', closes_at: '17:00' },
        { location: 'bos-bpl-chinatown', freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '10:00', closes_at: '18:00' },
        { location: 'bos-bpl-chinatown', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '09:00', closes_at: '17:00' },
        { location: 'bos-bpl-mattapan', freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '10:00', closes_at: '18:00' },
        { location: 'bos-bpl-mattapan', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '09:00', closes_at: '17:00' },
        {
          location: 'bos-bpl-uphams-corner',
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH',
          opens_at: '10:00',
          closes_at: '18:00',
        },
        { location: 'bos-bpl-uphams-corner', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '09:00', closes_at: '17:00' },
      ],
      last_verified: '2026-10-09',
    },

    // --- Resource directory --------------------------------------------------
    {
      key: 'bos-resource-directory',
      organization: 'bos-moia',
      name: {
        en: 'Immigrant resource directory',
        es: 'Directorio de recursos para inmigrantes',
        'zh-Hans': '移民资源名录',
        ht: 'Anyè resous pou imigran',
        bn: 'অভিবাসী রিসোর্স ডিরেক্টরি',
        fr: 'Répertoire de ressources pour les immigrants',
        ar: 'دليل موارد المهاجرين',
      },
      description: {
        en: 'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.',
        es: 'Una lista en línea de grupos comunitarios fuera del Ayuntamiento que ayudan a inmigrantes: clases de inglés, ayuda legal, salud, empleo, vivienda y beneficios.',
        'zh-Hans': '一份在线名单，列出市政厅以外帮助移民的社区团体：英语课、法律帮助、医疗、工作、住房和福利。',
        ht: 'Yon lis sou entènèt gwoup kominotè andeyò Meri a ki ede imigran: kou angle, èd legal, swen sante, travay, lojman ak benefis.',
        bn: 'সিটি হলের বাইরের যেসব কমিউনিটি সংগঠন অভিবাসীদের সাহায্য করে, তাদের অনলাইন তালিকা: ইংরেজি ক্লাস, আইনি সাহায্য, স্বাস্থ্যসেবা, কাজ, আবাসন ও সরকারি সুবিধা।',
        fr: 'Une liste en ligne d’associations, hors de la mairie, qui aident les immigrants : cours d’anglais, aide juridique, santé, emploi, logement et aides sociales.',
        ar: 'قائمة على الإنترنت بجمعيات مجتمعية خارج مبنى البلدية تساعد المهاجرين: دروس الإنجليزية والمساعدة القانونية والرعاية الصحية والعمل والسكن والمزايا.',
      },
      eligibility: {
        en: 'Anyone can use it, free, with no sign-up.',
        es: 'Cualquier persona puede usarlo, gratis y sin registrarse.',
        'zh-Hans': '任何人都可以免费使用，无需注册。',
        ht: 'Nenpòt moun ka sèvi ak li, gratis, san enskripsyon.',
        bn: 'যে কেউ বিনামূল্যে ব্যবহার করতে পারেন, নিবন্ধন লাগে না।',
        fr: 'Tout le monde peut l’utiliser, gratuitement et sans inscription.',
        ar: 'يمكن لأي شخص استخدامه مجانًا ودون تسجيل.',
      },
      fees: FREE,
      application_process: {
        en: 'Open the website and choose a topic. Call 617-635-2980 if you need help using it.',
        es: 'Abra el sitio web y elija un tema. Llame al 617-635-2980 si necesita ayuda para usarlo.',
        'zh-Hans': '打开网站并选择一个主题。如需使用帮助，请拨打 617-635-2980。',
        ht: 'Louvri sit entènèt la epi chwazi yon sijè. Rele 617-635-2980 si w bezwen èd pou sèvi ak li.',
        bn: 'ওয়েবসাইটটি খুলে একটি বিষয় বেছে নিন। ব্যবহার করতে সাহায্য লাগলে 617-635-2980 নম্বরে কল করুন।',
        fr: 'Ouvrez le site et choisissez un thème. Appelez le 617-635-2980 si vous avez besoin d’aide.',
        ar: 'افتح الموقع واختر موضوعًا. اتصل بالرقم 617-635-2980 إن احتجت مساعدة في استخدامه.',
      },
      url: 'https://www.boston.gov/departments/immigrant-advancement/immigrant-advancement-resources',
      topics: ['english-classes', 'immigration-legal', 'health', 'work', 'housing', 'benefits'],
      badges: [{ code: 'free' }, { code: 'no-id-required' }],
      locations: [],
      languages: [],
      phones: [],
      schedules: [],
      last_verified: '2026-11-04',
    },

    // --- DACA ----------------------------------------------------------------
    {
      key: 'bos-daca-screening',
      organization: 'bos-sample-legal-aid',
      name: {
        en: 'DACA screening clinic',
        es: 'Clínica de evaluación de DACA',
        'zh-Hans': 'DACA 资格评估义诊',
        ht: 'Klinik evalyasyon DACA',
        bn: 'DACA স্ক্রিনিং ক্লিনিক',
        fr: 'Permanence de bilan DACA',
        ar: 'عيادة فحص أهلية DACA',
      },
      description: {
        en: 'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.',
        es: 'Evaluación gratis de DACA, ayuda con los formularios de renovación y consejos para evitar estafas. Un abogado o un representante acreditado por el DOJ revisa su caso. Este proveedor, su dirección y su teléfono son de ejemplo.',
        'zh-Hans':
          '免费 DACA 资格评估，协助填写续期表格，并提供防诈骗提示。由律师或经美国司法部（DOJ）认证的代表审查您的情况。此机构及其地址和电话均为示例数据。',
        ht: 'Evalyasyon DACA gratis, èd pou fòm renouvèlman, ak konsèy pou evite fwod. Yon avoka oswa yon reprezantan akredite pa DOJ ap gade dosye w. Òganizasyon sa a, adrès li ak telefòn li se egzanp.',
        bn: 'বিনামূল্যে DACA স্ক্রিনিং, নবায়নের ফর্মে সাহায্য এবং প্রতারণা এড়ানোর পরামর্শ। একজন আইনজীবী বা DOJ-স্বীকৃত প্রতিনিধি আপনার কেস দেখবেন। এই সংস্থা, এর ঠিকানা ও ফোন নম্বর নমুনা তথ্য।',
        fr: 'Bilan DACA gratuit, aide pour les formulaires de renouvellement et conseils contre les arnaques. Un avocat ou un représentant accrédité par le DOJ examine votre dossier. Ce prestataire, son adresse et son téléphone sont des exemples.',
        ar: 'فحص مجاني لأهلية DACA، ومساعدة في نماذج التجديد، ونصائح لتجنب الاحتيال. يراجع حالتك محامٍ أو ممثل معتمد من وزارة العدل (DOJ). هذا المزوّد وعنوانه وهاتفه بيانات نموذجية.',
      },
      eligibility: {
        en: 'Young people who came to the U.S. as children, and people renewing DACA. We check with you if you may qualify.',
        es: 'Jóvenes que llegaron a EE. UU. de niños y personas que renuevan DACA. Vemos con usted si puede calificar.',
        'zh-Hans': '儿童时期来到美国的年轻人，以及需要续期 DACA 的人。我们会和您一起确认您是否符合条件。',
        ht: 'Jèn moun ki te vin Etazini lè yo te timoun, ak moun k ap renouvle DACA. N ap tcheke avè w si w ka kalifye.',
        bn: 'যে তরুণরা শিশু বয়সে যুক্তরাষ্ট্রে এসেছেন এবং যারা DACA নবায়ন করছেন। আপনি যোগ্য হতে পারেন কি না, আমরা আপনার সাথে তা দেখব।',
        fr: 'Jeunes arrivés aux États-Unis enfants, et personnes qui renouvellent leur DACA. Nous vérifions avec vous si vous pouvez y avoir droit.',
        ar: 'الشباب الذين جاؤوا إلى الولايات المتحدة وهم أطفال، ومن يجددون DACA. نتحقق معك إن كنت مؤهلًا.',
      },
      fees: {
        en: 'Our help is free. USCIS charges a filing fee; we can tell you the current amount.',
        es: 'Nuestra ayuda es gratis. USCIS cobra una tarifa para presentar la solicitud; le decimos cuánto es hoy.',
        'zh-Hans': '我们的帮助是免费的。USCIS 会收取申请费；我们可以告诉您目前的金额。',
        ht: 'Èd nou gratis. USCIS mande yon frè pou depoze demann nan; nou ka di w konbyen li ye kounye a.',
        bn: 'আমাদের সাহায্য বিনামূল্যে। আবেদন জমা দিতে USCIS ফি নেয়; বর্তমান পরিমাণ আমরা জানাতে পারি।',
        fr: 'Notre aide est gratuite. L’USCIS demande des frais de dépôt ; nous pouvons vous dire le montant actuel.',
        ar: 'مساعدتنا مجانية. تفرض USCIS رسوم تقديم؛ ويمكننا إخبارك بالمبلغ الحالي.',
      },
      application_process: {
        en: 'Call 617-555-0137 (sample number) for an appointment, or come on a clinic Saturday.',
        es: 'Llame al 617-555-0137 (número de ejemplo) para una cita, o venga un sábado de clínica.',
        'zh-Hans': '请拨打 617-555-0137（示例号码）预约，或在义诊的星期六前来。',
        ht: 'Rele 617-555-0137 (nimewo egzanp) pou yon randevou, oswa vini yon samdi klinik.',
        bn: 'অ্যাপয়েন্টমেন্টের জন্য 617-555-0137 (নমুনা নম্বর) নম্বরে কল করুন, অথবা ক্লিনিকের শনিবারে চলে আসুন।',
        fr: 'Appelez le 617-555-0137 (numéro d’exemple) pour un rendez-vous, ou venez un samedi de permanence.',
        ar: 'اتصل بالرقم 617-555-0137 (رقم نموذجي) لحجز موعد، أو تعال في يوم السبت المخصص للعيادة.',
      },
      topics: ['immigration-legal', 'work'],
      badges: [
        { code: 'free' },
        { code: 'walk-in' },
        { code: 'doj-recognized-organization', verified: VERIFIED },
        { code: 'doj-accredited-representative', verified: VERIFIED },
        { code: 'attorney', verified: VERIFIED },
      ],
      locations: ['bos-sample-legal-aid-office', 'bos-bpl-east-boston'],
      languages: [...staff('en', 'es', 'ht', 'kea'), ...interpretation('pt', 'so', 'ar', 'vi')],
      phones: [{ number: '617-555-0137', description: PHONE_SAMPLE, languages: ['en', 'es', 'ht', 'kea'] }],
      schedules: [
        {
          location: 'bos-sample-legal-aid-office',
          freq: 'MONTHLY',
          byday: '2SA',
          opens_at: '10:00',
          closes_at: '13:00',
          description: SECOND_SATURDAY,
        },
        {
          location: 'bos-bpl-east-boston',
          freq: 'MONTHLY',
          byday: '4SA',
          opens_at: '10:00',
          closes_at: '13:00',
          description: FOURTH_SATURDAY,
        },
      ],
      required_documents: [
        DOC_PHOTO_ID,
        {
          en: 'School, medical or work records that show you lived in the U.S. over the years.',
          es: 'Registros escolares, médicos o de trabajo que muestren que vivió en EE. UU. a lo largo de los años.',
          'zh-Hans': '能证明您多年来一直住在美国的学校、医疗或工作记录。',
          ht: 'Dosye lekòl, medikal oswa travay ki montre ou te viv Etazini pandan ane yo.',
          bn: 'স্কুল, চিকিৎসা বা কাজের কাগজ, যা দেখায় আপনি বছরের পর বছর যুক্তরাষ্ট্রে ছিলেন।',
          fr: 'Des documents scolaires, médicaux ou de travail qui montrent que vous avez vécu aux États-Unis au fil des années.',
          ar: 'سجلات مدرسية أو طبية أو سجلات عمل تُظهر أنك عشت في الولايات المتحدة على مر السنين.',
        },
        {
          en: 'Your last DACA approval and work permit, if you are renewing.',
          es: 'Su última aprobación de DACA y su permiso de trabajo, si está renovando.',
          'zh-Hans': '如果是续期，请带上最近一次 DACA 批准通知和工作许可。',
          ht: 'Dènye apwobasyon DACA ou ak pèmi travay ou, si w ap renouvle.',
          bn: 'নবায়ন করলে আপনার সর্বশেষ DACA অনুমোদন ও কাজের অনুমতিপত্র।',
          fr: 'Votre dernière approbation DACA et votre permis de travail, si vous renouvelez.',
          ar: 'آخر موافقة على DACA وتصريح العمل، إن كنت تجدد.',
        },
      ],
      last_verified: '2026-10-21',
    },

    // --- Walk-in legal help (sample provider) --------------------------------
    {
      key: 'bos-legal-help-walk-in',
      organization: 'bos-sample-legal-aid',
      name: {
        en: 'Immigration legal help (walk-in)',
        es: 'Ayuda legal de inmigración (sin cita)',
        'zh-Hans': '移民法律帮助（无需预约）',
        ht: 'Èd legal pou imigrasyon (san randevou)',
        bn: 'অভিবাসন আইনি সাহায্য (অ্যাপয়েন্টমেন্ট ছাড়া)',
        fr: 'Aide juridique en immigration (sans rendez-vous)',
        ar: 'مساعدة قانونية في الهجرة (دون موعد)',
      },
      description: {
        en: 'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.',
        es: 'Consejos gratis y ayuda con formularios de inmigración, como renovar la green card, permisos de trabajo y peticiones familiares. Venga sin cita el martes o jueves por la tarde. Este proveedor, su dirección y su teléfono son de ejemplo.',
        'zh-Hans':
          '免费咨询，并协助填写移民表格，例如绿卡更新、工作许可和亲属移民申请。星期二或星期四下午可直接前来。此机构及其地址和电话均为示例数据。',
        ht: 'Konsèy gratis ak èd pou fòm imigrasyon, tankou renouvle kat vèt, pèmi travay ak petisyon fanmi. Vini san randevou madi oswa jedi apremidi. Òganizasyon sa a, adrès li ak telefòn li se egzanp.',
        bn: 'বিনামূল্যে পরামর্শ ও অভিবাসন ফর্মে সাহায্য, যেমন গ্রিন কার্ড নবায়ন, কাজের অনুমতি ও পারিবারিক আবেদন। মঙ্গলবার বা বৃহস্পতিবার বিকেলে অ্যাপয়েন্টমেন্ট ছাড়াই আসুন। এই সংস্থা, এর ঠিকানা ও ফোন নম্বর নমুনা তথ্য।',
        fr: 'Conseils gratuits et aide pour les formulaires d’immigration : renouvellement de carte verte, permis de travail, demandes pour la famille. Venez sans rendez-vous le mardi ou le jeudi après-midi. Ce prestataire, son adresse et son téléphone sont des exemples.',
        ar: 'استشارة مجانية ومساعدة في نماذج الهجرة، مثل تجديد البطاقة الخضراء وتصاريح العمل وطلبات لمّ شمل الأسرة. تعال دون موعد يوم الثلاثاء أو الخميس بعد الظهر. هذا المزوّد وعنوانه وهاتفه بيانات نموذجية.',
      },
      eligibility: OPEN_AND_PRIVATE,
      fees: {
        en: 'Our help is free. Some forms have a USCIS fee; we will tell you before you file.',
        es: 'Nuestra ayuda es gratis. Algunos formularios tienen una tarifa de USCIS; se lo diremos antes de presentarlos.',
        'zh-Hans': '我们的帮助是免费的。有些表格需要缴纳 USCIS 费用；提交前我们会告诉您。',
        ht: 'Èd nou gratis. Gen kèk fòm ki gen yon frè USCIS; n ap di w sa anvan w depoze yo.',
        bn: 'আমাদের সাহায্য বিনামূল্যে। কিছু ফর্মে USCIS-এর ফি আছে; জমা দেওয়ার আগে আমরা জানাব।',
        fr: 'Notre aide est gratuite. Certains formulaires ont des frais de l’USCIS ; nous vous le dirons avant le dépôt.',
        ar: 'مساعدتنا مجانية. لبعض النماذج رسوم لدى USCIS؛ وسنخبرك بها قبل التقديم.',
      },
      application_process: {
        en: 'Walk in and sign in at the front desk. You can also call 617-555-0137 (sample number).',
        es: 'Venga y anótese en la recepción. También puede llamar al 617-555-0137 (número de ejemplo).',
        'zh-Hans': '直接前来，在前台登记。您也可以拨打 617-555-0137（示例号码）。',
        ht: 'Vini epi siyen nan resepsyon an. Ou ka rele 617-555-0137 tou (nimewo egzanp).',
        bn: 'চলে আসুন এবং সামনের ডেস্কে নাম লেখান। চাইলে 617-555-0137 (নমুনা নম্বর) নম্বরে কলও করতে পারেন।',
        fr: 'Venez et inscrivez-vous à l’accueil. Vous pouvez aussi appeler le 617-555-0137 (numéro d’exemple).',
        ar: 'تعال وسجّل اسمك في الاستقبال. يمكنك أيضًا الاتصال بالرقم 617-555-0137 (رقم نموذجي).',
      },
      topics: ['immigration-legal', 'family', 'work'],
      badges: [
        { code: 'free' },
        { code: 'walk-in' },
        { code: 'doj-recognized-organization', verified: VERIFIED },
        { code: 'doj-accredited-representative', verified: VERIFIED },
      ],
      locations: ['bos-sample-legal-aid-office'],
      languages: [...staff('en', 'es', 'ht', 'kea'), ...interpretation('so', 'ar', 'pt', 'vi')],
      phones: [{ number: '617-555-0137', description: PHONE_SAMPLE, languages: ['en', 'es', 'ht', 'kea'] }],
      schedules: [
        {
          location: 'bos-sample-legal-aid-office',
          freq: 'WEEKLY',
          byday: 'TU,TH',
          opens_at: '13:00',
          closes_at: '17:00',
        },
      ],
      required_documents: [DOC_PHOTO_ID, DOC_CASE_LETTERS],
      last_verified: '2026-10-21',
    },

    // --- Scam workshops ------------------------------------------------------
    {
      key: 'bos-scam-workshop',
      organization: 'bos-moia',
      name: {
        en: 'Avoid immigration scams (workshop)',
        es: 'Evite las estafas de inmigración (taller)',
        'zh-Hans': '防范移民诈骗（讲座）',
        ht: 'Evite fwod imigrasyon (atelye)',
        bn: 'অভিবাসন প্রতারণা এড়ান (কর্মশালা)',
        fr: 'Éviter les arnaques à l’immigration (atelier)',
        ar: 'تجنّب الاحتيال في الهجرة (ورشة)',
      },
      description: {
        en: 'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.',
        es: 'Aprenda a reconocer estafas de inmigración, como los “notarios” que no son abogados. Conozca sus derechos y dónde encontrar ayuda legal honesta y gratis.',
        'zh-Hans':
          '学习识别移民诈骗，例如并非律师的“公证人”（notario）。了解您的权利，以及在哪里可以找到可靠的免费法律帮助。',
        ht: 'Aprann rekonèt fwod imigrasyon, tankou “notè” ki pa avoka. Konnen dwa w ak ki kote pou jwenn èd legal onèt e gratis.',
        bn: 'অভিবাসন প্রতারণা চিনতে শিখুন, যেমন “নোটারিও”, যারা আইনজীবী নন। আপনার অধিকার এবং কোথায় সৎ ও বিনামূল্যে আইনি সাহায্য পাবেন তা জানুন।',
        fr: 'Apprenez à repérer les arnaques à l’immigration, comme les « notarios » qui ne sont pas avocats. Connaissez vos droits et où trouver une aide juridique honnête et gratuite.',
        ar: 'تعلّم كيف تكتشف الاحتيال في الهجرة، مثل "النوتاريو" الذين ليسوا محامين. اعرف حقوقك وأين تجد مساعدة قانونية نزيهة ومجانية.',
      },
      eligibility: EVERYONE_NO_ID,
      fees: FREE,
      application_process: {
        en: 'Just come; no sign-up needed. To ask for an interpreter or sign language (ASL), call 617-635-2980 a week before.',
        es: 'Solo venga; no hace falta inscribirse. Para pedir un intérprete o lengua de señas (ASL), llame al 617-635-2980 una semana antes.',
        'zh-Hans': '直接前来即可，无需报名。如需口译或手语（ASL），请提前一周拨打 617-635-2980。',
        ht: 'Annik vini; ou pa bezwen enskri. Pou mande yon entèprèt oswa lang siy (ASL), rele 617-635-2980 yon semèn davans.',
        bn: 'শুধু চলে আসুন; নাম লেখাতে হবে না। দোভাষী বা ইশারা ভাষা (ASL) লাগলে এক সপ্তাহ আগে 617-635-2980 নম্বরে কল করুন।',
        fr: 'Venez simplement, sans inscription. Pour demander un interprète ou la langue des signes (ASL), appelez le 617-635-2980 une semaine avant.',
        ar: 'تعال فقط، لا حاجة للتسجيل. لطلب مترجم أو لغة الإشارة (ASL)، اتصل بالرقم 617-635-2980 قبل أسبوع.',
      },
      topics: ['know-your-rights', 'immigration-legal'],
      badges: [{ code: 'free' }, { code: 'walk-in' }, { code: 'no-id-required' }],
      locations: ['bos-bpl-mattapan', 'bos-bpl-chinatown'],
      languages: [...staff('en', 'ht', 'fr', 'cmn', 'yue'), ...interpretation('es', 'vi', 'so', 'ase')],
      phones: [{ number: '617-635-2980', description: PHONE_MOIA, languages: ['en', 'es', 'pt', 'ht'] }],
      schedules: [
        {
          location: 'bos-bpl-mattapan',
          freq: 'MONTHLY',
          byday: '4WE',
          opens_at: '18:00',
          closes_at: '19:30',
          description: {
            en: 'Fourth Wednesday of each month.',
            es: 'Cuarto miércoles de cada mes.',
            'zh-Hans': '每月第四个星期三。',
            ht: 'Katriyèm mèkredi chak mwa.',
            bn: 'প্রতি মাসের চতুর্থ বুধবার।',
            fr: 'Quatrième mercredi de chaque mois.',
            ar: 'الأربعاء الرابع من كل شهر.',
          },
        },
        {
          location: 'bos-bpl-chinatown',
          freq: 'MONTHLY',
          byday: '4SA',
          opens_at: '11:00',
          closes_at: '12:30',
          description: FOURTH_SATURDAY,
        },
      ],
      last_verified: '2026-10-21',
    },
  ],
};
