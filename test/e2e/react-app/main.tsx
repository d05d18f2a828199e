/**
 * A partner's React app using the widgets through `welcome-widgets/react`,
 * exactly as a consumer imports them. Built by test/e2e/react.test.mjs and
 * served by the partner site under its strict CSP with Trusted Types.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClinicCalendar, Config, LanguagePicker, ServiceFinder, type ServiceSelectDetail } from 'welcome-widgets/react';

/** The office's API, from the page (the partner site writes its origin there). */
const endpoint = document.querySelector<HTMLMetaElement>('meta[name="ww-endpoint"]')?.content;

function App() {
  const [locale, setLocale] = useState('en');
  const [view, setView] = useState<'list' | 'month'>('list');
  const [service, setService] = useState<ServiceSelectDetail | null>(null);
  return (
    <Config endpoint={endpoint}>
      <header>
        <LanguagePicker languages="en es ar" onWwLocaleChange={(event) => setLocale(event.detail.locale)} />
        <p>
          Language chosen in the picker: <output id="chosen-locale">{locale}</output>
        </p>
      </header>
      <main>
        <h1>Help for new New Yorkers</h1>
        <section aria-labelledby="services-heading">
          <h2 id="services-heading">Services</h2>
          <p>
            Last service opened: <output id="chosen-service">{service?.name ?? 'none'}</output>
          </p>
          <ServiceFinder
            presetTopics="citizenship"
            pageSize={2}
            layout="compact"
            hotline="212-788-7654"
            onWwServiceSelect={(event) => setService(event.detail)}
          />
        </section>
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <button
            type="button"
            id="toggle-view"
            onClick={() => setView((current) => (current === 'list' ? 'month' : 'list'))}
          >
            {view === 'list' ? 'Show the month' : 'Show the list'}
          </button>
          <ClinicCalendar view={view} weeksAhead={4} headingLevel={3} />
        </section>
      </main>
    </Config>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
