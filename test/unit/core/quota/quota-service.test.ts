/** QuotaService against the emulator: figures as WeChat reports them, a minute's cache, 76021 rows, failures not cached. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../electron/emulator';
import type { WeChatClient } from '../../../../electron/core/wechat/client';
import { emulatorWithClient } from '../../fixtures/emulator-client';
import { QUOTA_CACHE_MS, QuotaService } from '../../../../electron/core/quota/quota-service';
import { APP_ENDPOINTS } from '../../../../electron/core/quota/app-endpoints';
import type { EndpointQuota } from '@shared/features/quota.channels';

let emu: Emulator;
let client: WeChatClient;
let clock: number;

const service = (endpoints?: readonly string[]) =>
  new QuotaService({ clientFor: () => Promise.resolve(client), now: () => clock, endpoints });
const quotaCalls = () => emu.calls().filter((c) => c.endpoint === 'openapi/quota/get');
const row = (rows: unknown[], cgiPath: string) => rows.find((r) => (r as EndpointQuota).cgiPath === cgiPath);

beforeEach(async () => {
  ({ emu, client } = await emulatorWithClient({ enforceQuota: true }));
  clock = 1_800_000_000_000;
});
afterEach(async () => {
  await emu.close();
});

describe('QuotaService', () => {
  it('reports used/limit/remain of every endpoint the app uses, as WeChat counts them', async () => {
    await client.material.batchget('image', 0, 20);
    await client.material.batchget('image', 0, 20);
    await client.material.count();
    const report = await service().get('demo');
    expect(report.endpoints.map((r) => r.cgiPath)).toEqual([...APP_ENDPOINTS]);
    expect(quotaCalls()).toHaveLength(APP_ENDPOINTS.length);
    expect(quotaCalls().every((c) => c.status === 200)).toBe(true);
    expect(row(report.endpoints, '/cgi-bin/material/batchget_material')).toEqual({
      cgiPath: '/cgi-bin/material/batchget_material',
      dailyLimit: 100_000,
      used: 2,
      remain: 99_998,
    });
    expect(row(report.endpoints, '/cgi-bin/material/get_materialcount')).toMatchObject({ used: 1 });
    expect(row(report.endpoints, '/cgi-bin/freepublish/delete')).toMatchObject({ dailyLimit: 10, used: 0, remain: 10 });
    expect(report.fetchedAt).toBe(clock);
  });

  it('answers from a cache for a minute (quota/get is quota-limited itself), then asks WeChat again', async () => {
    const quota = service();
    const [a, b] = await Promise.all([quota.get('demo'), quota.get('demo')]);
    expect(b).toBe(a);
    expect(quotaCalls()).toHaveLength(APP_ENDPOINTS.length);
    await client.material.count();
    clock += QUOTA_CACHE_MS - 1;
    expect(row((await quota.get('demo')).endpoints, '/cgi-bin/material/get_materialcount')).toMatchObject({ used: 0 });
    expect(quotaCalls()).toHaveLength(APP_ENDPOINTS.length);
    clock += 1;
    const fresh = await quota.get('demo');
    expect(row(fresh.endpoints, '/cgi-bin/material/get_materialcount')).toMatchObject({ used: 1 });
    expect(quotaCalls()).toHaveLength(2 * APP_ENDPOINTS.length);
  });

  it('a path WeChat does not know (76021) is one unavailable row; the others still show', async () => {
    const report = await service(['/cgi-bin/no/such_api', '/cgi-bin/draft/add']).get('demo');
    expect(report.endpoints[0]).toMatchObject({
      cgiPath: '/cgi-bin/no/such_api',
      error: { code: 'WX_76021', errcode: 76021 },
    });
    expect(report.endpoints[1]).toMatchObject({ cgiPath: '/cgi-bin/draft/add', dailyLimit: 1000, used: 0 });
  });

  it('a failed report (45009 on quota/get) fails as a whole and is not cached', async () => {
    const quota = service(['/cgi-bin/draft/add', '/cgi-bin/media/upload']);
    emu.setFaults([{ endpoint: 'openapi/quota/get', kind: 'errcode', errcode: 45009, times: 1 }]);
    await expect(quota.get('demo')).rejects.toMatchObject({ errcode: 45009 });
    const report = await quota.get('demo');
    expect(report.endpoints).toHaveLength(2);
    expect(report.endpoints.every((r) => 'used' in r)).toBe(true);
  });
});
