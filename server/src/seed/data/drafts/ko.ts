import type { Drafts } from './index.js';

/** Korean: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    '정보와 안내가 필요하면 MOIA에 전화하세요: 이민 법률 지원, 시 서비스, 복지 혜택 등. MOIA는 지연된 이민 사건에 대해 USCIS에 대신 문의할 수도 있습니다. 200개 이상의 언어로 통역이 무료입니다.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC는 10세 이상 모든 뉴욕 주민을 위한 무료 신분증입니다. 시 기관, 도서관, 진료소와 여러 박물관에서 사용할 수 있습니다. 이민 신분은 묻지 않습니다.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    '이민 관련 선택지를 알아보는 무료 비밀 상담입니다. 더 많은 도움이 필요하면 같은 팀이 사건을 도와드립니다. ActionNYC는 시의 프로그램이며, 이 협력 기관은 예시 데이터입니다.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    '공공 도서관에서 미국 시민권 신청을 위한 무료 법률 지원. 변호사가 사건을 검토하고 서류 작성을 돕고 수수료 면제 가능 여부를 확인합니다.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    '친근한 소그룹에서 영어 말하기를 연습하세요. 각 과정은 10주이며 시 서비스 이야기를 담은 TV 프로그램 We Are New York을 사용합니다. 교육받은 자원봉사자가 수업을 진행합니다.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    '뉴욕시에서의 권리에 관한 무료 지역 모임. 시 기관과 지역 단체가 서비스와 직장, 가정에서의 권리, 이민 단속 요원이 집에 찾아왔을 때의 권리를 설명합니다.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'MOIA 자원봉사자가 되어 주세요. 앰배서더는 지역 행사를 돕고, 통역하며, IDNYC, We Are New York, ActionNYC를 위한 영어 회화 모임을 진행합니다.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    '무료 DACA 상담과 갱신 서류 지원. 변호사 또는 DOJ 인가 대리인이 사건을 검토합니다. 이 기관과 주소, 전화번호는 예시 데이터입니다.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    '건강, 주거, 일자리, 학교, 가족, 법률 문제로 이민자를 돕는 지역 단체의 온라인 목록입니다. 주제와 자치구로 검색하세요.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    '시민권, 영어 수업, 시 서비스에 관한 무료 안내서가 있는 도서관 안의 환영 공간입니다. 시, USCIS, 공공 도서관이 함께 운영합니다. 도서관 직원이 더 많은 도움을 안내해 드립니다.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    '시청 사무실에 전화하거나 방문하세요. 직원이 시 서비스, 법률 지원, 영어 수업, 의료, 일자리를 찾도록 도와드립니다. 통역은 무료입니다.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    '초급부터 고급까지 성인을 위한 무료 영어 수업. English for New Bostonians는 시가 지원하는 협력 프로그램입니다. 대부분 주 2회 수업합니다.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    '자원봉사 이민 변호사와 15분 동안 무료로 비공개 상담하세요. 상담은 매월 첫째, 셋째 수요일 낮 12시부터 오후 3시까지입니다.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    '일 년에 한 번, 자원봉사 변호사들이 하루 동안 수백 명의 미국 시민권 신청을 돕습니다. 신청서 작성과 수수료 면제 요청을 무료로 도와드립니다.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    '시민권, 사기 예방, 시 서비스, 장학금, 자금 관리에 관한 무료 자료가 보스턴 공공 도서관 모든 지점에 있습니다. 시, USCIS, 도서관, 지역 단체의 협력 사업입니다.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    '시청 밖에서 이민자를 돕는 지역 단체의 온라인 목록: 영어 수업, 법률 지원, 의료, 일자리, 주거, 복지 혜택.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    '무료 DACA 상담, 갱신 서류 지원, 사기 예방 요령. 변호사 또는 DOJ 인가 대리인이 사건을 검토합니다. 이 기관과 주소, 전화번호는 예시 데이터입니다.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    '영주권 갱신, 취업 허가, 가족 청원 등 이민 서류에 대한 무료 상담과 지원. 화요일이나 목요일 오후에 예약 없이 방문하세요. 이 기관과 주소, 전화번호는 예시 데이터입니다.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    '변호사가 아닌 ‘노타리오’ 같은 이민 사기를 알아보는 방법을 배우세요. 자신의 권리와 믿을 수 있는 무료 법률 지원을 찾는 곳을 알아보세요.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'MOIA 상담 전화, 월요일부터 금요일, 오전 9시부터 오후 5시까지.',
  'NYC 311, the City help line. Say the name of the service.': 'NYC 311, 시 안내 전화. 서비스 이름을 말씀하세요.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'ActionNYC 상담 전화, 월요일부터 금요일, 오전 9시부터 오후 6시까지. 언어를 선택하세요.',
  'Sample phone number for this demo. It does not work.': '이 데모용 예시 전화번호입니다. 연결되지 않습니다.',
  'Library information line.': '도서관 안내 전화.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'MOIA 안내 데스크, 월요일부터 금요일, 오전 9시부터 오후 5시까지.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, 시 안내 전화. Immigrant Advancement를 요청하세요.',
  'By appointment.': '예약제.',
  'Second Saturday of each month.': '매월 둘째 토요일.',
  'Third Wednesday of each month.': '매월 셋째 수요일.',
  'First Saturday of each month.': '매월 첫째 토요일.',
  'Second Thursday of each month.': '매월 둘째 목요일.',
  'Fourth Saturday of each month.': '매월 넷째 토요일.',
  'First and third Wednesday of each month, by appointment.': '매월 첫째, 셋째 수요일, 예약제.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    '일 년에 한 번, 토요일. 올해 날짜는 boston.gov에서 확인하세요.',
  'Fourth Wednesday of each month.': '매월 넷째 수요일.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: 시민권, 영어 수업, 시 서비스에 관한 무료 안내서.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: 시민권, 사기, 시 서비스, 장학금, 금융 지원에 관한 무료 자료.',
  'Free.': '무료.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    '도움은 무료입니다. USCIS 수수료 면제를 받을 수 있는지 확인을 도와드립니다.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    '도움은 무료입니다. USCIS는 접수 수수료를 받으며, 현재 금액을 알려 드립니다.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    '도움은 무료입니다. 일부 서류에는 USCIS 수수료가 있으며, 접수 전에 알려 드립니다.',
  'English conversation class (10 weeks)': '영어 회화 수업(10주)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    '친근한 소그룹에서 영어 말하기를 연습하세요. 초보자도 환영합니다. 자원봉사자가 스페인어, 아이티 크리올어, 벵골어로 도와드립니다. 한 번 신청하면 10회 수업 모두 참여할 수 있으며 교재는 무료입니다.',
  'English conversation class, morning group (10 weeks)': '영어 회화 수업, 오전반(10주)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    '다음 10주 과정, 오전반. 병원, 은행, 자녀의 학교 등 일상 영어를 연습하세요. 한 번 신청하면 10회 수업 모두 참여할 수 있습니다.',
  'Free immigration legal clinic': '무료 이민 법률 상담',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    '변호사 또는 DOJ 인가 대리인과 30분 동안 무료로 비밀 상담을 받으세요. 받은 편지나 서류를 가져오세요. 한 회차를 신청하세요. 시간이 있으면 예약 없이도 상담합니다.',
  'Citizenship Day: free help applying for U.S. citizenship': '시민권의 날: 미국 시민권 신청 무료 지원',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    '자원봉사 변호사가 N-400 양식 작성을 돕고 수수료 면제 자격을 확인합니다. 영주권, 최근 5년간의 주소와 직장, 여행 날짜를 가져오세요. 신청하면 시간을 배정받습니다.',
  'Know your rights: tenants and workers': '권리 알기: 세입자와 노동자',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    '신분과 관계없이 집과 직장에서의 권리에 관한 지역 포럼입니다. 질문을 환영합니다. 신청할 필요 없습니다.',
  'Avoiding immigration scams': '이민 사기 피하기',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    '가짜 변호사와 ‘노타리오’를 알아보는 방법과 믿을 수 있는 무료 도움을 찾는 곳.',
  'IDNYC pop-up enrollment': 'IDNYC 임시 발급소',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    '예약 없이 뉴욕시 무료 신분증 IDNYC를 신청하세요. 신원 증명과 뉴욕시 거주 증명을 가져오세요.',
  'Online: DACA renewal questions answered': '온라인: DACA 갱신 질문에 답해 드립니다',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    '변호사와 함께하는 1시간 온라인 세션. 링크를 받으려면 주최 측 페이지에서 신청하세요.',
  'Legal screening in Bangla, Urdu and Nepali': '벵골어, 우르두어, 네팔어 법률 상담',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    '통역과 함께 이민 선택지를 무료로 처음 확인해 드립니다. 매월 첫째 토요일.',
  'English for New Bostonians: conversation circle (10 weeks)': 'English for New Bostonians: 회화 모임(10주)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    '영어를 배우는 성인을 위한 무료 10주 회화 모임. 한 번 신청하면 전체 과정에 참여할 수 있습니다.',
  'Immigration legal clinic at the Chinatown branch': '차이나타운 분관 이민 법률 상담',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    '매월 첫째, 셋째 목요일 무료 상담. 한 회차를 신청하세요.',
  '(Sample event: times and places are examples.)': '(예시 행사: 시간과 장소는 예시입니다.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': '시장실 이민자 업무국 (MOIA)',
  'The New York Public Library': '뉴욕 공공 도서관',
  'Brooklyn Public Library': '브루클린 공공 도서관',
  'Queens Public Library': '퀸즈 공공 도서관',
  'Sample Immigrant Legal Center (sample)': '이민자 법률 센터 (예시)',
  'Sample Neighborhood Law Project (sample)': '동네 법률 프로젝트 (예시)',
  'Stephen A. Schwarzman Building': '스티븐 A. 슈워츠먼 빌딩',
  'Bronx Library Center': '브롱크스 도서관 센터',
  'Harlem Library': '할렘 도서관',
  'Brooklyn Central Library': '브루클린 중앙 도서관',
  'Flatbush Library': '플랫부시 도서관',
  'Flushing Library': '플러싱 도서관',
  'Jackson Heights Library': '잭슨하이츠 도서관',
  'IDNYC Center – Brooklyn Municipal Building': 'IDNYC 센터 – 브루클린 시 청사',
  'IDNYC Center – Bronx County Building': 'IDNYC 센터 – 브롱크스 카운티 청사',
  'Sample Immigrant Legal Center – Jackson Heights (sample)': '이민자 법률 센터 – 잭슨하이츠 (예시)',
  'Sample Neighborhood Law Project – Harlem (sample)': '동네 법률 프로젝트 – 할렘 (예시)',
  'MOIA hotline': 'MOIA 상담 전화',
  'IDNYC enrollment – Flushing Library': 'IDNYC 발급 신청 – 플러싱 도서관',
  'IDNYC enrollment – Brooklyn': 'IDNYC 발급 신청 – 브루클린',
  'IDNYC enrollment – Bronx': 'IDNYC 발급 신청 – 브롱크스',
  'ActionNYC legal screening – Jackson Heights': 'ActionNYC 법률 상담 – 잭슨하이츠',
  'ActionNYC legal screening – Harlem': 'ActionNYC 법률 상담 – 할렘',
  'ActionNYC Saturday clinic – Bronx Library Center': 'ActionNYC 토요 상담소 – 브롱크스 도서관 센터',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – 맨해튼 및 브롱크스 도서관',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – 브루클린 및 퀸즈 도서관',
  'We Are New York English classes – Manhattan': 'We Are New York 영어 수업 – 맨해튼',
  'We Are New York English classes – Brooklyn and Queens': 'We Are New York 영어 수업 – 브루클린 및 퀸즈',
  'Know Your Rights forums': '‘권리 알기’ 포럼',
  'MOIA Community Ambassadors (volunteer)': 'MOIA 커뮤니티 앰배서더 (자원봉사)',
  'DACA screening and renewals': 'DACA 상담 및 갱신',
  'Community resource directory': '지역사회 자원 안내',
  'New American Corners – New York Public Library': 'New American Corners – 뉴욕 공공 도서관',
  'New American Corners – Brooklyn Public Library': 'New American Corners – 브루클린 공공 도서관',
  'New American Corners – Queens Public Library': 'New American Corners – 퀸즈 공공 도서관',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)': '보스턴 시장실 이민자 지원국 (MOIA Boston)',
  'Boston Public Library': '보스턴 공공 도서관',
  'Sample New Neighbors Legal Aid (sample)': '새 이웃 법률 지원 (예시)',
  'Boston City Hall, Room 806': '보스턴 시청 806호',
  'Central Library in Copley Square': '코플리 스퀘어 중앙 도서관',
  'East Boston Branch': '이스트 보스턴 분관',
  'Chinatown Branch': '차이나타운 분관',
  'Mattapan Branch': '매터팬 분관',
  'Uphams Corner Branch': '업햄스 코너 분관',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': '새 이웃 법률 지원 – 록스베리 (예시)',
  'MOIA front desk and phone line': 'MOIA 안내 데스크 및 전화 상담',
  'English for New Bostonians classes – Central Library': 'English for New Bostonians 수업 – 중앙 도서관',
  'English for New Bostonians classes – neighborhood branches': 'English for New Bostonians 수업 – 동네 분관',
  'Free immigration consultations at City Hall': '시청 무료 이민 상담',
  'Citizenship Day': '시민권의 날',
  'Immigrant Information Corners': '이민자 정보 코너',
  'Immigrant resource directory': '이민자 자원 안내',
  'DACA screening clinic': 'DACA 상담 클리닉',
  'Immigration legal help (walk-in)': '이민 법률 지원 (예약 불필요)',
  'Avoid immigration scams (workshop)': '이민 사기 피하기 (워크숍)',
};
