/**
 * Temporary media (media/upload, media/get) and article pictures (media/uploadimg),
 * docs/wechat-api.md § Temporary media and uploadimg. Quirks kept on purpose:
 * - a thumb upload answers `thumb_media_id` instead of `media_id`;
 * - temp media expire after 3 days (media/get → 40007);
 * - media/get of a video answers JSON {video_url}, other types the raw bytes with
 *   `Content-disposition: attachment; filename="MEDIA_ID.ext"`; its errors are JSON labelled
 *   text/plain (node-webot/wechat-api#4);
 * - uploadimg answers {url} JSON labelled text/plain (doocs/md#1877), errors included.
 */
import { StoredBlob } from '../blob';
import { tempMediaId } from '../ids';
import { MIME, extFor } from '../media-sniff';
import { boundaryOf, parseMultipart } from '../multipart';
import { binary, json, TEXT_PLAIN, wxError } from '../reply';
import type { Reply } from '../reply';
import { checkUpload, parseUploadType, RULES } from '../upload-rules';
import type { CgiContext } from '../world';

export const TEMP_LIFETIME_S = 3 * 86_400;

export function partsOf(ctx: CgiContext): ReturnType<typeof parseMultipart> {
  const boundary = boundaryOf(ctx.headers['content-type']);
  return boundary ? parseMultipart(ctx.body, boundary) : null;
}

export function handleMediaUpload(ctx: CgiContext): Reply {
  const type = parseUploadType(ctx.query.get('type'));
  if (!type) return wxError(40004);
  const check = checkUpload(partsOf(ctx), RULES.temp[type]);
  if (!check.ok) return wxError(check.errcode);

  const { world, account } = ctx;
  const mediaId = tempMediaId();
  const createdAt = world.clock.nowS();
  const blob = StoredBlob.of(Buffer.from(check.part.data), check.format);
  const cdnId =
    type === 'video'
      ? world.cdn.addVideo({
          appId: account.account.appId,
          blob,
          format: check.format,
          expiresAtS: createdAt + TEMP_LIFETIME_S,
        }).id
      : undefined;
  account.temps.set(mediaId, { mediaId, type, name: check.filename, blob, createdAt, ...(cdnId ? { cdnId } : {}) });
  world.ledger.add({
    appId: account.account.appId,
    mediaId,
    kind: 'temp',
    type,
    name: check.filename,
    blob,
    createdAt,
  });

  if (type === 'thumb') return json({ type, thumb_media_id: mediaId, created_at: createdAt });
  return json({ type, media_id: mediaId, created_at: createdAt });
}

export function handleMediaGet(ctx: CgiContext): Reply {
  const mediaId = ctx.query.get('media_id') ?? '';
  const temp = ctx.account.temps.get(mediaId);
  if (!temp || ctx.world.clock.nowS() >= temp.createdAt + TEMP_LIFETIME_S) return wxError(40007, TEXT_PLAIN);
  if (temp.type === 'video') {
    return json({ video_url: `${ctx.world.baseUrl}/mpvideo/${temp.cdnId ?? ''}.mp4` });
  }
  const format = temp.blob.format ?? 'jpg';
  return binary(temp.blob.bytes(), MIME[format], {
    // Lower-case "disposition" exactly as in the official example.
    'Content-disposition': `attachment; filename="${mediaId}.${extFor(format)}"`,
    'Cache-Control': 'no-cache, must-revalidate',
  });
}

export function handleUploadImg(ctx: CgiContext): Reply {
  const check = checkUpload(partsOf(ctx), RULES.uploadimg);
  if (!check.ok) return wxError(check.errcode, TEXT_PLAIN);
  const { world, account } = ctx;
  const blob = StoredBlob.of(Buffer.from(check.part.data), check.format);
  const { url } = world.cdn.addImage({ appId: account.account.appId, blob, format: check.format });
  // uploadimg has no media_id: the ledger keys it by its URL.
  world.ledger.add({
    appId: account.account.appId,
    mediaId: url,
    kind: 'uploadimg',
    type: 'image',
    name: check.filename,
    blob,
    createdAt: world.clock.nowS(),
    url,
  });
  return json({ url }, TEXT_PLAIN);
}
