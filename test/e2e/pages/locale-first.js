// A site with its own language switcher: it tells the widgets the visitor's language as soon as
// the bundle runs, before it has put any widget on the page.
await import('/copy-a/welcome-widgets.js');
window.WelcomeWidgets.setLocale('es');
setTimeout(() => document.querySelector('main').append(document.createElement('ww-service-finder')), 300);
