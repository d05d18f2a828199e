// The page's own script adds the calendar late, after its layout settles, with DOM
// methods only: the page requires Trusted Types, so no markup strings.
setTimeout(() => {
  const calendar = document.createElement('ww-clinic-calendar');
  calendar.setAttribute('view', 'list');
  calendar.setAttribute('limit', '4');
  document.getElementById('events').append(calendar);
}, 600);
