import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '../src/core/api-client.js';
import { errorMessage } from '../src/core/error-message.js';
import {
  AbortedError,
  ConfigError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
} from '../src/core/errors.js';
import { renderInLocale, loadLocale } from '../src/core/locale.js';
import { templates as spanish } from '../src/generated/locales/es.js';
import './helpers/probe-element.js';
import type { WwTestProbe } from './helpers/probe-element.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

const client = (options: Partial<ConstructorParameters<typeof ApiClient>[0]> = {}) =>
  new ApiClient({ endpoint: '/api-test/', locale: 'es', retryDelayMs: 10, ...options });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

let key = 0;
const uniqueKey = () => `k${Date.now()}-${key++}`;

describe('ApiClient', () => {
  beforeEach(resetPageLocale);

  it('sends the locale as lang and Accept-Language, and never cookies or the page address', async () => {
    document.cookie = 'visitor=tracked; path=/';
    const echo = await client({ locale: 'zh-Hant' }).get<{
      query: Record<string, string>;
      headers: Record<string, string>;
    }>('echo', { query: { q: 'legal help', topic: ['id', 'legal'], empty: '' } });
    expect(echo.query).to.deep.equal({ q: 'legal help', topic: 'legal', lang: 'zh-Hant' });
    expect(echo.headers.acceptLanguage).to.equal('zh-Hant, zh;q=0.9, en;q=0.5');
    expect(echo.headers.cookie).to.equal('');
    expect(echo.headers.referer).to.equal('');
    document.cookie = 'visitor=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('posts JSON', async () => {
    const echo = await client().post<{ method: string; body: unknown; headers: Record<string, string> }>('echo', {
      topic: 'citizenship',
    });
    expect(echo.method).to.equal('POST');
    expect(echo.body).to.deep.equal({ topic: 'citizenship' });
    expect(echo.headers.contentType).to.equal('application/json');
  });

  it('maps problem+json answers to HttpError with the problem details', async () => {
    const notFound = await failure(client().get('status', { query: { code: 404 } }));
    expect(notFound).to.be.instanceOf(HttpError);
    expect((notFound as HttpError).status).to.equal(404);
    expect((notFound as HttpError).problem!.title).to.equal('Status 404');
    const invalid = (await failure(client().post('status?code=422', {}))) as HttpError;
    expect(invalid.problem!.errors).to.deep.equal([{ path: 'email', message: 'Not an email address' }]);
    expect(invalid.retryable).to.equal(false);
  });

  it('maps a plain-text 500 to HttpError without problem details', async () => {
    const error = (await failure(client().get('text-error', { retries: 0 }))) as HttpError;
    expect(error).to.be.instanceOf(HttpError);
    expect(error.status).to.equal(500);
    expect(error.problem).to.equal(undefined);
    expect(error.retryable).to.equal(true);
  });

  it('maps malformed JSON and non-JSON bodies to MalformedResponseError', async () => {
    expect(await failure(client().get('malformed'))).to.be.instanceOf(MalformedResponseError);
    expect(await failure(client().get('html'))).to.be.instanceOf(MalformedResponseError);
  });

  it('returns undefined for 204 No Content', async () => {
    expect(await client().get('empty')).to.equal(undefined);
  });

  it('times out a slow answer', async () => {
    const error = await failure(client().get('slow', { query: { ms: 3000 }, timeoutMs: 200, retries: 0 }));
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('retries a failing GET with back-off until it succeeds', async () => {
    const k = uniqueKey();
    const result = await client().get<{ attempts: number }>('flaky', { query: { key: k, fail: 2 } });
    expect(result.attempts).to.equal(3);
  });

  it('honours Retry-After on 429', async () => {
    const k = uniqueKey();
    const result = await client().get<{ attempts: number }>('flaky', {
      query: { key: k, fail: 1, status: 429, retryAfter: 0 },
    });
    expect(result.attempts).to.equal(2);
  });

  it('never retries a POST, nor a 4xx', async () => {
    const post = uniqueKey();
    expect(await failure(client().post(`flaky?key=${post}&fail=1`, { a: 1 }))).to.be.instanceOf(HttpError);
    expect((await client().get<{ count: number }>('attempts', { query: { key: post } })).count).to.equal(1);
    const notFound = uniqueKey();
    await failure(client().get('flaky', { query: { key: notFound, fail: 1, status: 404 } }));
    expect((await client().get<{ count: number }>('attempts', { query: { key: notFound } })).count).to.equal(1);
  });

  it('gives up after its retries', async () => {
    const k = uniqueKey();
    const error = await failure(client().get('flaky', { query: { key: k, fail: 5 }, retries: 2 }));
    expect((error as HttpError).status).to.equal(503);
    expect((await client().get<{ count: number }>('attempts', { query: { key: k } })).count).to.equal(3);
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const error = await failure(
      new ApiClient({ endpoint: 'http://127.0.0.1:9/', locale: 'en' }).get('x', { retries: 0 }),
    );
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('aborts with its signal', async () => {
    const controller = new AbortController();
    const request = client().get('slow', { query: { ms: 3000 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(request)).to.be.instanceOf(AbortedError);
  });

  it('contacts no other host than its endpoint', async () => {
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input));
      return realFetch(input, init);
    };
    try {
      // A protocol-relative path stays under the endpoint instead of naming a host.
      expect(client().url('//evil.example/x').href).to.equal(`${location.origin}/api-test/evil.example/x?lang=es`);
      for (const path of ['https://evil.example/x', '../outside', 'javascript:alert(1)']) {
        expect(await failure(client().get(path)), path).to.be.instanceOf(ConfigError);
      }
      expect(() => new ApiClient({ endpoint: 'ftp://example.org/', locale: 'en' })).to.throw(ConfigError);
      expect(fetched).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('words every failure for visitors, in their language', async () => {
    await loadLocale('es');
    const message = renderInLocale('es', () => errorMessage(new HttpError(503, undefined, undefined)));
    expect(message).to.equal(spanish['error.server']);
    const kinds = [
      new NetworkError('x'),
      new TimeoutError(1),
      new MalformedResponseError('x'),
      new HttpError(404, undefined, undefined),
      new HttpError(429, undefined, undefined),
      new HttpError(422, undefined, undefined),
    ].map((error) => errorMessage(error));
    expect(new Set(kinds).size).to.equal(kinds.length);
    for (const text of kinds) expect(text).to.not.match(/\d{3}|Error/);
  });
});

describe('a data widget and its requests', () => {
  beforeEach(resetPageLocale);

  it('aborts its request when it leaves the page', async () => {
    const probe = await fixture<WwTestProbe>(
      html`<ww-test-probe endpoint="/api-test/" path="slow?ms=3000"></ww-test-probe>`,
    );
    const loading = probe.load();
    await new Promise((r) => setTimeout(r, 50));
    probe.remove();
    await loading;
    expect(probe.state.kind).to.equal('error');
    expect((probe.state as { error: unknown }).error).to.be.instanceOf(AbortedError);
  });

  it('shows a localized error with a retry that works', async () => {
    const k = uniqueKey();
    const probe = await fixture<WwTestProbe>(
      html`<ww-test-probe lang="es" endpoint="/api-test/" .path=${`flaky?key=${k}&fail=1&status=500`}></ww-test-probe>`,
    );
    await until(() => probe.locale === 'es');
    await probe.load();
    await probe.updateComplete;
    const notice = probe.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain(spanish['error.server'] as string);
    await expect(probe).to.be.accessible();
    const retry = probe.shadowRoot!.querySelector<HTMLButtonElement>('[part="notice-action"]')!;
    expect(retry.textContent!.trim()).to.equal(spanish['action.retry']);
    retry.click();
    await until(() => probe.state.kind === 'done');
  });
});
