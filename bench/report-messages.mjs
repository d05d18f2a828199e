/** The messages' part of the report: reminders falling due all at once, sent by two server processes. */
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
