import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RendererChannel } from '@shared/bridge';
import { CHANNELS, DESKTOP_ONLY_CHANNELS } from '@shared/channels';
import { articleImageUrl } from '../../renderer/src/features/articles/editor/asset-url';
import { assetUrl, signAssetPath } from '../../renderer/src/lib/asset-url';
import { openEventReader } from '../../renderer/src/lib/event-reader';
import { NO_SESSION_KEY, RENDERER_CHANNELS, createHttpApi, methodName } from '../../renderer/src/lib/http-api';
import { missingSessionKey, resetSessionKeyForTests, sessionKey } from '../../renderer/src/lib/session-key';
import { thumbUrl } from '../../renderer/src/lib/thumb';

const KEY = 'ab'.repeat(32);

/** The page as the one-time link's redirect leaves it: `/#k=<key>`. */
function arriveWithKey(key = KEY): void {
  sessionStorage.clear();
  history.replaceState(null, '', `/#k=${key}`);
  resetSessionKeyForTests();
}

/** A text/event-stream response the test writes to. */
function eventStream() {
  let push!: (text: string) => void;
  let end!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => controller.enqueue(new TextEncoder().encode(text));
      end = () => controller.close();
    },
  });
  return { response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }), push, end };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => arriveWithKey());

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { api?: unknown }).api;
});

