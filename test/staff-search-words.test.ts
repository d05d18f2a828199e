import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { Concept, ConceptInput } from '../src/staff/search-words/search-words.api.js';
import { choose, deep, deepAll, focused, openDesk, removeDesks, textOf, waitFor } from './helpers/desk.js';
import { signInAs } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';
import { freshDeskEachTest } from './helpers/desk-hooks.js';

const PATH = '/v1/staff/search-concepts';
let csrf = '';

/** A call as the page's session (the editor), with its CSRF token and, for a change, the version read. */
async function asEditor(method: string, path: string, body?: unknown, version?: number): Promise<Response> {
  return fetch(path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': csrf,
      ...(version === undefined ? {} : { 'If-Match': `"${version}"` }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

async function addWord(input: ConceptInput): Promise<Concept> {
  const response = await asEditor('POST', PATH, input);
  if (response.status !== 201) throw new Error(`add: ${response.status} ${await response.text()}`);
  return (await response.json()) as Concept;
}

async function wordsIn(locale: string): Promise<Concept[]> {
  return ((await (await fetch(`${PATH}?locale=${locale}`)).json()) as { items: Concept[] }).items;
}

/** Letters only, new in each test: phrases the directory and the seed do not have. */
const unique = () =>
  Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)]!);

/** Types into the focused field, replacing what it holds. */
async function typeReplacing(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

async function press(root: Element, selector: string, key = 'Enter'): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: key });
}

const screenOf = (el: Element) => deep(el, 'ww-staff-search-words')!;
const rowOf = (el: Element, phrase: string) =>
  deepAll(el, 'ww-staff-search-words', 'tbody tr').find((r) => textOf(r.querySelector('th')) === phrase);
const status = (el: Element) => textOf(deep(screenOf(el), '.status'));
const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

