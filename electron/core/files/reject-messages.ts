/** Bilingual texts for FileRejectedError: each says what is wrong with the file and what to do about it. */
import type { LocalizedText } from '@shared/errors';
import type { MediaFormat } from './formats';
import type { UploadLimit, UploadMode, UploadTarget } from './limits';

const TARGET_LABEL: Record<UploadTarget, LocalizedText> = {
  image: { zh: '图片素材', en: 'image material' },
  voice: { zh: '语音素材', en: 'voice material' },
  video: { zh: '视频素材', en: 'video material' },
  thumb: { zh: '缩略图素材', en: 'thumbnail material' },
  uploadimg: { zh: '图文消息内的图片', en: 'article body images' },
};

const FORMAT_LABEL: Record<MediaFormat, string> = {
  jpeg: 'JPG',
  png: 'PNG',
  gif: 'GIF',
  bmp: 'BMP',
  mp3: 'MP3',
  amr: 'AMR',
  wav: 'WAV',
  wma: 'WMA',
  mp4: 'MP4',
  webp: 'WebP',
  heic: 'HEIC/HEIF',
  avif: 'AVIF',
  tiff: 'TIFF',
  mov: 'MOV (QuickTime)',
  m4a: 'M4A',
  unknown: '?',
};

function targetLabel(target: UploadTarget, mode: UploadMode): LocalizedText {
  const base = TARGET_LABEL[target];
  if (target === 'uploadimg') return base;
  return mode === 'temporary'
    ? { zh: `临时${base.zh}`, en: `temporary ${base.en}` }
    : { zh: `永久${base.zh}`, en: `permanent ${base.en}` };
}

/** "1.4 MB", "63 KB", "12 B": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export const rejectText = {
  empty(name: string): LocalizedText {
    return {
      zh: `「${name}」是空文件（0 字节），无法上传。请确认文件已完整保存后再试。`,
      en: `"${name}" is empty (0 bytes) and cannot be uploaded. Make sure the file was saved completely, then try again.`,
    };
  },
  unreadable(name: string, reason: string): LocalizedText {
    return {
      zh: `无法读取「${name}」（${reason}）。请确认文件仍在原位置、未被其他程序占用，且本程序有读取权限。`,
      en: `"${name}" cannot be read (${reason}). Check that the file still exists, is not locked by another program, and that SucaiDesk may read it.`,
    };
  },
  notAFile(name: string): LocalizedText {
    return {
      zh: `「${name}」不是普通文件（可能是文件夹、快捷方式/符号链接或设备）。请直接选择文件本身。`,
      en: `"${name}" is not a regular file (it is a folder, shortcut/symbolic link or device). Select the file itself.`,
    };
  },
  wrongFormat(
    name: string,
    actual: MediaFormat,
    target: UploadTarget,
    mode: UploadMode,
    limit: UploadLimit,
  ): LocalizedText {
    const allowed = limit.formats.map((f) => FORMAT_LABEL[f]).join(' / ');
    const label = targetLabel(target, mode);
    const what =
      actual === 'unknown'
        ? { zh: '无法识别的格式', en: 'a format SucaiDesk does not recognise' }
        : { zh: `${FORMAT_LABEL[actual]} 格式`, en: `${FORMAT_LABEL[actual]}` };
    return {
      zh: `「${name}」的实际内容是${what.zh}，而${label.zh}只支持 ${allowed}（按文件内容判断，而非扩展名）。请先转换为 ${allowed} 再上传。`,
      en: `"${name}" contains ${what.en}, but ${label.en} accepts only ${allowed} (judged by the content, not the extension). Convert it to ${allowed} first.`,
    };
  },
  tooLarge(name: string, size: number, target: UploadTarget, mode: UploadMode, limit: UploadLimit): LocalizedText {
    const label = targetLabel(target, mode);
    return {
      zh: `「${name}」大小为 ${formatBytes(size)}，超过${label.zh}的上限（${limit.limitText.zh}）。请压缩或裁剪后再上传。`,
      en: `"${name}" is ${formatBytes(size)}, over the limit for ${label.en} (${limit.limitText.en}). Compress or trim it, then upload again.`,
    };
  },
  tooLong(name: string, seconds: number, maxSeconds: number): LocalizedText {
    return {
      zh: `「${name}」时长约 ${Math.round(seconds)} 秒，超过语音素材上限 ${maxSeconds} 秒（微信错误 45007）。请剪短后再上传。`,
      en: `"${name}" lasts about ${Math.round(seconds)} s, over the ${maxSeconds} s voice limit (WeChat errcode 45007). Trim it, then upload again.`,
    };
  },
};
