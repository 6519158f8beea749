/**
 * Creating and deleting permanent material, shared by add_material and seeding so both
 * leave the same traces: store entry, CDN URL and ledger record.
 */
import type { AccountState } from './account-state';
import type { Article } from './article';
import { StoredBlob } from './blob';
import { permanentMediaId } from './ids';
import type { MediaFormat } from './media-sniff';
import type { Material, MaterialType } from './material-store';
import type { World } from './world';
import { nextSeq } from './world';

export interface NewMaterial {
  type: MaterialType;
  name: string;
  blob: StoredBlob | null;
  format: MediaFormat | null;
  /** Defaults to now; seeding spreads items over the past. */
  time?: number;
  video?: { title: string; introduction: string };
  news?: Article[];
}

export function storeMaterial(world: World, account: AccountState, input: NewMaterial): Material {
  const appId = account.account.appId;
  const time = input.time ?? world.clock.nowS();
  const m: Material = {
    mediaId: permanentMediaId(),
    type: input.type,
    name: input.name,
    blob: input.blob,
    createdAt: time,
    updateTime: time,
    seq: nextSeq(world),
  };
  if (input.blob && input.format && (input.type === 'image' || input.type === 'thumb')) {
    const { id, url } = world.cdn.addImage({ appId, blob: input.blob, format: input.format });
    m.cdnId = id;
    m.url = url;
  }
  if (input.blob && input.type === 'video') {
    const { id, url } = world.cdn.addVideo({ appId, blob: input.blob, format: 'mp4' });
    m.cdnId = id;
    m.url = url;
    m.video = input.video ?? { title: '', introduction: '' };
  }
  if (input.news) {
    m.news = input.news;
    world.counters.mid += 1;
    m.mid = world.counters.mid;
  }
  account.materials.add(m);
  // News has no file: the ledger hashes the canonical JSON of its articles.
  const blob = input.blob ?? StoredBlob.of(Buffer.from(JSON.stringify(input.news ?? [])), null);
  world.ledger.add({
    appId,
    mediaId: m.mediaId,
    kind: 'material',
    type: input.type,
    name: input.name,
    blob,
    createdAt: time,
    ...(m.url && input.type !== 'video' ? { url: m.url } : {}),
  });
  return m;
}

export function deleteMaterial(world: World, account: AccountState, mediaId: string): boolean {
  const m = account.materials.remove(mediaId);
  if (!m) return false;
  world.cdn.remove(m.cdnId);
  world.ledger.markDeleted(account.account.appId, mediaId);
  return true;
}
