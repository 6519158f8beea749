/**
 * The shared upload path: validate locally (no quota spent on a hopeless file), name the part with the
 * extension of the real content, and send a fresh streamed form per attempt (the token manager may send
 * twice on 40001, and a consumed stream cannot be re-sent).
 */
import { basename } from 'node:path';
import { FileRejectedError } from '../files/file-rejected-error';
import type { UploadMode, UploadTarget } from '../files/limits';
import { rejectText } from '../files/reject-messages';
import { validateForUpload, type ValidatedFile } from '../files/validate';
import { callJson, type ProgressCallback } from './api-call';
import type { ApiContext } from './api-context';
import { buildUploadForm, uploadFileName, type VideoDescription } from './multipart';
import type { JsonObject } from './wire-json';

export interface UploadOptions {
  /** Name to give the file at WeChat (defaults to the file's own name); the extension is corrected from the content. */
  name?: string;
  /** Bytes sent so far and the body's total (multipart overhead included). */
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
}

export interface UploadSpec {
  endpoint: string;
  query?: Record<string, string>;
  idempotent: boolean;
  target: UploadTarget;
  mode: UploadMode;
  description?: VideoDescription;
}

/** Opens the form; a file that vanished or became unreadable since validation is reported as UNREADABLE. */
async function openForm(
  path: string,
  fileName: string,
  file: ValidatedFile,
  description?: VideoDescription,
): Promise<FormData> {
  try {
    return await buildUploadForm({ path, fileName, file, description });
  } catch (err) {
    const name = basename(path);
    const code = (err as NodeJS.ErrnoException | null)?.code;
    throw new FileRejectedError(
      'UNREADABLE',
      name,
      rejectText.unreadable(name, typeof code === 'string' ? code : 'I/O error'),
    );
  }
}

/** Validates `path` for the target, uploads it, returns WeChat's body and the filename that was sent. */
export async function uploadFile(
  ctx: ApiContext,
  spec: UploadSpec,
  path: string,
  opts: UploadOptions = {},
): Promise<{ body: JsonObject; fileName: string }> {
  const file = await validateForUpload(path, spec.target, spec.mode);
  const fileName = uploadFileName(opts.name, path, file);
  const body = await ctx.tokens.call(async (token) => {
    const form = await openForm(path, fileName, file, spec.description);
    return callJson(ctx.http, token, {
      endpoint: spec.endpoint,
      method: 'POST',
      idempotent: spec.idempotent,
      query: spec.query,
      form,
      onUploadProgress: opts.onProgress,
      signal: opts.signal,
    });
  });
  return { body, fileName };
}
