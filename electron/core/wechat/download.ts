/**
 * Receives a media/get or get_material response as a stream and decides file vs JSON from headers and the
 * first bytes BEFORE any file exists. Files go through a `.partial` (fsync, then no-overwrite rename), so a
 * JSON error body is never saved as a file and a truncated body (strictContentLength) leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { AppError } from '@shared/errors';
import { createPartial } from '../fs/atomic-write';
import { SNIFF_BYTES } from '../files/sniff';
import { endpointName, type CallSpec } from './api-call';
import { contentExtension, describeContent, finalFileName, type ContentMeta } from './content-meta';
import { WeChatApiError } from './errors';
import type { WeChatHttp } from './http';
import { decideResponseKind, type ResponseHeaders } from './response-kind';
import { replaceGotError, type RequestContext } from './transport-error';
import { malformedResponse, unexpectedStatus, type JsonObject } from './wire-json';

/** A JSON body larger than this is not a WeChat answer. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/**
 * The largest file a media/get or get_material body may be. WeChat stores nothing over 10 MB (limits in
 * electron/core/files/limits.ts); 64 MB leaves room for its own quirks while a hostile or broken API base
 * (a relay, a proxy) still cannot fill the disk.
 */
export const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;

/** The outcome of a download to disk. */
export type DownloadResult =
  | { kind: 'file'; path: string; bytes: number; sha256: string; contentType: string }
  | { kind: 'json'; value: JsonObject };

/** The outcome of a fetch into memory (thumbnails, previews). */
export type FetchResult =
  | { kind: 'file'; data: Buffer; bytes: number; sha256: string; contentType: string; ext: string }
  | { kind: 'json'; value: JsonObject };

export type DownloadSpec = Omit<CallSpec, 'form' | 'onUploadProgress'>;

interface ByteWriter {
  write(chunk: Buffer): Promise<void>;
  /** Makes the bytes permanent; returns where they are (a path, or null for memory). */
  commit(): Promise<string | null>;
  discard(): Promise<void>;
}

type Received =
  | { kind: 'json'; value: JsonObject }
  | { kind: 'file'; meta: ContentMeta; bytes: number; sha256: string; location: string | null };

/** fs failures (disk full, no permission) become one secret-free AppError; ours pass through. */
async function guardFs<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException | null)?.code;
    throw new AppError({
      code: 'DOWNLOAD_WRITE_FAILED',
      errClass: 'internal',
      retryable: false,
      details: typeof code === 'string' ? [code] : [],
      message: {
        zh: `无法写入下载文件夹${typeof code === 'string' ? `（${code}）` : ''}。请检查磁盘空间和文件夹权限，或换一个文件夹。`,
        en: `Could not write to the download folder${typeof code === 'string' ? ` (${code})` : ''}. Check free space and folder permissions, or choose another folder.`,
      },
    });
  }
}

async function receive(
  http: WeChatHttp,
  token: string,
  spec: DownloadSpec,
  open: (meta: ContentMeta) => Promise<ByteWriter>,
): Promise<Received> {
  const context: RequestContext = { endpoint: endpointName(spec.endpoint), idempotent: spec.idempotent };
  const origin = { endpoint: context.endpoint, idempotent: context.idempotent };
  const stream = http.got.stream(spec.endpoint, {
    method: spec.method,
    searchParams: { access_token: token, ...spec.query },
    json: spec.json,
    context: { ...context },
    signal: spec.signal,
  });
  let headers: ResponseHeaders = {};
  let statusCode = 200;
  stream.on('response', (response: { headers: ResponseHeaders; statusCode: number }) => {
    headers = response.headers;
    statusCode = response.statusCode;
  });

  const hash = createHash('sha256');
  let bytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // An object, not a `let`: startFile() changes it from a closure, which TS narrowing cannot see.
  const state: { mode: 'sniff' | 'json' | 'file' } = { mode: 'sniff' };
  let writer: ByteWriter | null = null;
  let meta: ContentMeta | null = null;

  const write = async (chunk: Buffer): Promise<void> => {
    hash.update(chunk);
    bytes += chunk.length;
    await guardFs(() => writer!.write(chunk));
  };
  const startFile = async (head: Buffer): Promise<void> => {
    state.mode = 'file';
    meta = describeContent(headers, head);
    const m = meta;
    writer = await guardFs(() => open(m));
    pending = [];
    await write(head);
  };

  const checkStatus = (): void => {
    if (statusCode < 200 || statusCode > 299) throw unexpectedStatus(origin, statusCode);
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      checkStatus();
      if (state.mode === 'file') {
        await write(chunk);
        continue;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (state.mode === 'json') {
        if (pendingBytes > MAX_JSON_BYTES) throw malformedResponse(origin, 'an oversized JSON-like body');
        continue;
      }
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = Buffer.concat(pending);
      const decision = decideResponseKind(headers, head, false);
      if (decision.kind === 'need-body') state.mode = 'json';
      else if (decision.kind === 'file') await startFile(head);
      else throw malformedResponse(origin, 'content that is neither a media file nor JSON');
    }
    checkStatus();
    if (state.mode !== 'file') {
      const body = Buffer.concat(pending);
      const decision = decideResponseKind(headers, body, true);
      if (decision.kind === 'json') return { kind: 'json', value: decision.value };
      if (decision.kind === 'api-error') {
        throw new WeChatApiError(decision.errcode, http.scrubber.scrub(decision.errmsg), context.endpoint);
      }
      if (decision.kind !== 'file') throw malformedResponse(origin, 'content that is neither a media file nor JSON');
      if (body.length === 0) throw malformedResponse(origin, 'an empty body');
      await startFile(body);
    }
    const location = await guardFs(() => writer!.commit());
    return { kind: 'file', meta: meta!, bytes, sha256: hash.digest('hex'), location };
  } catch (err) {
    stream.destroy();
    await (writer as ByteWriter | null)?.discard().catch(() => undefined);
    throw replaceGotError(err, (text) => http.scrubber.scrub(text));
  }
}

