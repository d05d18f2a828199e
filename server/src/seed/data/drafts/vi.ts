import type { Drafts } from './index.js';

/** Vietnamese: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Gọi MOIA để được thông tin và giới thiệu: trợ giúp pháp lý về di trú, dịch vụ Thành phố, phúc lợi và nhiều hơn nữa. MOIA cũng có thể hỏi USCIS giúp quý vị về hồ sơ di trú bị chậm trễ. Thông dịch viên miễn phí, bằng hơn 200 ngôn ngữ.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'IDNYC là thẻ căn cước miễn phí cho mọi cư dân New York từ 10 tuổi trở lên. Dùng thẻ tại văn phòng Thành phố, thư viện, phòng khám và nhiều bảo tàng. Không ai hỏi về tình trạng di trú của quý vị.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Buổi gặp miễn phí và bảo mật để tìm hiểu các lựa chọn di trú của quý vị. Nếu cần thêm trợ giúp, cùng nhóm này có thể giúp hồ sơ của quý vị. ActionNYC là chương trình của Thành phố; đối tác này là dữ liệu mẫu.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Trợ giúp pháp lý miễn phí để nộp đơn xin quốc tịch Hoa Kỳ, tại thư viện công cộng. Luật sư xem xét hồ sơ, giúp điền đơn và kiểm tra xem quý vị có được miễn lệ phí không.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Tập nói tiếng Anh trong một nhóm nhỏ, thân thiện. Mỗi khóa học kéo dài 10 tuần và dùng chương trình truyền hình We Are New York với các câu chuyện về dịch vụ Thành phố. Tình nguyện viên đã được đào tạo hướng dẫn lớp.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Các buổi họp cộng đồng miễn phí về quyền của quý vị tại Thành phố New York. Cơ quan Thành phố và các nhóm địa phương giải thích dịch vụ và quyền của quý vị nơi làm việc, tại nhà và khi nhân viên di trú đến gõ cửa.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Làm tình nguyện viên với MOIA. Các đại sứ giúp tại sự kiện cộng đồng, thông dịch và hướng dẫn nhóm đàm thoại tiếng Anh cho IDNYC, We Are New York và ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Sàng lọc DACA miễn phí và hỗ trợ điền đơn gia hạn. Luật sư hoặc đại diện được DOJ công nhận xem xét hồ sơ của quý vị. Đơn vị này, địa chỉ và điện thoại của họ là dữ liệu mẫu.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Danh sách trực tuyến các nhóm cộng đồng giúp người nhập cư về sức khỏe, nhà ở, việc làm, trường học, gia đình và pháp lý. Tìm theo chủ đề và quận.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Một không gian chào đón tại thư viện với tài liệu hướng dẫn miễn phí về quốc tịch, lớp tiếng Anh và dịch vụ Thành phố. Đây là sự hợp tác giữa Thành phố, USCIS và thư viện công cộng. Nhân viên thư viện có thể chỉ quý vị đến nơi trợ giúp thêm.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Gọi hoặc đến văn phòng tại Tòa Thị chính. Nhân viên giúp quý vị tìm dịch vụ Thành phố, trợ giúp pháp lý, lớp tiếng Anh, chăm sóc sức khỏe và việc làm. Thông dịch viên miễn phí.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Lớp tiếng Anh miễn phí cho người lớn, từ sơ cấp đến nâng cao. English for New Bostonians là chương trình hợp tác được Thành phố hỗ trợ. Hầu hết các lớp học hai buổi mỗi tuần.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Nói chuyện riêng với một luật sư di trú tình nguyện trong 15 phút, miễn phí. Buổi tư vấn vào thứ Tư đầu tiên và thứ ba của mỗi tháng, từ 12 giờ trưa đến 3 giờ chiều.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Mỗi năm một lần, các luật sư tình nguyện giúp hàng trăm người nộp đơn xin quốc tịch Hoa Kỳ trong một ngày. Được giúp miễn phí điền đơn và xin miễn lệ phí.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Tài liệu miễn phí về quốc tịch, tránh lừa đảo, dịch vụ Thành phố, học bổng và quản lý tiền bạc, tại mọi chi nhánh Boston Public Library. Sự hợp tác giữa Thành phố, USCIS, thư viện và các nhóm cộng đồng.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Danh sách trực tuyến các nhóm cộng đồng ngoài Tòa Thị chính giúp người nhập cư: lớp tiếng Anh, trợ giúp pháp lý, chăm sóc sức khỏe, việc làm, nhà ở và phúc lợi.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Sàng lọc DACA miễn phí, hỗ trợ điền đơn gia hạn và lời khuyên để tránh lừa đảo. Luật sư hoặc đại diện được DOJ công nhận xem xét hồ sơ của quý vị. Đơn vị này, địa chỉ và điện thoại của họ là dữ liệu mẫu.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Tư vấn và hỗ trợ miễn phí về các mẫu đơn di trú, như gia hạn thẻ xanh, giấy phép làm việc và bảo lãnh gia đình. Đến không cần hẹn vào chiều thứ Ba hoặc thứ Năm. Đơn vị này, địa chỉ và điện thoại của họ là dữ liệu mẫu.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Học cách nhận biết lừa đảo di trú, như những “notarios” không phải là luật sư. Hiểu rõ quyền của mình và biết nơi tìm trợ giúp pháp lý trung thực, miễn phí.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.':
    'Đường dây nóng MOIA, thứ Hai đến thứ Sáu, 9 giờ sáng đến 5 giờ chiều.',
  'NYC 311, the City help line. Say the name of the service.':
    'NYC 311, đường dây trợ giúp của Thành phố. Hãy nói tên dịch vụ.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Đường dây nóng ActionNYC, thứ Hai đến thứ Sáu, 9 giờ sáng đến 6 giờ chiều. Chọn ngôn ngữ của quý vị.',
  'Sample phone number for this demo. It does not work.':
    'Số điện thoại mẫu cho bản trình diễn này. Số này không hoạt động.',
  'Library information line.': 'Đường dây thông tin của thư viện.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.':
    'Quầy tiếp tân MOIA, thứ Hai đến thứ Sáu, 9 giờ sáng đến 5 giờ chiều.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, đường dây trợ giúp của Thành phố. Hãy yêu cầu Immigrant Advancement.',
  'By appointment.': 'Theo lịch hẹn.',
  'Second Saturday of each month.': 'Thứ Bảy thứ hai của mỗi tháng.',
  'Third Wednesday of each month.': 'Thứ Tư thứ ba của mỗi tháng.',
  'First Saturday of each month.': 'Thứ Bảy đầu tiên của mỗi tháng.',
  'Second Thursday of each month.': 'Thứ Năm thứ hai của mỗi tháng.',
  'Fourth Saturday of each month.': 'Thứ Bảy thứ tư của mỗi tháng.',
  'First and third Wednesday of each month, by appointment.': 'Thứ Tư đầu tiên và thứ ba của mỗi tháng, theo lịch hẹn.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Mỗi năm một lần, vào thứ Bảy. Xem ngày năm nay trên boston.gov.',
  'Fourth Wednesday of each month.': 'Thứ Tư thứ tư của mỗi tháng.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: tài liệu hướng dẫn miễn phí về quốc tịch, lớp tiếng Anh và dịch vụ Thành phố.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: tài liệu miễn phí về quốc tịch, lừa đảo, dịch vụ Thành phố, học bổng và hỗ trợ tài chính.',
  'Free.': 'Miễn phí.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Chúng tôi giúp miễn phí. Chúng tôi giúp quý vị kiểm tra xem có được miễn lệ phí USCIS không.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Chúng tôi giúp miễn phí. USCIS thu lệ phí nộp đơn; chúng tôi có thể cho quý vị biết mức hiện tại.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Chúng tôi giúp miễn phí. Một số mẫu đơn có lệ phí USCIS; chúng tôi sẽ báo trước khi quý vị nộp.',
  'English conversation class (10 weeks)': 'Lớp đàm thoại tiếng Anh (10 tuần)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Tập nói tiếng Anh trong một nhóm nhỏ, thân thiện. Chào đón người mới bắt đầu. Tình nguyện viên hỗ trợ bằng tiếng Tây Ban Nha, tiếng Creole Haiti và tiếng Bangla. Đăng ký một lần cho cả 10 buổi; sách miễn phí.',
  'English conversation class, morning group (10 weeks)': 'Lớp đàm thoại tiếng Anh, nhóm buổi sáng (10 tuần)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'Nhóm 10 tuần tiếp theo, vào buổi sáng. Tập tiếng Anh hằng ngày: đi bác sĩ, ngân hàng, trường học của con. Đăng ký một lần cho cả 10 buổi.',
  'Free immigration legal clinic': 'Tư vấn pháp lý di trú miễn phí',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Gặp luật sư hoặc đại diện được DOJ công nhận để được tư vấn miễn phí, bảo mật trong 30 phút. Mang theo thư hoặc mẫu đơn quý vị đã nhận. Đăng ký một buổi; người không hẹn trước được tiếp nếu còn thời gian.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Ngày Quốc tịch: hỗ trợ miễn phí nộp đơn xin quốc tịch Hoa Kỳ',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Luật sư tình nguyện giúp quý vị điền mẫu N-400 và kiểm tra xem quý vị có đủ điều kiện miễn lệ phí không. Mang theo thẻ xanh, địa chỉ và nơi làm việc trong năm năm qua, và ngày đi lại. Đăng ký để nhận giờ hẹn.',
  'Know your rights: tenants and workers': 'Hiểu rõ quyền của quý vị: người thuê nhà và người lao động',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Diễn đàn cộng đồng về quyền của quý vị tại nhà và nơi làm việc, bất kể tình trạng di trú. Hoan nghênh câu hỏi. Không cần đăng ký.',
  'Avoiding immigration scams': 'Tránh lừa đảo di trú',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Cách nhận biết luật sư giả và “notarios”, và nơi tìm trợ giúp miễn phí đáng tin cậy.',
  'IDNYC pop-up enrollment': 'Điểm đăng ký IDNYC lưu động',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Xin thẻ IDNYC, thẻ căn cước miễn phí của Thành phố New York, không cần hẹn. Mang theo giấy tờ chứng minh danh tính và nơi cư trú tại Thành phố New York.',
  'Online: DACA renewal questions answered': 'Trực tuyến: giải đáp về gia hạn DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Buổi trực tuyến một giờ với luật sư. Đăng ký trên trang của ban tổ chức để nhận đường dẫn.',
  'Legal screening in Bangla, Urdu and Nepali': 'Sàng lọc pháp lý bằng tiếng Bangla, Urdu và Nepal',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Kiểm tra ban đầu miễn phí các lựa chọn di trú của quý vị, có thông dịch viên. Thứ Bảy đầu tiên của mỗi tháng.',
  'English for New Bostonians: conversation circle (10 weeks)': 'English for New Bostonians: nhóm đàm thoại (10 tuần)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Nhóm đàm thoại 10 tuần miễn phí cho người lớn học tiếng Anh. Đăng ký một lần cho cả khóa.',
  'Immigration legal clinic at the Chinatown branch': 'Tư vấn pháp lý di trú tại chi nhánh Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Tư vấn miễn phí vào thứ Năm đầu tiên và thứ ba của mỗi tháng. Đăng ký một buổi.',
  '(Sample event: times and places are examples.)': '(Sự kiện mẫu: thời gian và địa điểm chỉ là ví dụ.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Văn phòng Thị trưởng về Các vấn đề Người nhập cư (MOIA)',
  'The New York Public Library': 'Thư viện Công cộng New York',
  'Brooklyn Public Library': 'Thư viện Công cộng Brooklyn',
  'Queens Public Library': 'Thư viện Công cộng Queens',
  'Sample Immigrant Legal Center (sample)': 'Trung tâm Pháp lý cho Người nhập cư (mẫu)',
  'Sample Neighborhood Law Project (sample)': 'Dự án Pháp lý Khu phố (mẫu)',
  'Stephen A. Schwarzman Building': 'Tòa nhà Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Thư viện Harlem',
  'Brooklyn Central Library': 'Thư viện Trung tâm Brooklyn',
  'Flatbush Library': 'Thư viện Flatbush',
  'Flushing Library': 'Thư viện Flushing',
  'Jackson Heights Library': 'Thư viện Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Trung tâm IDNYC – Tòa nhà Thành phố Brooklyn',
  'IDNYC Center – Bronx County Building': 'Trung tâm IDNYC – Tòa nhà Quận Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Trung tâm Pháp lý cho Người nhập cư – Jackson Heights (mẫu)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Dự án Pháp lý Khu phố – Harlem (mẫu)',
  'MOIA hotline': 'Đường dây nóng MOIA',
  'IDNYC enrollment – Flushing Library': 'Đăng ký IDNYC – Thư viện Flushing',
  'IDNYC enrollment – Brooklyn': 'Đăng ký IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Đăng ký IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Sàng lọc pháp lý ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Sàng lọc pháp lý ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Buổi tư vấn thứ Bảy của ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – các thư viện ở Manhattan và Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – các thư viện ở Brooklyn và Queens',
  'We Are New York English classes – Manhattan': 'Lớp tiếng Anh We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Lớp tiếng Anh We Are New York – Brooklyn và Queens',
  'Know Your Rights forums': 'Diễn đàn “Hiểu rõ quyền của quý vị”',
  'MOIA Community Ambassadors (volunteer)': 'Đại sứ Cộng đồng MOIA (tình nguyện)',
  'DACA screening and renewals': 'Sàng lọc và gia hạn DACA',
  'Community resource directory': 'Danh bạ nguồn lực cộng đồng',
  'New American Corners – New York Public Library': 'New American Corners – Thư viện Công cộng New York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Thư viện Công cộng Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Thư viện Công cộng Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)':
    'Văn phòng Thị trưởng về Phát triển Người nhập cư (MOIA Boston)',
  'Boston Public Library': 'Thư viện Công cộng Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Trợ giúp Pháp lý Hàng xóm Mới (mẫu)',
  'Boston City Hall, Room 806': 'Tòa Thị chính Boston, phòng 806',
  'Central Library in Copley Square': 'Thư viện Trung tâm tại Copley Square',
  'East Boston Branch': 'Chi nhánh East Boston',
  'Chinatown Branch': 'Chi nhánh Chinatown',
  'Mattapan Branch': 'Chi nhánh Mattapan',
  'Uphams Corner Branch': 'Chi nhánh Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Trợ giúp Pháp lý Hàng xóm Mới – Roxbury (mẫu)',
  'MOIA front desk and phone line': 'Quầy tiếp tân và đường dây điện thoại MOIA',
  'English for New Bostonians classes – Central Library': 'Lớp English for New Bostonians – Thư viện Trung tâm',
  'English for New Bostonians classes – neighborhood branches':
    'Lớp English for New Bostonians – các chi nhánh khu phố',
  'Free immigration consultations at City Hall': 'Tư vấn di trú miễn phí tại Tòa Thị chính',
  'Citizenship Day': 'Ngày Quốc tịch',
  'Immigrant Information Corners': 'Góc thông tin cho người nhập cư',
  'Immigrant resource directory': 'Danh bạ nguồn lực cho người nhập cư',
  'DACA screening clinic': 'Buổi sàng lọc DACA',
  'Immigration legal help (walk-in)': 'Trợ giúp pháp lý di trú (không cần hẹn)',
  'Avoid immigration scams (workshop)': 'Tránh lừa đảo di trú (hội thảo)',
};
