import type { Drafts } from './index.js';

/** Portuguese: the sample services’ short texts and the sample events. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'Call MOIA for information and referrals: immigration legal help, City services, benefits and more. MOIA can also ask USCIS about a delayed immigration case for you. Interpreters are free, in more than 200 languages.':
    'Ligue para o MOIA para obter informações e encaminhamentos: ajuda jurídica de imigração, serviços da Cidade, benefícios e mais. O MOIA também pode perguntar ao USCIS sobre um processo de imigração atrasado por você. Os intérpretes são gratuitos, em mais de 200 idiomas.',
  'IDNYC is a free ID card for all New Yorkers age 10 and older. Use it at City offices, libraries, clinics and many museums. Your immigration status is not asked.':
    'O IDNYC é uma carteira de identidade gratuita para todos os nova-iorquinos a partir de 10 anos. Use-a em órgãos da Cidade, bibliotecas, clínicas e muitos museus. Ninguém pergunta sobre sua situação imigratória.',
  'A free, confidential meeting to learn your immigration options. If you need more help, the same team can help with your case. ActionNYC is a City program; this partner is sample data.':
    'Uma conversa gratuita e confidencial para conhecer suas opções de imigração. Se precisar de mais ajuda, a mesma equipe pode ajudar com seu caso. ActionNYC é um programa da Cidade; este parceiro é um dado de exemplo.',
  'Free legal help to apply for U.S. citizenship, at the public library. A lawyer reviews your case, helps you fill out the form, and checks if you can get a fee waiver.':
    'Ajuda jurídica gratuita para pedir a cidadania americana, na biblioteca pública. Um advogado analisa seu caso, ajuda a preencher o formulário e verifica se você pode obter isenção da taxa.',
  'Practice speaking English in a small, friendly group. Each class lasts 10 weeks and uses the We Are New York TV show, with stories about City services. Trained volunteers lead the classes.':
    'Pratique a conversação em inglês em um grupo pequeno e acolhedor. Cada curso dura 10 semanas e usa a série de TV We Are New York, com histórias sobre os serviços da Cidade. Voluntários treinados conduzem as aulas.',
  'Free community meetings about your rights in New York City. City agencies and local groups explain services and your rights at work, at home and if immigration agents come to your door.':
    'Reuniões comunitárias gratuitas sobre seus direitos na cidade de Nova York. Órgãos da Cidade e grupos locais explicam os serviços e seus direitos no trabalho, em casa e se agentes de imigração baterem à sua porta.',
  'Volunteer with MOIA. Ambassadors help at community events, interpret, and lead English conversation groups for IDNYC, We Are New York and ActionNYC.':
    'Seja voluntário do MOIA. Os embaixadores ajudam em eventos comunitários, fazem interpretação e conduzem grupos de conversação em inglês para o IDNYC, o We Are New York e o ActionNYC.',
  'Free DACA screening and help with renewal forms. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Triagem gratuita de DACA e ajuda com os formulários de renovação. Um advogado ou representante credenciado pelo DOJ analisa seu caso. Este prestador, seu endereço e telefone são dados de exemplo.',
  'An online list of community groups that help immigrants with health, housing, jobs, school, family and legal questions. Search by topic and borough.':
    'Uma lista online de grupos comunitários que ajudam imigrantes com saúde, moradia, trabalho, escola, família e questões jurídicas. Pesquise por tema e distrito.',
  'A welcome space at the library with free guides on citizenship, English classes and City services. It is a partnership of the City, USCIS and the public library. Library staff can point you to more help.':
    'Um espaço de boas-vindas na biblioteca com guias gratuitos sobre cidadania, aulas de inglês e serviços da Cidade. É uma parceria da Cidade, do USCIS e da biblioteca pública. A equipe da biblioteca pode indicar mais ajuda.',
  'Call or visit the office at City Hall. Staff help you find City services, legal help, English classes, health care and jobs. Interpreters are free.':
    'Ligue ou visite o escritório na Prefeitura. A equipe ajuda você a encontrar serviços da Cidade, ajuda jurídica, aulas de inglês, atendimento de saúde e empregos. Os intérpretes são gratuitos.',
  'Free English classes for adults, from beginner to advanced. English for New Bostonians is a partnership the City supports. Most classes meet twice a week.':
    'Aulas de inglês gratuitas para adultos, do básico ao avançado. English for New Bostonians é uma parceria apoiada pela Cidade. A maioria das turmas se reúne duas vezes por semana.',
  'Talk privately with a volunteer immigration lawyer for 15 minutes, free. Clinics are on the first and third Wednesday of each month, 12 to 3 PM.':
    'Converse em particular com um advogado de imigração voluntário por 15 minutos, de graça. O atendimento é na primeira e na terceira quarta-feira de cada mês, das 12h às 15h.',
  'Once a year, volunteer lawyers help hundreds of people apply for U.S. citizenship in one day. Get free help with the form and with asking for a fee waiver.':
    'Uma vez por ano, advogados voluntários ajudam centenas de pessoas a pedir a cidadania americana em um só dia. Receba ajuda gratuita com o formulário e com o pedido de isenção da taxa.',
  'Free materials on citizenship, avoiding scams, City services, scholarships and managing money, at every Boston Public Library. A partnership of the City, USCIS, the library and community groups.':
    'Materiais gratuitos sobre cidadania, como evitar golpes, serviços da Cidade, bolsas de estudo e finanças, em todas as unidades da Boston Public Library. Uma parceria da Cidade, do USCIS, da biblioteca e de grupos comunitários.',
  'An online list of community groups outside City Hall that help immigrants: English classes, legal help, health care, jobs, housing and benefits.':
    'Uma lista online de grupos comunitários fora da Prefeitura que ajudam imigrantes: aulas de inglês, ajuda jurídica, saúde, empregos, moradia e benefícios.',
  'Free DACA screening, help with renewal forms, and tips to avoid scams. A lawyer or DOJ-accredited representative reviews your case. This provider, its address and phone are sample data.':
    'Triagem gratuita de DACA, ajuda com os formulários de renovação e dicas para evitar golpes. Um advogado ou representante credenciado pelo DOJ analisa seu caso. Este prestador, seu endereço e telefone são dados de exemplo.',
  'Free advice and help with immigration forms, such as green card renewals, work permits and family petitions. Walk in on Tuesday or Thursday afternoon. This provider, its address and phone are sample data.':
    'Orientação e ajuda gratuitas com formulários de imigração, como renovação do green card, autorização de trabalho e petições familiares. Venha sem hora marcada na terça ou quinta à tarde. Este prestador, seu endereço e telefone são dados de exemplo.',
  'Learn how to spot immigration scams, like “notarios” who are not lawyers. Learn your rights and where to find honest, free legal help.':
    'Aprenda a reconhecer golpes de imigração, como os “notarios” que não são advogados. Conheça seus direitos e saiba onde encontrar ajuda jurídica honesta e gratuita.',
  'MOIA hotline, Monday to Friday, 9 AM to 5 PM.': 'Linha direta do MOIA, de segunda a sexta, das 9h às 17h.',
  'NYC 311, the City help line. Say the name of the service.':
    'NYC 311, a linha de ajuda da Cidade. Diga o nome do serviço.',
  'ActionNYC hotline, Monday to Friday, 9 AM to 6 PM. Choose your language.':
    'Linha direta do ActionNYC, de segunda a sexta, das 9h às 18h. Escolha seu idioma.',
  'Sample phone number for this demo. It does not work.': 'Número de exemplo para esta demonstração. Não funciona.',
  'Library information line.': 'Linha de informações da biblioteca.',
  'MOIA front desk, Monday to Friday, 9 AM to 5 PM.': 'Recepção do MOIA, de segunda a sexta, das 9h às 17h.',
  'BOS:311, the City help line. Ask for Immigrant Advancement.':
    'BOS:311, a linha de ajuda da Cidade. Peça Immigrant Advancement.',
  'By appointment.': 'Com hora marcada.',
  'Second Saturday of each month.': 'Segundo sábado de cada mês.',
  'Third Wednesday of each month.': 'Terceira quarta-feira de cada mês.',
  'First Saturday of each month.': 'Primeiro sábado de cada mês.',
  'Second Thursday of each month.': 'Segunda quinta-feira de cada mês.',
  'Fourth Saturday of each month.': 'Quarto sábado de cada mês.',
  'First and third Wednesday of each month, by appointment.':
    'Primeira e terceira quarta-feira de cada mês, com hora marcada.',
  'Once a year, on a Saturday. Check boston.gov for this year’s date.':
    'Uma vez por ano, num sábado. Veja a data deste ano em boston.gov.',
  'Fourth Wednesday of each month.': 'Quarta quarta-feira de cada mês.',
  'New American Corner: free guides on citizenship, English classes and City services.':
    'New American Corner: guias gratuitos sobre cidadania, aulas de inglês e serviços da Cidade.',
  'Immigrant Information Corner: free materials on citizenship, scams, City services, scholarships and money help.':
    'Immigrant Information Corner: materiais gratuitos sobre cidadania, golpes, serviços da Cidade, bolsas de estudo e ajuda financeira.',
  'Free.': 'Gratuito.',
  'Our help is free. We help you check if you can get a fee waiver for the USCIS fee.':
    'Nossa ajuda é gratuita. Ajudamos você a verificar se pode obter isenção da taxa do USCIS.',
  'Our help is free. USCIS charges a filing fee; we can tell you the current amount.':
    'Nossa ajuda é gratuita. O USCIS cobra uma taxa de pedido; podemos informar o valor atual.',
  'Our help is free. Some forms have a USCIS fee; we will tell you before you file.':
    'Nossa ajuda é gratuita. Alguns formulários têm taxa do USCIS; avisaremos antes de você enviar.',
  'English conversation class (10 weeks)': 'Aula de conversação em inglês (10 semanas)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Pratique a conversação em inglês em um grupo pequeno e acolhedor. Iniciantes são bem-vindos. Voluntários ajudam em espanhol, crioulo haitiano e bengali. Inscreva-se uma vez para as 10 aulas; os livros são gratuitos.',
  'English conversation class, morning group (10 weeks)': 'Aula de conversação em inglês, turma da manhã (10 semanas)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'A próxima turma de 10 semanas, de manhã. Pratique o inglês do dia a dia: o médico, o banco, a escola do seu filho. Inscreva-se uma vez para as 10 aulas.',
  'Free immigration legal clinic': 'Clínica jurídica de imigração gratuita',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Converse com um advogado ou representante credenciado pelo DOJ em uma consulta gratuita e confidencial de 30 minutos. Traga as cartas ou formulários que recebeu. Inscreva-se para um horário; quem vier sem inscrição é atendido se houver tempo.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Dia da Cidadania: ajuda gratuita para pedir a cidadania americana',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Advogados voluntários ajudam você a preencher o formulário N-400 e verificam se você tem direito à isenção da taxa. Traga seu green card, endereços e empregos dos últimos cinco anos e as datas de viagens. Inscreva-se para receber um horário.',
  'Know your rights: tenants and workers': 'Conheça seus direitos: inquilinos e trabalhadores',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Um fórum comunitário sobre seus direitos em casa e no trabalho, qualquer que seja sua situação. Perguntas são bem-vindas. Não é preciso se inscrever.',
  'Avoiding immigration scams': 'Como evitar golpes de imigração',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Como reconhecer falsos advogados e “notarios”, e onde encontrar ajuda gratuita de confiança.',
  'IDNYC pop-up enrollment': 'Inscrição itinerante do IDNYC',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Peça o IDNYC, a carteira de identidade gratuita da cidade de Nova York, sem hora marcada. Traga um comprovante de identidade e de residência na cidade de Nova York.',
  'Online: DACA renewal questions answered': 'Online: respostas sobre a renovação do DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Uma sessão online de uma hora com um advogado. Inscreva-se na página do organizador para receber o link.',
  'Legal screening in Bangla, Urdu and Nepali': 'Triagem jurídica em bengali, urdu e nepalês',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Uma primeira análise gratuita das suas opções de imigração, com intérpretes. Primeiro sábado de cada mês.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'English for New Bostonians: roda de conversa (10 semanas)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Uma roda de conversa gratuita de 10 semanas para adultos que aprendem inglês. Inscreva-se uma vez para toda a série.',
  'Immigration legal clinic at the Chinatown branch': 'Clínica jurídica de imigração na unidade de Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Consultas gratuitas na primeira e na terceira quinta-feira de cada mês. Inscreva-se para um horário.',
  '(Sample event: times and places are examples.)': '(Evento de exemplo: horários e locais são exemplos.)',
  // The names of the sample organizations, places and services: generic words translated, program and place names kept.
  'Mayor’s Office of Immigrant Affairs (MOIA)': 'Gabinete do Prefeito para Assuntos de Imigrantes (MOIA)',
  'The New York Public Library': 'Biblioteca Pública de Nova York',
  'Brooklyn Public Library': 'Biblioteca Pública do Brooklyn',
  'Queens Public Library': 'Biblioteca Pública do Queens',
  'Sample Immigrant Legal Center (sample)': 'Centro Jurídico para Imigrantes (exemplo)',
  'Sample Neighborhood Law Project (sample)': 'Projeto Jurídico do Bairro (exemplo)',
  'Stephen A. Schwarzman Building': 'Edifício Stephen A. Schwarzman',
  'Bronx Library Center': 'Bronx Library Center',
  'Harlem Library': 'Biblioteca do Harlem',
  'Brooklyn Central Library': 'Biblioteca Central do Brooklyn',
  'Flatbush Library': 'Biblioteca de Flatbush',
  'Flushing Library': 'Biblioteca de Flushing',
  'Jackson Heights Library': 'Biblioteca de Jackson Heights',
  'IDNYC Center – Brooklyn Municipal Building': 'Centro IDNYC – Edifício Municipal do Brooklyn',
  'IDNYC Center – Bronx County Building': 'Centro IDNYC – Edifício do Condado do Bronx',
  'Sample Immigrant Legal Center – Jackson Heights (sample)':
    'Centro Jurídico para Imigrantes – Jackson Heights (exemplo)',
  'Sample Neighborhood Law Project – Harlem (sample)': 'Projeto Jurídico do Bairro – Harlem (exemplo)',
  'MOIA hotline': 'Linha direta do MOIA',
  'IDNYC enrollment – Flushing Library': 'Inscrição no IDNYC – Biblioteca de Flushing',
  'IDNYC enrollment – Brooklyn': 'Inscrição no IDNYC – Brooklyn',
  'IDNYC enrollment – Bronx': 'Inscrição no IDNYC – Bronx',
  'ActionNYC legal screening – Jackson Heights': 'Triagem jurídica ActionNYC – Jackson Heights',
  'ActionNYC legal screening – Harlem': 'Triagem jurídica ActionNYC – Harlem',
  'ActionNYC Saturday clinic – Bronx Library Center': 'Clínica de sábado do ActionNYC – Bronx Library Center',
  'NYCitizenship – Manhattan and Bronx libraries': 'NYCitizenship – bibliotecas de Manhattan e do Bronx',
  'NYCitizenship – Brooklyn and Queens libraries': 'NYCitizenship – bibliotecas do Brooklyn e do Queens',
  'We Are New York English classes – Manhattan': 'Aulas de inglês We Are New York – Manhattan',
  'We Are New York English classes – Brooklyn and Queens': 'Aulas de inglês We Are New York – Brooklyn e Queens',
  'Know Your Rights forums': 'Fóruns “Conheça seus direitos”',
  'MOIA Community Ambassadors (volunteer)': 'Embaixadores Comunitários do MOIA (voluntariado)',
  'DACA screening and renewals': 'Triagem e renovação de DACA',
  'Community resource directory': 'Diretório de recursos comunitários',
  'New American Corners – New York Public Library': 'New American Corners – Biblioteca Pública de Nova York',
  'New American Corners – Brooklyn Public Library': 'New American Corners – Biblioteca Pública do Brooklyn',
  'New American Corners – Queens Public Library': 'New American Corners – Biblioteca Pública do Queens',
  'Mayor’s Office for Immigrant Advancement (MOIA Boston)':
    'Gabinete do Prefeito para o Progresso dos Imigrantes (MOIA Boston)',
  'Boston Public Library': 'Biblioteca Pública de Boston',
  'Sample New Neighbors Legal Aid (sample)': 'Assistência Jurídica Novos Vizinhos (exemplo)',
  'Boston City Hall, Room 806': 'Prefeitura de Boston, sala 806',
  'Central Library in Copley Square': 'Biblioteca Central na Copley Square',
  'East Boston Branch': 'Unidade de East Boston',
  'Chinatown Branch': 'Unidade de Chinatown',
  'Mattapan Branch': 'Unidade de Mattapan',
  'Uphams Corner Branch': 'Unidade de Uphams Corner',
  'Sample New Neighbors Legal Aid – Roxbury (sample)': 'Assistência Jurídica Novos Vizinhos – Roxbury (exemplo)',
  'MOIA front desk and phone line': 'Recepção e linha telefônica do MOIA',
  'English for New Bostonians classes – Central Library': 'Aulas do English for New Bostonians – Biblioteca Central',
  'English for New Bostonians classes – neighborhood branches':
    'Aulas do English for New Bostonians – unidades dos bairros',
  'Free immigration consultations at City Hall': 'Consultas gratuitas de imigração na Prefeitura',
  'Citizenship Day': 'Dia da Cidadania',
  'Immigrant Information Corners': 'Espaços de informação para imigrantes',
  'Immigrant resource directory': 'Diretório de recursos para imigrantes',
  'DACA screening clinic': 'Clínica de triagem de DACA',
  'Immigration legal help (walk-in)': 'Ajuda jurídica de imigração (sem hora marcada)',
  'Avoid immigration scams (workshop)': 'Evite golpes de imigração (oficina)',
};
