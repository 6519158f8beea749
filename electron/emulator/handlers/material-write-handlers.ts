/**
 * material/add_material, material/del_material and the removed add_news/update_news
 * (wechat-api.md §1.7, §1.9, §1.12, §1.13). Validation codes: see upload-rules.ts.
 */
import { StoredBlob } from '../blob';
import { parseJsonBody } from '../json-body';
import { deleteMaterial, storeMaterial } from '../material-ops';
import type { FormPart } from '../multipart';
import { json, okBody, wxError } from '../reply';
import type { Reply } from '../reply';
import { checkUpload, parseUploadType, PERMANENT_TOTALS, RULES } from '../upload-rules';
import type { UploadType } from '../upload-rules';
import type { CgiContext } from '../world';
import { partsOf } from './media-handlers';

/**
 * The video `description`: a JSON object {title, introduction} sent as a form field
 * (docs, co-wechat-api) or as a query parameter (wechatpy). Sub-fields are optional.
 */
function videoDescription(parts: FormPart[], query: URLSearchParams): { title: string; introduction: string } | null {
  const field = parts.find((p) => p.name === 'description' && p.filename === null);
  const raw = field ? field.data.toString('utf8') : query.get('description');
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as unknown;
    if (!d || typeof d !== 'object' || Array.isArray(d)) return null;
    const { title, introduction } = d as { title?: unknown; introduction?: unknown };
    return {
      title: typeof title === 'string' ? title : '',
      introduction: typeof introduction === 'string' ? introduction : '',
    };
  } catch {
    return null;
  }
}

function totalsExceeded(ctx: CgiContext, type: UploadType): boolean {
  const store = ctx.account.materials;
  if (type === 'image' || type === 'thumb')
    return store.count('image') + store.count('news') >= PERMANENT_TOTALS.imageAndNews;
  return store.count(type) >= PERMANENT_TOTALS.other;
}

export function handleAddMaterial(ctx: CgiContext): Reply {
  const type = parseUploadType(ctx.query.get('type'));
  if (!type) return wxError(40004);
  const parts = partsOf(ctx);
  const check = checkUpload(parts, RULES.material[type]);
  if (!check.ok) return wxError(check.errcode);
  const video = type === 'video' ? videoDescription(parts ?? [], ctx.query) : undefined;
  if (video === null) return wxError(47001);
  if (totalsExceeded(ctx, type)) return wxError(45001);

  const m = storeMaterial(ctx.world, ctx.account, {
    type,
    name: check.filename,
    blob: StoredBlob.of(Buffer.from(check.part.data), check.format),
    format: check.format,
    ...(video ? { video } : {}),
  });
  // url only for pictures (image, and thumb, which is stored as a picture); "" otherwise.
  return json({ media_id: m.mediaId, url: type === 'image' || type === 'thumb' ? (m.url ?? '') : '' });
}

export function handleDelMaterial(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const mediaId = body.value.media_id;
  if (typeof mediaId !== 'string' || !deleteMaterial(ctx.world, ctx.account, mediaId)) return wxError(40007);
  return okBody();
}

/** add_news / update_news went offline on 2022-02-28. */
export function handleRemovedNewsApi(): Reply {
  return wxError(45106, undefined, 'This API has been unsupported');
}
