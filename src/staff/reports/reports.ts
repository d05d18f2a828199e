import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { renderReportItem } from './parts/report-item.js';
import {
  closeWithoutChange,
  loadReports,
  PAGE_SIZE,
  type ReportList,
  type ReportStatus,
  type ServiceReport,
} from './reports.api.js';
import { reportsStyles } from './reports.styles.js';

/**
 * @tagname ww-staff-reports
 * @summary Problems visitors reported on listings, and providers' corrections, for editors and administrators.
 *
 * `#reports?status=open` (oldest first) or `status=closed`, `&page=`. Each report shows its service, what is wrong,
 * when, the language the visitor read, the note and a provider's proposed values; "Open in editor" leads to the
 * service's editor with the report beside the form (a save there can close it as fixed); "Close without change"
 * asks first, in a modal dialog.
 */
export class WwStaffReports extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, reportsStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      closing: { state: true },
      closeFailure: { state: true },
      busy: { state: true },
      closedName: { state: true },
    };
  }

  /** The address's parameters: `status` (open or closed) and `page`. */
  params = new URLSearchParams();

  /** The report whose closing is being confirmed. */
  private closing: ServiceReport | undefined;
  private closeFailure: unknown;
  private busy = false;
  /** The service of the report last closed, said in the live region. */
  private closedName: string | undefined;

  private get status(): ReportStatus {
    return this.params.get('status') === 'closed' ? 'closed' : 'open';
  }

  private get page(): number {
    const page = Number(this.params.get('page'));
    return Number.isInteger(page) && page > 0 ? page : 1;
  }

  private readonly reports = new DataController<ReportList, [ReportStatus, number]>(this, {
    args: () => (this.api ? [this.status, this.page] : undefined),
    task: ([status, page], signal) => loadReports(this.api!, status, page, signal),
  });

  private askClose(report: ServiceReport): void {
    this.closing = report;
    this.closeFailure = undefined;
  }

  private async keepOpen(): Promise<void> {
    const id = this.closing?.id;
    this.closing = undefined;
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLElement>(`#close-${id}`)?.focus();
  }

  private async confirmClose(): Promise<void> {
    const report = this.closing;
    if (!report || this.busy) return;
    this.busy = true;
    try {
      await closeWithoutChange(this.api!, report.id);
    } catch (error) {
      this.closeFailure = error;
      this.busy = false;
      return;
    }
    // The next report takes the closed one's place: focus goes to its heading (or the screen's).
    const items = this.reports.value?.items ?? [];
    const index = items.findIndex((item) => item.id === report.id);
    const next = items[index + 1] ?? items[index - 1];
    this.closing = undefined;
    this.closedName = report.service_name;
    this.busy = false;
    await this.reports.run();
    await this.updateComplete;
    const target = next && this.renderRoot.querySelector<HTMLElement>(`#report-${next.id}`);
    (target ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.ask');
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The way back has the focus first: a stray Enter closes nothing.
      dialog.querySelector<HTMLElement>('#close-keep')?.focus();
    }
  }

  override render(): TemplateResult {
    const list = this.reports.current;
    const open = this.status === 'open';
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1 tabindex="-1">${msg('Reported problems', { id: 'staff.nav.reports' })}</h1>
      <p>
        ${msg(
          'What visitors told us is wrong with a listing, and corrections sent by providers. Fix the listing in the editor (the save closes the report), or close it when nothing needs to change.',
          { id: 'staff.reports.intro' },
        )}
      </p>
      <nav class="views" aria-label=${msg('Which reports', { id: 'staff.reports.views' })}>
        <a href=${routeHash('reports', { status: 'open' })} aria-current=${open ? 'page' : 'false'}>
          ${msg('Open', { id: 'staff.reports.view-open' })}
        </a>
        <a href=${routeHash('reports', { status: 'closed' })} aria-current=${open ? 'false' : 'page'}>
          ${msg('Closed', { id: 'staff.reports.view-closed' })}
        </a>
      </nav>
      ${this.renderStatus(
        this.closedName
          ? msg(str`Closed without change: ${this.closedName}.`, { id: 'staff.reports.said-closed' })
          : undefined,
      )}
      ${this.reports.status === 'error' ? this.renderFailure(this.reports.error, () => void this.reports.run()) : nothing}
      ${list ? this.renderList(list) : this.reports.status === 'pending' ? this.renderLoading() : nothing}
      ${this.closing ? this.renderCloseDialog(this.closing) : nothing}
    </div>`;
  }

  private renderList(list: ReportList): TemplateResult {
    if (!list.total) {
      return html`<p>
        ${
          this.status === 'open'
            ? msg('No open reports.', { id: 'staff.reports.none-open' })
            : msg('No closed reports.', { id: 'staff.reports.none-closed' })
        }
      </p>`;
    }
    const pages = Math.ceil(list.total / PAGE_SIZE);
    return html`<p>${msg(str`Reports: ${formatNumber(list.total, this.locale)}`, { id: 'staff.reports.count' })}</p>
      <ul class="reports">
        ${list.items.map((report) => renderReportItem(report, this.locale, (r) => this.askClose(r)))}
      </ul>
      ${pages > 1 ? this.renderPages(pages) : nothing}`;
  }

  private renderPages(pages: number): TemplateResult {
    const page = this.page;
    const to = (n: number) => routeHash('reports', { status: this.status, page: n > 1 ? String(n) : undefined });
    return html`<nav class="views" aria-label=${msg('Pages', { id: 'staff.reports.pages' })}>
      ${page > 1 ? html`<a href=${to(page - 1)}>${msg('Previous page', { id: 'staff.reports.previous' })}</a>` : nothing}
      <span
        >${msg(str`Page ${formatNumber(page, this.locale)} of ${formatNumber(pages, this.locale)}`, { id: 'staff.reports.page' })}</span
      >
      ${page < pages ? html`<a href=${to(page + 1)}>${msg('Next page', { id: 'staff.reports.next' })}</a>` : nothing}
    </nav>`;
  }

  private renderCloseDialog(report: ServiceReport): TemplateResult {
    return html`<dialog
      class="ask"
      aria-labelledby="close-title"
      aria-describedby="close-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        void this.keepOpen();
      }}
    >
      <h2 id="close-title">
        ${msg(str`Close the report on “${report.service_name}” without a change?`, { id: 'staff.reports.close-title' })}
      </h2>
      <p id="close-text">
        ${msg('Do this when the listing is right as it is. The report moves to the closed ones, with your name.', {
          id: 'staff.reports.close-text',
        })}
      </p>
      ${
        this.closeFailure
          ? html`<p class="notice notice--error" role="alert">${problemMessage(this.closeFailure)}</p>`
          : nothing
      }
      <div class="actions">
        <button
          class="button button--primary"
          type="button"
          id="close-confirm"
          @click=${() => void this.confirmClose()}
        >
          ${msg('Close without change', { id: 'staff.reports.close' })}
        </button>
        <button class="button" type="button" id="close-keep" @click=${() => void this.keepOpen()}>
          ${msg('Keep it open', { id: 'staff.reports.keep' })}
        </button>
      </div>
    </dialog>`;
  }
}
