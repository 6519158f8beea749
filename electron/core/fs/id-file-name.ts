/**
 * File names derived from ids (account ids, media_ids) by strict encoding: an id that is already a
 * short plain token ([A-Za-z0-9_-], the shape of every id we make or WeChat hands out) is its own
 * name, so existing files keep their names; anything else becomes `h.` + a SHA-256 prefix. The `.`
 * cannot occur in a plain token, so the two forms never collide, and no id is ever joined raw into
 * a path (used with electron/core/fs/contained-path.ts).
 */
import { createHash } from 'node:crypto';

const PLAIN_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** Names Windows reserves for devices whatever the extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function idFileName(id: string): string {
  if (PLAIN_ID.test(id) && !DEVICE_NAME.test(id)) return id;
  return `h.${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 40)}`;
}
