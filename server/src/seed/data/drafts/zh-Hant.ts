import type { Drafts } from './index.js';

/** Chinese (Traditional): the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    '致電 MOIA 取得資訊和轉介：移民法律協助、市政服務、福利等。MOIA 也可以替您向 USCIS 查詢延誤的移民案件。提供 200 多種語言的免費口譯。',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC 是給所有 10 歲以上紐約人的免費身份證。可在市政辦公室、圖書館、診所和許多博物館使用。不會詢問您的移民身份。',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    '免費、保密的面談，了解您的移民選擇。如果需要更多協助，同一團隊可以協助處理您的案件。ActionNYC 是市政府的計畫；此合作夥伴為示範資料。',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    '在公共圖書館提供免費法律協助，申請美國公民身份。律師會審閱您的案件、協助您填寫表格，並確認您能否獲得費用減免。',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    '在友善的小組中練習說英語。每期課程 10 週，使用《We Are New York》電視節目，內容介紹市政服務。由受過訓練的志工帶領。',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    '關於您在紐約市權利的免費社區會議。市政機構和當地團體說明各項服務，以及您在工作、住家和移民執法人員上門時的權利。',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    '到 MOIA 擔任志工。大使在社區活動中協助、擔任口譯，並為 IDNYC、We Are New York 和 ActionNYC 帶領英語會話小組。',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    '免費 DACA 評估及續期表格協助。由律師或 DOJ 認證代表審閱您的案件。此服務機構及其地址和電話為示範資料。',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    '線上社區團體名錄，協助移民處理健康、住房、工作、學校、家庭和法律問題。可依主題和行政區搜尋。',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    '圖書館內的歡迎空間，提供關於入籍、英語課程和市政服務的免費指南。由市政府、USCIS 和公共圖書館合作設立。圖書館員工可為您轉介更多協助。',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    '致電或親臨市政廳的辦公室。工作人員協助您找到市政服務、法律協助、英語課程、醫療保健和工作機會。口譯免費。',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    '為成人開設的免費英語課程，從初級到高級。English for New Bostonians 是市政府支持的合作計畫。多數課程每週上課兩次。',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    '與志工移民律師私下談 15 分鐘，免費。諮詢時間為每月第一和第三個星期三，中午 12 點至下午 3 點。',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    '每年一次，志工律師在一天內協助數百人申請美國公民身份。可免費取得填寫表格及申請費用減免的協助。',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    '每間波士頓公共圖書館都提供關於入籍、防範詐騙、市政服務、獎學金和理財的免費資料。由市政府、USCIS、圖書館和社區團體合作提供。',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    '市政廳以外協助移民的社區團體線上名錄：英語課程、法律協助、醫療保健、工作、住房和福利。',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    '免費 DACA 評估、續期表格協助及防範詐騙提示。由律師或 DOJ 認證代表審閱您的案件。此服務機構及其地址和電話為示範資料。',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    '移民表格的免費諮詢與協助，例如綠卡更新、工作許可和家庭申請。星期二或星期四下午可直接前來。此服務機構及其地址和電話為示範資料。',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    '學習辨識移民詐騙，例如不是律師的「notarios」。了解您的權利，以及哪裡可以找到誠實的免費法律協助。',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'MOIA 熱線，星期一至星期五，上午 9 點至下午 5 點。',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311，市政府協助專線。請說出服務名稱。',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'ActionNYC 熱線，星期一至星期五，上午 9 點至下午 6 點。請選擇您的語言。',
  'Sample phone number for this demo. It does not work.': '此示範的範例電話號碼，無法撥通。',
  'Library information line.': '圖書館諮詢專線。',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'MOIA 服務台，星期一至星期五，上午 9 點至下午 5 點。',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311，市政府協助專線。請要求轉接 Immigrant Advancement。',
  'By appointment.': '需預約。',
  'Second Saturday of each month.': '每月第二個星期六。',
  'Third Wednesday of each month.': '每月第三個星期三。',
  'First Saturday of each month.': '每月第一個星期六。',
  'Second Thursday of each month.': '每月第二個星期四。',
  'Fourth Saturday of each month.': '每月第四個星期六。',
  'First and third Wednesday of each month, by appointment.': '每月第一和第三個星期三，需預約。',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    '每年一次，在星期六。請在 boston.gov 查看今年的日期。',
  'Fourth Wednesday of each month.': '每月第四個星期三。',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner：提供入籍、英語課程和市政服務的免費指南。',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner：提供入籍、防範詐騙、市政服務、獎學金和理財協助的免費資料。',
  'Free.': '免費。',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    '我們的協助免費。我們會協助您確認能否獲得 USCIS 費用減免。',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    '我們的協助免費。USCIS 會收取申請費；我們可以告訴您目前的金額。',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    '我們的協助免費。有些表格需繳 USCIS 費用；我們會在您遞交前告訴您。',
  'English conversation class (10 weeks)': '英語會話課（10 週）',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    '在友善的小組中練習說英語。歡迎初學者。志工以西班牙語、海地克里奧爾語和孟加拉語協助。報名一次即可參加全部 10 堂課；書籍免費。',
  'English conversation class, morning group (10 weeks)': '英語會話課，上午班（10 週）',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    '下一期 10 週課程，在上午。練習日常英語：看醫生、去銀行、孩子的學校。報名一次即可參加全部 10 堂課。',
  'Free immigration legal clinic': '免費移民法律諮詢',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    '與律師或 DOJ 認證代表進行 30 分鐘免費、保密的諮詢。請攜帶您收到的信件或表格。請報名一個時段；若有時間，也接待未預約者。',
  'Citizenship Day: free help applying for U.S. citizenship': '入籍日：免費協助申請美國公民身份',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    '志工律師協助您填寫 N-400 表格，並確認您是否符合費用減免資格。請攜帶綠卡、過去五年的地址和工作經歷，以及出入境日期。報名以取得時段。',
  'Know your rights: tenants and workers': '了解您的權利：租戶和工人',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    '社區論壇，討論您在住家和工作場所的權利，不論您的身份為何。歡迎提問。無需報名。',
  'Avoiding immigration scams': '防範移民詐騙',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    '如何辨識假律師和「notarios」，以及到哪裡找到可信賴的免費協助。',
  'IDNYC pop-up enrollment': 'IDNYC 臨時辦理點',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    '無需預約即可申請 IDNYC，紐約市的免費身份證。請攜帶身份證明和紐約市居住證明。',
  'Online: DACA renewal questions answered': '線上：解答 DACA 續期問題',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    '與律師進行一小時的線上講座。請在主辦單位的網頁上報名以取得連結。',
  'Legal screening in Bangla, Urdu and Nepali': '以孟加拉語、烏爾都語和尼泊爾語進行法律評估',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    '免費初步了解您的移民選擇，提供口譯。每月第一個星期六。',
  'English for New Bostonians: conversation circle (10 weeks)': 'English for New Bostonians：英語會話小組（10 週）',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    '為學習英語的成人開設的免費 10 週會話小組。報名一次即可參加整個系列。',
  'Immigration legal clinic at the Chinatown branch': '唐人街分館移民法律諮詢',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    '每月第一和第三個星期四提供免費諮詢。請報名一個時段。',
  '(Sample event: times and places are examples.)': '（示範活動：時間和地點僅為範例。）',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': '市長移民事務辦公室（MOIA）',
  'The New York Public Library': '紐約公共圖書館',
  'Brooklyn Public Library': '布魯克林公共圖書館',
  'Queens Public Library': '皇后區公共圖書館',
  'Sample Immigrant Legal Center (sample)': '移民法律中心（範例）',
  'Sample Neighborhood Law Project (sample)': '社區法律計畫（範例）',
  'Stephen A. Schwarzman Building': '史蒂芬·A·施瓦茨曼大樓',
  'Bronx Library Center': '布朗克斯圖書館中心',
  'Harlem Library': '哈萊姆圖書館',
  'Brooklyn Central Library': '布魯克林中央圖書館',
  'Flatbush Library': '弗萊布許圖書館',
  'Flushing Library': '法拉盛圖書館',
  'Jackson Heights Library': '傑克遜高地圖書館',
  'IDNYC Center – Brooklyn Municipal Building': 'IDNYC 中心 – 布魯克林市政大樓',
  'IDNYC Center – Bronx County Building': 'IDNYC 中心 – 布朗克斯縣大樓',
  'Sample Immigrant Legal Center – Jackson Heights (sample)': '移民法律中心 – 傑克遜高地（範例）',
  'Sample Neighborhood Law Project – Harlem (sample)': '社區法律計畫 – 哈萊姆（範例）',
  'MOIA hotline': 'MOIA 熱線',
  'IDNYC enrollment – Flushing Library': 'IDNYC 辦卡 – 法拉盛圖書館',
  'IDNYC enrollment – Brooklyn': 'IDNYC 辦卡 – 布魯克林',
  'IDNYC enrollment – Bronx': 'IDNYC 辦卡 – 布朗克斯',
  'ActionNYC legal screening – Jackson Heights': 'ActionNYC 法律評估 – 傑克遜高地',
  'ActionNYC legal screening – Harlem': 'ActionNYC 法律評估 – 哈萊姆',
  'ActionNYC Saturday clinic – Bronx Library Center': 'ActionNYC 週六義診 – 布朗克斯圖書館中心',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – 曼哈頓和布朗克斯圖書館',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – 布魯克林和皇后區圖書館',
  'We Are New York English classes – Manhattan': 'We Are New York 英語課 – 曼哈頓',
  'We Are New York English classes – Brooklyn and Queens': 'We Are New York 英語課 – 布魯克林和皇后區',
  'Know Your Rights forums': '「了解您的權利」社區講座',
  'MOIA Community Ambassadors (volunteer)': 'MOIA 社區大使（志工）',
  'DACA screening and renewals': 'DACA 資格評估和續期',
  'Community resource directory': '社區資源名錄',
  'New American Corners – New York Public Library': '新美國人角 – 紐約公共圖書館',
  'New American Corners – Brooklyn Public Library': '新美國人角 – 布魯克林公共圖書館',
  'New American Corners – Queens Public Library': '新美國人角 – 皇后區公共圖書館',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': '波士頓市長移民促進辦公室（MOIA Boston）',
  'Boston Public Library': '波士頓公共圖書館',
  'Sample New Neighbors Legal Aid (sample)': '新鄰居法律援助（範例）',
  'Boston City Hall, Room 806': '波士頓市政廳 806 室',
  'Central Library in Copley Square': '科普利廣場中央圖書館',
  'East Boston Branch': '東波士頓分館',
  'Chinatown Branch': '唐人街分館',
  'Mattapan Branch': '馬塔潘分館',
  'Uphams Corner Branch': '阿普姆斯角分館',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': '新鄰居法律援助 – 羅克斯伯里（範例）',
  'MOIA front desk and phone line': 'MOIA 服務台和電話服務',
  'English for New Bostonians classes – Central Library': 'English for New Bostonians 英語課 – 中央圖書館',
  'English for New Bostonians classes – neighborhood branches': 'English for New Bostonians 英語課 – 社區分館',
  'Free immigration consultations at City Hall': '市政廳免費移民諮詢',
  'Citizenship Day': '入籍日',
  'Immigrant Information Corners': '移民資訊角',
  'Immigrant resource directory': '移民資源名錄',
  'DACA screening clinic': 'DACA 資格評估義診',
  'Immigration legal help (walk-in)': '移民法律協助（無需預約）',
  'Avoid immigration scams (workshop)': '防範移民詐騙（講座）',
};
