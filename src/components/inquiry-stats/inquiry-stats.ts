import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { loadStats, loadTopicNames, type Dimension, type InquiryStats, type Kind } from './inquiry-stats.api.js';
import { inquiryStatsStyles } from './inquiry-stats.styles.js';
import { barChart, legend, patternDefs } from './parts/bar-chart.js';
import { download, toCsv } from './parts/csv.js';
import { renderTable, type Table } from './parts/data-table.js';
import {
  channelName,
  eventTypeName,
  monthName,
  otherName,
  rangeText,
  referralName,
  statusName,
  withinDays,
  yearName,
} from './parts/format.js';
import { appointmentNote, appointmentTable, bookingsOnly } from './parts/appointments.js';
import { monthField, option } from './parts/month-field.js';
import { listFormat } from '../../core/intl.js';
import { languageName } from '../../core/language-name.js';
import { formatNumber, formatPercent } from '../../core/number-format.js';
import { addMonths, last12, MONTH, thisMonth, validRange, withinBounds } from './parts/range.js';
import { catalogue as statsCatalogue } from '../../generated/locales/stats/index.js';
import { renderInLocale } from '../../core/locale.js';

export const SECTIONS = [
  'months',
  'topics',
  'languages',
  'referrals',
  'resolution',
  'outreach',
  'attendance',
  'attendance-languages',
  'appointments',
  'appointment-languages',
] as const;
export type Section = (typeof SECTIONS)[number];

/** What each section asks the API for (the resolution section shows the statuses beside the rate). */
const GROUPS: Record<Section, Dimension[]> = {
  months: ['month', 'channel'],
  topics: ['topic'],
  languages: ['language'],
  referrals: ['referral'],
  resolution: ['status'],
  // Every answer carries the outreach and attendance figures: the lightest request (no grouping) asks for them.
  outreach: [],
  attendance: [],
  'attendance-languages': [],
  appointments: [],
  'appointment-languages': [],
};

/** Sections about people reached or at events, not inquiries: shown for inquiries only unless asked. */
const COMMUNITY: readonly Section[] = [
  'outreach',
  'attendance',
  'attendance-languages',
  'appointments',
  'appointment-languages',
];
const isAttendance = (s: Section) => s === 'attendance' || s === 'attendance-languages';
const isAppointments = (s: Section) => s === 'appointments' || s === 'appointment-languages';

interface Figures {
  from: string;
  to: string;
  kind: Kind;
  /** The first month with any inquiry of the kind (null: none yet; undefined: a server that does not say). */
  firstMonth: string | null | undefined;
  data: Partial<Record<Section, InquiryStats>>;
  topicNames: Record<string, string>;
}

/**
 * @tagname ww-inquiry-stats
 * @summary How many inquiries the office received, by month and channel, topic, language, referral and resolution, whom outreach reached, and who came to events.
 *
 * A public dashboard for an office's or a council member's page: each section
 * has a chart (hand-drawn SVG whose accessible name is a text summary), the
 * same numbers as a table, and a CSV download. The resolution section says how
 * many were resolved within the office's response time (business days); the
 * outreach section, the people the outreach team reached by language and how
 * many events it held; the attendance sections, people who came to event
 * sessions (signed up or walking in) and no-shows, by event type and by
 * language; the appointment sections, one-to-one appointments booked, no-shows
 * and the median days from booking to appointment, by appointment type and by
 * language (the chart draws the bookings). Counts under 5 are never shown:
 * the API suppresses them and the widget writes "fewer than 5". A period can be
 * chosen by preset or by month (a month and a year select each, named in the
 * widget's language, from the data's first month to this month); the tables print.
 *
 * @csspart base - The root wrapper.
 * @csspart range - The period form.
 * @csspart section - One section.
 * @csspart chart - A chart (SVG).
 * @csspart legend - A chart's legend.
 * @csspart table - A table of the numbers.
 * @csspart notice - Empty, error and setup messages.
 *
 * @cssproperty --ww-inquiry-stats-color-1 - First series (and single bars). Default `--ww-color-primary`.
 * @cssproperty --ww-inquiry-stats-color-2 - Second series; `-3`, `-4` and `-5` for the others.
 * @cssproperty --ww-color-primary - Buttons and focus.
 * @cssproperty --ww-color-text - Text, axes and labels.
 */
