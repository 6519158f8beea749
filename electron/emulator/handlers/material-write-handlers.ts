/**
 * material/add_material, material/del_material and the removed add_news/update_news
 * (docs/wechat-api.md § Permanent material, § Retired news APIs). Validation codes: see upload-rules.ts.
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

type VideoDescription = { ok: true; value: { title: string; introduction: string } } | { ok: false; errcode: number };

/**
 * The video `description`: a JSON object {title, introduction} sent as a form field (the
 * documented way) or as a query parameter (some SDKs). Sub-fields are optional. Missing
 * entirely → 41005 "media data missing", the answer operators report; present but not a JSON
 * object → 47001 data format error (README.md, "Fidelity choices").
 */
function videoDescription(parts: FormPart[], query: URLSearchParams): VideoDescription {
  const field = parts.find((p) => p.name === 'description' && p.filename === null);
  const raw = field ? field.data.toString('utf8') : query.get('description');
  if (!raw) return { ok: false, errcode: 41005 };
  try {
    const d = JSON.parse(raw) as unknown;
    if (!d || typeof d !== 'object' || Array.isArray(d)) return { ok: false, errcode: 47001 };
    const { title, introduction } = d as { title?: unknown; introduction?: unknown };
    return {
      ok: true,
      value: {
        title: typeof title === 'string' ? title : '',
        introduction: typeof introduction === 'string' ? introduction : '',
      },
    };
  } catch {
    return { ok: false, errcode: 47001 };
  }
}

/** Thumbs are not listed or counted as images, but they do use up the picture total. */
function totalsExceeded(ctx: CgiContext, type: UploadType): boolean {
  const store = ctx.account.materials;
  if (type === 'image' || type === 'thumb')
    return store.totalOf(['image', 'thumb', 'news']) >= PERMANENT_TOTALS.imageAndNews;
  return store.totalOf([type]) >= PERMANENT_TOTALS.other;
}

export function handleAddMaterial(ctx: CgiContext): Reply {
  const type = parseUploadType(ctx.query.get('type'));
  if (!type) return wxError(40004);
  const parts = partsOf(ctx);
  const check = checkUpload(parts, RULES.material[type]);
  if (!check.ok) return wxError(check.errcode);
  const description = type === 'video' ? videoDescription(parts ?? [], ctx.query) : undefined;
  if (description && !description.ok) return wxError(description.errcode);
  const video = description?.value;
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
