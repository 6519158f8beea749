/**
 * material/get_material, material/get_materialcount, material/batchget_material
 * (docs/wechat-api.md § Permanent material). Behaviour (README.md, "Fidelity choices"):
 * - image, voice and thumb bytes come back with their real Content-Type (image/jpeg, audio/mpeg…)
 *   and `Content-Disposition: attachment`; the `textPlainMaterial` option labels them
 *   `text/plain` instead, a quirk seen from the real API, so clients can be tested against both;
 * - get_material errors are JSON labelled text/plain;
 * - thumbs are neither counted (get_materialcount) nor listed (batchget_material): material-store.ts;
 * - batchget voice and video items have no `url` and carry `tags: []`;
 * - batchget count outside 1..20 or a bad type → 40004 (the only documented code).
 */
import { articleUrl, articleView, legacyNewsView } from '../article-view';
import { paging, parseJsonBody } from '../json-body';
import { extFor, MIME } from '../media-sniff';
import type { ListType, Material } from '../material-store';
import { binary, json, JSON_TYPE, TEXT_PLAIN, wxError } from '../reply';
import type { Reply } from '../reply';
import type { CgiContext } from '../world';

export function handleGetMaterial(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode, TEXT_PLAIN);
  const mediaId = body.value.media_id;
  const m = typeof mediaId === 'string' ? ctx.account.materials.get(mediaId) : undefined;
  if (!m) return wxError(40007, TEXT_PLAIN);

  if (m.type === 'news') {
    return json({
      news_item: (m.news ?? []).map((a, i) =>
        legacyNewsView(a, articleUrl(ctx.world, ctx.account, m.mid ?? 0, i + 1, false)),
      ),
    });
  }
  if (m.type === 'video') {
    return json(
      { title: m.video?.title ?? '', description: m.video?.introduction ?? '', down_url: m.url ?? '' },
      JSON_TYPE,
    );
  }
  const blob = m.blob!;
  const format = blob.format ?? 'jpg';
  const contentType = ctx.world.options.textPlainMaterial ? TEXT_PLAIN : MIME[format];
  return binary(blob.bytes(), contentType, {
    'Content-Disposition': `attachment; filename="${m.mediaId}.${extFor(format)}"`,
  });
}

export function handleGetMaterialCount(ctx: CgiContext): Reply {
  const s = ctx.account.materials;
  return json({
    voice_count: s.count('voice'),
    video_count: s.count('video'),
    image_count: s.count('image'),
    news_count: s.count('news'),
  });
}

const LIST_TYPES: readonly ListType[] = ['image', 'voice', 'video', 'news'];

function itemOf(ctx: CgiContext, m: Material): Record<string, unknown> {
  if (m.type === 'news') {
    const news_item = (m.news ?? []).map((a, i) =>
      articleView(ctx.account, a, { url: articleUrl(ctx.world, ctx.account, m.mid ?? 0, i + 1, false) }),
    );
    return {
      media_id: m.mediaId,
      content: { news_item, create_time: m.createdAt, update_time: m.updateTime },
      update_time: m.updateTime,
    };
  }
  if (m.type === 'voice' || m.type === 'video') {
    return { media_id: m.mediaId, name: m.name, update_time: m.updateTime, tags: [] };
  }
  return { media_id: m.mediaId, name: m.name, update_time: m.updateTime, url: m.url ?? '' };
}

export function handleBatchgetMaterial(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const type = LIST_TYPES.find((t) => t === body.value.type);
  const page = paging(body.value);
  if (!type || !page) return wxError(40004);
  const store = ctx.account.materials;
  const items = store.page(type, page.offset, page.count).map((m) => itemOf(ctx, m));
  return json({ item: items, total_count: store.count(type), item_count: items.length });
}
