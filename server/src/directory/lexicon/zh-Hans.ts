/**
 * Simplified Chinese: everyday words people type (Mandarin and Fuzhounese speakers in New York write Mandarin:
 * 打身份, 白卡, 工卡…) for what the office does.
 *
 * Machine-written draft, to be reviewed by speakers. Sources: the directory's Simplified Chinese texts (nyc.ts,
 * boston.ts, drafts/zh-Hans.ts, topic names in seed/terms.ts), the office's own descriptions of its work
 * (shared seeds: MOIA community services, Boston's Office for Immigrant Advancement), and the words Chinese
 * community groups in New York use in their Know Your Rights and benefits flyers.
 *
 * Chinese is matched as substrings, so phrases are the shortest meaningful forms and stop words are few: only
 * sentence-final particles, pronouns and whole question phrases. Left out on purpose because they occur inside
 * meaningful words: 了 (了解 "know", as in 了解您的权利), 有 (没有身份), 不 (不给钱), 在 (现在), 是 (是否),
 * 要 (需要, 重要), 就 (就业), 最 (最低工资), 太 (太太), 会 (会话, 英语会话), 被 (被遣返), 给, 能.
 * Latin phrases are kept only where no English word contains them (DACA, TPS, GED): not ICE (office, police).
 */
import type { Lexicon } from './types.js';

const LEGAL = ['移民法律', '律师', '法律评估', 'lawyer', 'immigration legal', 'legal screening'];

