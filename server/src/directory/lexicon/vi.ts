/**
 * Vietnamese: everyday words people type for what the office does, as Vietnamese Americans say them (trục xuất,
 * bố ráp, thẻ xanh, bảo lãnh, tị nạn/tỵ nạn, quỵt lương, tiền nhà…).
 *
 * Machine-written draft, to be reviewed by speakers. Sources: the directory's Vietnamese texts (drafts/vi.ts, topic
 * names in seed/terms.ts), the office's own descriptions of its work (shared seeds: MOIA community services,
 * Boston's Office for Immigrant Advancement), and the words of Vietnamese Know Your Rights and benefits flyers.
 *
 * Search folds accents, so a stop word stands for every syllable spelled like it without tones. Left out on purpose
 * because their folded form is a meaningful syllable: của (cửa, "gõ cửa"), cho (cho thuê), ở (nhà ở), không
 * (không giấy tờ), cần (căn cước), làm and lắm (làm việc), giúp (trợ giúp), từ (tư vấn), vẫn (tư vấn), thế (thẻ
 * xanh), thì (thị thực), bao (bảo lãnh, bảo hiểm), nha (nhà), hỏi (xã hội), đang (đăng ký), anh (tiếng Anh),
 * chị (chi nhánh), họ (hồ sơ), mình (chứng minh), bằng (bằng trung học), xin (xin tị nạn), về (bảo vệ),
 * tại (tài chính), nó (nợ lương), thôi (tạm thời), ư (the U of U visa).
 * Words that fold alike are listed once (à for ạ, những for nhưng, đã for dạ).
 */
import type { Lexicon } from './types.js';

const LEGAL = ['luật sư', 'pháp lý', 'di trú', 'lawyer', 'legal', 'immigration'];

