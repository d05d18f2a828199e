import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { QueueItem } from '../src/staff/review/review.api.js';
import { readService } from './helpers/directory.js';
import {
  choose,
  deep,
  deepAll,
  focused,
  openDesk,
  removeDesks,
  resetDeskPage,
  textOf,
  waitFor,
} from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const screenOf = (el: Element) => deep(el, 'ww-staff-review')!;
const status = (el: Element) => textOf(deep(screenOf(el), '.status'));

async function queue(locale: string): Promise<{ items: QueueItem[]; total: number }> {
  const response = await fetch(`/v1/staff/directory/review-queue?locale=${locale}`);
  if (!response.ok) throw new Error(`queue: ${response.status} ${await response.text()}`);
  return (await response.json()) as { items: QueueItem[]; total: number };
}

describe('desk translation review (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('editor');
  });
  afterEach(() => removeDesks());

  it('asks for a language, then lists its drafts beside their source', async () => {
    const el = await openDesk('#review');
    await waitFor(() => deep(screenOf(el), '#review-locale'));
    expect(deep(screenOf(el), 'ol.queue')).to.equal(null);
    await expect(el).to.be.accessible();
    choose(screenOf(el), '#review-locale', 'wo');
    deep<HTMLElement>(screenOf(el), 'form.toolbar button')!.click();
    await until(() => location.hash === '#review?locale=wo');
    const { items, total } = await queue('wo');
    await waitFor(() => deep(screenOf(el), 'ol.queue, #queue-empty'));
    if (items.length) {
      const first = deepAll(el, 'ww-staff-review', 'li.item')[0]!;
      expect(textOf(first)).to.include(items[0]!.service_name).and.include(items[0]!.source.value.slice(0, 40));
      expect(first.querySelector('textarea')!.getAttribute('lang')).to.equal('wo');
      expect(first.querySelector('.source-text')!.getAttribute('lang')).to.equal(items[0]!.source.locale);
      expect(textOf(deep(screenOf(el), '#queue-title'))).to.equal(`Wolof: drafts to review (${total})`);
    }
    await expect(el).to.be.accessible();
  });

  it('reviews one draft after another from the keyboard, corrected or as it is; the count is spoken', async () => {
    const before = await queue('ht');
    expect(before.items.length, 'the sample directory has Haitian Creole drafts').to.be.above(1);
    const [first, second] = before.items as [QueueItem, QueueItem];
    const el = await openDesk('#review?locale=ht');
    await waitFor(() => deep(screenOf(el), 'ol.queue textarea'));
    const area = deep<HTMLTextAreaElement>(screenOf(el), 'ol.queue textarea')!;
    area.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (korije)' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await until(() => status(el) === `Marked reviewed. Drafts left: ${before.total - 1}.`, 8000);
    // Focus is in the next draft's text, ready for the next one.
    expect(focused()?.tagName).to.equal('TEXTAREA');
    expect((focused() as HTMLTextAreaElement).value).to.equal(second.draft);
    const saved = await readService(first.service_id);
    expect(saved.texts[first.field]!['ht']).to.deep.include({
      value: `${first.draft} (korije)`,
      state: 'reviewed',
      reviewed_by: 'Eve Editor',
    });
    // The next one as it is, with its button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === `Marked reviewed. Drafts left: ${before.total - 2}.`, 8000);
    expect((await readService(second.service_id)).texts[second.field]!['ht']!.state).to.equal('reviewed');
    expect((await queue('ht')).total).to.equal(before.total - 2);
    await expect(el).to.be.accessible();
  });
});
