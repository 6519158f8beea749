import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RendererChannel } from '../../electron/shared/bridge';
import { RENDERER_CHANNELS, createHttpApi, methodName } from '../../renderer/src/lib/http-api';
import { thumbUrl } from '../../renderer/src/lib/thumb';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('http-api adapter', () => {
  it('exposes one method per renderer channel, named by the methodName rule', () => {
    const api = createHttpApi();
    const expected = [
      'appInfo',
      'accountsList',
      'accountsAdd',
      'accountsRemove',
      'accountsTest',
      'libraryUpload',
      'libraryDelete',
      'libraryDownload',
      'librarySync',
      'libraryQuery',
      'librarySummary',
      'libraryDetail',
      'libraryBulkDelete',
      'libraryBulkDownload',
      'libraryBackup',
      'uploadsEnqueue',
      'uploadsList',
      'uploadsControl',
      'uploadsResolveDuplicate',
      'uploadsSetConcurrency',
      'uploadsClearFinished',
      'uploadsTempList',
      'uploadsTempFetch',
      'uploadsTempSave',
      'articlesConfig',
      'articlesListDrafts',
      'articlesGetDraft',
      'articlesSaveDraft',
      'articlesDeleteDraft',
      'articlesCopyNews',
      'articlesUploadImage',
      'articlesImportImage',
      'articlesPublish',
      'articlesPublishStatus',
      'articlesListPublished',
    ];
    expect(RENDERER_CHANNELS.map((c: RendererChannel) => methodName(c))).toEqual(expected);
    for (const name of expected) expect(typeof (api as unknown as Record<string, unknown>)[name]).toBe('function');
    expect((api as unknown as Record<string, unknown>)['filesRegister']).toBeUndefined();
  });

  it('posts the request as JSON to /api/call/<channel> with X-SucaiDesk and returns the envelope', async () => {
    const page = { items: [], total: 0, offset: 40 };
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse({ ok: true, value: page })));
    vi.stubGlobal('fetch', fetchMock);

    const api = createHttpApi();
    const req = { accountId: 'demo', kinds: ['image' as const], sort: 'date-desc' as const, offset: 40, limit: 20 };
    const env = await api.libraryQuery(req);

    expect(env).toEqual({ ok: true, value: page });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/call/library:query');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-SucaiDesk')).toBe('1');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(init?.body as string)).toEqual(req);
  });

  it('passes an error envelope through, even on HTTP 403', async () => {
    const error = {
      code: 'FORBIDDEN',
      errClass: 'forbidden',
      retryable: false,
      message: { zh: '拒绝', en: 'Refused' },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(jsonResponse({ ok: false, error }, 403))),
    );
    const env = await createHttpApi().accountsList({});
    expect(env).toEqual({ ok: false, error });
  });

  it('turns a network failure into a retryable NETWORK error envelope instead of rejecting', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const env = await createHttpApi().accountsTest({ accountId: 'demo' });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('NETWORK');
    expect(env.error.errClass).toBe('retryable');
    expect(env.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(env.error.message.en.length).toBeGreaterThan(0);
  });

  it('turns a non-envelope answer into an error envelope', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }))),
    );
    const env = await createHttpApi().librarySummary({ accountId: 'demo' });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('BAD_RESPONSE');
  });

  it('stages each file with a raw POST to /api/stage?name= and combines the tokens', async () => {
    const fetchMock = vi.fn<typeof fetch>((input) => {
      const name = decodeURIComponent((input as string).split('name=')[1] ?? '');
      const token = name === '图 1.png' ? 'a'.repeat(32) : 'b'.repeat(32);
      return Promise.resolve(jsonResponse({ ok: true, value: { token, name, size: 3 } }));
    });
    vi.stubGlobal('fetch', fetchMock);
    const files = [new File(['abc'], '图 1.png'), new File(['def'], 'b&c.mp3')];
    const env = await createHttpApi().stageFiles(files);

    expect(env).toEqual({
      ok: true,
      value: [
        { token: 'a'.repeat(32), name: '图 1.png', size: 3 },
        { token: 'b'.repeat(32), name: 'b&c.mp3', size: 3 },
      ],
    });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      `/api/stage?name=${encodeURIComponent('图 1.png')}`,
      '/api/stage?name=b%26c.mp3',
    ]);
    const init = fetchMock.mock.calls[0][1];
    expect(init?.body).toBe(files[0]);
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/octet-stream');
    expect(new Headers(init?.headers).get('X-SucaiDesk')).toBe('1');
  });

  it('stops staging at the first failure and returns its error', async () => {
    const error = {
      code: 'TOO_LARGE',
      errClass: 'bad-input',
      retryable: false,
      message: { zh: '太大', en: 'Too large' },
    };
    const fetchMock = vi.fn(() => Promise.resolve(jsonResponse({ ok: false, error }, 413)));
    vi.stubGlobal('fetch', fetchMock);
    const env = await createHttpApi().stageFiles([new File(['a'], 'a.png'), new File(['b'], 'b.png')]);
    expect(env).toEqual({ ok: false, error });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('subscribes to events through one shared EventSource', () => {
    const sources: FakeEventSource[] = [];
    class FakeEventSource extends EventTarget {
      closed = false;
      constructor(readonly url: string) {
        super();
        sources.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    const api = createHttpApi();
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on('upload:progress', a);
    const offB = api.on('upload:progress', b);
    expect(sources).toHaveLength(1);
    expect(sources[0].url).toBe('/api/events');

    const payload = { name: 'x.png', transferred: 5, total: 10 };
    sources[0].dispatchEvent(new MessageEvent('upload:progress', { data: JSON.stringify(payload) }));
    expect(a).toHaveBeenCalledWith(payload);
    expect(b).toHaveBeenCalledWith(payload);

    offA();
    sources[0].dispatchEvent(new MessageEvent('upload:progress', { data: JSON.stringify(payload) }));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(sources[0].closed).toBe(false);
    offB();
    expect(sources[0].closed).toBe(true);
  });

  it('builds page-relative thumbnail URLs', () => {
    expect(thumbUrl('demo', 'abc/def+=')).toBe('thumb/demo/abc%2Fdef%2B%3D');
  });
});
