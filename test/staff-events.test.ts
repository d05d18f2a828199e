import { expect } from '@open-wc/testing';
import '../src/staff/index.js';
import { loadLocale, renderInLocale } from '../src/core/locale.js';
import { catalogue as staffCatalogue } from '../src/generated/locales/staff/index.js';
import { buildRule, readRule, type Repeat } from '../src/staff/event/parts/recurrence.js';
import { ruleSummary } from '../src/staff/event/parts/rule-summary.js';

const repeat = (r: Partial<Repeat>): Repeat => ({
  kind: 'weekly',
  interval: 1,
  days: [],
  ends: 'count',
  count: 4,
  until: '',
  ...r,
});

/** The summary in `locale`, as a person reads it (Intl's narrow spaces as spaces). */
const summary = (locale: 'en' | 'es', r: Repeat, date: string, time: string, today = '2026-01-15') =>
  renderInLocale(locale, () => ruleSummary(r, date, time, locale, today))?.replace(/[\u202f\u00a0]/g, ' ');

describe('the repeat rule in words, and as an RRULE', () => {
  before(() => loadLocale('es', [staffCatalogue]));

  it('says a weekly class in English and Spanish', () => {
    const r = repeat({ days: ['TU', 'TH'], count: 10 });
    expect(summary('en', r, '2026-03-03', '18:00')).to.equal(
      'Every week on Tuesday and Thursday at 6:00 PM, 10 sessions, from March 3 to April 2',
    );
    expect(summary('es', r, '2026-03-03', '18:00')).to.equal(
      'Cada semana, los días martes y jueves, a las 18:00, 10 sesiones, del 3 de marzo al 2 de abril',
    );
  });

  it('uses the plural form of each count, in each language', () => {
    const one = repeat({ days: ['TU'], count: 1 });
    expect(summary('en', one, '2026-03-03', '18:00')).to.equal('Every week on Tuesday at 6:00 PM, 1 session, on March 3');
    expect(summary('es', one, '2026-03-03', '18:00')).to.equal(
      'Cada semana, los días martes, a las 18:00, 1 sesión, el 3 de marzo',
    );
    const fortnightly = repeat({ days: ['MO'], interval: 2, ends: 'until', until: '2026-04-30' });
    expect(summary('en', fortnightly, '2026-03-02', '10:30')).to.equal(
      'Every 2 weeks on Monday at 10:30 AM, 5 sessions, from March 2 to April 27',
    );
    expect(summary('es', fortnightly, '2026-03-02', '10:30')).to.equal(
      'Cada 2 semanas, los días lunes, a las 10:30, 5 sesiones, del 2 de marzo al 27 de abril',
    );
  });

  it('says monthly rules, skipping months without the date, and the years when they differ', () => {
    const second = repeat({ kind: 'monthly-weekday', count: 3 });
    expect(summary('en', second, '2026-03-10', '18:00')).to.equal(
      'Every month on the second Tuesday at 6:00 PM, 3 sessions, from March 10 to May 12',
    );
    expect(summary('es', second, '2026-03-10', '18:00')).to.equal(
      'Cada mes, el segundo martes, a las 18:00, 3 sesiones, del 10 de marzo al 12 de mayo',
    );
    const last = repeat({ kind: 'monthly-weekday', count: 2 });
    expect(summary('en', last, '2026-03-31', '09:00')).to.equal(
      'Every month on the last Tuesday at 9:00 AM, 2 sessions, from March 31 to April 28',
    );
    const the31st = repeat({ kind: 'monthly-day', count: 3 });
    expect(summary('en', the31st, '2025-12-31', '09:00')).to.equal(
      'Every month on day 31 at 9:00 AM, 3 sessions, from December 31, 2025 to March 31, 2026',
    );
  });

  it('says a single session, a rule written elsewhere, and nothing before a start is set', () => {
    expect(summary('en', repeat({ kind: 'none' }), '2026-03-03', '18:00')).to.equal(
      'One session, on Tuesday, March 3, 2026 at 6:00 PM',
    );
    expect(summary('es', repeat({ kind: 'none' }), '2026-03-03', '18:00')).to.equal(
      'Una sesión, el martes, 3 de marzo de 2026 a las 18:00',
    );
    expect(summary('en', repeat({ kind: 'custom', rule: 'FREQ=DAILY;COUNT=3' }), '2026-03-03', '18:00')).to.equal(
      'Repeats by a rule written elsewhere: FREQ=DAILY;COUNT=3',
    );
    expect(summary('en', repeat({ days: ['TU'] }), '', '18:00')).to.equal(undefined);
  });

  it('writes the RRULE and reads it back, the end date on the event’s clock', () => {
    const weekly = repeat({ days: ['TH', 'TU'], count: 10 });
    expect(buildRule(weekly, '2026-03-03T18:00', 'America/New_York')).to.equal('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10');
    const until = repeat({ days: ['MO'], interval: 2, ends: 'until', until: '2026-04-30' });
    const rule = buildRule(until, '2026-03-02T10:30', 'America/New_York');
    expect(rule).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260501T035959Z');
    expect(readRule(rule, '2026-03-02T10:30', 'America/New_York')).to.deep.include({
      kind: 'weekly',
      interval: 2,
      days: ['MO'],
      ends: 'until',
      until: '2026-04-30',
    });
    expect(buildRule(repeat({ kind: 'monthly-weekday', count: 3 }), '2026-03-31T09:00', 'UTC')).to.equal(
      'FREQ=MONTHLY;BYDAY=-1TU;COUNT=3',
    );
    expect(readRule('FREQ=MONTHLY;BYDAY=-1TU;COUNT=3', '2026-03-31T09:00', 'UTC').kind).to.equal('monthly-weekday');
    expect(readRule('FREQ=DAILY;COUNT=5', '2026-03-31T09:00', 'UTC')).to.deep.include({
      kind: 'custom',
      rule: 'FREQ=DAILY;COUNT=5',
    });
    expect(buildRule(repeat({ kind: 'none' }), '2026-03-31T09:00', 'UTC')).to.equal(null);
  });
});
