/**
 * Pictures pasted from web pages: WeChat drops any <img> not hosted on mmbiz, so the main process fetches
 * the external URL itself and re-uploads it through media/uploadimg. The URL is the user's (or a pasted
 * page's) choice, so it goes through the bounded fetch with the public-only policy
 * (electron/core/net/bounded-fetch.ts): every hop and every resolved address checked, pinned connection,
 * byte cap while reading, total deadline. The type is sniffed from the bytes. The renderer flags the
 * picture when this fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appError } from '@shared/errors';
import { sniffFormat } from '../files/sniff';
import { BoundedFetchError, fetchBounded } from '../net/bounded-fetch';
import { publicOnly } from '../net/host-policy';
import type { Resolver } from '../net/pinned-lookup';
import type { WeChatClient } from '../wechat/client';
import { isAllowedImageUrl } from './article-rules';

/** Larger downloads are abandoned: uploadimg takes < 1 MB anyway, and we do not re-encode in main. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The whole download, redirects included: a trickling server cannot hold the import longer. */
export const IMPORT_DEADLINE_MS = 20_000;

function refused(zh: string, en: string) {
  return appError('IMAGE_IMPORT_FAILED', 'bad-input', { zh, en });
}

export interface ImportOptions {
  /** Exact `host:port` values exempt from the public-address rule: tests serving pictures from 127.0.0.1. */
  allowHosts?: readonly string[];
  resolver?: Resolver;
  deadlineMs?: number;
}

/**
 * What the user reads when the download fails. Never the status code or body of the URL (an arbitrary
 * site's words do not belong in our UI), only what kind of failure it was and what to do.
 */
function cannotFetch(err: unknown) {
  const reason = err instanceof BoundedFetchError ? err.reason : 'network';
  switch (reason) {
    case 'bad-url':
      return refused(
        '图片无法下载：只能导入不含用户名/密码的 http(s) 图片地址。请另存图片后从本地插入。',
        'The image could not be fetched: only http(s) addresses without a user name or password are imported. Save the picture and insert it from disk.',
      );
    case 'refused':
      return refused(
        '图片无法下载：它指向本机、内网或保留地址，不会被导入。请另存图片后从本地插入。',
        'The image could not be fetched: it points to this computer, the local network or a reserved address. Save the picture and insert it from disk.',
      );
    case 'too-large':
      return refused(
        '图片无法下载：超过 5 MB。请压缩或另存为较小的 JPG 后从本地插入。',
        'The image could not be fetched: it is over 5 MB. Save a smaller JPG and insert it from disk.',
      );
    default:
      return refused(
        '图片无法下载（网站未提供这张图片，或响应太慢）。请另存图片后从本地插入。',
        'The image could not be fetched (the site did not serve it, or too slowly). Save the picture and insert it from disk.',
      );
  }
}

/** Downloads an external picture; returns its bytes and canonical extension, or throws a clear AppError. */
export async function fetchExternalImage(
  raw: string,
  opts: ImportOptions = {},
): Promise<{ bytes: Buffer; ext: 'jpg' | 'png' }> {
  const { bytes } = await fetchBounded(raw, {
    policy: publicOnly({ allowHosts: opts.allowHosts }),
    maxBytes: MAX_IMPORT_BYTES,
    deadlineMs: opts.deadlineMs ?? IMPORT_DEADLINE_MS,
    maxRedirects: 3,
    ...(opts.resolver ? { resolver: opts.resolver } : {}),
  }).catch((err: unknown) => {
    throw cannotFetch(err);
  });
  const format = sniffFormat(bytes.subarray(0, 64));
  if (format !== 'jpeg' && format !== 'png') {
    throw refused(
      `图片格式为 ${format}，正文图片只支持 JPG/PNG。请另存为 JPG 后插入。`,
      `The image is ${format}; body images must be JPG/PNG. Save it as JPG and insert it.`,
    );
  }
  return { bytes, ext: format === 'jpeg' ? 'jpg' : 'png' };
}

/** An allowed URL comes back as is; anything else is fetched and re-uploaded through uploadimg. */
export async function importImage(
  client: WeChatClient,
  hosts: readonly string[],
  raw: string,
  opts: ImportOptions = {},
): Promise<{ url: string; uploaded: boolean }> {
  if (isAllowedImageUrl(raw, hosts)) return { url: raw, uploaded: false };
  const { bytes, ext } = await fetchExternalImage(raw, opts);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-import-'));
  try {
    const file = path.join(dir, `pasted.${ext}`);
    await writeFile(file, bytes, { mode: 0o600 });
    const { url } = await client.media.uploadImg(file);
    return { url, uploaded: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
