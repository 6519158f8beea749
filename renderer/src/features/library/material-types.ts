import type { LibraryItem, LibraryKind } from '@shared/features/library.channels';
import type { MaterialItem, MaterialType, UploadType } from '@shared/models';
import type { MessageKey } from '../../i18n';

/** Tab order: the four material types (mirrors MATERIAL_TYPES), then the draft box and published articles. */
export const TABS = ['image', 'voice', 'video', 'news', 'draft', 'published'] as const satisfies readonly LibraryKind[];

export const TYPE_LABEL: Record<LibraryKind, MessageKey> = {
  image: 'library.kind.image',
  voice: 'library.kind.voice',
  video: 'library.kind.video',
  news: 'library.kind.news',
  draft: 'library.kind.draft',
  published: 'library.kind.published',
};

/** A text glyph per kind for cards without a thumbnail (no external assets); symbols, so no language shows another's script. */
export const TYPE_GLYPH: Record<LibraryKind, string> = {
  image: '▨',
  voice: '♪',
  video: '▶',
  news: '▤',
  draft: '✎',
  published: '✔',
};

/** Permanent-material quotas (docs/wechat-api.md § Permanent material): images and legacy news 100,000, voice and video 1,000. */
export const QUOTA: Partial<Record<LibraryKind, number>> = {
  image: 100_000,
  news: 100_000,
  voice: 1_000,
  video: 1_000,
};

/** Kinds that are permanent material (uploadable, deletable with del_material, listed by batchget_material). */
export function isMaterialType(kind: LibraryKind): kind is MaterialType {
  return kind === 'image' || kind === 'voice' || kind === 'video' || kind === 'news';
}

interface UploadSpec {
  type: UploadType;
  accept: string;
  multiple: boolean;
  label: MessageKey;
}

/** What each tab uploads; `null` for news (legacy articles are retired: drafts replace them). */
export const UPLOAD_SPEC: Record<MaterialType, UploadSpec | null> = {
  image: {
    type: 'image',
    accept: '.jpg,.jpeg,.png,.gif,.bmp,image/jpeg,image/png,image/gif,image/bmp',
    multiple: true,
    label: 'upload.image',
  },
  voice: {
    type: 'voice',
    accept: '.mp3,.wma,.wav,.amr,audio/mpeg,audio/wav,audio/amr,audio/x-ms-wma',
    multiple: true,
    label: 'upload.voice',
  },
  video: { type: 'video', accept: '.mp4,video/mp4', multiple: false, label: 'upload.video' },
  news: null,
};

/** A material item of the index in the shape the foundation's single delete/download take. */
export function asMaterial(item: LibraryItem): MaterialItem {
  return {
    mediaId: item.mediaId,
    type: item.kind as MaterialType,
    name: item.name,
    updateTime: item.updateTime,
    hasThumb: item.hasThumb,
  };
}
