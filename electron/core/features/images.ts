/**
 * Handlers of the images feature (electron/shared/features/images.channels.ts): which staged pictures
 * need a conversion for their target, and the conversion itself (work in electron/core/images/fit-service.ts).
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ImagesChannel } from '@shared/features/images.channels';
import { FitService } from '../images/fit-service';
import { toAppError } from '../wechat/to-app-error';

export function createImagesHandlers(ctx: CoreContext): Promise<FeatureHandlers<ImagesChannel>> {
  const fit = new FitService(ctx.staging);
  return Promise.resolve({
    'images:checkFit': ({ mode, files }) => Promise.all(files.map((f) => fit.check(f.token, f.type, mode))),
    // A picture that cannot be converted is an answer about that file, not a failed call: the batch goes on.
    'images:convert': ({ mode, token, target }) =>
      fit.convert(token, target, mode).then(
        (offer) => ({ ok: true as const, offer }),
        (err: unknown) => ({ ok: false as const, token, error: toAppError(err) }),
      ),
  });
}
