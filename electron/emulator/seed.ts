/**
 * Bulk seeding: N images / voices / videos / legacy news / drafts for one account.
 * Must stay fast (10,000 images in well under a second), so file bytes are lazy and
 * generated on demand (see blob.ts); every seeded file is still distinct (its bytes embed
 * a per-call salt and the item index), and update_time is spread over the past with the
 * first item newest.
 */
import type { AccountState } from './account-state';
import type { Article } from './article';
import { StoredBlob } from './blob';
import { createDraft } from './draft-ops';
import { SEED_PNG_SIZE, seedPng } from './image-patterns';
import { storeMaterial } from './material-ops';
import { loadSamples } from './samples';
import type { SeedSpec } from './types';
import { makeWav } from './wav';
import type { World } from './world';

const IMAGE_PREFIXES = ['春节海报', '产品图', '活动banner', '封面', '配图', '截图', '门店照片', 'poster'];
const YEAR_S = 365 * 86_400;

/** Seconds between consecutive seeded items: the batch spans up to a year, at most 1 h apart. */
function stepFor(n: number): number {
  return Math.max(1, Math.min(3600, Math.floor(YEAR_S / Math.max(1, n))));
}

function times(world: World, n: number): (i: number) => number {
  const newest = world.clock.nowS() - 60;
  const step = stepFor(n);
  return (i) => newest - i * step;
}

const WAV_SECONDS = 1;
const WAV_SIZE = makeWav(WAV_SECONDS).length;

/** An MP4 'free' box appended to the sample: valid ISO BMFF, and it makes each copy distinct. */
function saltedMp4(base: Buffer, salt: number): Buffer {
  const box = Buffer.alloc(12);
  box.writeUInt32BE(12, 0);
  box.write('free', 4, 'latin1');
  box.writeUInt32BE(salt >>> 0, 8);
  return Buffer.concat([base, box]);
}

/** A permanent picture to use as thumb_media_id: the newest image, or a new thumb. */
export function ensureCover(world: World, account: AccountState): string {
  const existing = account.materials.page('image', 0, 1)[0];
  if (existing) return existing.mediaId;
  const thumb = loadSamples().thumb;
  return storeMaterial(world, account, {
    type: 'thumb',
    name: '默认封面.jpg',
    blob: StoredBlob.of(thumb.bytes, 'jpg'),
    format: 'jpg',
  }).mediaId;
}

export function seedArticle(title: string, thumbMediaId: string, body: string): Article {
  return {
    article_type: 'news',
    title,
    author: 'SucaiDesk',
    digest: body.slice(0, 54),
    content: `<p>${body}</p>`,
    content_source_url: '',
    thumb_media_id: thumbMediaId,
    show_cover_pic: 0,
    need_open_comment: 0,
    only_fans_can_comment: 0,
  };
}

export function seedAccount(world: World, account: AccountState, spec: SeedSpec): void {
  account.seedSalt += 1;
  const salt = account.seedSalt;

  const images = spec.images ?? 0;
  const imageTime = times(world, images);
  for (let i = 0; i < images; i += 1) {
    const name = `${IMAGE_PREFIXES[i % IMAGE_PREFIXES.length]}-${salt}-${String(i + 1).padStart(5, '0')}.png`;
    const blob = StoredBlob.lazy(() => seedPng(i, salt), SEED_PNG_SIZE, 'png');
    storeMaterial(world, account, { type: 'image', name, blob, format: 'png', time: imageTime(i) });
  }

  const voices = spec.voices ?? 0;
  const voiceTime = times(world, voices);
  for (let i = 0; i < voices; i += 1) {
    const blob = StoredBlob.lazy(
      () => makeWav(WAV_SECONDS, { salt: salt * 100_000 + i, freqHz: 330 + (i % 8) * 55 }),
      WAV_SIZE,
      'wav',
    );
    storeMaterial(world, account, {
      type: 'voice',
      name: `语音-${salt}-${String(i + 1).padStart(4, '0')}.wav`,
      blob,
      format: 'wav',
      time: voiceTime(i),
    });
  }

  const videos = spec.videos ?? 0;
  const videoTime = times(world, videos);
  const sample = loadSamples().video.bytes;
  for (let i = 0; i < videos; i += 1) {
    const blob = StoredBlob.lazy(() => saltedMp4(sample, salt * 100_000 + i), sample.length + 12, 'mp4');
    const title = `视频-${salt}-${String(i + 1).padStart(4, '0')}`;
    storeMaterial(world, account, {
      type: 'video',
      name: `${title}.mp4`,
      blob,
      format: 'mp4',
      time: videoTime(i),
      video: { title, introduction: '种子视频' },
    });
  }

  const news = spec.news ?? 0;
  const drafts = spec.drafts ?? 0;
  if (news + drafts === 0) return;
  const cover = ensureCover(world, account);
  const newsTime = times(world, news);
  for (let i = 0; i < news; i += 1) {
    const title = `历史图文 ${salt}-${i + 1}`;
    storeMaterial(world, account, {
      type: 'news',
      name: title,
      blob: null,
      format: null,
      time: newsTime(i),
      news: [seedArticle(title, cover, `这是第 ${i + 1} 篇历史图文的正文。`)],
    });
  }
  const draftTime = times(world, drafts);
  for (let i = 0; i < drafts; i += 1) {
    createDraft(
      world,
      account,
      [seedArticle(`草稿 ${salt}-${i + 1}`, cover, `这是第 ${i + 1} 篇草稿的正文。`)],
      draftTime(i),
    );
  }
}
