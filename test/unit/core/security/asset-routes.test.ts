import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AssetRoutes, type AssetHandler, type AssetResponse } from '../../../../electron/core/assets';
import { mediaIdSchema } from '@shared/schema-parts';

// AssetRoutes is the one choke point of every same-origin asset route (issue 8 finding 1): a
// request's segments are validated before any handler runs, and what a handler answers must be
// a media type. The handler here is a spy, so "refused" means "the handler never saw it".

const PNG: AssetResponse = { body: new Uint8Array([0x89, 0x50]), contentType: 'image/png' };

function routesWith(answer: AssetResponse = PNG, idSchema: z.ZodType<string> = mediaIdSchema) {
  const handler = vi.fn<AssetHandler>(() => Promise.resolve(answer));
  // Callable and a route object at once, so the same test also runs against the old handler API.
  const route = Object.assign((...args: unknown[]) => (handler as (...a: unknown[]) => unknown)(...args), {
    idSchema,
    handle: handler,
  });
  const routes = new AssetRoutes();
  routes.register('thumb', route);
  return { routes, handler };
}

const long = (n: number) => 'a'.repeat(n);

/** Segment spellings that must never reach a handler, as they appear in the (encoded) path. */
const BAD_PATHS = [
  '/thumb/..%2f..%2fetc/passwd',
  '/thumb/acc/..%2f..%2fetc%2fpasswd',
  '/thumb/acc/..%2F..%2Fx',
  '/thumb/..%5c..%5cx/M1',
  '/thumb/acc/..%5c..%5cwin.ini',
  '/thumb/acc/..',
  '/thumb/../M1',
  '/thumb/acc/.',
  '/thumb/acc/%2e%2e',
  '/thumb/%2e%2e/M1',
  '/thumb/acc/a%00b',
  '/thumb/acc%00/M1',
  '/thumb/acc/%E2%80%AEgnp.lmth',
  '/thumb/%EF%BC%8E%EF%BC%8E/M1',
  '/thumb/acc/%EF%BC%8F',
  '/thumb/%C3%A4cc/M1',
  '/thumb/acc/%E0%A4%A',
  '/thumb/acc/%',
  `/thumb/${long(65)}/M1`,
  `/thumb/acc/${long(257)}`,
  '/thumb/acc/a%20b',
  '/thumb/acc',
  '/thumb/acc/',
  '/thumb//M1',
  '/thumb/acc/M1/extra',
  '/thumb/acc/M1/',
  '/thumb/acc/x/..%2f..',
  '/thumb',
  '/thumb/',
];

describe('AssetRoutes validates every segment before a handler runs', () => {
  it('passes well-formed ids to the handler as typed fields', async () => {
    const { routes, handler } = routesWith();
    expect(await routes.serve('/thumb/acc_1/zUUtT8ZYeXzZ4slFbtnAks-nZeGiPQmwvhShTh72CqM')).not.toBeNull();
    expect(handler).toHaveBeenCalledWith({ accountId: 'acc_1', id: 'zUUtT8ZYeXzZ4slFbtnAks-nZeGiPQmwvhShTh72CqM' });
  });

  it.each(BAD_PATHS)('refuses %s without calling the handler', async (pathname) => {
    const { routes, handler } = routesWith();
    expect(await routes.serve(pathname)).toBeNull();
    expect(handler).not.toHaveBeenCalled();
  });

  it('applies a per-route id schema declared at registration', async () => {
    const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
    const { routes, handler } = routesWith(PNG, base64url);
    expect(await routes.serve('/thumb/acc/aHR0cHM6Ly9tbWJpei5xcGljLmNuL2E')).not.toBeNull();
    expect(await routes.serve('/thumb/acc/aHR0c!')).toBeNull();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('AssetRoutes answers only media types, with the asset headers', () => {
  it.each([
    'text/html',
    'text/html; charset=utf-8',
    'TEXT/HTML',
    'application/xhtml+xml',
    'image/svg+xml',
    'text/javascript',
    'application/javascript',
    'application/octet-stream',
    'text/plain',
    'application/pdf',
    '',
  ])('refuses a handler answering %j', async (contentType) => {
    const { routes } = routesWith({ body: new Uint8Array([60]), contentType });
    expect(await routes.serve('/thumb/acc/M1')).toBeNull();
  });

  it('folds aliases to the canonical type and sends nosniff, inline and a sandboxing CSP', async () => {
    const { routes } = routesWith({ body: new Uint8Array([1]), contentType: 'audio/mp3; charset=x' });
    const served = (await routes.serve('/thumb/acc/M1')) as unknown as { headers: Record<string, string> };
    expect(served.headers['Content-Type']).toBe('audio/mpeg');
    expect(served.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(served.headers['Content-Disposition']).toBe('inline');
    expect(served.headers['Content-Security-Policy']).toMatch(/sandbox/);
  });

  it('makes a download an attachment with an encoded file name', async () => {
    const { routes } = routesWith({ ...PNG, downloadName: '图 "1".png' });
    const served = (await routes.serve('/thumb/acc/M1')) as unknown as { headers: Record<string, string> };
    expect(served.headers['Content-Disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('图 "1".png')}`,
    );
  });

  it('turns a throwing handler into a 404', async () => {
    const routes = new AssetRoutes();
    routes.register('thumb', { idSchema: mediaIdSchema, handle: () => Promise.reject(new Error('boom')) });
    expect(await routes.serve('/thumb/acc/M1')).toBeNull();
  });
});
