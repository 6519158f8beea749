/**
 * The multipart body of media/upload, media/uploadimg and add_material. WeChat's rules (docs/wechat-api.md § Multipart uploads):
 * part named `media`; a filename with the RIGHT extension (WeChat types the file by it: 40005/40113);
 * non-ASCII names as raw UTF-8 in `filename="…"` and NEVER RFC 2231 `filename*=` (41005); video needs a
 * `description` field holding raw JSON with unescaped Chinese.
 *
 * Native FormData + `fs.openAsBlob` streams the file from disk. got 14 encodes FormData with
 * form-data-encoder, which emits exactly `filename="<raw UTF-8>"` (only CR, LF and `"` are escaped, and
 * sanitizeFileName removes those) and a computed Content-Length; the loopback test in
 * test/unit/core/wechat/multipart.test.ts pins that down byte for byte.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { sanitizeFileName, withFormatExtension } from '../files/file-name';
import type { ValidatedFile } from '../files/validate';

/** Video material metadata WeChat shows in the backend. */
export interface VideoDescription {
  title: string;
  introduction: string;
}

/**
 * The filename to send: the requested name (or the file's own), sanitised, with the extension of the
 * sniffed content: 春节.jpg stays, `photo` → `photo.jpg`, `photo.png` holding a JPEG → `photo.jpg`.
 */
export function uploadFileName(requested: string | undefined, path: string, file: ValidatedFile): string {
  const base = sanitizeFileName(requested?.trim() || basename(path), 'upload');
  return withFormatExtension(base, file.format);
}

/**
 * `description` exactly as WeChat wants it: JSON.stringify keeps non-ASCII characters raw (it never emits
 * \u escapes for them), which is the JSON_UNESCAPED_UNICODE behaviour easywechat#304 needed.
 */
export function videoDescriptionJson(description: VideoDescription): string {
  return JSON.stringify({ title: description.title, introduction: description.introduction });
}

/**
 * Builds the form: `media` (streamed from `path`, typed by the sniffed MIME) and, for video, `description`.
 * Build a new one per attempt: a consumed stream cannot be sent twice.
 */
export async function buildUploadForm(input: {
  path: string;
  fileName: string;
  file: ValidatedFile;
  description?: VideoDescription;
}): Promise<FormData> {
  const blob = await openAsBlob(input.path, { type: input.file.mime });
  const form = new FormData();
  form.append('media', blob, input.fileName);
  if (input.description) form.append('description', videoDescriptionJson(input.description));
  return form;
}
