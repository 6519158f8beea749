import type { MaterialType, UploadType } from '../../../../electron/shared/models';
import type { MessageKey } from '../../i18n';

/** Tab order (mirrors MATERIAL_TYPES in electron/shared/models.ts, which is runtime and can't be imported). */
export const TABS = ['image', 'voice', 'video', 'news'] as const satisfies readonly MaterialType[];

export const TYPE_LABEL: Record<MaterialType, MessageKey> = {
  image: 'type.image',
  voice: 'type.voice',
  video: 'type.video',
  news: 'type.news',
};

/** A text glyph per type for cards without a thumbnail (no external assets). */
export const TYPE_GLYPH: Record<MaterialType, string> = {
  image: '▨',
  voice: '♪',
  video: '▶',
  news: '文',
};

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
