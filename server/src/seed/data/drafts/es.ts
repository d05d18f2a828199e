import type { Drafts } from './index.js';

/** Spanish: the sample events’ titles and descriptions it lacked. Machine-translated drafts, by English source. */
export const drafts: Drafts = {
  'English conversation class (10 weeks)': 'Clase de conversación en inglés (10 semanas)',
  'Practice speaking English in a small, friendly group. Beginners are welcome. Volunteers help in Spanish, Haitian Creole and Bangla. Sign up once for all 10 sessions; books are free.':
    'Practique el inglés hablado en un grupo pequeño y amable. Los principiantes son bienvenidos. Voluntarios ayudan en español, criollo haitiano y bangla. Inscríbase una vez para las 10 sesiones; los libros son gratis.',
  'English conversation class, morning group (10 weeks)':
    'Clase de conversación en inglés, grupo de la mañana (10 semanas)',
  'The next 10-week group, in the morning. Practice everyday English: the doctor, the bank, your child’s school. Sign up once for all 10 sessions.':
    'El próximo grupo de 10 semanas, por la mañana. Practique el inglés de todos los días: el médico, el banco, la escuela de su hijo. Inscríbase una vez para las 10 sesiones.',
  'Free immigration legal clinic': 'Clínica legal de inmigración gratuita',
  'Meet a lawyer or DOJ-accredited representative for a free, confidential 30-minute consultation. Bring any letters or forms you have received. Sign up for one session; walk-ins are seen if there is time.':
    'Reúnase con un abogado o un representante acreditado por el DOJ para una consulta gratuita y confidencial de 30 minutos. Traiga las cartas o formularios que haya recibido. Inscríbase en una sesión; se atiende sin cita si hay tiempo.',
  'Citizenship Day: free help applying for U.S. citizenship':
    'Día de la Ciudadanía: ayuda gratuita para solicitar la ciudadanía',
  'Volunteer lawyers help you fill out the N-400 form and check if you qualify for a fee waiver. Bring your green card, addresses and jobs of the last five years, and travel dates. Sign up to get a time.':
    'Abogados voluntarios le ayudan a llenar el formulario N-400 y a ver si califica para una exención de la tarifa. Traiga su green card, sus direcciones y trabajos de los últimos cinco años y las fechas de sus viajes. Inscríbase para recibir una hora.',
  'Know your rights: tenants and workers': 'Conozca sus derechos: inquilinos y trabajadores',
  'A community forum on your rights at home and at work, whatever your status. Questions welcome. No sign-up needed.':
    'Un foro comunitario sobre sus derechos en casa y en el trabajo, sea cual sea su estatus. Las preguntas son bienvenidas. No hace falta inscribirse.',
  'Avoiding immigration scams': 'Cómo evitar el fraude migratorio',
  'How to spot fake lawyers and “notarios”, and where to find trusted free help.':
    'Cómo reconocer a abogados falsos y “notarios”, y dónde encontrar ayuda gratuita de confianza.',
  'IDNYC pop-up enrollment': 'Inscripción en IDNYC sin cita',
  'Apply for IDNYC, the free New York City ID card, without an appointment. Bring proof of identity and of living in New York City.':
    'Solicite IDNYC, la tarjeta de identificación gratuita de la Ciudad de Nueva York, sin cita. Traiga prueba de identidad y de que vive en la Ciudad de Nueva York.',
  'Online: DACA renewal questions answered': 'En línea: respuestas sobre la renovación de DACA',
  'A one-hour online session with a lawyer. Sign up on the organizer’s page to get the link.':
    'Una sesión en línea de una hora con un abogado. Inscríbase en la página del organizador para recibir el enlace.',
  'Legal screening in Bangla, Urdu and Nepali': 'Evaluación legal en bangla, urdu y nepalí',
  'A free first check of your immigration options, with interpreters. First Saturday of each month.':
    'Una primera revisión gratuita de sus opciones migratorias, con intérpretes. Primer sábado de cada mes.',
  'English for New Bostonians: conversation circle (10 weeks)':
    'Inglés para Nuevos Bostonianos: círculo de conversación (10 semanas)',
  'A free 10-week conversation circle for adults learning English. Sign up once for the whole series.':
    'Un círculo de conversación gratuito de 10 semanas para adultos que aprenden inglés. Inscríbase una vez para toda la serie.',
  'Immigration legal clinic at the Chinatown branch': 'Clínica legal de inmigración en la sucursal de Chinatown',
  'Free consultations on the first and third Thursday of each month. Sign up for one session.':
    'Consultas gratuitas el primer y el tercer jueves de cada mes. Inscríbase en una sesión.',
  '(Sample event: times and places are examples.)': '(Evento de muestra: horarios y lugares son ejemplos.)',
};
