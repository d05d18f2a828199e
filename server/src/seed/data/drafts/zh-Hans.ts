import type { Drafts } from './index.js';

/** Chinese (Simplified): the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': '英语会话课（10周）',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    '在友好的小组中练习说英语。欢迎初学者。志愿者可用西班牙语、海地克里奥尔语和孟加拉语提供帮助。报名一次即可参加全部10节课；书籍免费。',
  'English conversation class, morning group (10 weeks)': '英语会话课，上午班（10周）',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    '下一期10周课程，在上午。练习日常英语：看医生、去银行、孩子的学校。报名一次即可参加全部10节课。',
  'Free immigration legal clinic': '免费移民法律咨询',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    '与律师或DOJ认证代表进行30分钟免费、保密的咨询。请携带您收到的信件或表格。请报名一个时段；如有时间，也接待未预约者。',
  'Citizenship Day: free help applying for U.S. citizenship': '入籍日：免费帮助申请美国公民身份',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    '志愿律师帮助您填写N-400表格，并确认您是否符合费用减免条件。请携带绿卡、过去五年的地址和工作经历，以及出行日期。报名以获得时段。',
  'Know your rights: tenants and workers': '了解您的权利：租户和工人',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    '社区论坛，讨论您在家中和工作中的权利，无论您的身份如何。欢迎提问。无需报名。',
  'Avoiding immigration scams': '防范移民诈骗',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    '如何识别假律师和“notarios”，以及到哪里找到可信赖的免费帮助。',
  'IDNYC pop-up enrollment': 'IDNYC 临时办理点',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    '无需预约即可申请 IDNYC，纽约市的免费身份证。请携带身份证明和纽约市居住证明。',
  'Online: DACA renewal questions answered': '线上：解答 DACA 续期问题',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    '与律师进行一小时的线上讲座。请在主办方网页上报名以获取链接。',
  'Legal screening in Bangla, Urdu and Nepali': '以孟加拉语、乌尔都语和尼泊尔语进行法律评估',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    '免费初步了解您的移民选择，提供口译。每月第一个星期六。',
  'English for New Bostonians: conversation circle (10 weeks)': 'English for New Bostonians：英语会话小组（10周）',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    '为学习英语的成人开设的免费10周会话小组。报名一次即可参加整个系列。',
  'Immigration legal clinic at the Chinatown branch': '唐人街分馆移民法律咨询',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    '每月第一和第三个星期四提供免费咨询。请报名一个时段。',
  '(Sample event: times and places are examples.)': '（示例活动：时间和地点仅为示例。）',
};
