/**
 * What a reader sees for one crop: the cover's own pixels inside a frame of the crop's shape, the image
 * scaled and shifted so exactly the box `x1_y1_x2_y2` (fractions of the picture, as WeChat takes them in
 * pic_crop_235_1 / pic_crop_1_1) fills the frame. Geometry goes through React's style prop (CSSOM), which
 * the CSP allows.
 */
import './crop-preview.css';

interface Props {
  src: string;
  ratio: number;
  box: readonly [number, number, number, number];
  label: string;
}

export function CropPreview({ src, ratio, box, label }: Props) {
  const [x1, y1, x2, y2] = box;
  const w = x2 - x1;
  const h = y2 - y1;
  return (
    <div className="crop-preview" style={{ aspectRatio: String(ratio) }} data-testid="crop-preview">
      <img
        src={src}
        alt={label}
        className="crop-preview-img"
        style={{
          width: `${100 / w}%`,
          height: `${100 / h}%`,
          left: `${(-x1 / w) * 100}%`,
          top: `${(-y1 / h) * 100}%`,
        }}
      />
    </div>
  );
}
