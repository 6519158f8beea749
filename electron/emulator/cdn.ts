/**
 * The emulator's stand-in for mmbiz.qpic.cn (images) and the video download host.
 * Permanent images, uploadimg pictures and videos get URLs on the emulator's own origin
 * so clients download them over real HTTP, hotlink protection included.
 */
import type { StoredBlob } from './blob';
import { cdnId } from './ids';
import type { MediaFormat } from './media-sniff';

export interface CdnObject {
  appId: string;
  blob: StoredBlob;
  format: MediaFormat;
  /** Temp videos stop downloading when their media_id expires (unix s). */
  expiresAtS?: number;
}

/** mmbiz path folder and wx_fmt value per format, as on the real CDN. */
const FOLDER: Partial<Record<MediaFormat, { folder: string; wxFmt: string }>> = {
  png: { folder: 'mmbiz_png', wxFmt: 'png' },
  jpg: { folder: 'mmbiz_jpg', wxFmt: 'jpeg' },
  gif: { folder: 'mmbiz_gif', wxFmt: 'gif' },
  bmp: { folder: 'mmbiz_jpg', wxFmt: 'jpeg' },
};

export class Cdn {
  private objects = new Map<string, CdnObject>();

  constructor(private readonly baseUrl: () => string) {}

  /** Registers an image and returns its mmbiz-like URL. */
  addImage(obj: CdnObject): { id: string; url: string } {
    const id = cdnId();
    this.objects.set(id, obj);
    const f = FOLDER[obj.format] ?? { folder: 'mmbiz_jpg', wxFmt: 'jpeg' };
    return { id, url: `${this.baseUrl()}/${f.folder}/${id}/0?wx_fmt=${f.wxFmt}` };
  }

  addVideo(obj: CdnObject): { id: string; url: string } {
    const id = cdnId();
    this.objects.set(id, obj);
    return { id, url: `${this.baseUrl()}/mpvideo/${id}.mp4` };
  }

  get(id: string): CdnObject | undefined {
    return this.objects.get(id);
  }

  remove(id: string | undefined): void {
    if (id) this.objects.delete(id);
  }

  clear(): void {
    this.objects.clear();
  }
}
