/** The desk's part of the report: the queue at 50,000 inquiries, and a call logged by keyboard. */
const VIEW_NAMES = {
  newest: 'newest first (the default)',
  oldest: 'oldest first',
  open: 'open (new, in progress)',
  overdue: 'overdue',
  unassigned: 'new and unassigned',
  spanish: 'language: Spanish',
  topicChannel: 'one topic, hotline',
  page40: 'page 40, newest first',
};
const QUEUE_TARGET_MS = 100;

export function deskSections(r) {
  const lines = [];
  for (const q of [r.deskQueue, r.deskQueuePostgres]) {
    if (!q?.views) continue;
    lines.push(
      '',
      `## Desk queue: ${q.inquiries.toLocaleString('en-US')} inquiries on ${q.database}`,
      '',
      `The first page (25 rows) of \`/v1/staff/inquiries\`, through the whole app in one process (token check, ` +
        `filters, count, the page's names decrypted, the view audited), ${q.repeats} times each after one warm-up. ` +
        `Target on PostgreSQL: the first page in under ${QUEUE_TARGET_MS} ms.`,
      '',
      '| view | matching | median ms | p95 ms |',
      '| --- | ---: | ---: | ---: |',
      ...Object.entries(q.views).map(
        ([name, v]) =>
          `| ${VIEW_NAMES[name] ?? name} | ${v.status === 200 ? v.total.toLocaleString('en-US') : `answered ${v.status}`} | ${v.medianMs} | ${v.p95Ms} |`,
      ),
    );
  }
  const call = r.deskCallLog;
  if (call?.calls) {
    lines.push(
      '',
      '## Logging a call at the desk',
      '',
      `A scripted hotline call logged by keyboard only in Chromium (\`ww-staff-call-log\`, signed in, the form already open): ` +
        `${call.calls} calls in a row, as a hotline worker logs them between calls. Target: under 30 seconds a call ` +
        `(the script types at once, so the seconds are the desk's own time; a person adds their typing).`,
      '',
      '| | per call |',
      '| --- | ---: |',
      `| keystrokes | ${call.keystrokes} |`,
      `| of which characters typed | ${call.charactersTyped} |`,
      `| seconds, median | ${call.medianSeconds} |`,
      `| seconds, slowest | ${call.maxSeconds} |`,
    );
  }
  return lines;
}
