/**
 * Fit to WeChat's limits before sending, for every entry point: the core says which staged files
 * already fit (sent byte-identical, at once), which it can convert (images:convert makes the copy; the
 * user sees original vs converted and chooses, conversion-offers.ts), and which are left to the
 * upload's own checks. A picture that cannot be converted goes on as it is, so the upload refuses it
 * with its usual reason.
 */
import type { FitCheck, FitTarget } from '@shared/features/images.channels';
import type { UploadMode } from '@shared/features/uploads.channels';
import type { StagedFile, UploadType } from '@shared/models';
import { api } from '../../../lib/api';
import { settleBridge } from '../../../lib/query/bridge-call';
import { conversionOffers, type ConvertOutcome } from '../conversion-offers';

export interface FitSplit {
  /** Files to send now, unchanged (they fit, or are not pictures, or the check could not run). */
  now: StagedFile[];
  /** One per file offered a conversion: the converted file once accepted, null when skipped. */
  later: Promise<StagedFile | null>[];
}

async function convert(token: string, target: FitTarget, mode: UploadMode): Promise<ConvertOutcome> {
  const env = await settleBridge(() => api.imagesConvert({ mode, token, target }));
  if (!env.ok) return { ok: false, error: env.error };
  return env.value.ok ? { ok: true, offer: env.value.offer } : { ok: false, error: env.value.error };
}

async function offerFor(file: StagedFile, check: FitCheck, mode: UploadMode, batch: string) {
  if (check.verdict !== 'convertible') return file;
  const answer = await conversionOffers.ask(batch, file.name, check.target, convert(file.token, check.target, mode));
  if (answer.decision === 'skip') return null;
  if (answer.decision === 'failed') return file;
  return { token: answer.offer.token, name: answer.offer.name, size: answer.offer.converted.bytes };
}

/** Splits staged files into "send now" and "after the user's choice" (see FitSplit). */
export async function fitStaged(
  staged: StagedFile[],
  type: UploadType | 'auto' | 'uploadimg',
  mode: UploadMode,
): Promise<FitSplit> {
  if (staged.length === 0) return { now: [], later: [] };
  const env = await settleBridge(() =>
    api.imagesCheckFit({ mode, files: staged.map((s) => ({ token: s.token, type })) }),
  );
  // Without an answer nothing is converted: the upload's own checks still refuse what WeChat would.
  if (!env.ok) return { now: staged, later: [] };
  const batch = conversionOffers.newBatch();
  const now: StagedFile[] = [];
  const later: Promise<StagedFile | null>[] = [];
  staged.forEach((file, i) => {
    const check = env.value[i];
    if (check?.verdict === 'convertible') later.push(offerFor(file, check, mode, batch));
    else now.push(file);
  });
  return { now, later };
}
