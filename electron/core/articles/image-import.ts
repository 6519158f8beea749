/**
 * Pictures pasted from web pages: WeChat drops any <img> not hosted on mmbiz, so the main process fetches
 * the external URL itself (no Referer, http(s) only, public hosts only, size-capped, type sniffed from the
 * bytes) and re-uploads it through media/uploadimg. The renderer flags the picture when this fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import got from 'got';
import { appError } from '../../shared/errors';
import { sniffFormat } from '../files/sniff';
import type { WeChatClient } from '../wechat/client';
import { isAllowedImageUrl } from './article-rules';

/** Larger downloads are abandoned: uploadimg takes < 1 MB anyway, and we do not re-encode in main. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function refused(zh: string, en: string) {
  return appError('IMAGE_IMPORT_FAILED', 'bad-input', { zh, en });
}

/** Loopback, private, link-local and unspecified addresses: a pasted page must not make us probe the LAN. */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local')) return true;
  const kind = isIP(h);
  if (kind === 4) {
    const [a = 0, b = 0] = h.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (kind === 6) return h === '::1' || h === '::' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80');
  return false;
}

/** `allowPrivateHosts` exists for tests that serve pictures from a loopback server. */
export interface ImportOptions {
  allowPrivateHosts?: boolean;
}

function checkUrl(raw: string, opts: ImportOptions): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('图片地址无效。', 'The image address is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw refused('只能导入 http(s) 图片地址。', 'Only http(s) image addresses can be imported.');
  }
  if (!opts.allowPrivateHosts && isPrivateHost(url.hostname)) {
    throw refused('不导入本机或内网地址的图片。', 'Images on this computer or the local network are not imported.');
  }
  return url;
}

/** Downloads an external picture; returns its bytes and canonical extension, or throws a clear AppError. */
export async function fetchExternalImage(
  raw: string,
  opts: ImportOptions = {},
): Promise<{ bytes: Buffer; ext: 'jpg' | 'png' }> {
  const url = checkUrl(raw, opts);
  const response = await got(url, {
    responseType: 'buffer',
    headers: { referer: undefined, 'user-agent': 'SucaiDesk' },
    timeout: { connect: 5_000, response: 10_000, socket: 10_000 },
    retry: { limit: 1 },
    throwHttpErrors: false,
    maxRedirects: 3,
    hooks: {
      beforeRedirect: [(options) => void checkUrl(String(options.url), opts)],
      // Stop as soon as the size is known to be too big, instead of buffering it.
      afterResponse: [
        (res) => {
          if (Number(res.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) throw tooBig();
          return res;
        },
      ],
    },
  }).catch((err: unknown) => {
    if (err instanceof Error && err.name === 'AppError') throw err;
    throw refused('无法下载这张图片（网络错误）。', 'Could not download this image (network error).');
  });
  if (response.statusCode !== 200) {
    throw refused(
      `下载图片失败（HTTP ${response.statusCode}）。`,
      `Downloading the image failed (HTTP ${response.statusCode}).`,
    );
  }
  if (response.body.length > MAX_IMPORT_BYTES) throw tooBig();
  const format = sniffFormat(response.body.subarray(0, 64));
  if (format !== 'jpeg' && format !== 'png') {
    throw refused(
      `图片格式为 ${format}，正文图片只支持 JPG/PNG。请另存为 JPG 后插入。`,
      `The image is ${format}; body images must be JPG/PNG. Save it as JPG and insert it.`,
    );
  }
  return { bytes: response.body, ext: format === 'jpeg' ? 'jpg' : 'png' };
}

function tooBig() {
  return refused('图片太大，无法导入。', 'The image is too large to import.');
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