export const lexicon: Lexicon = {
  locale: 'vi',
  review: 'draft',
  stopWords: [
    'à',
    'ai',
    'bạn',
    'bị',
    'các',
    'cái',
    'chưa',
    'có',
    'cũng',
    'dùm',
    'đã',
    'đâu',
    'để',
    'đến',
    'đó',
    'được',
    'em',
    'gì',
    'giùm',
    'hả',
    'hay',
    'hoặc',
    'khi',
    'kia',
    'là',
    'lại',
    'mà',
    'một',
    'muốn',
    'nào',
    'này',
    'nên',
    'nếu',
    'nhé',
    'nhỉ',
    'như',
    'những',
    'nữa',
    'ơi',
    'phải',
    'rất',
    'rồi',
    'sao',
    'sau',
    'sẽ',
    'ta',
    'theo',
    'thưa',
    'tôi',
    'trong',
    'trước',
    'và',
    'vào',
    'vâng',
    'vì',
    'với',
  ],
  concepts: [
    // Immigration status and papers
    { phrase: 'thẻ xanh', topics: ['immigration-legal'], terms: ['thẻ xanh', 'green card', 'residency'] },
    {
      phrase: 'thường trú nhân',
      topics: ['immigration-legal'],
      terms: ['thẻ xanh', 'green card', 'permanent resident'],
    },
    {
      phrase: 'giấy phép làm việc',
      topics: ['immigration-legal', 'work'],
      terms: ['giấy phép làm việc', 'work permit', 'EAD'],
    },
    {
      phrase: 'giấy phép lao động',
      topics: ['immigration-legal', 'work'],
      terms: ['giấy phép làm việc', 'work permit', 'EAD'],
    },
    { phrase: 'giấy tờ', topics: ['immigration-legal'], terms: ['giấy tờ', 'mẫu đơn', 'papers', 'forms', ...LEGAL] },
    {
      phrase: 'không giấy tờ',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['tình trạng di trú', 'immigration status', 'undocumented'],
    },
    {
      phrase: 'di dân lậu',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['tình trạng di trú', 'immigration status', 'undocumented'],
    },
    {
      phrase: 'bất hợp pháp',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['tình trạng di trú', 'immigration status', 'undocumented'],
    },
    {
      phrase: 'tình trạng di trú',
      topics: ['immigration-legal'],
      terms: ['tình trạng di trú', 'immigration status', ...LEGAL],
    },
    { phrase: 'tị nạn', topics: ['immigration-legal'], terms: ['tị nạn', 'asylum', 'refugee', ...LEGAL] },
    { phrase: 'tỵ nạn', topics: ['immigration-legal'], terms: ['tị nạn', 'asylum', 'refugee', ...LEGAL] },
    {
      phrase: 'bảo vệ tạm thời',
      topics: ['immigration-legal'],
      terms: ['TPS', 'temporary protected status', ...LEGAL],
    },
    { phrase: 'gia hạn DACA', topics: ['immigration-legal'], terms: ['DACA', 'gia hạn', 'renewal'] },
    {
      phrase: 'bảo lãnh',
      topics: ['immigration-legal', 'family'],
      terms: ['bảo lãnh gia đình', 'family petitions', 'petition'],
    },
    {
      phrase: 'đoàn tụ gia đình',
      topics: ['immigration-legal', 'family'],
      terms: ['bảo lãnh gia đình', 'family petitions', 'family'],
    },
    { phrase: 'thị thực', topics: ['immigration-legal'], terms: ['thị thực', 'visa', ...LEGAL] },
    { phrase: 'visa', topics: ['immigration-legal'], terms: ['thị thực', 'visa', ...LEGAL] },
    {
      phrase: 'tòa án di trú',
      topics: ['immigration-legal'],
      terms: ['tòa án', 'court', 'immigration court', ...LEGAL],
    },
    { phrase: 'ra tòa', topics: ['immigration-legal'], terms: ['tòa án', 'court', 'immigration court', ...LEGAL] },
    { phrase: 'sở di trú', topics: ['immigration-legal'], terms: ['USCIS', 'di trú', 'immigration offices'] },
    // Deportation, ICE, raids, rights
    {
      phrase: 'trục xuất',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: 'lệnh trục xuất',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: 'cảnh sát di trú',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['nhân viên di trú', 'immigration agents', 'ICE'],
    },
    {
      phrase: 'nhân viên di trú',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['nhân viên di trú', 'immigration agents', 'ICE'],
    },
    { phrase: 'bố ráp', topics: ['know-your-rights'], terms: ['nhân viên di trú', 'immigration agents', 'raid'] },
    { phrase: 'đột kích', topics: ['know-your-rights'], terms: ['nhân viên di trú', 'immigration agents', 'raid'] },
    {
      phrase: 'gõ cửa',
      topics: ['know-your-rights'],
      terms: ['nhân viên di trú', 'gõ cửa', 'immigration agents', 'door'],
    },
    {
      phrase: 'bắt giữ',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['quyền', 'rights', 'detention', ...LEGAL],
    },
    {
      phrase: 'giam giữ',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['quyền', 'rights', 'detention', ...LEGAL],
    },
    { phrase: 'tiền bảo lãnh', topics: ['immigration-legal'], terms: ['bond', 'detention', ...LEGAL] },
    { phrase: 'quyền', topics: ['know-your-rights'], terms: ['quyền', 'rights', 'know your rights'] },
    { phrase: 'quyền lợi', topics: ['know-your-rights'], terms: ['quyền', 'rights', 'know your rights'] },
    { phrase: 'nhập cư', topics: ['immigration-legal'], terms: ['người nhập cư', 'immigrants', ...LEGAL] },
    { phrase: 'tiền án', topics: ['immigration-legal'], terms: ['criminal record', 'deportation', ...LEGAL] },
    {
      phrase: 'lệnh khám xét',
      topics: ['know-your-rights'],
      terms: ['quyền', 'rights', 'warrant', 'know your rights'],
    },
    {
      phrase: 'im lặng',
      topics: ['know-your-rights'],
      terms: ['quyền', 'rights', 'remain silent', 'know your rights'],
    },
    // Lawyers and scams
    { phrase: 'luật sư', topics: ['immigration-legal'], terms: LEGAL },
    { phrase: 'luật sư miễn phí', topics: ['immigration-legal'], terms: [...LEGAL, 'miễn phí', 'free'] },
    { phrase: 'trợ giúp pháp lý', topics: ['immigration-legal'], terms: [...LEGAL, 'legal help'] },
    { phrase: 'tư vấn pháp lý', topics: ['immigration-legal'], terms: [...LEGAL, 'tư vấn', 'consultation'] },
    { phrase: 'lừa đảo', topics: ['know-your-rights', 'immigration-legal'], terms: ['lừa đảo', 'scams', 'notarios'] },
    {
      phrase: 'luật sư giả',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['lừa đảo', 'scams', 'notarios'],
    },
    { phrase: 'notario', topics: ['know-your-rights', 'immigration-legal'], terms: ['lừa đảo', 'scams', 'notarios'] },
    {
      phrase: 'công chứng viên',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['lừa đảo', 'scams', 'notarios'],
    },
    // Citizenship
    { phrase: 'quốc tịch', topics: ['citizenship'], terms: ['quốc tịch', 'citizenship', 'naturalization', 'N-400'] },
    { phrase: 'nhập tịch', topics: ['citizenship'], terms: ['quốc tịch', 'citizenship', 'naturalization', 'N-400'] },
    { phrase: 'công dân', topics: ['citizenship'], terms: ['quốc tịch', 'citizenship', 'citizens'] },
    {
      phrase: 'thi quốc tịch',
      topics: ['citizenship', 'english-classes'],
      terms: ['quốc tịch', 'citizenship', 'civics test'],
    },
    { phrase: 'miễn lệ phí', topics: ['citizenship'], terms: ['miễn lệ phí', 'fee waiver'] },
    // ID
    { phrase: 'thẻ căn cước', topics: ['municipal-id'], terms: ['thẻ căn cước', 'IDNYC', 'ID card', 'municipal ID'] },
    { phrase: 'căn cước', topics: ['municipal-id'], terms: ['thẻ căn cước', 'IDNYC', 'ID card', 'municipal ID'] },
    {
      phrase: 'giấy tờ tùy thân',
      topics: ['municipal-id'],
      terms: ['thẻ căn cước', 'IDNYC', 'ID card', 'municipal ID'],
    },
    // English and school
    {
      phrase: 'học tiếng Anh',
      topics: ['english-classes'],
      terms: ['lớp tiếng Anh', 'tiếng Anh', 'English classes', 'English'],
    },
    {
      phrase: 'lớp tiếng Anh',
      topics: ['english-classes'],
      terms: ['lớp tiếng Anh', 'tiếng Anh', 'English classes', 'English'],
    },
    {
      phrase: 'tiếng Anh',
      topics: ['english-classes'],
      terms: ['lớp tiếng Anh', 'tiếng Anh', 'English classes', 'English'],
    },
    { phrase: 'bằng trung học', topics: ['education'], terms: ['GED', 'high school equivalency'] },
    { phrase: 'trường học', topics: ['education'], terms: ['trường học', 'school'] },
    { phrase: 'đi học', topics: ['education'], terms: ['trường học', 'school', 'enroll'] },
    { phrase: 'ghi danh', topics: ['education', 'family'], terms: ['trường học', 'school', 'enroll', 'children'] },
    { phrase: 'nhà trẻ', topics: ['education', 'family'], terms: ['child care', 'daycare', 'pre-K'] },
    { phrase: 'giữ trẻ', topics: ['education', 'family'], terms: ['child care', 'daycare', 'pre-K'] },
    { phrase: 'học bổng', topics: ['education'], terms: ['học bổng', 'scholarships'] },
    // Benefits and health
    { phrase: 'phiếu thực phẩm', topics: ['benefits'], terms: ['phúc lợi', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: 'food stamp', topics: ['benefits'], terms: ['phúc lợi', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: 'trợ cấp', topics: ['benefits'], terms: ['phúc lợi', 'benefits', 'cash assistance'] },
    {
      phrase: 'bảo hiểm y tế',
      topics: ['health', 'benefits'],
      terms: ['Medicaid', 'chăm sóc sức khỏe', 'health care', 'health insurance'],
    },
    {
      phrase: 'bảo hiểm sức khỏe',
      topics: ['health', 'benefits'],
      terms: ['Medicaid', 'chăm sóc sức khỏe', 'health care', 'health insurance'],
    },
    {
      phrase: 'khám bệnh',
      topics: ['health'],
      terms: ['phòng khám', 'chăm sóc sức khỏe', 'clinics', 'health care', 'doctor'],
    },
    { phrase: 'bác sĩ', topics: ['health'], terms: ['phòng khám', 'bác sĩ', 'clinics', 'health care', 'doctor'] },
    { phrase: 'phòng khám', topics: ['health'], terms: ['phòng khám', 'clinics', 'health care'] },
    { phrase: 'bệnh viện', topics: ['health'], terms: ['chăm sóc sức khỏe', 'health care', 'hospital'] },
    // Housing
    { phrase: 'tiền nhà', topics: ['housing'], terms: ['nhà ở', 'người thuê nhà', 'housing', 'tenants', 'rent'] },
    { phrase: 'thuê nhà', topics: ['housing'], terms: ['nhà ở', 'người thuê nhà', 'housing', 'tenants', 'rent'] },
    {
      phrase: 'chủ nhà',
      topics: ['housing', 'know-your-rights'],
      terms: ['nhà ở', 'người thuê nhà', 'housing', 'tenants', 'landlord'],
    },
    {
      phrase: 'đuổi nhà',
      topics: ['housing', 'know-your-rights'],
      terms: ['nhà ở', 'người thuê nhà', 'housing', 'tenants', 'eviction'],
    },
    { phrase: 'nhà tạm trú', topics: ['housing'], terms: ['nhà ở', 'housing', 'shelter', 'homeless'] },
    { phrase: 'vô gia cư', topics: ['housing'], terms: ['nhà ở', 'housing', 'shelter', 'homeless'] },
    // Work
    { phrase: 'việc làm', topics: ['work'], terms: ['việc làm', 'nơi làm việc', 'jobs', 'work'] },
    { phrase: 'tìm việc', topics: ['work'], terms: ['việc làm', 'nơi làm việc', 'jobs', 'work'] },
    {
      phrase: 'quỵt lương',
      topics: ['work', 'know-your-rights'],
      terms: ['người lao động', 'quyền', 'workers', 'wage theft', 'unpaid wages'],
    },
    {
      phrase: 'nợ lương',
      topics: ['work', 'know-your-rights'],
      terms: ['người lao động', 'quyền', 'workers', 'wage theft', 'unpaid wages'],
    },
    {
      phrase: 'lương',
      topics: ['work', 'know-your-rights'],
      terms: ['người lao động', 'workers', 'wages', 'minimum wage'],
    },
    {
      phrase: 'người lao động',
      topics: ['work', 'know-your-rights'],
      terms: ['người lao động', 'quyền', 'workers', 'rights'],
    },
    {
      phrase: 'tai nạn lao động',
      topics: ['work', 'health'],
      terms: ['người lao động', 'workers', 'injury', 'rights'],
    },
    // Family
    {
      phrase: 'bạo hành gia đình',
      topics: ['family', 'know-your-rights'],
      terms: ['gia đình', 'family', 'domestic violence', 'U visa', 'VAWA'],
    },
    {
      phrase: 'bạo lực gia đình',
      topics: ['family', 'know-your-rights'],
      terms: ['gia đình', 'family', 'domestic violence', 'U visa', 'VAWA'],
    },
    { phrase: 'gia đình', topics: ['family'], terms: ['gia đình', 'family'] },
    // Language help
    { phrase: 'thông dịch', topics: [], terms: ['thông dịch viên', 'interpreter', 'interpreters'] },
    { phrase: 'phiên dịch', topics: [], terms: ['thông dịch viên', 'interpreter', 'interpreters'] },
    { phrase: 'tiếng Việt', topics: [], terms: ['tiếng Việt', 'Vietnamese', 'thông dịch viên', 'interpreter'] },
  ],
};
