// A placeholder for the service finder (next issue): the seeded services, in the
// page's language, fetched from the same origin. Plain DOM, no innerHTML, so it
// runs under the page's Trusted Types policy.
const list = document.querySelector('#services-preview');
const status = document.querySelector('#services-status');

async function show(locale) {
  status.textContent = '…';
  try {
    const response = await fetch(`/v1/services?page_size=8&lang=${encodeURIComponent(locale)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(String(response.status));
    const { items, total } = await response.json();
    list.replaceChildren(
      ...items.map((service) => {
        const item = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = service.name;
        name.lang = service.content.locale;
        const organization = document.createElement('span');
        organization.textContent = ` — ${service.organization.name}`;
        item.append(name, organization);
        return item;
      }),
    );
    status.textContent = `${items.length} / ${total}`;
  } catch {
    status.textContent = 'The sample services could not be loaded. Is the server running (npm start)?';
  }
}

document.addEventListener('ww-locale-change', (event) => show(event.detail.locale));
show(window.WelcomeWidgets?.getLocale?.() ?? document.documentElement.lang ?? 'en');
