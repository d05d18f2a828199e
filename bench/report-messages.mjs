/** The messages' and appointments' part of the report: reminders falling due all at once; the race for slots. */
export function messageSections(r) {
  const m = r.reminders;
  if (!m || m.error) return [];
  if (m.skipped) return ['', '## Reminders at once', '', `Not run: ${m.skipped}.`];
  return [
    '',
    `## Reminders: ${m.people.toLocaleString('en-US')} due at once, two processes`,
    '',
    `${m.people.toLocaleString('en-US')} people signed up for ${m.sessions} sessions starting at the same time; two server ` +
      `processes (\`src/index.ts\`) on one ${m.database}, their clocks moved to the day before at once, each with its job ` +
      `runner (the reminder sweep, 500 registrations per transaction) and mail sender, delivering to a real SMTP receiver ` +
      `on loopback. Seconds from the moment they fell due until the last arrived; then 5 s more for any late double. ` +
      `Target: zero duplicated, zero lost.`,
    '',
    '| | |',
    '| --- | ---: |',
    `| messages per second | ${m.messagesPerSecond} |`,
    `| seconds until the last arrived | ${m.seconds} |`,
    `| delivered | ${m.delivered.toLocaleString('en-US')} |`,
    `| duplicated | ${m.duplicates} |`,
    `| lost | ${m.lost} |`,
  ];
}

/** The race for one day's appointments, on each database. */
export function appointmentSections(r) {
  const races = [r.appointmentRace, r.appointmentRacePostgres].filter((race) => race && !race.error && !race.skipped);
  if (!races.length) return [];
  const first = races[0];
  return [
    '',
    `## Appointments: ${first.visitors} visitors at once for ${first.places} places`,
    '',
    `A place with three staff members (09:00–17:00, 30-minute slots) and ${first.visitors} visitors asking at once, ` +
      'over HTTP on loopback, for the times of one day (`src/cli/bench-appointments.ts`; the visitors share the ' +
      "server's process). Target: exactly as many bookings as places, no staff member's time shared.",
    '',
    '| database | booked | refused | other | time shared | answers per second | p50 | p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...races.map(
      (race) =>
        `| ${race.database} | ${race.booked} of ${race.places} | ${race.refused} | ${race.other} | ` +
        `${race.staffTimeShared} | ${race.bookingsPerSecond} | ${race.p50Ms} ms | ${race.p99Ms} ms |`,
    ),
  ];
}
