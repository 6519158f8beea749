/**
 * After an ambiguous add_material failure (request sent, no answer) or a crash while sending, the
 * item may exist already. WeChat cannot be asked "did my request apply?", so we list the newest
 * items of the type (batchget is newest-first) and look for our name with an update_time at or after
 * the moment we started sending (minus clock skew). Items other jobs already own are skipped, so two
 * jobs with the same name never claim one item.
 */
import type { MaterialType, UploadType } from '@shared/models';
import type { BatchgetItem, WeChatClient } from '../wechat/client';

/** Allowed difference between our clock and WeChat's update_time, in seconds. */
export const RECONCILE_SKEW_S = 120;
const PAGE = 20;
const MAX_PAGES = 15;

/** The listable type that holds uploads of `type` (thumbs are listed with images). */
export function listTypeOf(type: UploadType): MaterialType {
  return type === 'thumb' ? 'image' : type;
}

/** Finds the item a sent request created, or null when none exists (then re-sending is safe). */
export async function findSentItem(
  client: WeChatClient,
  input: { type: UploadType; sentName: string; startedAtMs: number; claimed: ReadonlySet<string> },
): Promise<BatchgetItem | null> {
  const since = Math.floor(input.startedAtMs / 1000) - RECONCILE_SKEW_S;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.material.batchget(listTypeOf(input.type), page * PAGE, PAGE);
    for (const item of res.items) {
      if (item.name === input.sentName && item.updateTime >= since && !input.claimed.has(item.mediaId)) return item;
    }
    const oldest = res.items.at(-1);
    if (res.items.length < PAGE || !oldest || oldest.updateTime < since) return null;
  }
  return null;
}
