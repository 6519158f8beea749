/**
 * A 32×32 document glyph for the drag image (macOS refuses startDrag without an icon): a white page
 * with a green border on transparency, as a ready PNG. It used to be drawn and encoded at start-up by
 * a hand-written PNG encoder, which the thumbnails' move to sharp removed (issue 11); these are the
 * bytes it produced.
 */
const DRAG_ICON_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAPklEQVR4nO3XuwkAIBBEwYss0S6tzCLOHuTwA/Ng80k3Qq/WRs/KbQEyc1YMAAAAAAAAAAAAAOBfwNVjolMt5xdKqhrA138AAAAASUVORK5CYII=';

let icon: Buffer | null = null;

export function dragIcon(): Buffer {
  icon ??= Buffer.from(DRAG_ICON_PNG, 'base64');
  return icon;
}