export const lexicon: Lexicon = {
  locale: 'zh-Hans',
  review: 'draft',
  stopWords: [
    '啊',
    '吧',
    '帮我',
    '的',
    '告诉我',
    '可不可以',
    '可以吗',
    '啦',
    '麻烦',
    '吗',
    '嘛',
    '哪儿',
    '哪个',
    '哪里',
    '哪些',
    '那个',
    '呢',
    '能不能',
    '你',
    '你好',
    '你们',
    '您',
    '您好',
    '哦',
    '请问',
    '如何',
    '啥',
    '什么',
    '是不是',
    '他',
    '他们',
    '她',
    '为什么',
    '我',
    '我们',
    '我想',
    '我需要',
    '我要',
    '想要',
    '谢谢',
    '呀',
    '一下',
    '一些',
    '有没有',
    '咋办',
    '在哪',
    '在哪里',
    '怎么',
    '怎么办',
    '怎么样',
    '怎样',
    '这个',
  ],
  concepts: [
    // Immigration status and papers
    { phrase: 'DACA', topics: ['immigration-legal'], terms: ['DACA', '续期', 'renewal'] },
    { phrase: 'TPS', topics: ['immigration-legal'], terms: ['TPS', 'temporary protected status', ...LEGAL] },
    { phrase: '临时保护身份', topics: ['immigration-legal'], terms: ['TPS', 'temporary protected status', ...LEGAL] },
    { phrase: '梦想生', topics: ['immigration-legal'], terms: ['DACA', 'Dreamers'] },
    { phrase: '绿卡', topics: ['immigration-legal'], terms: ['绿卡', 'green card', '绿卡更新', 'residency'] },
    { phrase: '永久居民', topics: ['immigration-legal'], terms: ['绿卡', 'green card', 'permanent resident'] },
    { phrase: '工卡', topics: ['immigration-legal', 'work'], terms: ['工作许可', 'work permit', 'EAD'] },
    { phrase: '工作许可', topics: ['immigration-legal', 'work'], terms: ['工作许可', 'work permit', 'EAD'] },
    { phrase: '打身份', topics: ['immigration-legal'], terms: [...LEGAL, '移民选择', 'immigration options'] },
    { phrase: '办身份', topics: ['immigration-legal'], terms: [...LEGAL, '移民选择', 'immigration options'] },
    {
      phrase: '黑户',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['移民身份', 'immigration status', 'undocumented'],
    },
    {
      phrase: '没有身份',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['移民身份', 'immigration status', 'undocumented'],
    },
    {
      phrase: '无证',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['移民身份', 'immigration status', 'undocumented'],
    },
    { phrase: '移民文件', topics: ['immigration-legal'], terms: ['移民文件', 'immigration papers', '表格', 'forms'] },
    { phrase: '庇护', topics: ['immigration-legal'], terms: ['庇护', 'asylum', ...LEGAL] },
    { phrase: '打庇护', topics: ['immigration-legal'], terms: ['庇护', 'asylum', ...LEGAL] },
    { phrase: '难民', topics: ['immigration-legal'], terms: ['难民', 'refugee', 'asylum', ...LEGAL] },
    {
      phrase: '亲属移民',
      topics: ['immigration-legal', 'family'],
      terms: ['亲属移民', 'family petitions', 'petition'],
    },
    { phrase: '移民法庭', topics: ['immigration-legal'], terms: ['法院', 'court', 'immigration court', ...LEGAL] },
    { phrase: '出庭', topics: ['immigration-legal'], terms: ['法院', 'court', 'immigration court', ...LEGAL] },
    { phrase: '签证', topics: ['immigration-legal'], terms: ['签证', 'visa', ...LEGAL] },
    { phrase: '移民局', topics: ['immigration-legal'], terms: ['USCIS', '移民机构', 'immigration offices'] },
    // Deportation, ICE, raids, rights
    {
      phrase: '遣返',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['遣返', 'deportation', 'removal', ...LEGAL],
    },
    {
      phrase: '递解',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['递解', 'deportation', 'removal', ...LEGAL],
    },
    {
      phrase: '驱逐出境',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['deportation', 'removal', ...LEGAL],
    },
    {
      phrase: '抓人',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['移民执法人员', 'immigration agents', 'ICE'],
    },
    {
      phrase: '被抓',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['移民执法人员', 'immigration agents', 'ICE', 'detention'],
    },
    { phrase: '拘留', topics: ['immigration-legal', 'know-your-rights'], terms: ['detention', 'bond', ...LEGAL] },
    { phrase: '移民监', topics: ['immigration-legal', 'know-your-rights'], terms: ['detention', 'bond', ...LEGAL] },
    { phrase: '保释', topics: ['immigration-legal'], terms: ['bond', 'detention', ...LEGAL] },
    {
      phrase: '移民警察',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['移民执法人员', 'immigration agents', 'ICE'],
    },
    { phrase: '敲门', topics: ['know-your-rights'], terms: ['移民执法人员', 'immigration agents', 'door', '上门'] },
    { phrase: '突击搜查', topics: ['know-your-rights'], terms: ['移民执法人员', 'immigration agents', 'raid'] },
    { phrase: '权利', topics: ['know-your-rights'], terms: ['权利', 'rights', 'know your rights'] },
    { phrase: '了解权利', topics: ['know-your-rights'], terms: ['了解您的权利', 'know your rights', 'rights'] },
    { phrase: '搜查令', topics: ['know-your-rights'], terms: ['权利', 'rights', 'warrant', 'know your rights'] },
    { phrase: '沉默权', topics: ['know-your-rights'], terms: ['权利', 'rights', 'remain silent', 'know your rights'] },
    { phrase: '案底', topics: ['immigration-legal'], terms: ['criminal record', 'deportation', '律师', 'lawyer'] },
    // Lawyers and scams
    { phrase: '律师', topics: ['immigration-legal'], terms: LEGAL },
    { phrase: '免费律师', topics: ['immigration-legal'], terms: [...LEGAL, '免费', 'free'] },
    { phrase: '法律援助', topics: ['immigration-legal'], terms: [...LEGAL, '法律帮助', 'legal help', 'legal aid'] },
    { phrase: '法律咨询', topics: ['immigration-legal'], terms: [...LEGAL, '咨询', 'consultation'] },
    {
      phrase: '假律师',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['诈骗', 'scams', '公证人', 'notario', 'notarios'],
    },
    {
      phrase: '公证人',
      topics: ['immigration-legal', 'know-your-rights'],
      terms: ['诈骗', 'scams', '公证人', 'notario', 'notarios'],
    },
    {
      phrase: '诈骗',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['诈骗', 'scams', 'notarios', 'fraud'],
    },
    {
      phrase: '骗子',
      topics: ['know-your-rights', 'immigration-legal'],
      terms: ['诈骗', 'scams', 'notarios', 'fraud'],
    },
    // Citizenship
    { phrase: '入籍', topics: ['citizenship'], terms: ['入籍', '公民身份', 'citizenship', 'naturalization', 'N-400'] },
    { phrase: '公民', topics: ['citizenship'], terms: ['入籍', '公民身份', 'citizenship', 'citizens'] },
    {
      phrase: '入籍考试',
      topics: ['citizenship', 'english-classes'],
      terms: ['入籍', 'citizenship', 'civics test', 'N-400'],
    },
    { phrase: '入籍费', topics: ['citizenship'], terms: ['免除费用', '费用减免', 'fee waiver', 'citizenship'] },
    // ID
    { phrase: '身份证', topics: ['municipal-id'], terms: ['身份证', 'IDNYC', 'ID card', 'municipal ID'] },
    { phrase: '市民卡', topics: ['municipal-id'], terms: ['身份证', 'IDNYC', 'ID card', 'municipal ID'] },
    { phrase: '纽约市身份证', topics: ['municipal-id'], terms: ['IDNYC', 'ID card', 'municipal ID'] },
    { phrase: '证件', topics: ['municipal-id'], terms: ['身份证', 'IDNYC', 'ID card', 'municipal ID'] },
    // English and school
    { phrase: '学英语', topics: ['english-classes'], terms: ['英语课', '英语', 'English classes', 'English'] },
    { phrase: '英文班', topics: ['english-classes'], terms: ['英语课', '英语', 'English classes', 'English'] },
    {
      phrase: '英语课',
      topics: ['english-classes'],
      terms: ['英语课', '英语会话', 'English classes', 'English conversation'],
    },
    { phrase: 'ESL', topics: ['english-classes'], terms: ['英语课', 'English classes', 'ESL'] },
    { phrase: 'GED', topics: ['education', 'english-classes'], terms: ['GED', 'high school equivalency', '成人'] },
    { phrase: '高中同等学历', topics: ['education'], terms: ['GED', 'high school equivalency'] },
    { phrase: '上学', topics: ['education', 'family'], terms: ['学校', '上学', 'school', 'enroll'] },
    { phrase: '孩子入学', topics: ['education', 'family'], terms: ['学校', '上学', 'school', 'enroll', 'children'] },
    { phrase: '托儿所', topics: ['education', 'family'], terms: ['child care', 'daycare', 'pre-K'] },
    { phrase: '奖学金', topics: ['education'], terms: ['奖学金', 'scholarships'] },
    // Benefits and health
    { phrase: '食物券', topics: ['benefits'], terms: ['福利', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: '粮食券', topics: ['benefits'], terms: ['福利', 'benefits', 'SNAP', 'food stamps'] },
    { phrase: 'WIC', topics: ['benefits', 'health', 'family'], terms: ['WIC', 'benefits', '福利'] },
    { phrase: '白卡', topics: ['health', 'benefits'], terms: ['Medicaid', '医疗', 'health care', '福利'] },
    { phrase: '医疗补助', topics: ['health', 'benefits'], terms: ['Medicaid', '医疗', 'health care', '福利'] },
    { phrase: '医保', topics: ['health', 'benefits'], terms: ['Medicaid', 'health insurance', '医疗', 'health care'] },
    { phrase: '看病', topics: ['health'], terms: ['诊所', '医疗服务', 'clinics', 'health care', 'doctor'] },
    { phrase: '医生', topics: ['health'], terms: ['诊所', '医疗服务', 'clinics', 'health care', 'doctor'] },
    { phrase: '诊所', topics: ['health'], terms: ['诊所', 'clinics', 'health care'] },
    { phrase: '现金补助', topics: ['benefits'], terms: ['福利', 'benefits', 'cash assistance'] },
    { phrase: '失业金', topics: ['benefits', 'work'], terms: ['福利', 'benefits', 'unemployment'] },
    // Housing
    { phrase: '房租', topics: ['housing'], terms: ['住房', '租户', 'housing', 'tenants', 'rent'] },
    {
      phrase: '房东',
      topics: ['housing', 'know-your-rights'],
      terms: ['住房', '租户', 'housing', 'tenants', 'landlord'],
    },
    { phrase: '租房', topics: ['housing'], terms: ['住房', '租约', 'housing', 'tenants', 'lease'] },
    {
      phrase: '迫迁',
      topics: ['housing', 'know-your-rights'],
      terms: ['住房', '租户', 'housing', 'tenants', 'eviction'],
    },
    {
      phrase: '赶出去',
      topics: ['housing', 'know-your-rights'],
      terms: ['住房', '租户', 'housing', 'tenants', 'eviction'],
    },
    { phrase: '无家可归', topics: ['housing'], terms: ['住房', 'housing', 'shelter', 'homeless'] },
    { phrase: '收容所', topics: ['housing'], terms: ['住房', 'housing', 'shelter'] },
    // Work
    { phrase: '找工作', topics: ['work'], terms: ['工作', '工作机会', 'jobs', 'work'] },
    {
      phrase: '欠薪',
      topics: ['work', 'know-your-rights'],
      terms: ['工人', '权利', 'workers', 'wage theft', 'unpaid wages'],
    },
    {
      phrase: '讨薪',
      topics: ['work', 'know-your-rights'],
      terms: ['工人', '权利', 'workers', 'wage theft', 'unpaid wages'],
    },
    { phrase: '工资', topics: ['work', 'know-your-rights'], terms: ['工人', 'workers', 'wages', 'minimum wage'] },
    { phrase: '工伤', topics: ['work', 'health'], terms: ['工人', 'workers', 'injury', 'rights'] },
    { phrase: '老板', topics: ['work', 'know-your-rights'], terms: ['工人', '工作', 'workers', 'employer', 'rights'] },
    { phrase: '工人权益', topics: ['work', 'know-your-rights'], terms: ['工人', '权利', 'workers', 'rights'] },
    // Family
    {
      phrase: '家暴',
      topics: ['family', 'know-your-rights'],
      terms: ['家庭', 'family', 'domestic violence', 'U visa', 'VAWA'],
    },
    {
      phrase: '家庭暴力',
      topics: ['family', 'know-your-rights'],
      terms: ['家庭', 'family', 'domestic violence', 'U visa', 'VAWA'],
    },
    { phrase: '团聚', topics: ['family', 'immigration-legal'], terms: ['亲属移民', 'family petitions', 'family'] },
    { phrase: '监护人', topics: ['family'], terms: ['监护人', 'guardian', 'family'] },
    // Language help
    { phrase: '翻译', topics: [], terms: ['口译', '口译员', 'interpreter', 'interpreters'] },
    { phrase: '中文', topics: [], terms: ['普通话', '粤语', 'Mandarin', 'Cantonese', '口译', 'interpreter'] },
    { phrase: '福州话', topics: [], terms: ['口译', 'interpreter', 'Fuzhounese'] },
  ],
};