describe('http-api adapter', () => {
  it('exposes one method per contract channel, named by the methodName rule, from the contract itself', () => {
    const api = createHttpApi() as unknown as Record<string, unknown>;
    // The adapter holds no copy of the list: it is the contract's, minus the desktop-only channel.
    const expected = CHANNELS.filter((c) => !DESKTOP_ONLY_CHANNELS.includes(c)).map((c) => methodName(c));
    expect(RENDERER_CHANNELS.map((c: RendererChannel) => methodName(c))).toEqual(expected);
    expect(expected).toContain('uploadsEnqueue');
    for (const name of expected) expect(typeof api[name]).toBe('function');
    expect(api['filesRegister']).toBeUndefined();
    // One path per action: the old single-item channels are gone; one-way desktop drags are not offered here.
    for (const gone of ['libraryUpload', 'libraryDelete', 'libraryDownload', 'libraryStartDrag']) {
      expect(api[gone]).toBeUndefined();
    }
  });

  it('posts the request as JSON to /api/call/<channel> with the session key and returns the envelope', async () => {
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
    expect(headers.get('X-SucaiDesk-Key')).toBe(KEY);
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
    expect(new Headers(init?.headers).get('X-SucaiDesk-Key')).toBe(KEY);
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

  it('subscribes to events through one shared fetch stream that sends the key', async () => {
    const streams: ReturnType<typeof eventStream>[] = [];
    const fetchMock = vi.fn<typeof fetch>(() => {
      const stream = eventStream();
      streams.push(stream);
      return Promise.resolve(stream.response);
    });
    vi.stubGlobal('fetch', fetchMock);
    const api = createHttpApi();
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on('uploads:progress', a);
    const offB = api.on('uploads:progress', b);
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/events');
    expect(new Headers(init?.headers).get('X-SucaiDesk-Key')).toBe(KEY);

    const payload = { name: 'x.png', transferred: 5, total: 10 };
    // Split mid-frame, as a network may deliver it.
    streams[0].push(': connected\n\nevent: uploads:progress\ndata: ');
    streams[0].push(`${JSON.stringify(payload)}\n\nevent: other\ndata: {}\n\n`);
    await tick();
    expect(a).toHaveBeenCalledWith(payload);
    expect(b).toHaveBeenCalledWith(payload);

    offA();
    streams[0].push(`event: uploads:progress\ndata: ${JSON.stringify(payload)}\n\n`);
    await tick();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(init?.signal?.aborted).toBe(false);
    offB();
    expect(init?.signal?.aborted).toBe(true);
  });

  it('reconnects the event stream with backoff after a failure or the end of the stream', async () => {
    const streams: ReturnType<typeof eventStream>[] = [];
    let calls = 0;
    const fetchMock = vi.fn<typeof fetch>(() => {
      calls += 1;
      if (calls === 1) return Promise.reject(new TypeError('Failed to fetch'));
      if (calls === 2) return Promise.resolve(new Response('no', { status: 503 }));
      const stream = eventStream();
      streams.push(stream);
      return Promise.resolve(stream.response);
    });
    vi.stubGlobal('fetch', fetchMock);
    const got: string[] = [];
    const reader = openEventReader('/api/events', {
      headers: { 'X-SucaiDesk-Key': KEY },
      onMessage: (m) => got.push(m.data),
      minDelayMs: 20,
      maxDelayMs: 40,
    });
    await tick(150);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    streams[0].push('data: one\n\n');
    streams[0].end();
    await tick(100);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    streams[1].push('data: two\n\n');
    await tick();
    expect(got).toEqual(['one', 'two']);
    reader.close();
    await tick(100);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('builds page-relative thumbnail URLs (desktop: as is)', () => {
    (window as { api?: unknown }).api = {};
    expect(thumbUrl('demo', 'abc/def+=')).toBe('thumb/demo/abc%2Fdef%2B%3D');
  });
});

describe('the session key (browser mode)', () => {
  it('moves the key from the URL fragment into sessionStorage and out of the address bar', () => {
    expect(sessionKey()).toBe(KEY);
    expect(location.hash).toBe('');
    expect(location.href).not.toContain(KEY);
    expect(sessionStorage.getItem('sucaidesk.apiKey')).toBe(KEY);
    // A reload: no fragment any more, the tab's storage still has it.
    resetSessionKeyForTests();
    expect(sessionKey()).toBe(KEY);
    expect(missingSessionKey()).toBe(false);
  });

  it('without a key sends nothing and answers with the printed-link message', async () => {
    sessionStorage.clear();
    history.replaceState(null, '', '/#k=not-a-key');
    resetSessionKeyForTests();
    expect(missingSessionKey()).toBe(true);
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    const api = createHttpApi();
    expect(await api.accountsList({})).toEqual({ ok: false, error: NO_SESSION_KEY });
    expect(await api.stageFiles([new File(['a'], 'a.png')])).toEqual({ ok: false, error: NO_SESSION_KEY });
    api.on('uploads:progress', () => undefined)();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(NO_SESSION_KEY.message.zh).toContain('npm run web');
    expect(NO_SESSION_KEY.message.en).toContain('npm run web');
  });

  it('signs every asset URL with the key, stable within a 10-minute bucket', () => {
    const now = Date.UTC(2025, 0, 1, 12, 3);
    const signed = assetUrl('thumb/demo/M%2F1', now);
    expect(signed).toBe(`thumb/demo/M%2F1?${signAssetPath('/thumb/demo/M%2F1', KEY, now)}`);
    expect(signed).toMatch(/\?e=\d+&s=[\w-]{43}$/);
    const e = Number(/e=(\d+)/.exec(signed)![1]);
    expect(e - now / 1000).toBeGreaterThanOrEqual(600);
    expect(e - now / 1000).toBeLessThanOrEqual(1200);
    expect(assetUrl('thumb/demo/M%2F1', now + 60_000)).toBe(signed);
    expect(assetUrl('thumb/demo/OTHER', now)).not.toBe(signed.replace('M%2F1', 'OTHER'));
    expect(thumbUrl('demo', 'x')).toMatch(/^thumb\/demo\/x\?e=\d+&s=/);
    expect(articleImageUrl('demo', 'https://mmbiz.qpic.cn/a.png')).toMatch(/^artimg\/demo\/[\w-]+\?e=\d+&s=/);
  });

  it('leaves asset URLs unsigned in the desktop window (app://, preload bridge)', () => {
    (window as { api?: unknown }).api = {};
    expect(assetUrl('preview/demo/x')).toBe('preview/demo/x');
  });
});