export class WwInquiryStats extends WwDataElement {
  static override catalogues = [statsCatalogue];
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, inquiryStatsStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      from: {},
      to: {},
      sections: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      kind: {},
      open: { state: true },
      draft: { state: true },
    };
  }

  /** First month shown, `YYYY-MM`; default: 11 months before `to`. */
  from = '';
  /** Last month shown, `YYYY-MM`, inclusive; default: the last full month. */
  to = '';
  /**
   * Which sections, comma-separated: `months,topics,languages,referrals,resolution,outreach,attendance,
   * attendance-languages,appointments,appointment-languages`; all by default (outreach, attendance and
   * appointments only for inquiries).
   */
  sections = '';
  /** Level of the dashboard's heading; its sections are one below. */
  headingLevel = 2;
  /** `inquiry` (default) or `volunteer` (volunteer sign-ups). */
  kind: Kind = 'inquiry';

  /** Sections shown as a table. */
  private open: Section[] = [];
  /** Months chosen in the fields that do not make a period that can be shown, and the period they were chosen over. */
  private draft: { months: [string, string]; over: string } | undefined;
  /** Every section shown, for the period asked for, in parallel. */
  private readonly figures = this.loader(
    () => [...this.range, this.kind, this.shown] as const,
    async ([from, to, kind, shown], api, signal): Promise<Figures> => {
      // Sections asking the same question share one request.
      const asked = new Map<string, Promise<InquiryStats>>();
      const ask = (groupBy: Dimension[]) => {
        const key = groupBy.join();
        if (!asked.has(key)) asked.set(key, loadStats(api, { from, to, kind, groupBy }, signal));
        return asked.get(key)!;
      };
      const [topicNames, ...stats] = await Promise.all([
        shown.includes('topics') ? loadTopicNames(api, signal).catch(() => ({})) : {},
        ...shown.map((s) => ask(GROUPS[s])),
      ]);
      const data = Object.fromEntries(shown.map((s, i) => [s, stats[i]]));
      return { from, to, kind, firstMonth: stats[0]?.first_month, data, topicNames };
    },
  );

  /** The figures of the period asked for, once they are here. */
  private get result(): Figures | undefined {
    return this.figures.status === 'complete' ? this.figures.value : undefined;
  }

  /** The period asked for: the attributes where valid, else the last 12 full months. */
  get range(): [string, string] {
    const { from, to } = this;
    if (MONTH.test(from) && MONTH.test(to)) return [from, to];
    if (MONTH.test(from)) return [from, addMonths(from, 11)];
    if (MONTH.test(to)) return [addMonths(to, -11), to];
    return last12();
  }

  /** The months half chosen in the fields, while the period shown is still the one they were chosen over. */
  private get chosen(): [string, string] | undefined {
    return this.draft?.over === this.range.join() ? this.draft.months : undefined;
  }

  /** The months a visitor can choose: the data's first month (once known; else 5 calendar years) to this month. */
  private get bounds(): [string, string] {
    const max = thisMonth();
    const known = this.figures.value;
    const first = known?.kind === this.kind ? known.firstMonth : undefined;
    return [first && first <= max ? first : `${Number(max.slice(0, 4)) - 4}-01`, max];
  }

  private get shown(): Section[] {
    const asked = this.sections.split(',').map((s) => s.trim());
    const shown = SECTIONS.filter((s) => asked.includes(s));
    // Outreach and events reach people, not volunteers: a sign-up dashboard shows them only when asked.
    return shown.length ? shown : SECTIONS.filter((s) => !COMMUNITY.includes(s) || this.kind === 'inquiry');
  }

  /** A section's numbers as a table (rows × columns), in the UI language. */
  table(section: Section): Table | undefined {
    const stats = this.result?.data[section];
    if (!stats) return undefined;
    if (section === 'outreach') return this.outreachTable(stats);
    if (isAttendance(section)) return this.attendanceTable(stats, section === 'attendance');
    if (isAppointments(section)) return appointmentTable(stats, section === 'appointments', this.locale);
    const [a, b] = GROUPS[section] as [Dimension, Dimension?];
    const values = (d: Dimension) => [...new Set(stats.rows.map((r) => r.keys[d]!))];
    const columns = b ? values(b) : [''];
    const rows = values(a).map((v) => ({
      label: this.name(a, v),
      cells: columns.map((c) => {
        const row = stats.rows.find((r) => r.keys[a] === v && (!b || r.keys[b] === c));
        return !row ? 0 : row.suppressed ? null : (row.count ?? null);
      }),
    }));
    if (section !== 'months' && section !== 'resolution') rows.sort((x, y) => (y.cells[0] ?? -1) - (x.cells[0] ?? -1));
    const heads: Record<Dimension, string> = {
      month: msg('Month', { id: 'stats.col.month' }),
      topic: msg('Topic', { id: 'stats.col.topic' }),
      language: msg('Language', { id: 'stats.col.language' }),
      referral: msg('Referred to', { id: 'stats.col.referral' }),
      status: msg('Status', { id: 'stats.col.status' }),
      channel: msg('Channel', { id: 'stats.col.channel' }),
    };
    return { head: [heads[a], ...(b ? columns.map((c) => this.name(b, c)) : [this.noun])], rows };
  }

  /** People reached by language, largest first. */
  private outreachTable(stats: InquiryStats): Table | undefined {
    if (!stats.outreach) return undefined;
    const rows = stats.outreach.by_language.map((row) => ({
      label: this.name('language', row.language),
      cells: [row.suppressed ? null : row.people],
    }));
    rows.sort((x, y) => (y.cells[0] ?? -1) - (x.cells[0] ?? -1));
    return { head: [msg('Language', { id: 'stats.col.language' }), this.people], rows };
  }

  /**
   * Attendance at event sessions by type or by language: people who signed up and came, who did not, and
   * walk-ins (stacked, since they are different people); rows with nobody left out, largest first.
   */
  private attendanceTable(stats: InquiryStats, byType: boolean): Table {
    const cells = stats.attendance?.[byType ? 'by_type' : 'by_language'] ?? [];
    const rows = cells
      .map((row) => ({
        label: byType ? eventTypeName(row.key) : this.name('language', row.key),
        cells: [row.attended, row.no_show, row.walk_ins],
      }))
      .filter((row) => row.cells.some((c) => c !== 0));
    rows.sort((x, y) => (y.cells[0] ?? -1) - (x.cells[0] ?? -1));
    return {
      head: [
        byType ? msg('Event type', { id: 'stats.col.event-type' }) : msg('Language', { id: 'stats.col.language' }),
        msg('Attended', { id: 'stats.col.attended' }),
        msg('No-shows', { id: 'stats.col.no-show' }),
        msg('Walk-ins', { id: 'stats.col.walk-ins' }),
      ],
      rows,
    };
  }

  private get people(): string {
    return msg('People reached', { id: 'stats.noun.people' });
  }

  private name(d: Dimension, v: string): string {
    switch (d) {
      case 'month':
        return monthName(v, this.locale);
      case 'channel':
        return channelName(v);
      case 'language':
        return v === 'other' ? otherName() : languageName(v, this.locale);
      case 'referral':
        return referralName(v, this.result?.data.referrals?.referral_names);
      case 'status':
        return statusName(v);
      default:
        return (
          this.result?.topicNames[v] ?? (v === 'volunteer' ? msg('Volunteering', { id: 'stats.topic.volunteer' }) : v)
        );
    }
  }

  private get noun(): string {
    return this.kind === 'volunteer'
      ? msg('Sign-ups', { id: 'stats.noun.volunteer' })
      : msg('Inquiries', { id: 'stats.noun.inquiry' });
  }

  private sectionTitle(s: Section): string {
    return {
      months: msg('By month and channel', { id: 'stats.section.months' }),
      topics: msg('Top topics', { id: 'stats.section.topics' }),
      languages: msg('Languages', { id: 'stats.section.languages' }),
      referrals: msg('Referrals', { id: 'stats.section.referrals' }),
      resolution: msg('Resolution', { id: 'stats.section.resolution' }),
      outreach: msg('Outreach in the community', { id: 'stats.section.outreach' }),
      attendance: msg('Attendance at events, by type', { id: 'stats.section.attendance' }),
      'attendance-languages': msg('Attendance at events, by language', { id: 'stats.section.attendance-languages' }),
      appointments: msg('Appointments, by type', { id: 'stats.section.appointments' }),
      'appointment-languages': msg('Appointments, by language', { id: 'stats.section.appointment-languages' }),
    }[s];
  }

  /** The chart's accessible name: what a sighted reader takes from it, in words and localized numbers. */
  summary(section: Section, t: Table): string {
    const title = this.sectionTitle(section);
    const range = this.result ? rangeText(this.result.from, this.result.to, this.locale) : '';
    const n = (v: number) => formatNumber(v, this.locale);
    const sum = (cells: (number | null)[]) => cells.reduce<number>((s, c) => s + (c ?? 0), 0);
    const largest = <T>(items: T[], size: (item: T) => number) =>
      items.reduce((best, item) => (size(item) > size(best) ? item : best));
    const rows = t.rows.filter((r) => sum(r.cells) > 0);
    if (!rows.length) return msg(str`${title}, ${range}: no count of 5 or more.`, { id: 'stats.summary.none' });
    if (section === 'months') {
      const peak = largest(rows, (r) => sum(r.cells));
      const columns = t.head.slice(1).map((name, i) => ({ name, total: sum(t.rows.map((r) => r.cells[i] ?? 0)) }));
      const channel = largest(columns, (c) => c.total).name;
      return msg(
        str`${title}, ${range}: most in ${peak.label} (${n(sum(peak.cells))}); the largest channel is ${channel}.`,
        { id: 'stats.summary.months' },
      );
    }
    const top = [...rows]
      .sort((x, y) => sum(y.cells) - sum(x.cells))
      .slice(0, 3)
      .map((r) => `${r.label} (${n(sum(r.cells))})`);
    const list = listFormat(this.locale).format(top);
    return msg(str`${title}, ${range}, largest first: ${list}.`, { id: 'stats.summary.top' });
  }

  private toggle(s: Section): void {
    this.open = this.open.includes(s) ? this.open.filter((o) => o !== s) : [...this.open, s];
  }

  /** The CSV file of a section, from the same table as the one shown. */
  csv(s: Section): string {
    // Called on click, outside render: the labels must still be in the widget's language.
    return renderInLocale(this.locale, () => toCsv(this.table(s)!));
  }

  private onPeriod(e: Event): void {
    const { value } = e.target as HTMLSelectElement;
    // "Chosen months" keeps the months shown until the visitor picks others.
    if (!value) return;
    this.draft = undefined;
    [this.from, this.to] = value === 'last12' ? last12() : this.year(Number(value));
  }

  /** The visitor chose the first (0) or last (1) month: show that period, or keep it as a draft and say why not. */
  private choose(end: 0 | 1, month: string): void {
    const months: [string, string] = [...(this.chosen ?? this.range)];
    months[end] = month;
    if (!withinBounds(months, this.bounds) || !validRange(...months)) {
      this.draft = { months, over: this.range.join() };
      return;
    }
    this.draft = undefined;
    [this.from, this.to] = months;
  }

  /** A calendar year up to the last full month. */
  private year(y: number): [string, string] {
    const last = last12()[1];
    const end = `${y}-12`;
    return [`${y}-01`, end < last ? end : last];
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.config.value.endpoint ? this.renderDashboard() : this.renderMissingEndpoint()} ${patternDefs}
    </div>`;
  }

  private renderDashboard(): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    const { status, error } = this.figures;
    const r = this.result;
    const empty = r && Object.values(r.data).every((s) => s.total.count === 0 && !s.total.suppressed);
    // Figures about outreach and events stand on their own: a month without inquiries may still have held a clinic.
    const sections = (
      empty ? this.shown.filter((s) => COMMUNITY.includes(s) && (this.table(s)?.rows.length ?? 0) > 0) : this.shown
    ).filter((s) => this.hasFigures(s));
    return html`${renderHeading(
        level,
        this.kind === 'volunteer'
          ? msg('Volunteer sign-ups', { id: 'stats.title.volunteer' })
          : msg('Inquiries to the office', { id: 'stats.title.inquiry' }),
        { class: 'title' },
      )}
      ${this.renderRange()}
      <p class="status" role="status">${this.statusText()}</p>
      ${
        status === 'error'
          ? this.renderError(error, () => void this.figures.run())
          : html`${empty ? renderNotice({ tone: 'info', heading: msg('No inquiries in this period.', { id: 'stats.empty' }) }) : nothing}
            ${sections.map((s) => this.renderSection(s, level + 1))}`
      }`;
  }

  /**
   * Whether a section has anything to show. An office that books no appointments (none in the period) is not
   * shown empty appointment sections, unless the page asked for them by name.
   */
  private hasFigures(s: Section): boolean {
    const asked = this.sections.split(',').map((name) => name.trim());
    if (!isAppointments(s) || !this.result || asked.includes(s)) return true;
    const figures = this.result.data[s]?.appointments;
    return !!figures && figures.by_type.length + figures.by_language.length > 0;
  }

  /** Loading, or the period shown. */
  private statusText(): string {
    if (!this.result)
      return this.figures.status === 'pending' ? msg('Loading the figures…', { id: 'stats.loading' }) : '';
    const { from, to } = this.result;
    return msg(str`Showing ${rangeText(from, to, this.locale)}.`, { id: 'stats.showing' });
  }

  /** What is wrong with the months chosen in the fields, and which of them it is about; nothing when they can be shown. */
  private rangeProblem(): { text: string; ends: (0 | 1)[] } | undefined {
    const draft = this.chosen;
    if (!draft) return undefined;
    const bounds = this.bounds;
    const outside = ([0, 1] as const).filter((end) => !withinBounds([draft[end]], bounds));
    if (!outside.length) {
      const text = msg('Choose a first month that is not after the last one, at most 5 years apart.', {
        id: 'stats.invalid',
      });
      return { text, ends: [0, 1] };
    }
    const [first, last] = bounds.map((m) => monthName(m, this.locale));
    return { text: msg(str`Choose months from ${first} to ${last}.`, { id: 'stats.out-of-range' }), ends: outside };
  }

  private renderRange(): TemplateResult {
    const months = this.chosen ?? this.range;
    const [min, max] = this.bounds;
    const problem = this.rangeProblem();
    const field = (end: 0 | 1, name: string, legend: string) =>
      monthField({
        name,
        legend,
        value: months[end],
        min,
        max,
        locale: this.locale,
        error: problem?.ends.includes(end) ? 'range-problem' : undefined,
        onChange: (month) => this.choose(end, month),
      });
    return html`<form part="range" class="range" @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderPeriod(months, Number(min.slice(0, 4)))} ${field(0, 'from', msg('From', { id: 'stats.from' }))}
        ${field(1, 'to', msg('To', { id: 'stats.to' }))}
      </form>
      ${problem ? html`<p class="problem" id="range-problem" role="alert">${problem.text}</p>` : nothing}`;
  }

  /** The presets: the last 12 months, the last five calendar years from `firstYear` on, or the months chosen. */
  private renderPeriod(months: [string, string], firstYear: number): TemplateResult {
    const chosen = months.join();
    const latest = Number(last12()[1].slice(0, 4));
    const years = [0, 1, 2, 3, 4].map((i) => latest - i).filter((y) => y >= firstYear);
    const preset =
      chosen === last12().join() ? 'last12' : (years.find((y) => chosen === this.year(y).join())?.toString() ?? '');
    return html`<div class="field">
      <label for="period">${msg('Period', { id: 'stats.period' })}</label>
      <select id="period" @change=${this.onPeriod}>
        ${option('last12', msg('Last 12 months', { id: 'stats.last12' }), preset === 'last12')}
        ${years.map((y) => option(String(y), yearName(y, this.locale), preset === String(y)))}
        ${option('', msg('Chosen months', { id: 'stats.custom' }), !preset)}
      </select>
    </div>`;
  }

  private renderSection(s: Section, level: number): TemplateResult {
    const title = this.sectionTitle(s);
    const t = this.result && this.table(s);
    return html`<section part="section" class="section" aria-labelledby="h-${s}" data-section=${s}>
      ${renderHeading(level, title, { id: `h-${s}` })}
      ${t ? this.renderContent(s, t, title) : html`<div class="skeleton" aria-busy="true"></div>`}
    </section>`;
  }

  private renderContent(s: Section, t: Table, title: string): TemplateResult {
    const open = this.open.includes(s);
    // The appointment charts draw the bookings; no-shows and days ahead are in the table.
    const drawn = isAppointments(s) ? bookingsOnly(t) : t;
    const small = drawn.rows.some((r) => r.cells.includes(null));
    const range = this.result ? rangeText(this.result.from, this.result.to, this.locale) : '';
    return html`${s === 'resolution' ? this.renderResolution() : s === 'outreach' ? this.renderOutreach() : nothing}
      ${isAttendance(s) ? this.renderAttendanceNote() : nothing} ${isAppointments(s) ? appointmentNote() : nothing}
      ${legend(s === 'months' || isAttendance(s) ? t.head.slice(1) : [], small, this.locale)}
      ${barChart(drawn, this.summary(s, drawn), this.axis(s), this.locale, this.direction === 'rtl')}
      ${s === 'referrals' ? this.renderNamesFallback() : nothing}
      <div class="actions">
        <button
          type="button"
          class="button toggle"
          aria-pressed=${open}
          aria-controls="t-${s}"
          @click=${() => this.toggle(s)}
        >
          ${msg(str`Show “${title}” as a table`, { id: 'stats.show-table-of' })}
        </button>
        <button
          type="button"
          class="button csv"
          @click=${() => download(this.csv(s), `${this.kind}-${s}-${this.result?.from ?? ''}-${this.result?.to ?? ''}.csv`)}
        >
          ${msg(str`Download “${title}” as CSV`, { id: 'stats.csv-of' })}
        </button>
      </div>
      <div id="t-${s}" class="table-wrap ${open ? 'open' : ''}" role="region" aria-labelledby="c-${s}" tabindex="0">
        ${renderTable(t, `${title}, ${range}`, `c-${s}`, this.locale)}
      </div>`;
  }

  /** Destinations named in another language than the visitor's (an office's own): said, as other widgets say it. */
  private renderNamesFallback(): TemplateResult | typeof nothing {
    const stats = this.result?.data.referrals;
    const shown = new Set(stats?.rows.map((r) => r.keys.referral));
    if (!stats?.referral_names_fallback?.some((code) => shown.has(code))) return nothing;
    return html`<p class="note">
      ${msg('Some names are not yet available in your language.', { id: 'stats.names-fallback' })}
    </p>`;
  }

  /** People reached in all and events held: the figures beside the outreach table. */
  private renderOutreach(): TemplateResult | typeof nothing {
    const outreach = this.result?.data.outreach?.outreach;
    if (!outreach) return nothing;
    return html`<dl class="figures">
      <div>
        <dt>${this.people}</dt>
        <dd class="big">${outreach.people === null ? this.hiddenText : formatNumber(outreach.people, this.locale)}</dd>
      </div>
      <div>
        <dt>${msg('Outreach events', { id: 'stats.outreach.events' })}</dt>
        <dd class="big">${formatNumber(outreach.events, this.locale)}</dd>
      </div>
    </dl>`;
  }

  /** What the bars count: inquiries (or sign-ups), people reached, or people at events. */
  private axis(s: Section): string {
    if (s === 'outreach') return this.people;
    if (isAttendance(s)) return msg('People', { id: 'stats.noun.attendees' });
    if (isAppointments(s)) return msg('Appointments booked', { id: 'stats.noun.appointments' });
    return this.noun;
  }

  private renderAttendanceNote(): TemplateResult {
    return html`<p class="note">
      ${msg(
        'Sessions that ended in this period. Attended and no-shows count people who signed up; walk-ins came without signing up.',
        { id: 'stats.attendance.note' },
      )}
    </p>`;
  }

  private get hiddenText(): string {
    return msg('not shown: fewer than 5', { id: 'stats.hidden' });
  }

  private renderResolution(): TemplateResult {
    const stats = this.result?.data.resolution;
    if (!stats) return html``;
    const { resolution: res, total, resolution_within: within } = stats;
    const hidden = this.hiddenText;
    return html`<dl class="figures">
      <div>
        <dt>${msg('Resolved or closed', { id: 'stats.resolved' })}</dt>
        <dd class="big">${res.rate === null ? hidden : formatPercent(res.rate, this.locale)}</dd>
        ${
          res.resolved !== null && total.count !== null
            ? html`<dd>
                ${msg(str`${formatNumber(res.resolved, this.locale)} of ${formatNumber(total.count, this.locale)}`, {
                  id: 'stats.of',
                })}
              </dd>`
            : nothing
        }
      </div>
      <div>
        <dt>${msg('Median days to resolution', { id: 'stats.median' })}</dt>
        <dd class="big">
          ${
            res.median_days === null ? hidden : formatNumber(res.median_days, this.locale, { maximumFractionDigits: 1 })
          }
        </dd>
      </div>
      ${
        within
          ? html`<div>
              <dt>${withinDays(within.business_days, this.locale)}</dt>
              <dd class="big">${within.share === null ? hidden : formatPercent(within.share, this.locale)}</dd>
              ${
                within.resolved_within !== null && within.resolved !== null
                  ? html`<dd>
                      ${msg(
                        str`${formatNumber(within.resolved_within, this.locale)} of ${formatNumber(within.resolved, this.locale)}`,
                        { id: 'stats.of' },
                      )}
                    </dd>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </dl>`;
  }
}
