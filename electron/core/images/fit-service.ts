/**
 * Fit-to-limit for staged files (electron/core/staging/staging-area.ts): decides which pictures need a
 * conversion for their target and makes the converted copy as a new staged file. A file that passes the
 * same validation the upload runs (electron/core/files/validate.ts) is never touched; a converted copy
 * is validated again before it is offered, so what the user accepts is what the upload will take.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ConversionOffer, FitCheck, FitReason, FitTarget } from '@shared/features/images.channels';
import type { UploadType } from '@shared/models';
import { appError } from '@shared/errors';
import { FileRejectedError } from '../files/file-rejected-error';
import { withFormatExtension } from '../files/file-name';
import { uploadLimit, type UploadMode } from '../files/limits';
import { readHead, sniffFormat } from '../files/sniff';
import { validateForUpload } from '../files/validate';
import type { StagingArea } from '../staging/staging-area';
import { typeForFormat } from '../uploads/detect-type';
import { DECODABLE } from './decode-any';
import { fitToLimit } from './fit-to-limit';

const PICTURE_TARGETS: ReadonlySet<string> = new Set<FitTarget>(['image', 'thumb', 'uploadimg']);

/** Refusals a conversion can cure; EMPTY, UNREADABLE, NOT_A_FILE are left to the upload's message. */
const CURABLE: Partial<Record<string, FitReason>> = { WRONG_FORMAT: 'format', TOO_LARGE: 'size' };

export class FitService {
  constructor(private readonly staging: StagingArea) {}

  /** Which target `type` means for this file (`auto`: from the content, as the upload queue decides). */
  private async targetOf(path: string, name: string, type: UploadType | 'auto' | 'uploadimg'): Promise<string> {
    if (type !== 'auto') return type;
    const head = await readHead(path).catch(() => new Uint8Array());
    return typeForFormat(sniffFormat(head), name);
  }

  async check(token: string, type: UploadType | 'auto' | 'uploadimg', mode: UploadMode): Promise<FitCheck> {
    const entry = this.staging.resolve(token);
    const target = await this.targetOf(entry.path, entry.name, type);
    if (!PICTURE_TARGETS.has(target)) return { token, verdict: 'other' };
    const fitTarget = target as FitTarget;
    try {
      await validateForUpload(entry.path, fitTarget, mode);
      return { token, verdict: 'fits', target: fitTarget };
    } catch (err) {
      const reason = err instanceof FileRejectedError ? CURABLE[err.code] : undefined;
      const head = await readHead(entry.path).catch(() => new Uint8Array());
      const format = sniffFormat(head);
      if (!reason || !DECODABLE.has(format)) return { token, verdict: 'other' };
      const reasons: FitReason[] = [reason];
      if (reason === 'format' && entry.size > uploadLimit(fitTarget, mode).maxBytes) reasons.push('size');
      return {
        token,
        verdict: 'convertible',
        target: fitTarget,
        reasons,
        original: { format, bytes: entry.size, width: 0, height: 0 },
      };
    }
  }

  /**
   * Converts the staged file for `target`, stages the result and releases the original (deleting a
   * browser-mode copy). Throws an AppError, the original still staged, when the picture cannot be
   * decoded or made to fit.
   */
  async convert(token: string, target: FitTarget, mode: UploadMode): Promise<ConversionOffer> {
    const entry = this.staging.resolve(token);
    const input = await readFile(entry.path);
    const check = await this.check(token, target, mode);
    if (check.verdict === 'fits') throw alreadyFits(entry.name);
    let result;
    try {
      result = await fitToLimit(input, target, mode);
    } catch {
      throw cannotConvert(entry.name);
    }
    const name = withFormatExtension(entry.name, result.facts.format);
    const staged = await this.staging.stageStream(name, Readable.from([result.bytes]));
    try {
      // The same check the upload runs: the offer is only made for a file that will be taken.
      await validateForUpload(this.staging.resolve(staged.token).path, target, mode);
    } catch {
      await this.staging.release(staged.token);
      throw cannotConvert(entry.name);
    }
    // The original is not needed any more: accepting sends the converted copy, skipping sends nothing.
    // (A failed conversion, above, keeps it staged: the upload then refuses it with its own reason.)
    await this.staging.release(token);
    return {
      sourceToken: token,
      token: staged.token,
      name: staged.name,
      target,
      reasons: check.verdict === 'convertible' ? check.reasons : ['format'],
      original: result.original,
      converted: result.facts,
      quality: result.quality,
      downscaled: result.downscaled,
    };
  }
}

function cannotConvert(name: string) {
  return appError('IMAGE_CONVERT_FAILED', 'bad-input', {
    zh: `无法转换「${name}」：图片无法解码，或缩小后仍超过上限。请用图片编辑软件另存为 JPG 或 PNG 后再上传。`,
    en: `"${name}" could not be converted: the picture cannot be decoded, or is still over the limit once made smaller. Save it as JPG or PNG in an image editor, then upload it.`,
  });
}

function alreadyFits(name: string) {
  return appError('IMAGE_ALREADY_FITS', 'bad-input', {
    zh: `「${name}」已符合微信的要求，无需转换，将按原文件上传。`,
    en: `"${name}" already meets WeChat's limits; it is uploaded as it is, without conversion.`,
  });
}