/**
 * Streams the response to `destDir`: a JSON answer is returned as a value; a file is written atomically and
 * named `nameHint` with the extension of its real content, `name (1).ext` on collision.
 */
export async function downloadToDir(
  http: WeChatHttp,
  token: string,
  spec: DownloadSpec,
  destDir: string,
  nameHint: string,
  maxBytes = MAX_DOWNLOAD_BYTES,
): Promise<DownloadResult> {
  let size = 0;
  const got = await receive(http, token, spec, async (meta) => {
    const finalName = finalFileName(nameHint, meta);
    const partial = await createPartial(destDir, finalName);
    return {
      write: (c) => {
        size += c.length;
        if (size > maxBytes) return Promise.reject(tooLargeToDownload(maxBytes));
        return partial.write(c);
      },
      commit: () => partial.commit(finalName),
      discard: () => partial.discard(),
    };
  });
  if (got.kind === 'json') return got;
  return { kind: 'file', path: got.location!, bytes: got.bytes, sha256: got.sha256, contentType: got.meta.contentType };
}

/** Like `downloadToDir` but keeps the file in memory (at most `maxBytes`), for thumbnails and previews. */
export async function fetchToMemory(
  http: WeChatHttp,
  token: string,
  spec: DownloadSpec,
  maxBytes: number,
): Promise<FetchResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  const memory: ByteWriter = {
    write(chunk) {
      size += chunk.length;
      if (size > maxBytes) return Promise.reject(tooLargeForMemory());
      chunks.push(chunk);
      return Promise.resolve();
    },
    commit: () => Promise.resolve(null),
    discard() {
      chunks.length = 0;
      return Promise.resolve();
    },
  };
  const got = await receive(http, token, spec, () => Promise.resolve(memory));
  if (got.kind === 'json') return got;
  return {
    kind: 'file',
    data: Buffer.concat(chunks),
    bytes: got.bytes,
    sha256: got.sha256,
    contentType: got.meta.contentType,
    ext: contentExtension(got.meta),
  };
}

function tooLargeToDownload(maxBytes: number): AppError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new AppError({
    code: 'DOWNLOAD_TOO_LARGE',
    errClass: 'internal',
    retryable: false,
    message: {
      zh: `下载内容超过 ${mb} MB，已停止并删除未完成的文件。微信素材不会这么大：请检查账号的 API 地址（中转服务）是否正常。`,
      en: `The download exceeded ${mb} MB, so it was stopped and the partial file deleted. WeChat media are never this large: check the account's API base URL (relay).`,
    },
  });
}

function tooLargeForMemory(): AppError {
  return new AppError({
    code: 'MEDIA_TOO_LARGE',
    errClass: 'internal',
    retryable: false,
    message: {
      zh: '素材太大，无法在应用内预览。请改用下载。',
      en: 'This item is too large to preview in the app. Download it instead.',
    },
  });
}