/** The everyday words screen against the real server: editors and admins, by keyboard, with "Try it". */
describe('desk everyday words (real server)', () => {
  freshDeskEachTest();

  it('is not for the desk role: not in its menu, and the address alone says so; the API refuses it', async () => {
    await signInAs('desk');
    const el = await openDesk('#search-words');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-search-words')).to.equal(null);
    expect(textOf(deep(el, 'nav'))).to.not.include('Everyday words');
    expect((await fetch(PATH)).status).to.equal(403);
    await expect(el).to.be.accessible();
  });

  it('an editor adds a word by keyboard: phrase, a topic, terms added and removed', async function () {
    this.timeout(40_000); // every key typed, as a person would
    csrf = (await signInAs('editor')).csrf_token!;
    const el = await openDesk('');
    // An editor's first screen is this one.
    await waitFor(() => deep(el, 'ww-staff-search-words', 'h1'));
    expect(textOf(deep(el, 'nav a[aria-current="page"]'))).to.equal('Everyday words');
    await waitFor(() => deep(screenOf(el), 'table, #no-words'));

    const phrase = `Trámite ${unique()}`;
    await press(screenOf(el), '#add-word');
    await until(() => focused()?.id === 'editor-title');
    expect(deep<HTMLSelectElement>(screenOf(el), '#f-locale')!.value, 'the desk language first').to.equal('en');
    choose(screenOf(el), '#f-locale', 'es');
    await press(screenOf(el), '#f-phrase', 'End');
    await sendKeys({ type: phrase });
    await press(screenOf(el), '#f-topics input[value="immigration-legal"]', 'Space');
    // Enter in the term field adds the term (and does not send the form).
    await press(screenOf(el), '#f-term', 'End');
    await sendKeys({ type: 'asesoría legal' });
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Term added: asesoría legal.');
    expect(focused()?.id).to.equal('f-term');
    await sendKeys({ type: 'abogado' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'ABOGADO' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screenOf(el), '#f-term-error')).includes('This term is already in the list.'));
    await typeReplacing('papeles');
    await sendKeys({ press: 'Enter' });
    const terms = () => deepAll(el, 'ww-staff-search-words', '.term-list li span').map(textOf);
    await until(() => terms().length === 3);
    expect(terms()).to.deep.equal(['asesoría legal', 'abogado', 'papeles']);
    await press(screenOf(el), '[data-term="1"]');
    await until(() => status(el) === 'Term removed: abogado.');
    expect(terms()).to.deep.equal(['asesoría legal', 'papeles']);
    expect(focused()?.getAttribute('aria-label'), 'focus moves to the term that took its place').to.equal(
      'Remove the term papeles',
    );
    await expect(el).to.be.accessible();

    await press(screenOf(el), '#f-phrase');
    await until(() => status(el) === `Added: ${phrase}. Searches understand it now.`);
    expect(deep(screenOf(el), '.editor'), 'the form closes').to.equal(null);
    const saved = (await wordsIn('es')).find((c) => c.phrase === phrase)!;
    expect(saved).to.deep.include({
      topics: ['immigration-legal'],
      terms: ['asesoría legal', 'papeles'],
      review: 'reviewed',
      updated_by: 'Eve Editor',
    });
  });

  it('a phrase the language has, without its accent or capital, is refused on the phrase field', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const phrase = `Trámite ${unique()}`;
    await addWord({ locale: 'es', phrase, topics: ['work'], terms: [], review: 'draft' });
    const el = await openDesk('#search-words?locale=es');
    await waitFor(() => rowOf(el, phrase));
    await press(screenOf(el), '#add-word');
    expect(deep<HTMLSelectElement>(screenOf(el), '#f-locale')!.value, 'the list’s language').to.equal('es');
    await press(screenOf(el), '#f-phrase', 'End');
    await sendKeys({ type: phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() });
    await press(screenOf(el), '#f-topics input[value="work"]', 'Space');
    await press(screenOf(el), '#f-phrase');
    await until(() => textOf(deep(screenOf(el), '#f-phrase-error')).includes('This language already has this word'));
    expect(focused()?.id).to.equal('f-phrase');
    const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect((await wordsIn('es')).filter((c) => folded(c.phrase) === folded(phrase))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says nothing can be found with neither topic nor term, before asking the server', async () => {
    await signInAs('editor');
    const el = await openDesk('#search-words?locale=es');
    await waitFor(() => deep(screenOf(el), 'table, #no-words'));
    await press(screenOf(el), '#add-word');
    await press(screenOf(el), '#f-phrase', 'End');
    await sendKeys({ type: `vacío ${unique()}` });
    await sendKeys({ press: 'Enter' });
    await until(() =>
      textOf(deep(screenOf(el), '#f-topics-error')).includes('Choose at least one topic, or add a term.'),
    );
    await expect(el).to.be.accessible();
  });

  it('filters by language, state and a search box, in the address', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const tag = unique();
    await addWord({ locale: 'es', phrase: `borrador ${tag}`, topics: ['housing'], terms: [], review: 'draft' });
    await addWord({ locale: 'es', phrase: `revisada ${tag}`, topics: ['housing'], terms: [], review: 'reviewed' });
    await addWord({ locale: 'ht', phrase: `kay ${tag}`, topics: ['housing'], terms: [], review: 'draft' });
    const el = await openDesk('#search-words?locale=es');
    await waitFor(() => deep(screenOf(el), 'table'));
    choose(screenOf(el), '#filter-review', 'draft');
    deep<HTMLInputElement>(screenOf(el), '#filter-q')!.value = tag;
    await press(screenOf(el), 'form.toolbar button[type="submit"]');
    await until(() => location.hash === `#search-words?locale=es&review=draft&q=${tag}`);
    const phrases = () => deepAll(el, 'ww-staff-search-words', 'tbody th').map(textOf);
    await until(() => phrases().length === 1);
    expect(phrases()).to.deep.equal([`borrador ${tag}`]);
    expect(textOf(rowOf(el, `borrador ${tag}`)!))
      .to.include('Draft')
      .and.include('Spanish');
    expect(textOf(deep(screenOf(el), 'caption'))).to.equal('Everyday words: Spanish (1)');

    choose(screenOf(el), '#filter-locale', 'all');
    choose(screenOf(el), '#filter-review', '');
    await press(screenOf(el), 'form.toolbar button[type="submit"]');
    await until(() => phrases().length === 3);
    // By language (es before ht), then phrase.
    expect(phrases()).to.deep.equal([`borrador ${tag}`, `revisada ${tag}`, `kay ${tag}`]);
    await expect(el).to.be.accessible();
  });

  it('a word changed meanwhile: 412 said with who, Reload shows theirs and keeps what was typed', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const tag = unique();
    const word = await addWord({
      locale: 'es',
      phrase: `asilo ${tag}`,
      topics: ['immigration-legal'],
      terms: [],
      review: 'draft',
    });
    const el = await openDesk(`#search-words?locale=es&q=${tag}`);
    await waitFor(() => rowOf(el, `asilo ${tag}`));
    await press(screenOf(el), `#edit-${word.id}`);
    await until(() => focused()?.id === 'editor-title');
    await press(screenOf(el), '#f-phrase', 'End');
    await sendKeys({ type: ' político' });
    await press(screenOf(el), '#f-review', 'Space');

    // Someone else saves first.
    const theirs = await asEditor(
      'PUT',
      `${PATH}/${word.id}`,
      {
        locale: 'es',
        phrase: `asilo ${tag}`,
        topics: ['immigration-legal', 'family'],
        terms: ['refugio'],
        review: 'draft',
      },
      word.version,
    );
    expect(theirs.status).to.equal(200);

    await press(screenOf(el), '#f-phrase');
    await waitFor(() => deep(screenOf(el), '.stale'));
    expect(textOf(deep(screenOf(el), '.stale'))).to.match(
      /^Changed by Eve Editor at .+ Reload to see their change; your edits are kept\./,
    );
    await press(screenOf(el), '.stale button');
    await until(() => textOf(deep(screenOf(el), '.theirs')).includes('refugio'));
    expect(textOf(deep(screenOf(el), '.theirs')))
      .to.include('As Eve Editor saved it:')
      .and.include('Family');
    expect(deep<HTMLInputElement>(screenOf(el), '#f-phrase')!.value, 'the typed phrase is kept').to.equal(
      `asilo ${tag} político`,
    );
    expect(deep<HTMLInputElement>(screenOf(el), '#f-review')!.checked).to.equal(true);
    await expect(el).to.be.accessible();

    await press(screenOf(el), '#f-phrase');
    await until(() => status(el) === `Saved: asilo ${tag} político. Searches understand it now.`);
    const now = (await wordsIn('es')).find((c) => c.id === word.id)!;
    expect(now).to.deep.include({ phrase: `asilo ${tag} político`, review: 'reviewed', version: 3 });
  });

  it('a kept draft comes back after a reload of the page', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const tag = unique();
    const word = await addWord({
      locale: 'es',
      phrase: `visa ${tag}`,
      topics: ['immigration-legal'],
      terms: [],
      review: 'draft',
    });
    let el = await openDesk(`#search-words?locale=es&q=${tag}`);
    await waitFor(() => rowOf(el, `visa ${tag}`));
    await press(screenOf(el), `#edit-${word.id}`);
    await press(screenOf(el), '#f-term', 'End');
    await sendKeys({ type: 'permiso' });
    await sendKeys({ press: 'Enter' });
    removeDesks();
    el = await openDesk(`#search-words?locale=es&q=${tag}`);
    await waitFor(() => deep(screenOf(el), '.term-list'));
    expect(textOf(deep(screenOf(el), '.term-list'))).to.include('permiso');
    expect(textOf(rowOf(el, `visa ${tag}`)!)).to.include('Unsaved changes');
  });

  it('deletes only after confirmation; Escape keeps the word, the focus back on its button', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const tag = unique();
    const word = await addWord({
      locale: 'es',
      phrase: `deportar ${tag}`,
      topics: ['know-your-rights'],
      terms: [],
      review: 'draft',
    });
    const el = await openDesk(`#search-words?locale=es&q=${tag}`);
    await waitFor(() => rowOf(el, `deportar ${tag}`));
    await press(screenOf(el), `#delete-${word.id}`);
    await waitFor(() => deep<HTMLDialogElement>(screenOf(el), 'dialog.ask')?.open);
    expect(textOf(deep(screenOf(el), '#delete-title'))).to.equal(`Delete “deportar ${tag}”?`);
    expect(focused()?.id, 'the way back first').to.equal('delete-keep');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !deep(screenOf(el), 'dialog.ask'));
    expect(focused()?.id).to.equal(`delete-${word.id}`);
    expect((await wordsIn('es')).some((c) => c.id === word.id)).to.equal(true);

    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep<HTMLDialogElement>(screenOf(el), 'dialog.ask')?.open);
    await press(screenOf(el), '#delete-confirm');
    await until(() => status(el) === `Deleted: deportar ${tag}.`);
    await until(() => !rowOf(el, `deportar ${tag}`));
    expect(focused()?.id).to.equal('add-word');
    expect((await wordsIn('es')).some((c) => c.id === word.id)).to.equal(false);
  });

  it('"Try it" runs the public search and shows the everyday words it understood and the total', async () => {
    csrf = (await signInAs('editor')).csrf_token!;
    const phrase = `papeleo ${unique()}`;
    await addWord({ locale: 'es', phrase, topics: ['citizenship'], terms: [], review: 'reviewed' });
    const el = await openDesk('#search-words?locale=es');
    await waitFor(() => deep(screenOf(el), '#try'));
    expect(deep<HTMLSelectElement>(screenOf(el), '#try-lang')!.value, 'the list’s language').to.equal('es');
    await press(screenOf(el), '#try', 'End');
    await sendKeys({ type: `necesito ayuda con ${phrase}` });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(screenOf(el), '#try-total'));
    const expected = (await (
      await fetch(`/v1/services?q=${encodeURIComponent(`necesito ayuda con ${phrase}`)}&lang=es`, {
        credentials: 'omit',
      })
    ).json()) as { total: number };
    expect(expected.total, 'the word brings the citizenship services').to.be.greaterThan(0);
    expect(textOf(deep(screenOf(el), '#try-total'))).to.equal(String(expected.total));
    // (textOf puts a space between the isolated phrase and its colon.)
    expect(textOf(deep(screenOf(el), '#try-concepts'))).to.equal(`${phrase} : Citizenship`);
    expect(textOf(deep(screenOf(el), '.try .status'))).to.equal(`Services found: ${expected.total}.`);
    expect(deepAll(el, 'ww-staff-search-words', '.try ol li').length).to.be.within(1, 5);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px and keeps its borders and focus in forced colours, in Spanish', async () => {
    await signInAs('admin');
    await setViewport({ width: 320, height: 800 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await openDesk('#search-words?locale=all', 'es');
    await waitFor(() => deep(screenOf(el), 'table'));
    expect(textOf(deep(screenOf(el), 'h1'))).to.equal('Palabras cotidianas');
    // Every language's seeded words: a hundred rows at a time, and more on asking.
    const rows = () => deepAll(el, 'ww-staff-search-words', 'tbody tr').length;
    expect(rows()).to.equal(100);
    expect(textOf(deep(screenOf(el), '#show-more'))).to.equal('Mostrar 100 más');
    await press(screenOf(el), '#show-more');
    await waitFor(() => rows() === 200);
    await press(screenOf(el), '#add-word');
    await press(screenOf(el), '#f-term', 'End');
    await sendKeys({ type: 'un término bastante largo para una pantalla estrecha' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(screenOf(el), '.term-list li'));
    noSideScroll();
    const item = getComputedStyle(deep(screenOf(el), '.term-list li')!);
    expect(item.borderTopStyle).to.equal('solid');
    deep<HTMLElement>(screenOf(el), '[data-term="0"]')!.focus();
    const ring = getComputedStyle(focused()!);
    expect(ring.outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
