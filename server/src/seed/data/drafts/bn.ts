import type { Drafts } from './index.js';

/** Bangla: the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': 'ইংরেজি কথোপকথন ক্লাস (১০ সপ্তাহ)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'একটি ছোট, বন্ধুত্বপূর্ণ দলে ইংরেজিতে কথা বলার অনুশীলন করুন। নতুনদের স্বাগত। স্বেচ্ছাসেবকরা স্প্যানিশ, হাইতিয়ান ক্রেয়ল ও বাংলায় সাহায্য করেন। ১০টি ক্লাসের জন্য একবারই নিবন্ধন করুন; বই বিনামূল্যে।',
  'English conversation class, morning group (10 weeks)': 'ইংরেজি কথোপকথন ক্লাস, সকালের দল (১০ সপ্তাহ)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'পরের ১০ সপ্তাহের দল, সকালে। প্রতিদিনের ইংরেজি অনুশীলন করুন: ডাক্তার, ব্যাংক, আপনার সন্তানের স্কুল। ১০টি ক্লাসের জন্য একবারই নিবন্ধন করুন।',
  'Free immigration legal clinic': 'বিনামূল্যে অভিবাসন আইনি ক্লিনিক',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'একজন আইনজীবী বা DOJ-স্বীকৃত প্রতিনিধির সঙ্গে ৩০ মিনিটের বিনামূল্যে ও গোপনীয় পরামর্শ নিন। যেসব চিঠি বা ফর্ম পেয়েছেন তা সঙ্গে আনুন। একটি সেশনের জন্য নিবন্ধন করুন।',
  'Citizenship Day: free help applying for U.S. citizenship': 'নাগরিকত্ব দিবস: মার্কিন নাগরিকত্বের আবেদনে বিনামূল্যে সাহায্য',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'স্বেচ্ছাসেবী আইনজীবীরা N-400 ফর্ম পূরণে সাহায্য করেন এবং ফি মওকুফের যোগ্যতা যাচাই করেন। আপনার গ্রিন কার্ড, গত পাঁচ বছরের ঠিকানা ও চাকরি এবং ভ্রমণের তারিখ সঙ্গে আনুন। সময় পেতে নিবন্ধন করুন।',
  'Know your rights: tenants and workers': 'আপনার অধিকার জানুন: ভাড়াটে ও কর্মী',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'বাড়িতে ও কর্মস্থলে আপনার অধিকার নিয়ে একটি কমিউনিটি সভা, আপনার স্ট্যাটাস যা-ই হোক। প্রশ্ন করতে স্বাগত। নিবন্ধন লাগবে না।',
  'Avoiding immigration scams': 'অভিবাসন প্রতারণা এড়ানো',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'ভুয়া আইনজীবী ও “notarios” কীভাবে চিনবেন, আর বিশ্বস্ত বিনামূল্যে সাহায্য কোথায় পাবেন।',
  'IDNYC pop-up enrollment': 'IDNYC পপ-আপ নিবন্ধন',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'অ্যাপয়েন্টমেন্ট ছাড়াই IDNYC-এর জন্য আবেদন করুন, নিউ ইয়র্ক সিটির বিনামূল্যের পরিচয়পত্র। পরিচয়ের প্রমাণ এবং নিউ ইয়র্ক সিটিতে বসবাসের প্রমাণ সঙ্গে আনুন।',
  'Online: DACA renewal questions answered': 'অনলাইন: DACA নবায়নের প্রশ্নের উত্তর',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'একজন আইনজীবীর সঙ্গে এক ঘণ্টার অনলাইন সেশন। লিংক পেতে আয়োজকের পেজে নিবন্ধন করুন।',
  'Legal screening in Bangla, Urdu and Nepali': 'বাংলা, উর্দু ও নেপালি ভাষায় আইনি যাচাই',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'দোভাষীর সাহায্যে আপনার অভিবাসনের পথগুলোর প্রথম বিনামূল্যে যাচাই। প্রতি মাসের প্রথম শনিবার।',
  'English for New Bostonians: conversation circle (10 weeks)': 'নতুন বোস্টনবাসীদের জন্য ইংরেজি: কথোপকথন চক্র (১০ সপ্তাহ)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'ইংরেজি শিখছেন এমন প্রাপ্তবয়স্কদের জন্য ১০ সপ্তাহের বিনামূল্যের কথোপকথন চক্র। পুরো সিরিজের জন্য একবারই নিবন্ধন করুন।',
  'Immigration legal clinic at the Chinatown branch': 'চায়নাটাউন শাখায় অভিবাসন আইনি ক্লিনিক',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'প্রতি মাসের প্রথম ও তৃতীয় বৃহস্পতিবার বিনামূল্যে পরামর্শ। একটি সেশনের জন্য নিবন্ধন করুন।',
  '(Sample event: times and places are examples.)': '(নমুনা অনুষ্ঠান: সময় ও স্থান উদাহরণ মাত্র।)',
};
