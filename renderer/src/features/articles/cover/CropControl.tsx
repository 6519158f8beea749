import { useT } from '../../../i18n';
import { thumbUrl } from '../../../lib/thumb';
import { cropBox, parseCrop, RATIOS, type RatioName } from './crop';
import { CropPreview } from './CropPreview';

interface Props {
  accountId: string;
  mediaId: string;
  ratio: RatioName;
  size: { w: number; h: number };
  crop: string;
  onChange: (crop: string) => void;
}

/** One crop shape: a slider moves the largest box of the ratio across the picture; the frame shows it. */
export function CropControl({ accountId, mediaId, ratio, size, crop, onChange }: Props) {
  const t = useT();
  const box = parseCrop(crop) ?? parseCrop(cropBox(size.w, size.h, RATIOS[ratio], 0.5));
  const horizontal = size.w / size.h >= RATIOS[ratio];
  const [x1, y1, x2, y2] = box ?? [0, 0, 1, 1];
  const span = horizontal ? 1 - (x2 - x1) : 1 - (y2 - y1);
  const position = span > 0 ? (horizontal ? x1 : y1) / span : 0.5;
  return (
    // data-crop: the exact `x1_y1_x2_y2` sent as pic_crop_235_1 / pic_crop_1_1 (empty: none chosen yet).
    <div className="crop-control" data-testid={`crop-${ratio}`} data-crop={crop}>
      <CropPreview
        src={thumbUrl(accountId, mediaId)}
        ratio={RATIOS[ratio]}
        box={box ?? [0, 0, 1, 1]}
        label={t('articles.cover.cropPreview', { ratio })}
      />
      <div className="crop-frame">
        <img src={thumbUrl(accountId, mediaId)} alt="" className="crop-img" />
        {/* Box geometry through React's style prop (CSSOM), which the CSP allows. */}
        <div
          className="crop-box"
          style={{
            left: `${x1 * 100}%`,
            top: `${y1 * 100}%`,
            width: `${(x2 - x1) * 100}%`,
            height: `${(y2 - y1) * 100}%`,
          }}
        />
      </div>
      <label className="crop-label">
        {t('articles.cover.crop', { ratio })}
        <input
          type="range"
          min={0}
          max={100}
          value={Math.round(position * 100)}
          disabled={span <= 0}
          data-testid={`crop-slider-${ratio}`}
          onChange={(e) => onChange(cropBox(size.w, size.h, RATIOS[ratio], Number(e.target.value) / 100))}
        />
      </label>
    </div>
  );
}
