import { useId, useRef, useState } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { useT } from '../../../i18n';
import { thumbUrl } from '../../../lib/thumb';
import { articlesApi } from '../api/articles-api';
import { CropControl } from './CropControl';
import { LibraryImagePicker } from './LibraryImagePicker';

interface Props {
  accountId: string;
  thumbMediaId: string;
  picCrop2351: string;
  picCrop11: string;
  onChange: (patch: { thumbMediaId?: string; picCrop2351?: string; picCrop11?: string }) => void;
  onError: (error: AppErrorPayload) => void;
}

/** The cover: a permanent image from the library or uploaded on the spot, with the two crops. */
export function CoverPicker({ accountId, thumbMediaId, picCrop2351, picCrop11, onChange, onError }: Props) {
  const t = useT();
  const [picking, setPicking] = useState(false);
  const libraryId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    const env = await articlesApi.uploadCover(accountId, file);
    setUploading(false);
    if (!env.ok) return onError(env.error);
    onChange({ thumbMediaId: env.value.mediaId, picCrop2351: '', picCrop11: '' });
  };

  return (
    <div className="cover-picker" data-testid="cover-picker">
      <div className="cover-current">
        {thumbMediaId ? (
          <img
            className="cover-img"
            data-testid="cover-image"
            data-media-id={thumbMediaId}
            src={thumbUrl(accountId, thumbMediaId)}
            alt={t('articles.cover.label')}
            onLoad={(e) => setSize({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })}
          />
        ) : (
          <span className="cover-empty" data-testid="cover-empty">
            {t('articles.cover.none')}
          </span>
        )}
      </div>
      <div className="cover-actions">
        <button
          type="button"
          className="btn"
          data-testid="cover-pick"
          aria-expanded={picking}
          aria-controls={picking ? libraryId : undefined}
          onClick={() => setPicking((p) => !p)}
        >
          {t('articles.cover.pick')}
        </button>
        {/* A real button (a label around a hidden input cannot be reached with the keyboard). */}
        <button type="button" className="btn" disabled={uploading} onClick={() => fileInput.current?.click()}>
          {uploading ? t('articles.cover.uploading') : t('articles.cover.upload')}
        </button>
        <input
          ref={fileInput}
          type="file"
          // Also the formats offered a conversion (HEIC/HEIF, WebP, TIFF, AVIF): see uploads/ConversionOffer.tsx.
          accept="image/jpeg,image/png,image/gif,image/bmp,image/heic,image/heif,image/webp,image/tiff,image/avif,.heic,.heif"
          hidden
          data-testid="cover-upload"
          disabled={uploading}
          onChange={(e) => {
            void upload(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {thumbMediaId && (
          <button
            type="button"
            className="btn"
            data-testid="cover-clear"
            onClick={() => onChange({ thumbMediaId: '', picCrop2351: '', picCrop11: '' })}
          >
            {t('articles.cover.clear')}
          </button>
        )}
      </div>
      {picking && (
        <LibraryImagePicker
          accountId={accountId}
          id={libraryId}
          onPick={(mediaId) => {
            setPicking(false);
            setSize(null);
            onChange({ thumbMediaId: mediaId, picCrop2351: '', picCrop11: '' });
          }}
        />
      )}
      {thumbMediaId && size && (
        <div className="cover-crops">
          <CropControl
            accountId={accountId}
            mediaId={thumbMediaId}
            ratio="2.35:1"
            size={size}
            crop={picCrop2351}
            onChange={(c) => onChange({ picCrop2351: c })}
          />
          <CropControl
            accountId={accountId}
            mediaId={thumbMediaId}
            ratio="1:1"
            size={size}
            crop={picCrop11}
            onChange={(c) => onChange({ picCrop11: c })}
          />
        </div>
      )}
    </div>
  );
}
